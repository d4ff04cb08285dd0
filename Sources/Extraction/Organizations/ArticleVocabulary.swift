/// The distinct words of one article in one spelling class (its lowercase words), built token by token.
///
/// Filled with every lowercase word of the article, so insertion is as hot as look-up; `Set<String>` hashes
/// each insertion with SipHash. Like `WordSet`, an ASCII word is hashed with `WordSet.asciiHash` and
/// confirmed with `==`, and anything else goes to a `Set<String>`, so the answers are exactly `Set<String>`'s:
/// an ASCII string is canonically equivalent only to itself and to strings holding U+037E, U+1FEF or U+212A,
/// and only when such a string is stored (or asked) are both halves consulted.
struct ArticleVocabulary: Sendable {
    private var hashes: [UInt64]
    private var slots: [Int32]
    private var ascii: [String] = []
    private var others: Set<String> = []
    /// A stored non-ASCII word holds one of the three scalars that decompose to ASCII.
    private var othersMayEqualASCII = false

    init() { self.init(capacity: 32) }

    /// Room for `capacity` words before the table grows (the finder passes half its token count, about as many
    /// distinct lowercase words as an article has, so that few articles pay for rehashing).
    init(capacity: Int) {
        var size = 64
        while size < capacity * 2 { size *= 2 }
        hashes = [UInt64](repeating: 0, count: size)
        slots = [Int32](repeating: -1, count: size)
    }

    mutating func insert(_ word: String) { insert(word, asciiHash: WordSet.asciiHash(word)) }

    /// `insert(word)` with `WordSet.asciiHash(word)` already worked out (`Token.lowerHash`).
    mutating func insert(_ word: String, asciiHash: UInt64?) {
        guard let h = asciiHash else {
            if Self.hasASCIIDecomposition(word) { othersMayEqualASCII = true }
            others.insert(word)
            return
        }
        if slot(of: word, hash: h) != nil { return }
        if (ascii.count + 1) * 2 > slots.count { grow() }
        place(h, Int32(ascii.count))
        ascii.append(word)
    }

    func contains(_ word: String) -> Bool { contains(word, asciiHash: WordSet.asciiHash(word)) }

    /// `contains(word)` with `WordSet.asciiHash(word)` already worked out (`Token.lowerHash`).
    func contains(_ word: String, asciiHash: UInt64?) -> Bool {
        if let h = asciiHash {
            if slot(of: word, hash: h) != nil { return true }
            return othersMayEqualASCII && others.contains(word)
        }
        if others.contains(word) { return true }
        // A non-ASCII string equals an ASCII one only through those three scalars; rare enough to scan.
        return Self.hasASCIIDecomposition(word) && ascii.contains(word)
    }

    private func slot(of word: String, hash h: UInt64) -> Int? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s < 0 { return nil }
            if hashes[i] == h && ascii[Int(s)] == word { return i }
            i = (i + 1) & mask
        }
    }

    private mutating func place(_ h: UInt64, _ index: Int32) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        hashes[i] = h
        slots[i] = index
    }

    private mutating func grow() {
        let old = (hashes, slots)
        hashes = [UInt64](repeating: 0, count: old.1.count * 2)
        slots = [Int32](repeating: -1, count: old.1.count * 2)
        for k in old.1.indices where old.1[k] >= 0 { place(old.0[k], old.1[k]) }
    }

    private static func hasASCIIDecomposition(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0 == "\u{037E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" }
    }
}
