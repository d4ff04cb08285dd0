/// The first pass's cache slots of a document's own keys (`FeatureExtractor.ownKey`: a spelling and the flags its
/// own features read, `TokenTraits.ownFlags`), found by the word's number (`TokenTraits.lowerIndex`) instead of by
/// hashing the key into a table at every token.
///
/// The slots of one lowercase form are chained from that word's head, and a token's slot is the one whose spelling
/// (`exact`) and flags both equal its own: the pair `ownKey` hashes, so the tokens that shared a slot keyed by the
/// hash share one here ("The" and "the" share a chain, not a slot). Most chains hold one or two slots, so a look-up
/// is a few loads where hashing the key and probing a table was about a hundred instructions a token.
struct OwnKeySlots {
    /// First slot of each word's chain, -1 when none (by `lowerIndex`).
    private let heads: UnsafeMutablePointer<Int32>
    /// The next slot of the same word's chain, -1 at its end (by slot).
    private let next: UnsafeMutablePointer<Int32>
    /// Each slot's spelling and flags.
    private let exacts: UnsafeMutablePointer<UInt64>
    private let flags: UnsafeMutablePointer<UInt64>
    /// Slots handed out so far (numbered from 0, in the order their keys first appear).
    private(set) var count: Int32 = 0

    private init(
        heads: UnsafeMutablePointer<Int32>, next: UnsafeMutablePointer<Int32>, exacts: UnsafeMutablePointer<UInt64>,
        flags: UnsafeMutablePointer<UInt64>
    ) {
        self.heads = heads
        self.next = next
        self.exacts = exacts
        self.flags = flags
    }

    /// Runs `body` with no slot handed out yet, room for one slot per token of `traits`.
    static func with<Result>(
        _ traits: UnsafeBufferPointer<TokenTraits>, _ body: (inout OwnKeySlots) -> Result
    ) -> Result {
        let n = traits.count
        var words = 1
        for t in traits.indices { words = max(words, Int(traits[t].lowerIndex) &+ 1) }
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: words + n + 1) { links in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * n + 2) { keys in
                links.baseAddress!.initialize(repeating: -1, count: words)
                var slots = OwnKeySlots(
                    heads: links.baseAddress!, next: links.baseAddress! + words, exacts: keys.baseAddress!,
                    flags: keys.baseAddress! + n + 1)
                return body(&slots)
            }
        }
    }

    /// The slot of token `t`'s own key, and whether the key is new to the document (the token fills the slot).
    @inline(__always) mutating func slot(
        _ traits: UnsafeBufferPointer<TokenTraits>, _ t: Int
    ) -> (slot: Int32, isNew: Bool) {
        let exact = traits[t].exact
        let ownFlags = traits[t].ownFlags
        let word = Int(traits[t].lowerIndex)
        var s = heads[word]
        while s >= 0 {
            let k = Int(truncatingIfNeeded: s)
            if exacts[k] == exact && flags[k] == ownFlags { return (s, false) }
            s = next[k]
        }
        s = count
        let k = Int(truncatingIfNeeded: s)
        exacts[k] = exact
        flags[k] = ownFlags
        next[k] = heads[word]
        heads[word] = s
        count &+= 1
        return (s, true)
    }
}
