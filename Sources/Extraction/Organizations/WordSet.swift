/// A fixed set of words (the rule finder's lexicons), with a membership test much cheaper than `Set<String>`'s.
///
/// The rule finder asks these sets about almost every token, often several times, and `Set<String>` hashes the
/// whole string with SipHash on every call. Here an ASCII word is hashed over its UTF-8 bytes, eight at a time, and
/// confirmed with `==`; anything else goes to the `Set<String>`, so the answers are exactly `Set<String>`'s. (An
/// ASCII string is canonically equivalent only to itself and to strings made of ASCII and the three characters
/// whose decomposition is ASCII, U+037E, U+1FEF and U+212A; a set holding one of those always asks `Set<String>`.)
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    /// The words, for everything but `contains`.
    let words: Set<String>
    /// Open addressing, one word per slot: the high bits of a word's hash with its index in `entries` plus one in
    /// the low `indexBits` bits, 0 for an empty slot. Hash and index in one array cost a look-up one cache miss
    /// per probe, where two arrays cost two (the sets are larger than the nearer caches).
    private let slots: [UInt64]
    /// The ASCII words, in the order of the indexes `find` reports.
    let entries: [String]
    /// `entries` packed (`PackedASCII`), for `contains(packed:asciiHash:)`; an entry too long to pack is held as a
    /// word of count -1, which no packed word equals.
    private let packedEntries: [PackedASCII]
    private let mask: Int
    private let fastPath: Bool
    /// A blocked Bloom filter over the ASCII words' hashes, two bits of one 64-bit word per word and about 16 bits
    /// per word in all: most words asked are in no set, and this answers them from a table small enough to stay
    /// in the nearer caches, where `slots` would cost a miss. It never rejects a word of the set.
    private let filter: [UInt64]
    private let filterMask: Int

    init(arrayLiteral elements: String...) { self.init(Set(elements)) }

    init(_ words: Set<String>) {
        self.words = words
        var size = 16
        while size < words.count * 2 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var filterSize = 1
        while filterSize * 4 < words.count { filterSize *= 2 }
        var filter = [UInt64](repeating: 0, count: filterSize)
        var entries: [String] = []
        var packedEntries: [PackedASCII] = []
        var fastPath = true
        for word in words {
            if word.unicodeScalars.contains(where: { $0 == "\u{037E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" }) {
                fastPath = false
            }
            guard let h = Self.asciiHash(word) else { continue }
            var i = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            precondition(entries.count + 1 < 1 << Self.indexBits)
            slots[i] = h & Self.hashMask | UInt64(entries.count + 1)
            filter[Self.filterWord(h, filterSize - 1)] |= Self.filterBits(h)
            entries.append(word)
            let scalars = Array(word.unicodeScalars)
            packedEntries.append(
                PackedASCII(scalars, start: 0, end: scalars.count) ?? PackedASCII(low: 0, high: 0, count: -1))
        }
        self.slots = slots
        self.filter = filter
        self.filterMask = filterSize - 1
        self.entries = entries
        self.packedEntries = packedEntries
        self.mask = size - 1
        self.fastPath = fastPath
    }

    /// A hash of the UTF-8 bytes, eight at a time; nil when the string is not ASCII. `ArticleVocabulary` uses it
    /// too. Words are short, so most take one multiply where a byte-at-a-time hash takes one per byte.
    @inline(__always) static func asciiHash(_ s: String) -> UInt64? {
        // native and small strings lend their bytes directly, far cheaper than iterating the view
        if let h = s.utf8.withContiguousStorageIfAvailable({ asciiHash(bytes: $0) }) { return h }
        return Array(s.utf8).withUnsafeBufferPointer { asciiHash(bytes: $0) }
    }

    /// `asciiHash` of a string's UTF-8 bytes, for a token that has them at hand as it writes the string.
    @inline(__always) static func asciiHash(bytes b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let n = b.count
        var h: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(truncatingIfNeeded: n)
        var any: UInt64 = 0
        var i = 0
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                any |= w
                h = (h ^ w) &* 0xbf58_476d_1ce4_e5b9
                h ^= h >> 29
                i += 8
            }
            if i < n {
                var w: UInt64 = 0
                var shift: UInt64 = 0
                while i < n {
                    w |= UInt64(base[i]) << shift
                    shift += 8
                    i += 1
                }
                any |= w
                h = (h ^ w) &* 0xbf58_476d_1ce4_e5b9
            }
        }
        guard any & 0x8080_8080_8080_8080 == 0 else { return nil }
        h = (h ^ (h >> 32)) &* 0x94d0_49bb_1331_11eb
        return h ^ (h >> 29)
    }

    func contains(_ word: String) -> Bool { contains(word, asciiHash: Self.asciiHash(word)) }

    /// `contains(word)` with `WordSet.asciiHash(word)` already worked out (`Token.lowerHash`): the rules ask many
    /// sets about the same token's lowercase form, and one hash serves them all.
    @inline(__always) func contains(_ word: String, asciiHash: UInt64?) -> Bool {
        guard fastPath, let h = asciiHash else { return words.contains(word) }
        return probe(h) { entries[$0] == word }
    }

    /// Whether an entry whose hash is `h` satisfies `matches` (given the entry's number): the filter first, then
    /// the slots from the hash's home, comparing the stored high bits of the hash before the entry itself.
    @inline(__always) private func probe(_ h: UInt64, matches: (Int) -> Bool) -> Bool {
        let bits = Self.filterBits(h)
        if filter[Self.filterWord(h, filterMask)] & bits != bits { return false }
        var i = Int(truncatingIfNeeded: h) & mask
        let high = h & Self.hashMask
        while true {
            let slot = slots[i]
            if slot == 0 { return false }
            if slot & Self.hashMask == high && matches(Int(truncatingIfNeeded: slot & ~Self.hashMask) - 1) {
                return true
            }
            i = (i + 1) & mask
        }
    }

    /// `contains(word, asciiHash:)` for a word held as `PackedASCII` (`asciiHash` is its `asciiHash`), confirmed by
    /// comparing the packed words: two ASCII strings are equal exactly when their bytes are, and a word of at most
    /// `PackedASCII.capacity` bytes equals no longer entry. A set whose answers need `Set<String>` asks it.
    @inline(__always) func contains(packed word: PackedASCII, asciiHash h: UInt64) -> Bool {
        guard fastPath else { return words.contains(word.string(inPlace: false)) }
        return probe(h) { packedEntries[$0] == word }
    }

    /// Whether the filter alone shows that no word of `asciiHash` is in the set: `contains(word, asciiHash:)` is false
    /// for every word of that hash when this is true (the filter never turns a word of the set away). False for a
    /// set whose answers need `Set<String>`.
    @inline(__always) func rejects(asciiHash h: UInt64) -> Bool {
        guard fastPath else { return false }
        let bits = Self.filterBits(h)
        return filter[Self.filterWord(h, filterMask)] & bits != bits
    }

    /// Whether a word is in the set, and for one of its ASCII words (`entries`) which one.
    enum Membership {
        case absent
        /// In the set; `entry` is its index in `entries`, or nil when the set answered it without them.
        case present(entry: Int?)
    }

    /// `contains(word, asciiHash:)`, also telling which of `entries` the word is, so that a table built alongside
    /// the set (one value per entry) can be read by that index instead of by a hashed dictionary look-up.
    @inline(__always) func find(_ word: String, asciiHash: UInt64?) -> Membership {
        guard fastPath, let h = asciiHash else { return words.contains(word) ? .present(entry: nil) : .absent }
        let bits = Self.filterBits(h)
        if filter[Self.filterWord(h, filterMask)] & bits != bits { return .absent }
        var i = Int(truncatingIfNeeded: h) & mask
        let high = h & Self.hashMask
        while true {
            let slot = slots[i]
            if slot == 0 { return .absent }
            let entry = Int(truncatingIfNeeded: slot & ~Self.hashMask) - 1
            if slot & Self.hashMask == high && entries[entry] == word { return .present(entry: entry) }
            i = (i + 1) & mask
        }
    }

    /// The filter word of hash `h` (from bits the slot index does not use) and its two bits in that word.
    @inline(__always) private static func filterWord(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: h >> 32) & mask
    }

    @inline(__always) private static func filterBits(_ h: UInt64) -> UInt64 {
        (1 << ((h >> 52) & 63)) | (1 << ((h >> 58) & 63))
    }

    /// Low bits of a slot that hold the entry's index plus one.
    private static var indexBits: Int { 24 }
    /// The bits of a slot that hold hash bits.
    private static var hashMask: UInt64 { 0xFFFF_FFFF_FF00_0000 }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

    var isEmpty: Bool { words.isEmpty }
    var count: Int { words.count }
}
