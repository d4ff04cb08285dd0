/// The first pass's rows of the context features whose values are small class codes (capitalisation, position,
/// cue-word, lexicon, gazetteer and rule-evidence classes of a token and its neighbours), located once per model.
///
/// A feature's row is normally found by hashing its template and value into a bucket and ranking the bucket in the
/// presence bitmap (`WeightTable+Scoring.swift`, `Scratch.locate`), about fifty instructions. These templates take a
/// few hundred or thousand values in all, so the tagger looks their rows up by value instead: the same rows, so the
/// same integer sums and the same scores. Six such features read every token's neighbours and nine more are scored
/// at each new own key of a document. A value outside a template's range is hashed as before.
struct ClassFeatureRows: Sendable {
    /// A template's values `0..<size` at `rows[base...]`: the byte offset of the value's row in the weights, or -1
    /// when the model has no row for it.
    let rows: [Int32]

    /// The templates looked up by value, and how many values each holds (the largest value its `contextFeatures`
    /// line can write, plus one: classes are at most 3 bits, 4 for outside-the-sentence codes, gazetteer masks 7).
    /// The gazetteer classes of both neighbours (41) take 65,536 values, as many look-ups at load as the dev pages'
    /// tokens; only its first 256 are here, those where the word before is in no name (most tokens).
    static let templates: [(template: UInt64, size: Int)] = [
        (23, 132), (24, 16), (25, 160), (26, 160), (27, 48), (28, 900), (29, 176), (30, 32), (31, 20768), (38, 900),
        (39, 21344), (40, 2048), (42, 128), (43, 4096), (44, 2048), (41, 256),
    ]

    /// Where `template`'s values start in `rows` and how many there are; `size` 0 for any other template. Written
    /// out so that a literal template folds to two constants (`templates`' sizes, summed in order; tested).
    @inline(__always) static func slot(_ template: UInt64) -> (base: Int, size: Int) {
        switch template {
        case 23: return (0, 132)
        case 24: return (132, 16)
        case 25: return (148, 160)
        case 26: return (308, 160)
        case 27: return (468, 48)
        case 28: return (516, 900)
        case 29: return (1416, 176)
        case 30: return (1592, 32)
        case 31: return (1624, 20768)
        case 38: return (22392, 900)
        case 39: return (23292, 21344)
        case 40: return (44636, 2048)
        case 42: return (46684, 128)
        case 43: return (46812, 4096)
        case 44: return (50908, 2048)
        case 41: return (52956, 256)
        default: return (0, 0)
        }
    }

    /// Locates every value of every template of `templates` in `table`, as `Scratch.locate` would.
    init(_ table: WeightTable) {
        var rows: [Int32] = []
        rows.reserveCapacity(Self.templates.reduce(0) { $0 + $1.size })
        var bucket: UInt32 = 0
        withUnsafeMutablePointer(to: &bucket) { bucket in
            for (template, size) in Self.templates {
                for value in 0..<UInt64(size) {
                    var writer = FeatureWriter(bits: table.bits, base: bucket)
                    writer.add(template, value)
                    rows.append(table.rowOffset(ofBucket: Int(bucket.pointee)))
                }
            }
        }
        self.rows = rows
    }
}

extension WeightTable {
    /// The byte offset of `bucket`'s row in `weights`, or -1 when the bucket has none.
    func rowOffset(ofBucket bucket: Int) -> Int32 {
        let word = index[2 * (bucket >> 6)]
        let bit = UInt64(bucket & 63)
        guard (word >> bit) & 1 != 0 else { return -1 }
        let rank = Int(index[2 * (bucket >> 6) + 1]) + (word & ((1 << bit) - 1)).nonzeroBitCount
        return Int32(rank * labelCount * 2)
    }
}
