/// Names with coarse types, matched over tokens (longest match first): which stretches of a text are known
/// organization, place or person names.
///
/// Built at training time from a general lexical database (WordNet 3.0's proper nouns by lexicographer file:
/// noun.group → organization, noun.location → place, noun.person → person, anything else → other), stored in the
/// model, so running the tagger needs no file. Keys are hashes of the lowercased token sequence.
struct Gazetteer: Sendable, Equatable {
    /// Name categories, as bits of a mask.
    static let organization: UInt8 = 1
    static let place: UInt8 = 2
    static let person: UInt8 = 4
    static let other: UInt8 = 8

    /// Marks a key as the first words of a longer name (in `entry`), beside the category bits.
    static let continues: UInt8 = 128

    /// Sorted keys (upper 32 bits of the name's token-sequence hash) and their category masks.
    let keys: [UInt32]
    let masks: [UInt8]
    /// Sorted keys of the first one or more words of the names of two or more words ("Bank of" of "Bank of
    /// America"): a match is only tried one word longer when the words so far begin some name, so most capitalised
    /// words cost one look-up instead of one per possible length.
    let prefixes: [UInt32]
    /// Longest name, in tokens.
    let longest: Int
    private let table: PackedByteMap

    static let empty = Gazetteer(keys: [], masks: [], prefixes: [], longest: 0)

    init(keys: [UInt32], masks: [UInt8], prefixes: [UInt32], longest: Int) {
        self.keys = keys
        self.masks = masks
        self.prefixes = prefixes
        self.longest = longest
        // Most token sequences tried are no name: a filter of 16 bits per entry answers those from the cache. The
        // two sorted lists are merged, not stored one key at a time in a hash table first.
        self.table = PackedByteMap(
            PackedByteMap.merging(zip(keys, masks).map { ($0, $1) }, prefixes.map { ($0, Self.continues) }),
            filterBits: 16)
    }

    /// From (name, category mask) pairs; names are tokenized like text. Masks of the same name are merged.
    init(names: [(name: String, mask: UInt8)]) {
        var merged: [UInt32: UInt8] = [:]
        var prefixes = Set<UInt32>()
        var longest = 0
        let tokenizer = NewsTokenizer()
        let extractor = FeatureExtractor(bits: 16, lexicon: .empty, gazetteer: .empty)
        for (name, mask) in names {
            let text = ScalarText(name)
            let tokens = tokenizer.tokens(in: text)
            guard !tokens.isEmpty, tokens.count <= 6 else { continue }
            let traits = extractor.traits(tokens, [0..<tokens.count], text)
            var key = Self.seed
            for (k, tr) in traits.enumerated() {
                if k > 0 { prefixes.insert(Self.stored(key)) }
                key = Self.extend(key, tr.lower)
            }
            merged[Self.stored(key), default: 0] |= mask
            longest = max(longest, tokens.count)
        }
        let sorted = merged.keys.sorted()
        self.init(keys: sorted, masks: sorted.map { merged[$0]! }, prefixes: prefixes.sorted(), longest: longest)
    }

    static let seed: UInt64 = 0x6761_7a65_7474_6565
    @inline(__always) static func extend(_ key: UInt64, _ lower: UInt64) -> UInt64 { FeatureHash.combine(key, lower) }
    @inline(__always) static func stored(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> 32) }

    /// The category mask of the name with `key`, 0 for none.
    @inline(__always) func mask(_ key: UInt64) -> UInt8 { table[Self.stored(key)] & ~Self.continues }
    /// The category mask of the name with `key`, plus `continues` when the words of `key` begin a longer name.
    @inline(__always) func entry(_ key: UInt64) -> UInt8 { table[Self.stored(key)] }
    /// Asks for the cache line `mask(key)` will read first (its filter word).
    @inline(__always) func prefetch(_ key: UInt64) { table.prefetchFilter(Self.stored(key)) }

    static func == (a: Gazetteer, b: Gazetteer) -> Bool {
        a.keys == b.keys && a.masks == b.masks && a.prefixes == b.prefixes && a.longest == b.longest
    }

    func encode(into out: inout [UInt8]) {
        out.appendU32(UInt32(longest))
        out.appendU32(UInt32(keys.count))
        for k in keys { out.appendU32(k) }
        out.append(contentsOf: masks)
        out.appendU32(UInt32(prefixes.count))
        for k in prefixes { out.appendU32(k) }
    }

    init(from reader: inout ByteReader) throws(TaggerModelError) {
        let longest = Int(try reader.u32())
        guard longest <= 16 else { throw .invalid("gazetteer name length") }
        let keys = try reader.increasingKeys("gazetteer")
        let masks = try reader.take(keys.count)
        guard masks.allSatisfy({ $0 & Self.continues == 0 }) else { throw .invalid("gazetteer mask") }
        let prefixes = try reader.increasingKeys("gazetteer prefix")
        self.init(keys: keys, masks: masks, prefixes: prefixes, longest: longest)
    }

    /// Proper-noun lemmas of a WordNet `data.noun` file with their category: capitalised words of each synset, by the
    /// synset's lexicographer file (14 noun.group, 15 noun.location, 18 noun.person).
    static func wordNetNames(dataNoun: String) -> [(name: String, mask: UInt8)] {
        var out: [(name: String, mask: UInt8)] = []
        for line in dataNoun.split(separator: "\n") {
            guard let first = line.first, first.isNumber else { continue }
            let fields = line.split(separator: " ", maxSplits: 60, omittingEmptySubsequences: true)
            guard fields.count > 4, let lexicographerFile = Int(fields[1]), let count = Int(fields[3], radix: 16) else {
                continue
            }
            let mask: UInt8 =
                switch lexicographerFile {
                case 14: organization
                case 15: place
                case 18: person
                default: other
                }
            for i in 0..<count where 4 + 2 * i < fields.count {
                var word = String(fields[4 + 2 * i])
                if let paren = word.firstIndex(of: "(") { word = String(word[..<paren]) }
                guard let c = word.unicodeScalars.first, isUpper(c) else { continue }
                out.append((word.replacingOccurrences(of: "_", with: " "), mask))
            }
        }
        return out
    }
}

extension String {
    fileprivate func replacingOccurrences(of a: Character, with b: String) -> String {
        var out = ""
        for c in self { if c == a { out += b } else { out.append(c) } }
        return out
    }
}
