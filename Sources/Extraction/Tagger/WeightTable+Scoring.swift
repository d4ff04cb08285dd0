import CPrefetch

/// Summing feature weights into label scores, the tagger's hottest loop.
///
/// A feature's row is located from its bucket (presence bit and rank), then rows are summed eight labels at a time,
/// 16-bit weights widened to 32-bit lanes. Sums are integers, so the order in which rows are added never changes a
/// score: training's `addScores` over stored features and the tagger's `firstPassScores`, which computes features
/// as it goes and scores a word's own features once per document, give the same floats.
///
/// The table is larger than the processor's nearer caches, so look-ups wait on memory. Work therefore goes in
/// phases over many features at once (hash them all, locate all their rows, sum all the rows), and each phase asks
/// for the cache lines the next one reads with software prefetches (`CPrefetch`): index lines as features are
/// hashed, rows as they are located. Where feature by feature every look-up would wait for the one before, the
/// lines of a whole block are on their way together.
extension WeightTable {
    /// Labels per vector chunk of the sums.
    static let chunkLanes = 8

    /// Vector chunks that hold one row's labels.
    var chunks: Int { (labelCount + Self.chunkLanes - 1) / Self.chunkLanes }

    /// Tokens scored together by `firstPassScores`.
    static let blockTokens = 16

    /// How many tokens ahead `addScores` asks for index lines.
    static let prefetchDistance = 4

    /// Features held by the scratch buffers.
    static let scratchCapacity = blockTokens * FeatureExtractor.maximumPerToken

    /// Adds the weights of `tokens` (features `buckets[offsets[t]..<offsets[t + 1]]`) to `emissions[t * labelCount + y]`.
    func addScores(_ features: FeatureExtractor.DocumentFeatures, tokens: Range<Int>, to emissions: inout [Float]) {
        withScratch { scratch in
            features.buckets.withUnsafeBufferPointer { buckets in
                features.offsets.withUnsafeBufferPointer { offsets in
                    emissions.withUnsafeMutableBufferPointer { e in
                        for t in tokens {
                            // the index lines of a token a few ahead, on their way while this one is scored
                            let ahead = t &+ Self.prefetchDistance
                            if ahead < tokens.upperBound {
                                scratch.prefetchIndex(
                                    buckets.baseAddress!, Int(offsets[ahead])..<Int(offsets[ahead &+ 1]))
                            }
                            var k = Int(offsets[t])
                            let end = Int(offsets[t + 1])
                            // most tokens have no second-pass features (they are not capitalised), and adding zero
                            // sums would add +0.0 to scores that are never −0.0 (a first-pass score is +0.0 or a
                            // nonzero multiple of the scale), so skipping them changes no score
                            if k == end { continue }
                            scratch.clearSums()
                            while k < end {
                                let count = min(end - k, Self.scratchCapacity)
                                let m = scratch.locate(buckets.baseAddress! + k, 0..<count, into: 0)
                                scratch.sum(0..<m)
                                k += count
                            }
                            scratch.store(into: e.baseAddress! + t * labelCount)
                        }
                    }
                }
            }
        }
    }

    /// Where `Scratch.sums` keeps label `y` while summing (as `Scratch.store` reads it): with two vectors, the
    /// high one holds the last eight labels.
    static func lane(of y: Int, labelCount: Int) -> Int {
        let chunks = (labelCount + chunkLanes - 1) / chunkLanes
        return chunks == 2 && y >= 8 ? y - labelCount + 16 : y
    }

    /// The sums of the intrinsic features of each of `traits` (`labelCount` integers per word), as
    /// `firstPassScores` adds them (`CommonWordScores`).
    func intrinsicScores(of traits: [TokenTraits], _ extractor: FeatureExtractor) -> [Int32] {
        var out = [Int32](repeating: 0, count: traits.count * labelCount)
        withScratch { scratch in
            for (k, tr) in traits.enumerated() {
                var writer = FeatureWriter(bits: bits, base: scratch.buckets)
                extractor.intrinsicFeatures(tr, into: &writer)
                let m = scratch.locate(scratch.buckets, 0..<writer.count, into: 0)
                scratch.clearSums()
                scratch.sum(0..<m)
                let sums = UnsafeRawPointer(scratch.sums).assumingMemoryBound(to: Int32.self)
                for y in 0..<labelCount { out[k * labelCount + y] = sums[Self.lane(of: y, labelCount: labelCount)] }
            }
        }
        return out
    }

