/// Hashed feature weights for every label, as the tagger runs them: a presence bitmap over the buckets with a rank
/// per 64-bit word, and the rows of 16-bit weights of the present buckets, densely, in bucket order. A feature's row
/// is `rank(bucket)`: no probing, and the whole table stays about as small as the model file, so that look-ups mostly
/// hit the processor's cache.
struct WeightTable: Sendable, Equatable {
    /// Feature buckets are `0..<(1 << bits)`.
    let bits: Int
    let labelCount: Int
    /// Weight = stored Int16 × scale.
    let scale: Float
    /// Rows present.
    let rowCount: Int
    /// Two words per 64 buckets: the presence bits, then the number of rows before them, side by side so that
    /// locating a row costs one cache line, not two.
    let index: [UInt64]
    /// `rowCount * labelCount` weights, row-major, rows in bucket order, then `chunkLanes` zeros so that
    /// the vector loads of the last row stay inside the array.
    let weights: [Int16]

    /// Quantises dense weights (`(1 << bits) * labelCount`, bucket-major) to 16 bits, dropping weights whose
    /// magnitude is below `threshold` or rounds to zero.
    init(bits: Int, labelCount: Int, dense: [Float], threshold: Float) {
        var maxAbs: Float = 0
        for w in dense { maxAbs = max(maxAbs, abs(w)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var rows: [(bucket: Int, weights: [Int16])] = []
        var row = [Int16](repeating: 0, count: labelCount)
        for bucket in 0..<(1 << bits) {
            var any = false
            for y in 0..<labelCount {
                let w = dense[bucket * labelCount + y]
                let q = abs(w) < threshold ? 0 : Int16(clamping: Int((w / scale).rounded()))
                row[y] = q
                any = any || q != 0
            }
            if any { rows.append((bucket, row)) }
        }
        self.init(bits: bits, labelCount: labelCount, scale: scale, rows: rows)
    }

    /// - Parameter rows: in increasing bucket order.
    init(bits: Int, labelCount: Int, scale: Float, rows: [(bucket: Int, weights: [Int16])]) {
        var index = [UInt64](repeating: 0, count: 2 * Self.indexWords(bits))
        var weights = [Int16]()
        weights.reserveCapacity(rows.count * labelCount + Self.chunkLanes)
        for (bucket, row) in rows {
            index[2 * (bucket >> 6)] |= 1 << UInt64(bucket & 63)
            weights.append(contentsOf: row)
        }
        weights.append(contentsOf: repeatElement(0, count: Self.chunkLanes))
        self.init(
            bits: bits, labelCount: labelCount, scale: scale, rowCount: rows.count, presence: index, weights: weights)
    }

    /// From the presence bits (every other word of `presence`, the rank words still zero) and the rows laid out
    /// as `weights` keeps them; fills in the ranks.
    private init(bits: Int, labelCount: Int, scale: Float, rowCount: Int, presence: [UInt64], weights: [Int16]) {
        self.bits = bits
        self.labelCount = labelCount
        self.scale = scale
        self.rowCount = rowCount
        var index = presence
        var total: UInt64 = 0
        for w in 0..<(index.count / 2) {
            index[2 * w + 1] = total
            total += UInt64(index[2 * w].nonzeroBitCount)
        }
        self.index = index
        self.weights = weights
    }

    /// Presence words (and as many rank words) of a table over `1 << bits` buckets.
    private static func indexWords(_ bits: Int) -> Int { max(1, (1 << bits) / 64) }

    /// Rows in bucket order, for encoding.
    var rows: [(bucket: Int, weights: [Int16])] {
        var out: [(bucket: Int, weights: [Int16])] = []
        out.reserveCapacity(rowCount)
        var r = 0
        for w in 0..<(index.count / 2) {
            var word = index[2 * w]
            while word != 0 {
                let bit = word.trailingZeroBitCount
                word &= word - 1
                out.append((w * 64 + bit, Array(weights[(r * labelCount)..<((r + 1) * labelCount)])))
                r += 1
            }
        }
        return out
    }

    static func == (a: WeightTable, b: WeightTable) -> Bool {
        a.bits == b.bits && a.labelCount == b.labelCount && a.scale == b.scale && a.index == b.index
            && a.weights == b.weights
    }

    // MARK: bytes

    /// u32 bits, f32 scale, u32 rowCount, rowCount × (varint bucket delta, u32 label mask, i16 × popcount(mask)).
    func encode(into out: inout [UInt8]) {
        out.appendU32(UInt32(bits))
        out.appendU32(scale.bitPattern)
        let rows = self.rows
        out.appendU32(UInt32(rows.count))
        var previous = -1
        for (bucket, weights) in rows {
            var delta = previous < 0 ? bucket : bucket - previous
            previous = bucket
            while delta >= 0x80 {
                out.append(UInt8(delta & 0x7f) | 0x80)
                delta >>= 7
            }
            out.append(UInt8(delta))
            var mask: UInt32 = 0
            for y in 0..<labelCount where weights[y] != 0 { mask |= 1 << UInt32(y) }
            out.appendU32(mask)
            for y in 0..<labelCount where weights[y] != 0 {
                let v = UInt16(bitPattern: weights[y])
                out.append(UInt8(v & 0xff))
                out.append(UInt8(v >> 8))
            }
        }
    }

    /// Decodes the rows straight into the table's own arrays: built as a list of rows first, each row was an array
    /// of its own, 47,000 allocations at start-up (72 M instructions, now about 6 M).
    init(from reader: inout ByteReader, labelCount: Int) throws(TaggerModelError) {
        let bits = Int(try reader.u32())
        guard (8...26).contains(bits) else { throw .invalid("bits \(bits)") }
        let scale = Float(bitPattern: try reader.u32())
        guard scale.isFinite && scale > 0 else { throw .invalid("scale") }
        let rowCount = Int(try reader.u32())
        guard rowCount <= 1 << bits else { throw .invalid("row count") }
        var index = [UInt64](repeating: 0, count: 2 * Self.indexWords(bits))
        var weights = [Int16](repeating: 0, count: rowCount * labelCount + Self.chunkLanes)
        var bucket = 0
        for r in 0..<rowCount {
            let delta = try reader.varint()
            bucket = r == 0 ? delta : bucket + delta
            guard delta > 0 || r == 0, bucket < 1 << bits else { throw .invalid("bucket order") }
            let mask = try reader.u32()
            guard mask != 0, mask >> UInt32(labelCount) == 0 else { throw .invalid("label mask") }
            for y in 0..<labelCount where mask & (1 << UInt32(y)) != 0 {
                weights[r * labelCount + y] = Int16(bitPattern: try reader.u16())
            }
            index[2 * (bucket >> 6)] |= 1 << UInt64(bucket & 63)
        }
        self.init(
            bits: bits, labelCount: labelCount, scale: scale, rowCount: rowCount, presence: index, weights: weights)
    }
}

extension [UInt8] {
    mutating func appendU32(_ v: UInt32) {
        append(UInt8(v & 0xff))
        append(UInt8((v >> 8) & 0xff))
        append(UInt8((v >> 16) & 0xff))
        append(UInt8(v >> 24))
    }
}
