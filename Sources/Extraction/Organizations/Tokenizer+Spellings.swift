#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The spellings a text's tokens have had so far, each with the first token that had it.
///
/// News repeats its words ("the", "said", the story's names, its punctuation): about two tokens in three of an
/// article spell a word it already used. Everything a `Token` holds besides its place (its two strings, their
/// hashes, its shape and its word-list flags) follows from its scalars and its kind, so a repeated spelling copies
/// those from its first token instead of counting, hashing and looking them up again (`Token.init(repeating:…)`).
///
/// An open-addressing table in memory the tokenizer lends for one text: a short ASCII token (`PackedASCII`, nearly
/// every one) is keyed by its two packed words, its length and its kind, compared exactly; any other by a hash of its
/// scalars, and a match is compared scalar by scalar with the first token's. When the table is three quarters full
/// it takes no new spellings (a text of more distinct words than it was sized for): later ones are tokenized as
/// before, so the tokens never depend on the table.
struct RepeatedSpellings {
    /// One spelling: the packed words (or the scalars' hash and `longKey`) and `tag`: 0 when empty, else the
    /// first token's index + 1 above bit 16, the length in bits 8-15 and the kind's code in bits 0-7.
    struct Entry {
        var low: UInt64
        var high: UInt64
        var tag: UInt64
    }

    /// `high` of an entry keyed by a hash: a packed token's `high` holds at most seven bytes below 0x80.
    static let longKey = UInt64.max

    let entries: UnsafeMutablePointer<Entry>
    let mask: Int
    let shift: UInt64
    /// False for a short text (a name the word lists tokenize at start-up, a phrase the resolver compares), where
    /// emptying a table costs more than its few repeats save: every token is then made afresh.
    let remembers: Bool
    var filled = 0

    /// Texts shorter than this are tokenized without the table.
    static let shortestRemembered = 256

    /// Entries for `scalars` scalars to tokenize (the regions' length): about one distinct spelling per 12 scalars
    /// in news, sized for twice that, at least 64; one unused entry for a short text.
    static func capacity(forScalars scalars: Int) -> Int {
        guard scalars >= shortestRemembered else { return 1 }
        var capacity = 64
        while capacity < scalars / 6 { capacity &<<= 1 }
        return capacity
    }

    /// Over `entries` (a power of two of them), all emptied here; a single entry means a short text, not read.
    init(_ entries: UnsafeMutableBufferPointer<Entry>) {
        precondition(entries.count > 0 && entries.count & (entries.count - 1) == 0)
        remembers = entries.count > 1
        // one fill of memory: written as a loop (`initialize(repeating:)`), emptying the table cost as much as a
        // tenth of the tokens it spared
        if remembers { memset(entries.baseAddress!, 0, entries.count * MemoryLayout<Entry>.stride) }
        self.entries = entries.baseAddress!
        mask = entries.count - 1
        shift = UInt64(64 - entries.count.trailingZeroBitCount)
    }

    @inline(__always) static func code(_ kind: Token.Kind) -> UInt64 {
        switch kind {
        case .word: 1
        case .number: 2
        case .possessive: 3
        case .punctuation: 4
        }
    }

    /// Appends the token of `s[start..<end]` to `tokens`: a copy of the first token of its spelling when there is
    /// one, else a new token (`Token.of`), remembered for the next ones.
    @inline(__always) mutating func append(
        _ scalars: [Unicode.Scalar], _ s: UnsafeBufferPointer<Unicode.Scalar>, start: Int, end: Int,
        kind: Token.Kind, spaceBefore: Bool, newlinesBefore: Int, region: Int, cues: Token.CueLists,
        stringsInPlace: Bool, to tokens: inout [Token]
    ) {
        guard remembers else {
            tokens.append(
                Token.of(
                    scalars, s, start: start, end: end, kind: kind, spaceBefore: spaceBefore,
                    newlinesBefore: newlinesBefore, region: region, cues: cues, stringsInPlace: stringsInPlace))
            return
        }
        let code = Self.code(kind)
        let low: UInt64
        let high: UInt64
        let packed = PackedASCII(s, start: start, end: end)
        if let packed {
            low = packed.low
            high = packed.high
        } else {
            low = Self.hash(s, start, end)
            high = Self.longKey
        }
        let length = UInt64(truncatingIfNeeded: min(end &- start, 255))
        let key = length &<< 8 | code
        var h = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ key) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h &>> 29
        var slot = Int(truncatingIfNeeded: (h &* 0xC4CE_B9FE_1A85_EC53) &>> shift)
        while true {
            let entry = entries[slot]
            if entry.tag == 0 { break }
            if entry.low == low && entry.high == high && entry.tag & 0xFFFF == key {
                let first = Int(truncatingIfNeeded: entry.tag &>> 16) &- 1
                let earlier = tokens[first]
                if packed != nil || Self.sameScalars(s, earlier.start, earlier.end, start, end) {
                    tokens.append(
                        Token(
                            repeating: earlier, start: start, end: end, spaceBefore: spaceBefore,
                            newlinesBefore: newlinesBefore, region: region))
                    return
                }
            }
            slot = (slot &+ 1) & mask
        }
        let token =
            if let packed {
                Token(
                    packed: packed, start: start, end: end, kind: kind, spaceBefore: spaceBefore,
                    newlinesBefore: newlinesBefore, region: region, cues: cues, stringsInPlace: stringsInPlace)
            } else {
                Token.of(
                    scalars, s, start: start, end: end, kind: kind, spaceBefore: spaceBefore,
                    newlinesBefore: newlinesBefore, region: region, cues: cues, stringsInPlace: stringsInPlace)
            }
        // three quarters full: no new spellings, so that every probe still ends at an empty entry
        if filled &* 4 < (mask &+ 1) &* 3 {
            entries[slot] = Entry(low: low, high: high, tag: UInt64(tokens.count &+ 1) &<< 16 | key)
            filled &+= 1
        }
        tokens.append(token)
    }

    /// FNV-1a over the scalars' values, for tokens that do not pack (beyond ASCII, or longer than 15).
    @inline(never) static func hash(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for k in start..<end {
            h = (h ^ UInt64(s[k].value)) &* 0x100_0000_01B3
        }
        return h
    }

    @inline(never) static func sameScalars(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ aEnd: Int, _ b: Int, _ bEnd: Int
    ) -> Bool {
        guard aEnd &- a == bEnd &- b else { return false }
        for k in 0..<(aEnd &- a) where s[a &+ k] != s[b &+ k] { return false }
        return true
    }
}