    /// The first pass's scores of a document, features computed straight from `traits` (no document-wide feature
    /// list), in blocks of up to `blockTokens` tokens of one sentence. A token's intrinsic features
    /// (`FeatureExtractor.intrinsicFeatures`) and own context features (the `own` ones of `contextFeatures`) are
    /// the same at every token with the same `FeatureExtractor.ownKey` (the spelling and the position flags: "the"
    /// mid-sentence, "," anywhere), so they are hashed, looked up and summed once per key in the document and the
    /// sum reused; only the features that read the neighbours are worked out at every token.
    ///
    /// A spelling `common` has scores for (most of a document's first uses of a spelling) adds those instead of its
    /// intrinsic features.
    ///
    /// `sentences` must cover the tokens in order (as `SentenceSplitter`'s do): each token's scores are written,
    /// not added, so the array is never zeroed first, and the scores are `0 + sum × scale`, the floats the same
    /// sum added to a zeroed array gives (`+0.0`, never `−0.0`, for a zero sum).
    func firstPassScores(
        _ extractor: FeatureExtractor, _ traits: [TokenTraits], _ sentences: [Range<Int>], common: CommonWordScores,
        classRows: ClassFeatureRows? = nil
    ) -> [Float] {
        let classRows = classRows ?? ClassFeatureRows(self)
        var covered = 0
        for sentence in sentences {
            precondition(sentence.lowerBound == covered, "sentences must cover the tokens in order")
            covered = sentence.upperBound
        }
        precondition(covered == traits.count, "sentences must cover the tokens in order")
        return [Float](unsafeUninitializedCapacity: traits.count * labelCount) { emissions, written in
            writeFirstPassScores(
                extractor, traits, sentences, common: common, classRows: classRows, to: emissions.baseAddress!)
            written = traits.count * labelCount
        }
    }

