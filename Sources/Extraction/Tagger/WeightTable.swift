/// Hashed feature weights for every label, as the tagger runs them: an open-addressing table from feature bucket to
/// a row of 16-bit weights, key and row in one 32-byte slot so that a feature costs one memory access.
struct WeightTable: Sendable, Equatable {
    /// Feature buckets are `0..<(1 << bits)`.
    let bits: Int
    let labelCount: Int
    /// Weight = stored Int16 × scale.
    let scale: Float
    /// Rows present.
    let rowCount: Int
    /// 32-bit words per slot: the key (bucket + 1, 0 = empty), then two Int16 weights per word.
    let stride: Int
    let slotMask: Int
    let slots: [UInt32]
    /// One bit per bucket: whether it has a row. Small enough to stay in cache, so absent features cost little.
    let present: [UInt64]

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

    init(bits: Int, labelCount: Int, scale: Float, rows: [(bucket: Int, weights: [Int16])]) {
        self.bits = bits
        self.labelCount = labelCount
        self.scale = scale
        self.rowCount = rows.count
        var stride = 1
        while stride < 1 + (labelCount + 1) / 2 { stride *= 2 }
        self.stride = stride
        var capacity = 16
        while capacity * 2 < rows.count * 3 { capacity *= 2 }  // load at most 2/3
        slotMask = capacity - 1
        var slots = [UInt32](repeating: 0, count: capacity * stride)
        var present = [UInt64](repeating: 0, count: max(1, (1 << bits) / 64))
        for (bucket, weights) in rows {
            present[bucket >> 6] |= 1 << UInt64(bucket & 63)
            var slot = Self.home(UInt32(bucket), capacity - 1)
            while slots[slot * stride] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot * stride] = UInt32(bucket) + 1
            for y in 0..<labelCount {
                let word = slot * stride + 1 + y / 2
                let bitsOfWeight = UInt32(UInt16(bitPattern: weights[y]))
                slots[word] |= y % 2 == 0 ? bitsOfWeight : bitsOfWeight << 16
            }
        }
        self.slots = slots
        self.present = present
    }

    @inline(__always) static func home(_ bucket: UInt32, _ mask: Int) -> Int {
        Int((bucket &* 0x9E37_79B1) >> 7) & mask
    }

    /// Rows in bucket order, for encoding.
    var rows: [(bucket: Int, weights: [Int16])] {
        var out: [(bucket: Int, weights: [Int16])] = []
        out.reserveCapacity(rowCount)
        for slot in 0...slotMask where slots[slot * stride] != 0 {
            var weights = [Int16](repeating: 0, count: labelCount)
            for y in 0..<labelCount {
                let word = slots[slot * stride + 1 + y / 2]
                weights[y] = Int16(bitPattern: UInt16(truncatingIfNeeded: y % 2 == 0 ? word : word >> 16))
            }
            out.append((Int(slots[slot * stride]) - 1, weights))
        }
        return out.sorted { $0.bucket < $1.bucket }
    }

    /// Adds the weights of `tokens` (features `buckets[offsets[t]..<offsets[t + 1]]`) to `emissions[t * labelCount + y]`.
    ///
    /// Memory-bound, so done in two phases per token: first every feature's presence bit and home slot key are
    /// loaded (independent loads the processor overlaps), then the rows found are summed.
    func addScores(_ features: FeatureExtractor.DocumentFeatures, tokens: Range<Int>, to emissions: inout [Float]) {
        let L = labelCount
        let stride = self.stride
        let mask = slotMask
        let scale = self.scale
        var sums = [Int32](repeating: 0, count: 16)
        var candidates = [Int](repeating: 0, count: 256)
        var found = [UInt32](repeating: 0, count: 256)
        present.withUnsafeBufferPointer { present in
            slots.withUnsafeBufferPointer { slots in
                features.buckets.withUnsafeBufferPointer { buckets in
                    features.offsets.withUnsafeBufferPointer { offsets in
                        emissions.withUnsafeMutableBufferPointer { e in
                            sums.withUnsafeMutableBufferPointer { sums in
                                candidates.withUnsafeMutableBufferPointer { candidates in
                                    found.withUnsafeMutableBufferPointer { found in
                                        for t in tokens {
                                            var m = 0
                                            for k in Int(offsets[t])..<Int(offsets[t + 1]) where m < 256 {
                                                let b = buckets[k]
                                                let bit = present[Int(b >> 6)] & (1 << UInt64(b & 63))
                                                let slot = Self.home(b, mask)
                                                candidates[m] = slot
                                                found[m] = bit == 0 ? 0 : b &+ 1
                                                m += bit == 0 ? 0 : 1
                                            }
                                            for y in 0..<L { sums[y] = 0 }
                                            for i in 0..<m {
                                                let key = found[i]
                                                var slot = candidates[i]
                                                while true {
                                                    let stored = slots[slot * stride]
                                                    if stored == key {
                                                        let base = slot * stride + 1
                                                        var y = 0
                                                        while y + 1 < L {
                                                            let word = slots[base + y / 2]
                                                            sums[y] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: word)))
                                                            sums[y + 1] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: word >> 16)))
                                                            y += 2
                                                        }
                                                        if y < L {
                                                            sums[y] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: slots[base + y / 2])))
                                                        }
                                                        break
                                                    }
                                                    if stored == 0 { break }
                                                    slot = (slot + 1) & mask
                                                }
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

    static func == (a: WeightTable, b: WeightTable) -> Bool {
        a.bits == b.bits && a.labelCount == b.labelCount && a.scale == b.scale && a.slots == b.slots
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
