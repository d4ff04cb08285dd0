import Testing

@testable import Extraction

/// The model's tables built straight from its sorted lists answer as the hash-table way of building them did.
@Suite("Model table loading")
struct ModelTableLoadingTests {
    /// The entries as they were built before: `a` stored by assignment, then `b` or-ed in, in a `HashedKeyMap`.
    static func throughHashTable(_ a: [(key: UInt32, value: UInt8)], _ b: [(key: UInt32, value: UInt8)]) -> [UInt32:
        UInt8]
    {
        var table = HashedKeyMap<UInt8>(capacity: a.count + b.count + 8, empty: 0)
        for (key, value) in a { table[UInt64(key)] = value }
        for (key, value) in b { table.update(UInt64(key)) { $0 |= value } }
        var out: [UInt32: UInt8] = [:]
        for entry in table.entries { out[UInt32(entry.key)] = entry.value }
        return out
    }

    @Test func mergingOrsTheSecondListIntoTheFirstAndCountsKeyZeroAsOne() {
        let a: [(key: UInt32, value: UInt8)] = [(0, 1), (1, 4), (7, 2), (9, 8), (40, 1)]
        let b: [(key: UInt32, value: UInt8)] = [(1, 128), (8, 128), (9, 128), (41, 128)]
        let merged = PackedByteMap.merging(a, b)
        #expect(merged.map(\.key) == [1, 7, 8, 9, 40, 41])
        #expect(merged.map(\.value) == [4 | 128, 2, 128, 8 | 128, 1, 128])
        let reference = Self.throughHashTable(a, b)
        #expect(merged.count == reference.count)
        for entry in merged { #expect(reference[entry.key] == entry.value) }
    }

    @Test func aLexiconAnswersEveryKeyAsTheHashTableBuiltOne() {
        let common: [UInt32] = [0, 5, 17, 300, 4_000_000_000] + Keywords.all.prefix(3).map { Lexicon.key($0.0) }
        let proper: [UInt32] = [1, 17, 299, 300, 4_000_000_001]
        let lexicon = Lexicon(common: common.sorted(), proper: proper)
        var reference = Self.throughHashTable(common.sorted().map { ($0, 1) }, proper.map { ($0, 2) })
        for (hash, kind) in Keywords.all {
            let key = max(Lexicon.key(hash), 1)
            reference[key] = ((reference[key] ?? 0) & 0x0F) | UInt8(kind.rawValue) << 4
        }
        for (key, value) in reference {
            let answer = lexicon.classify(lowerHash: UInt64(key) << 32)
            #expect(answer.lexical == UInt64(value & 3))
            #expect(answer.keyword.rawValue == UInt64(value >> 4))
        }
        #expect(lexicon.classify(lowerHash: UInt64(12345) << 32).lexical == 0)
    }
}