    private func writeFirstPassScores(
        _ extractor: FeatureExtractor, _ traits: [TokenTraits], _ sentences: [Range<Int>], common: CommonWordScores,
        classRows: ClassFeatureRows, to e: UnsafeMutablePointer<Float>
    ) {
        let chunks = self.chunks
        let n = traits.count
        // every slot is filled (step 3 below) before it is read, so the cache is never zeroed
        var cache = [SIMD8<Int32>](unsafeUninitializedCapacity: (n + 1) * chunks) { _, written in
            written = (n + 1) * chunks
        }
        withScratch { scratch in
            // per token of a block: its key's cache slot, whether it fills that slot (1) or reads it (0), where its
            // intrinsic and own features end and where all its features end (in buckets, then in rows). Pointers into
            // one temporary allocation: as arrays, every access reloaded the array from the closure's context and
            // checked its bounds.
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 7 * Self.blockTokens) { perToken in
                let slotOf = perToken.baseAddress!
                let fills = slotOf + Self.blockTokens
                let ownEnd = fills + Self.blockTokens
                let end = ownEnd + Self.blockTokens
                // the common word's number of a token that fills its slot, -1 when its intrinsic features are hashed
                let commonOf = end + Self.blockTokens
                // where its class features' rows (`ClassFeatureRows`, in `scratch.rows` from `scratchCapacity` on)
                // end: its own ones, then all of them
                let classOwnEnd = commonOf + Self.blockTokens
                let classEnd = classOwnEnd + Self.blockTokens
                classRows.rows.withUnsafeBufferPointer { classTable in
                    common.lanes.withUnsafeBufferPointer { commonLanes in
                        traits.withUnsafeBufferPointer { traits in
                            cache.withUnsafeMutableBufferPointer { cache in
                                OwnKeySlots.with(traits) { slots in
                                    for sentence in sentences {
                                        var blockStart = sentence.lowerBound
                                        while blockStart < sentence.upperBound {
                                            let block =
                                                blockStart..<min(blockStart + Self.blockTokens, sentence.upperBound)
                                            blockStart = block.upperBound
                                            // 1. hash
                                            var writer = FeatureWriter(bits: bits, base: scratch.buckets)
                                            writer.classRows = classTable.baseAddress
                                            writer.rows = scratch.rows
                                            writer.rowCount = Self.scratchCapacity
                                            for t in block {
                                                let i = t &- block.lowerBound
                                                let (slot, isNew) = slots.slot(traits, t)
                                                slotOf[i] = Int(slot)
                                                fills[i] = isNew ? 1 : 0
                                                if isNew {
                                                    let word = common.number(traits[t].exact)
                                                    commonOf[i] = Int(word)
                                                    if word < 0 {
                                                        extractor.intrinsicFeatures(traits[t], into: &writer)
                                                    } else {
                                                        // the word's scores (the table is larger than the nearer
                                                        // caches), on their way while the block is hashed and located
                                                        let lanes = commonLanes.baseAddress! + Int(word) &* chunks
                                                        cprefetch_read(lanes)
                                                        cprefetch_read(UnsafeRawPointer(lanes + chunks) - 1)
                                                    }
                                                    extractor.contextFeatures(
                                                        traits, t, sentence, into: &writer, OwnContextByValue.self)
                                                }
                                                ownEnd[i] = writer.count
                                                classOwnEnd[i] = writer.rowCount
                                                extractor.contextFeatures(
                                                    traits, t, sentence, into: &writer, NeighbourContextByValue.self)
                                                end[i] = writer.count
                                                classEnd[i] = writer.rowCount
                                                scratch.prefetchIndex(
                                                    scratch.buckets, (i == 0 ? 0 : end[i &- 1])..<end[i])
                                            }
                                            // 2. locate
                                            var m = 0
                                            var start = 0
                                            for i in 0..<block.count {
                                                m = scratch.locate(scratch.buckets, start..<ownEnd[i], into: m)
                                                let ownRows = m
                                                m = scratch.locate(scratch.buckets, ownEnd[i]..<end[i], into: m)
                                                start = end[i]
                                                ownEnd[i] = ownRows
                                                end[i] = m
                                            }
                                            // 3. sum
                                            start = 0
                                            var classStart = Self.scratchCapacity
                                            for i in 0..<block.count {
                                                let slot = cache.baseAddress! + slotOf[i] &* chunks
                                                if fills[i] != 0 {
                                                    scratch.clearSums()
                                                    if commonOf[i] >= 0 {
                                                        let lanes = commonLanes.baseAddress! + commonOf[i] &* chunks
                                                        for c in 0..<chunks { scratch.sums[c] = lanes[c] }
                                                    }
                                                    scratch.sum(start..<ownEnd[i])
                                                    scratch.sum(classStart..<classOwnEnd[i])
                                                    for c in 0..<chunks { slot[c] = scratch.sums[c] }
                                                } else {
                                                    for c in 0..<chunks { scratch.sums[c] = slot[c] }
                                                }
                                                scratch.sum(ownEnd[i]..<end[i])
                                                scratch.sum(classOwnEnd[i]..<classEnd[i])
                                                start = end[i]
                                                classStart = classEnd[i]
                                                scratch.store(
                                                    into: e + (block.lowerBound &+ i) &* labelCount, replacing: true)
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

    /// Temporary buffers of one scoring call and the row look-up and summing kernels over them.
    struct Scratch {
        let index: UnsafePointer<UInt64>
        let weights: UnsafeRawPointer
        let labelCount: Int
        let chunks: Int
        let scale: Float
        /// Feature buckets (`scratchCapacity`).
        let buckets: UnsafeMutablePointer<UInt32>
        /// Byte offsets in `weights` of the rows of present features (`scratchCapacity`), then those of the class
        /// features the first pass finds by value (`ClassFeatureRows`, another `scratchCapacity`).
        let rows: UnsafeMutablePointer<Int>
        /// Label sums, `chunks` vectors.
        let sums: UnsafeMutablePointer<SIMD8<Int32>>

        /// Asks for the index lines of the features `buckets[range]` while the next token's features are hashed,
        /// so that `locate` finds them in the nearest cache: a prefetch retires at once, where a load that misses
        /// holds its place in the processor's reorder window until the line arrives.
        @inline(__always) func prefetchIndex(_ buckets: UnsafePointer<UInt32>, _ range: Range<Int>) {
            for k in range {
                cprefetch_read(index + ((Int(truncatingIfNeeded: buckets[k]) &>> 6) &<< 1))
            }
        }

        /// Writes the rows of the features `buckets[range]` to `rows[m...]`, skipping absent features, and returns
        /// the new end. Their index lines were asked for earlier (`prefetchIndex`), so the index is read here
        /// directly: the separate gather loop into a scratch array that kept those loads in flight before the
        /// prefetch (fifth round) only added loads and stores.
        @inline(__always) func locate(_ buckets: UnsafePointer<UInt32>, _ range: Range<Int>, into m: Int) -> Int {
            var m = m
            let rowBytes = labelCount &* 2
            for k in range {
                let b = Int(truncatingIfNeeded: buckets[k])
                // the presence bits and the rank as two words from one address: written as `| 1`, the rank's
                // index was worked out apart (three instructions more per feature, not an address offset)
                let entry = index + ((b &>> 6) &<< 1)
                let word = entry[0]
                let rank = entry[1]
                let bit = UInt64(truncatingIfNeeded: b & 63)
                let below = word & ((1 &<< bit) &- 1)
                let row = (Int(truncatingIfNeeded: rank) &+ below.nonzeroBitCount) &* rowBytes
                rows[m] = row
                // the row's first and last bytes (a row may straddle two cache lines), on their way while the
                // other features are located; an absent feature's "row" is a harmless hint
                cprefetch_read(weights + row)
                cprefetch_read(weights + (row &+ rowBytes &- 1))
                m &+= Int(truncatingIfNeeded: (word &>> bit) & 1)
            }
            return m
        }

        @inline(__always) func clearSums() {
            for c in 0..<chunks { sums[c] = .zero }
        }

        /// Adds the rows `rows[range]` to `sums`.
        @inline(__always) func sum(_ range: Range<Int>) {
            if labelCount == 9 {
                // the shipped model: the ninth label as a scalar instead of a second widened vector of which only
                // one lane counts (a third of the instructions per row), kept in the lane `store` reads it from
                var low = sums[0]
                var last = sums[1][7]
                for i in range {
                    let row = weights + rows[i]
                    low &+= SIMD8<Int32>(truncatingIfNeeded: row.loadUnaligned(as: SIMD8<Int16>.self))
                    last &+= Int32(truncatingIfNeeded: row.loadUnaligned(fromByteOffset: 16, as: Int16.self))
                }
                sums[0] = low
                sums[1][7] = last
            } else if chunks == 2 {
                // 9 to 16 labels (the shipped model has 9): both halves of the row per step, in registers. The high
                // half is the row's last eight labels, so both loads stay inside the row's own bytes (a load past
                // them would often touch one more cache line).
                var low = sums[0]
                var high = sums[1]
                let highOffset = (labelCount &- 8) &* 2
                for i in range {
                    let row = weights + rows[i]
                    low &+= SIMD8<Int32>(truncatingIfNeeded: row.loadUnaligned(as: SIMD8<Int16>.self))
                    high &+= SIMD8<Int32>(
                        truncatingIfNeeded: row.loadUnaligned(fromByteOffset: highOffset, as: SIMD8<Int16>.self))
                }
                sums[0] = low
                sums[1] = high
            } else {
                for c in 0..<chunks {
                    var sum = sums[c]
                    for i in range {
                        sum &+= SIMD8<Int32>(
                            truncatingIfNeeded: weights.loadUnaligned(
                                fromByteOffset: rows[i] &+ c &* 16, as: SIMD8<Int16>.self))
                    }
                    sums[c] = sum
                }
            }
        }

        /// Adds the label sums, scaled, to one token's scores, or with `replacing` writes them as its scores:
        /// `0 + sum × scale`, what adding to a zeroed token leaves (the addition turns a `−0.0` into `+0.0`), so the
        /// first pass need not zero its array first.
        @inline(__always) func store(into scores: UnsafeMutablePointer<Float>, replacing: Bool = false) {
            let sums = UnsafeRawPointer(self.sums).assumingMemoryBound(to: Int32.self)
            @inline(__always) func put(_ y: Int, _ sum: Int32) {
                scores[y] = (replacing ? 0 : scores[y]) + Float(sum) * scale
            }
            if labelCount == 9 {
                // the shipped model: the first eight labels as one vector (the same conversion, product and sum in
                // each lane as label by label, so the same floats; as scalars it was five instructions a label),
                // the ninth from the lane `sum` keeps it in
                let raw = UnsafeMutableRawPointer(scores)
                let low = SIMD8<Float>(self.sums[0]) * SIMD8(repeating: scale)
                let before = replacing ? SIMD8<Float>() : UnsafeRawPointer(scores).loadUnaligned(as: SIMD8<Float>.self)
                raw.storeBytes(of: before + low, as: SIMD8<Float>.self)
                put(8, sums[15])
            } else if chunks == 2 {
                // the high vector holds labels labelCount - 8 ..< labelCount (see `sum`)
                for y in 0..<8 { put(y, sums[y]) }
                for y in 8..<labelCount { put(y, sums[y &- labelCount &+ 16]) }
            } else {
                for y in 0..<labelCount { put(y, sums[y]) }
            }
        }
    }

    /// Runs `body` with scratch buffers over this table's storage.
    private func withScratch(_ body: (Scratch) -> Void) {
        precondition(weights.count >= rowCount * labelCount + Self.chunkLanes)
        index.withUnsafeBufferPointer { index in
            weights.withUnsafeBytes { weights in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.scratchCapacity) { buckets in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * Self.scratchCapacity) { rows in
                        withUnsafeTemporaryAllocation(of: SIMD8<Int32>.self, capacity: chunks) { sums in
                            body(
                                Scratch(
                                    index: index.baseAddress!, weights: weights.baseAddress!,
                                    labelCount: labelCount, chunks: chunks, scale: scale,
                                    buckets: buckets.baseAddress!, rows: rows.baseAddress!,
                                    sums: sums.baseAddress!))
                        }
                    }
                }
            }
        }
    }
}
