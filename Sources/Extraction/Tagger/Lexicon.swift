/// A general English word list folded into two sets of hashed lowercase forms: words the list spells in lowercase
/// (common words: "police", "founder") and words it spells with a capital (proper nouns: "Boeing", "Garrett").
///
/// It tells the tagger whether a capitalised token is an ordinary word at a sentence start or in a title, or a name
/// it has never seen in training. Built from a list such as Debian's wamerican (SCOWL) at training time and stored
/// in the model, so running the tagger needs no file.
struct Lexicon: Sendable, Equatable {
    /// Sorted upper 32 bits of `FeatureHash.string(lowercased word)`.
    let common: [UInt32]
    let proper: [UInt32]
    /// Key → lexical class (bits 0–1) and `KeywordClass` (bits 4–7), for one probe per token.
    private let table: PackedByteMap

    static let empty = Lexicon(common: [], proper: [])

    init(common: [UInt32], proper: [UInt32]) {
        self.common = common
        self.proper = proper
        // The two sorted lists merged, not stored one key at a time in a hash table first: 16 M instructions at
        // start-up became about 4 M.
        var entries = PackedByteMap.merging(common.map { ($0, 1) }, proper.map { ($0, 2) })
        let sorted = entries.count
        for (hash, kind) in Keywords.all {
            let key = max(Self.key(hash), 1)  // 0 counts as 1, as in the table
            let cue = UInt8(kind.rawValue) << 4
            var low = 0
            var high = sorted
            while low < high {
                let middle = (low + high) / 2
                if entries[middle].key < key { low = middle + 1 } else { high = middle }
            }
            // a cue word the word list lacks is added after the sorted entries (later lists win, as they replace)
            let at = low < sorted && entries[low].key == key ? low : entries[sorted...].firstIndex { $0.key == key }
            if let at {
                entries[at].value = (entries[at].value & 0x0F) | cue
            } else {
                entries.append((key, cue))
            }
        }
        self.table = PackedByteMap(entries)
    }

    static func == (a: Lexicon, b: Lexicon) -> Bool { a.common == b.common && a.proper == b.proper }

    /// From dictionary words, one per element; entries with an apostrophe or space are skipped.
    init(words: [String]) {
        var common = Set<UInt32>()
        var proper = Set<UInt32>()
        for word in words {
            guard let first = word.unicodeScalars.first, !word.contains("'"), !word.contains(" ") else { continue }
            let key = Self.key(FeatureHash.string(word.lowercased()))
            if isUpper(first) { proper.insert(key) } else { common.insert(key) }
        }
        self.init(common: common.sorted(), proper: proper.sorted())
    }

    @inline(__always) static func key(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

    /// Lexical class — 0 unknown, 1 common only, 2 proper only, 3 both ("Apple"/"apple") — and keyword class.
    @inline(__always) func classify(lowerHash: UInt64) -> (lexical: UInt64, keyword: KeywordClass) {
        Self.split(table[Self.key(lowerHash)])
    }

    /// `classify` of many lowercase hashes at once, as (lexical class | keyword class << 4) bytes: the table is
    /// larger than the nearer caches, and looked up together the probes overlap (`PackedByteMap.values`).
    func classes(of lowerHashes: UnsafeBufferPointer<UInt64>, into classes: UnsafeMutablePointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: lowerHashes.count) { keys in
            for i in lowerHashes.indices { keys[i] = Self.key(lowerHashes[i]) }
            table.values(of: UnsafeBufferPointer(keys), into: classes)
        }
    }

    /// Splits a byte of `classes` into `classify`'s pair.
    @inline(__always) static func split(_ v: UInt8) -> (lexical: UInt64, keyword: KeywordClass) {
        (UInt64(v & 3), KeywordClass(rawValue: UInt64(v >> 4)) ?? .none)
    }

    func encode(into out: inout [UInt8]) {
        for list in [common, proper] {
            out.appendU32(UInt32(list.count))
            for v in list { out.appendU32(v) }
        }
    }

    init(from reader: inout ByteReader) throws(TaggerModelError) {
        let common = try reader.increasingKeys("lexicon")
        let proper = try reader.increasingKeys("lexicon")
        self.init(common: common, proper: proper)
    }
}
