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
    /// One bit per bucket: whether it has a row.
    let present: [UInt64]
    /// Rows before each word of `present`.
    let ranks: [UInt32]
    /// `rowCount * labelCount` weights, row-major, rows in bucket order.
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
        self.bits = bits
        self.labelCount = labelCount
        self.scale = scale
        self.rowCount = rows.count
        var present = [UInt64](repeating: 0, count: max(1, (1 << bits) / 64))
        var weights = [Int16]()
        weights.reserveCapacity(rows.count * labelCount)
        for (bucket, row) in rows {
            present[bucket >> 6] |= 1 << UInt64(bucket & 63)
            weights.append(contentsOf: row)
        }
        var ranks = [UInt32](repeating: 0, count: present.count)
        var total: UInt32 = 0
        for w in present.indices {
            ranks[w] = total
            total += UInt32(present[w].nonzeroBitCount)
        }
        self.present = present
        self.ranks = ranks
        self.weights = weights
    }

    /// Rows in bucket order, for encoding.
    var rows: [(bucket: Int, weights: [Int16])] {
        var out: [(bucket: Int, weights: [Int16])] = []
        out.reserveCapacity(rowCount)
        var r = 0
        for w in present.indices {
            var word = present[w]
            while word != 0 {
                let bit = word.trailingZeroBitCount
                word &= word - 1
                out.append((w * 64 + bit, Array(weights[(r * labelCount)..<((r + 1) * labelCount)])))
                r += 1
            }
        }
        return out
    }

    /// Adds the weights of `tokens` (features `buckets[offsets[t]..<offsets[t + 1]]`) to `emissions[t * labelCount + y]`.
    ///
    /// Memory-bound, so done in two phases per token: first the rows of all its features are located (independent
    /// loads the processor overlaps), then they are summed.
    func addScores(_ features: FeatureExtractor.DocumentFeatures, tokens: Range<Int>, to emissions: inout [Float]) {
        let L = labelCount
        let scale = self.scale
        var sums = [Int32](repeating: 0, count: 16)
        var rows = [Int](repeating: 0, count: 256)
        present.withUnsafeBufferPointer { present in
            ranks.withUnsafeBufferPointer { ranks in
                weights.withUnsafeBufferPointer { weights in
                    features.buckets.withUnsafeBufferPointer { buckets in
                        features.offsets.withUnsafeBufferPointer { offsets in
                            emissions.withUnsafeMutableBufferPointer { e in
                                sums.withUnsafeMutableBufferPointer { sums in
                                    rows.withUnsafeMutableBufferPointer { rows in
                                        for t in tokens {
                                            var m = 0
                                            for k in Int(offsets[t])..<Int(offsets[t + 1]) where m < 256 {
                                                let b = Int(buckets[k])
                                                let word = present[b >> 6]
                                                let below = word & ((1 << UInt64(b & 63)) &- 1)
                                                rows[m] = (Int(ranks[b >> 6]) + below.nonzeroBitCount) * L
                                                m += Int((word >> UInt64(b & 63)) & 1)
                                            }
                                            for y in 0..<L { sums[y] = 0 }
                                            for i in 0..<m {
                                                let base = rows[i]
                                                for y in 0..<L { sums[y] &+= Int32(weights[base + y]) }
                                            }
                                            for y in 0..<L { e[t * L + y] += Float(sums[y]) * scale }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// `addScores`, sharing work between repeated words: token `t`'s first `intrinsicCounts[t]` features depend only
    /// on the word itself (`words[t]`, a hash of its exact form), so their sum is computed once per distinct word in
    /// the call and reused. Integer sums, so the result is exactly `addScores`'s.
    func addScores(
        _ features: FeatureExtractor.DocumentFeatures, tokens: Range<Int>, to emissions: inout [Float],
        words: [UInt64], intrinsicCounts: [Int]
    ) {
        let L = labelCount
        let scale = self.scale
        var cacheIndex = HashedKeyMap<Int32>(capacity: tokens.count / 2 + 8, empty: -1)
        var cache = [Int32](repeating: 0, count: (tokens.count + 1) * L)
        var cached = 0
        var sums = [Int32](repeating: 0, count: 16)
        var rows = [Int](repeating: 0, count: 256)
        present.withUnsafeBufferPointer { present in
            ranks.withUnsafeBufferPointer { ranks in
                weights.withUnsafeBufferPointer { weights in
                    features.buckets.withUnsafeBufferPointer { buckets in
                        features.offsets.withUnsafeBufferPointer { offsets in
                            emissions.withUnsafeMutableBufferPointer { e in
                                sums.withUnsafeMutableBufferPointer { sums in
                                    rows.withUnsafeMutableBufferPointer { rows in
                                        cache.withUnsafeMutableBufferPointer { cache in
                                            @inline(__always) func add(_ range: Range<Int>) {
                                                var m = 0
                                                for k in range where m < 256 {
                                                    let b = Int(buckets[k])
                                                    let word = present[b >> 6]
                                                    let below = word & ((1 << UInt64(b & 63)) &- 1)
                                                    rows[m] = (Int(ranks[b >> 6]) + below.nonzeroBitCount) * L
                                                    m += Int((word >> UInt64(b & 63)) & 1)
                                                }
                                                for i in 0..<m {
                                                    let base = rows[i]
                                                    for y in 0..<L { sums[y] &+= Int32(weights[base + y]) }
                                                }
                                            }
                                            for t in tokens {
                                                let first = Int(offsets[t])
                                                let end = Int(offsets[t + 1])
                                                let intrinsicEnd = first + min(intrinsicCounts[t], end - first)
                                                let slot = Int(cacheIndex[words[t]])
                                                if slot >= 0 {
                                                    for y in 0..<L { sums[y] = cache[slot * L + y] }
                                                } else {
                                                    for y in 0..<L { sums[y] = 0 }
                                                    add(first..<intrinsicEnd)
                                                    cacheIndex[words[t]] = Int32(cached)
                                                    for y in 0..<L { cache[cached * L + y] = sums[y] }
                                                    cached += 1
                                                }
                                                add(intrinsicEnd..<end)
                                                for y in 0..<L { e[t * L + y] += Float(sums[y]) * scale }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func == (a: WeightTable, b: WeightTable) -> Bool {
        a.bits == b.bits && a.labelCount == b.labelCount && a.scale == b.scale && a.present == b.present
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

    init(from reader: inout ByteReader, labelCount: Int) throws(TaggerModelError) {
        let bits = Int(try reader.u32())
        guard (8...26).contains(bits) else { throw .invalid("bits \(bits)") }
        let scale = Float(bitPattern: try reader.u32())
        guard scale.isFinite && scale > 0 else { throw .invalid("scale") }
        let rowCount = Int(try reader.u32())
        guard rowCount <= 1 << bits else { throw .invalid("row count") }
        var rows: [(bucket: Int, weights: [Int16])] = []
        rows.reserveCapacity(rowCount)
        var bucket = 0
        for r in 0..<rowCount {
            let delta = try reader.varint()
            bucket = r == 0 ? delta : bucket + delta
            guard delta > 0 || r == 0, bucket < 1 << bits else { throw .invalid("bucket order") }
            let mask = try reader.u32()
            guard mask != 0, mask >> UInt32(labelCount) == 0 else { throw .invalid("label mask") }
            var weights = [Int16](repeating: 0, count: labelCount)
            for y in 0..<labelCount where mask & (1 << UInt32(y)) != 0 {
                weights[y] = Int16(bitPattern: try reader.u16())
            }
            rows.append((bucket, weights))
        }
        self.init(bits: bits, labelCount: labelCount, scale: scale, rows: rows)
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
