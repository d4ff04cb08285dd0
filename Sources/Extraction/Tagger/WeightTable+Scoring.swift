/// Summing feature weights into label scores, the tagger's hottest loop.
///
/// Per token, first every feature's row is located (independent loads the processor overlaps), then the rows are
/// summed eight labels at a time with 16-bit loads widened to 32-bit lanes. Sums are integers, so the order in which
/// rows are added never changes a score: training's `addScores` over stored features and the tagger's
/// `addFirstPassScores`, which computes features as it goes and scores a word's own features once per document,
/// give the same floats.
extension WeightTable {
    /// Labels per vector chunk of the sums.
    static let chunkLanes = 8

    /// Vector chunks that hold one row's labels.
    var chunks: Int { (labelCount + Self.chunkLanes - 1) / Self.chunkLanes }

    /// Adds the weights of `tokens` (features `buckets[offsets[t]..<offsets[t + 1]]`) to `emissions[t * labelCount + y]`.
    func addScores(_ features: FeatureExtractor.DocumentFeatures, tokens: Range<Int>, to emissions: inout [Float]) {
        let chunks = self.chunks
        withScratch { scratch in
            features.buckets.withUnsafeBufferPointer { buckets in
                features.offsets.withUnsafeBufferPointer { offsets in
                    emissions.withUnsafeMutableBufferPointer { e in
                        for t in tokens {
                            for c in 0..<chunks { scratch.sums[c] = .zero }
                            var k = Int(offsets[t])
                            let end = Int(offsets[t + 1])
                            while k < end {
                                let n = min(end - k, Self.scratchRows)
                                scratch.add(buckets.baseAddress! + k, n)
                                k += n
                            }
                            scratch.store(into: e.baseAddress! + t * labelCount)
                        }
                    }
                }
            }
        }
    }

    /// The first pass's scores of a document, features computed token by token straight from `traits` (no
    /// document-wide feature list). A word's intrinsic features (`FeatureExtractor.intrinsicFeatures`, the same at
    /// every occurrence) are hashed and summed once per distinct spelling in the document and reused.
    func addFirstPassScores(
        _ extractor: FeatureExtractor, _ traits: [TokenTraits], _ sentences: [Range<Int>], to emissions: inout [Float]
    ) {
        let chunks = self.chunks
        let n = traits.count
        var slots = HashedKeyMap<Int32>(capacity: n / 2 + 8, empty: -1)
        var cache = [SIMD8<Int32>](repeating: .zero, count: (n + 1) * chunks)
        var cached: Int32 = 0
        withScratch { scratch in
            traits.withUnsafeBufferPointer { traits in
                cache.withUnsafeMutableBufferPointer { cache in
                    emissions.withUnsafeMutableBufferPointer { e in
                        for sentence in sentences {
                            for t in sentence {
                                let tr = traits[t]
                                var slot = slots.insertIfAbsent(tr.exact, cached)
                                if slot < 0 {
                                    slot = cached
                                    cached += 1
                                    for c in 0..<chunks { scratch.sums[c] = .zero }
                                    var writer = FeatureWriter(bits: bits, base: scratch.buckets)
                                    extractor.intrinsicFeatures(tr, into: &writer)
                                    scratch.add(scratch.buckets, writer.count)
                                    for c in 0..<chunks { cache[Int(slot) * chunks + c] = scratch.sums[c] }
                                } else {
                                    for c in 0..<chunks { scratch.sums[c] = cache[Int(slot) * chunks + c] }
                                }
                                var writer = FeatureWriter(bits: bits, base: scratch.buckets)
                                extractor.contextFeatures(traits, t, sentence, into: &writer)
                                scratch.add(scratch.buckets, writer.count)
                                scratch.store(into: e.baseAddress! + t * labelCount)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Buckets or rows handled per step; at least `FeatureExtractor.maximumPerToken`.
    static let scratchRows = 256

    /// Temporary buffers of one scoring call and the row look-up and summing kernels over them.
    struct Scratch {
        let index: UnsafePointer<UInt64>
        let weights: UnsafeRawPointer
        let labelCount: Int
        let chunks: Int
        let scale: Float
        /// Feature buckets of the token being scored (`scratchRows`).
        let buckets: UnsafeMutablePointer<UInt32>
        /// Offsets (in weights) of the rows of present features (`scratchRows`).
        let rows: UnsafeMutablePointer<Int>
        /// Label sums, `chunks` vectors.
        let sums: UnsafeMutablePointer<SIMD8<Int32>>

        /// Adds the rows of the `count` features at `buckets` to `sums`. Absent features have no row.
        @inline(__always) func add(_ buckets: UnsafePointer<UInt32>, _ count: Int) {
            var m = 0
            let L = labelCount
            for k in 0..<count {
                let b = Int(truncatingIfNeeded: buckets[k])
                let word = index[(b &>> 6) &<< 1]
                let rank = index[((b &>> 6) &<< 1) | 1]
                let bit = UInt64(truncatingIfNeeded: b & 63)
                let below = word & ((1 &<< bit) &- 1)
                rows[m] = (Int(truncatingIfNeeded: rank) &+ below.nonzeroBitCount) &* L
                m &+= Int(truncatingIfNeeded: (word &>> bit) & 1)
            }
            if chunks == 2 {
                // 9 to 16 labels (the shipped model has 9): both halves of the row per step, in registers.
                var low = sums[0]
                var high = sums[1]
                for i in 0..<m {
                    let row = weights + rows[i] &* 2
                    low &+= SIMD8<Int32>(truncatingIfNeeded: row.loadUnaligned(as: SIMD8<Int16>.self))
                    high &+= SIMD8<Int32>(
                        truncatingIfNeeded: row.loadUnaligned(fromByteOffset: 16, as: SIMD8<Int16>.self))
                }
                sums[0] = low
                sums[1] = high
            } else {
                for c in 0..<chunks {
                    var sum = sums[c]
                    for i in 0..<m {
                        sum &+= SIMD8<Int32>(
                            truncatingIfNeeded: weights.loadUnaligned(
                                fromByteOffset: rows[i] &* 2 &+ c &* 16, as: SIMD8<Int16>.self))
                    }
                    sums[c] = sum
                }
            }
        }

        /// Adds the label sums, scaled, to one token's scores.
        @inline(__always) func store(into scores: UnsafeMutablePointer<Float>) {
            let sums = UnsafeRawPointer(self.sums).assumingMemoryBound(to: Int32.self)
            for y in 0..<labelCount { scores[y] += Float(sums[y]) * scale }
        }
    }

    /// Runs `body` with scratch buffers over this table's storage.
    private func withScratch(_ body: (Scratch) -> Void) {
        precondition(weights.count >= rowCount * labelCount + Self.chunkLanes)
        index.withUnsafeBufferPointer { index in
            weights.withUnsafeBytes { weights in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.scratchRows) { buckets in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.scratchRows) { rows in
                        withUnsafeTemporaryAllocation(of: SIMD8<Int32>.self, capacity: chunks) { sums in
                            body(
                                Scratch(
                                    index: index.baseAddress!, weights: weights.baseAddress!,
                                    labelCount: labelCount, chunks: chunks, scale: scale,
                                    buckets: buckets.baseAddress!, rows: rows.baseAddress!, sums: sums.baseAddress!))
                        }
                    }
                }
            }
        }
    }
}
