/// The first pass's score of the intrinsic features (`FeatureExtractor.intrinsicFeatures`) of the words training
/// saw often, keyed by the hash of their spelling (`TokenTraits.exact`): stored in the model, so the tagger adds
/// one precomputed vector for such a word instead of hashing, locating and summing its thirteen intrinsic features.
///
/// Within a document the tagger already scores a spelling's own features once (`WeightTable.firstPassScores`),
/// but every document starts again: in Reuters news, more than half of a document's tokens are its first use of a
/// spelling, and four in five of those are words training saw twice or more ("the", "said", ",", "shares"). The
/// sums are integers (the same rows the features would locate, added in any order), so a word scores exactly as
/// if its features had been worked out, and outputs do not change. The model stores hashes and sums, not words.
struct CommonWordScores: Sendable, Equatable {
    /// Spelling hashes, strictly increasing.
    let hashes: [UInt64]
    let labelCount: Int
    /// Word number by hash.
    private let numbers: HashedKeyMap<Int32>
    /// Each word's sums as `WeightTable.Scratch` holds them while summing (label `y` in lane
    /// `WeightTable.lane(of: y, …)`), `chunks` vectors per word in the order of `hashes`; the only copy of the sums.
    let lanes: [SIMD8<Int32>]
    private var chunks: Int { (labelCount + WeightTable.chunkLanes - 1) / WeightTable.chunkLanes }

    static func empty(labelCount: Int) -> CommonWordScores {
        CommonWordScores(hashes: [], sums: [], labelCount: labelCount)
    }

    /// - Parameter sums: `labelCount` per word, in the order of `hashes`.
    init(hashes: [UInt64], sums: [Int32], labelCount: Int) {
        precondition(sums.count == hashes.count * labelCount)
        self.hashes = hashes
        self.labelCount = labelCount
        var numbers = HashedKeyMap<Int32>(capacity: hashes.count + 8, empty: -1)
        for (k, hash) in hashes.enumerated() { numbers[hash] = Int32(k) }
        self.numbers = numbers
        let chunks = (labelCount + WeightTable.chunkLanes - 1) / WeightTable.chunkLanes
        var lanes = [SIMD8<Int32>](repeating: .zero, count: hashes.count * chunks)
        // through the lanes as integers: a lane set through the array of vectors loaded and stored its whole vector
        let laneOf = (0..<labelCount).map { WeightTable.lane(of: $0, labelCount: labelCount) }
        lanes.withUnsafeMutableBufferPointer { vectors in
            let out = UnsafeMutableRawPointer(vectors.baseAddress!).assumingMemoryBound(to: Int32.self)
            for k in hashes.indices {
                for y in 0..<labelCount { out[k * chunks * 8 + laneOf[y]] = sums[k * labelCount + y] }
            }
        }
        self.lanes = lanes
    }

    var isEmpty: Bool { hashes.isEmpty }

    /// The word number of a spelling hash, -1 when the model has no sums for it.
    @inline(__always) func number(_ exact: UInt64) -> Int32 { isEmpty ? -1 : numbers[exact] }

    /// Word `k`'s sum for label `y`.
    func sum(_ k: Int, _ y: Int) -> Int32 {
        let lane = WeightTable.lane(of: y, labelCount: labelCount)
        return lanes[k * chunks + lane / 8][lane % 8]
    }

    static func == (a: CommonWordScores, b: CommonWordScores) -> Bool {
        a.hashes == b.hashes && a.lanes == b.lanes && a.labelCount == b.labelCount
    }

    /// The scores of `spellings` (distinct) under the first pass's `table`, as `firstPassScores` would sum them.
    init(spellings: [String], table: WeightTable, extractor: FeatureExtractor) {
        var traits: [TokenTraits] = []
        traits.reserveCapacity(spellings.count)
        for spelling in spellings {
            let scalars = Array(spelling.unicodeScalars)
            guard !scalars.isEmpty else { continue }
            traits.append(scalars.withUnsafeBufferPointer { extractor.wordTraits($0, 0, $0.count) })
        }
        traits.sort { $0.exact < $1.exact }
        var unique: [TokenTraits] = []
        for tr in traits where unique.last?.exact != tr.exact { unique.append(tr) }
        let sums = table.intrinsicScores(of: unique, extractor)
        self.init(hashes: unique.map(\.exact), sums: sums, labelCount: table.labelCount)
    }

    /// Spellings seen at least `minimumCount` times in `documents`' tokens, at most `limit` of them (the most
    /// frequent; ties by spelling), in a fixed order.
    static func commonSpellings(_ documents: [(text: ScalarText, tokens: [NewsToken])], minimumCount: Int, limit: Int)
        -> [String]
    {
        var counts: [String: Int] = [:]
        for document in documents {
            for token in document.tokens { counts[document.text.string(of: token), default: 0] += 1 }
        }
        let common = counts.filter { $0.value >= minimumCount }.sorted {
            $0.value != $1.value ? $0.value > $1.value : Array($0.key.utf8).lexicographicallyPrecedes($1.key.utf8)
        }
        return common.prefix(limit).map(\.key)
    }

    // MARK: bytes

    /// u32 count, count × u64 hash (strictly increasing), then count × labelCount × i32 sums.
    func encode(into out: inout [UInt8]) {
        out.appendU32(UInt32(hashes.count))
        for hash in hashes {
            out.appendU32(UInt32(truncatingIfNeeded: hash))
            out.appendU32(UInt32(truncatingIfNeeded: hash >> 32))
        }
        for k in hashes.indices {
            for y in 0..<labelCount { out.appendU32(UInt32(bitPattern: sum(k, y))) }
        }
    }

    init(from reader: inout ByteReader, labelCount: Int) throws(TaggerModelError) {
        let count = Int(try reader.u32())
        guard count <= 1 << 20 else { throw .invalid("common words \(count)") }
        var hashes = [UInt64](repeating: 0, count: count)
        for k in 0..<count {
            hashes[k] = UInt64(try reader.u32()) | UInt64(try reader.u32()) << 32
            guard k == 0 || hashes[k] > hashes[k - 1] else { throw .invalid("common word order") }
        }
        var sums = [Int32](repeating: 0, count: count * labelCount)
        for k in sums.indices { sums[k] = Int32(bitPattern: try reader.u32()) }
        self.init(hashes: hashes, sums: sums, labelCount: labelCount)
    }
}
