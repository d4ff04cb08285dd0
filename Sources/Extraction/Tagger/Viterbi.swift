/// Best label sequence under emission and transition scores, never leaving a BIO-invalid path.
///
/// Each step computes all labels at once, eight per vector: for every previous label `p` in ascending order, the
/// scores `previous[p] + transition[p → y]` of all labels `y` are compared with the best so far, a strictly better
/// score replacing it (so ties go to the lowest previous label). A transition the path may not take is −∞ in the
/// gathered table, which never wins and never changes the best; the floats computed for the transitions it may take
/// are the same as one label at a time. Previous labels whose column is −∞ in every lane of a vector are left out
/// of that vector's scan, since they never win: with BIO labels the last vector of the shipped model (I-PER and
/// padding) has two previous labels to scan instead of nine.
///
/// The forward pass keeps each label's best score before its emission, not which previous label gave it: the
/// back pointer of the one label per token on the best path is found again while tracing back, as the first
/// previous label whose `previous + transition` (the same addition, so the same float) equals that best score. That
/// is the label the forward scan kept (it replaced its best only by a strictly greater score), and the forward
/// scan no longer compares and blends a vector of back pointers for every label of every token.
struct Viterbi {
    /// Lanes per vector.
    private static let lanes = 8
    /// `columns[p * stride + y]`: the transition score from `p` to `y`, −∞ where BIO forbids it (B- and O labels
    /// may follow any label; an I-X label only B-X, just before it in the label order, or I-X) and in padding lanes.
    private var columns: [Float] = []
    private var stride = 0
    /// Per vector `c` of the labels, the previous labels to scan, ascending: entries
    /// `sourceStarts[c]..<sourceStarts[c + 1]` of `sourceLabels` (the label) and `sourceRows` (its row of `columns`).
    private var sourceLabels: [Int32] = []
    private var sourceRows: [Int32] = []
    private var sourceStarts: [Int] = []

    /// - Parameters:
    ///   - emissions: `n * labels.count` scores, token-major.
    ///   - transitions: `(labels.count + 1) * labels.count`, row `labels.count` = start.
    mutating func decode(
        _ emissions: UnsafeBufferPointer<Float>, tokens n: Int, transitions: UnsafeBufferPointer<Float>,
        labels: LabelSet, into path: inout [Int]
    ) {
        path = [Int](repeating: 0, count: n)
        prepare(transitions, labels)
        path.withUnsafeMutableBufferPointer { path in
            decodePrepared(emissions, tokens: n, transitions: transitions, labels: labels, into: path.baseAddress!)
        }
    }

    /// Gathers the transitions for `decodePrepared` (once per document and pass).
    mutating func prepare(_ transitions: UnsafeBufferPointer<Float>, _ labels: LabelSet) {
        let L = labels.count
        stride = (L + Self.lanes - 1) / Self.lanes * Self.lanes
        columns = [Float](repeating: -.infinity, count: L * stride)
        let chunks = stride / Self.lanes
        var reachable = [Bool](repeating: false, count: chunks * L)
        for y in 0..<L {
            let any = labels.begins[y] || y == 0
            for p in 0..<L where any || ((p == y - 1 || p == y) && labels.allowed[p * L + y]) {
                columns[p * stride + y] = transitions[p * L + y]
                if transitions[p * L + y] != -.infinity { reachable[(y / Self.lanes) * L + p] = true }
            }
        }
        sourceLabels.removeAll(keepingCapacity: true)
        sourceRows.removeAll(keepingCapacity: true)
        sourceStarts.removeAll(keepingCapacity: true)
        sourceStarts.append(0)
        for chunk in 0..<chunks {
            for p in 0..<L where reachable[chunk * L + p] {
                sourceLabels.append(Int32(p))
                sourceRows.append(Int32(p * stride))
            }
            sourceStarts.append(sourceLabels.count)
        }
    }

    /// The gathered transitions of `other` (prepared for another pass).
    mutating func takeTransitions(of other: Viterbi) {
        columns = other.columns
        stride = other.stride
        sourceLabels = other.sourceLabels
        sourceRows = other.sourceRows
        sourceStarts = other.sourceStarts
    }

    /// `decode` with the transitions gathered by `prepare`, writing the labels to `path[0..<n]`.
    ///
    /// Scores are `previous + transition`, then `+ emission`, in that order; ties go to the lowest previous label
    /// and, at the end, to the lowest label.
    mutating func decodePrepared(
        _ emissions: UnsafeBufferPointer<Float>, tokens n: Int, transitions: UnsafeBufferPointer<Float>,
        labels: LabelSet, into path: UnsafeMutablePointer<Int>
    ) {
        decodeSentences(emissions, CollectionOfOne(0..<n), transitions: transitions, labels: labels, into: path)
    }

    /// `decodePrepared` of each sentence of a document, `emissions` and `path` the document's (token `t` at
    /// `emissions[t * labels.count...]` and `path[t]`): the buffers and tables are set up once per document, where
    /// per sentence (sixteen tokens in Reuters news) that setup cost a fifth of the decoding.
    mutating func decodeSentences<Sentences: Collection<Range<Int>>>(
        _ emissions: UnsafeBufferPointer<Float>, _ sentences: Sentences, transitions: UnsafeBufferPointer<Float>,
        labels: LabelSet, into path: UnsafeMutablePointer<Int>
    ) {
        let L = labels.count
        let P = stride
        var longest = 0
        for sentence in sentences { longest = max(longest, sentence.count) }
        guard longest > 0 else { return }
        let minusInfinity = -Float.greatestFiniteMagnitude
        let tables = (columns, sourceLabels, sourceRows, sourceStarts)
        let nine = Self.scansNineLabels(L, P, sourceLabels, sourceStarts)
        // The longest sentence's scores, `stride` per token, and each label's best `previous + transition` (the
        // score before its emission), from which the path is traced back: scratch of this call, never zeroed
        // (every lane read is written first; padding lanes are never read), where two arrays per document were
        // allocated and zeroed.
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * longest * P) { scratch in
            labels.allowed.withUnsafeBufferPointer { allowed in
                do {
                    let bests = UnsafeMutableBufferPointer(rebasing: scratch[(longest * P)...])
                    columns.withUnsafeBufferPointer { columns in
                        let s = scratch.baseAddress!
                        let nineLabels = nine ? NineLabels(tables) : nil
                        for sentence in sentences {
                            let n = sentence.count
                            guard n > 0 else { continue }
                            let e = emissions.baseAddress! + sentence.lowerBound &* L
                            for y in 0..<L {
                                s[y] = allowed[L * L + y] ? transitions[L * L + y] + e[y] : minusInfinity
                            }
                            if let nineLabels {
                                nineLabels.forward(e, s, bests.baseAddress!, tokens: n)
                            } else {
                                Self.forward(e, s, bests.baseAddress!, tokens: n, labels: L, stride: P, tables)
                            }
                            Self.traceBack(
                                s, bests.baseAddress!, columns.baseAddress!, tokens: n, labels: L, stride: P,
                                into: path + sentence.lowerBound)
                        }
                    }
                }
            }
        }
    }

    /// The best path of a sentence whose forward scores are `s` and best scores before the emissions `bests`.
    @inline(__always) private static func traceBack(
        _ s: UnsafePointer<Float>, _ bests: UnsafePointer<Float>, _ columns: UnsafePointer<Float>, tokens n: Int,
        labels L: Int, stride P: Int, into path: UnsafeMutablePointer<Int>
    ) {
        let minusInfinity = -Float.greatestFiniteMagnitude
        var best = minusInfinity
        var arg = 0
        let last = (n - 1) * P
        for y in 0..<L where s[last + y] > best {
            best = s[last + y]
            arg = y
        }
        path[n - 1] = arg
        var t = n - 1
        while t > 0 {
            // the first previous label that reaches the best score (0 when none beat the starting
            // −greatestFiniteMagnitude, as in the forward scan); a forbidden transition is −∞ and never equals it
            let target = bests[t &* P &+ arg]
            let previous = s + (t &- 1) &* P
            var from = 0
            if target > minusInfinity {
                for p in 0..<L where previous[p] + columns[p &* P &+ arg] == target {
                    from = p
                    break
                }
            }
            arg = from
            path[t - 1] = arg
            t -= 1
        }
    }

    /// Whether the labels have the shipped model's shape: nine labels, the first vector scanning every previous
    /// label in order.
    private static func scansNineLabels(_ L: Int, _ P: Int, _ sourceLabels: [Int32], _ sourceStarts: [Int]) -> Bool {
        guard L == 9, P == 16, sourceStarts.count == 3, sourceStarts[1] == 9 else { return false }
        for p in 0..<9 where sourceLabels[p] != Int32(p) { return false }
        return true
    }

    /// `forward` for nine labels (`scansNineLabels`), the same additions and comparisons in the same order: the
    /// nine transition columns of the first vector are loaded once per document, not at every token, and the scan
    /// over previous labels is unrolled (per token and pass it was a loop of nine steps, each reloading the previous
    /// label's number, its row and its column).
    private struct NineLabels {
        let c0: SIMD8<Float>
        let c1: SIMD8<Float>
        let c2: SIMD8<Float>
        let c3: SIMD8<Float>
        let c4: SIMD8<Float>
        let c5: SIMD8<Float>
        let c6: SIMD8<Float>
        let c7: SIMD8<Float>
        let c8: SIMD8<Float>
        /// The ninth label's previous labels and their transitions to it (B- and I- of its type).
        let ninthSources: (Int, Float, Int, Float)

        /// Nil unless the ninth label has exactly two previous labels (BIO: its B- and itself).
        init?(_ tables: (columns: [Float], sourceLabels: [Int32], sourceRows: [Int32], sourceStarts: [Int])) {
            let (columns, sourceLabels, sourceRows, sourceStarts) = tables
            guard sourceStarts[2] - sourceStarts[1] == 2 else { return nil }
            func column(_ p: Int) -> SIMD8<Float> {
                var v = SIMD8<Float>()
                for y in 0..<8 { v[y] = columns[p * 16 + y] }
                return v
            }
            (c0, c1, c2, c3, c4, c5, c6, c7, c8) = (
                column(0), column(1), column(2), column(3), column(4), column(5), column(6), column(7), column(8)
            )
            let k = sourceStarts[1]
            ninthSources = (
                Int(sourceLabels[k]), columns[Int(sourceRows[k]) + 8], Int(sourceLabels[k + 1]),
                columns[Int(sourceRows[k + 1]) + 8]
            )
        }

        @inline(__always) func forward(
            _ e: UnsafePointer<Float>, _ s: UnsafeMutablePointer<Float>, _ bests: UnsafeMutablePointer<Float>,
            tokens n: Int
        ) {
            let minusInfinity = -Float.greatestFiniteMagnitude
            let P = 16
            let L = 9
            let rawScores = UnsafeMutableRawPointer(s)
            let rawBests = UnsafeMutableRawPointer(bests)
            for t in 1..<max(n, 1) {
                let previous = s + (t &- 1) &* P
                var best = SIMD8<Float>(repeating: minusInfinity)
                @inline(__always) func step(_ p: Int, _ column: SIMD8<Float>) {
                    let v = SIMD8<Float>(repeating: previous[p]) + column
                    best.replace(with: v, where: v .> best)
                }
                step(0, c0)
                step(1, c1)
                step(2, c2)
                step(3, c3)
                step(4, c4)
                step(5, c5)
                step(6, c6)
                step(7, c7)
                step(8, c8)
                let offset = t &* P &* 4
                rawBests.storeBytes(of: best, toByteOffset: offset, as: SIMD8<Float>.self)
                let emission = UnsafeRawPointer(e).loadUnaligned(fromByteOffset: t &* L &* 4, as: SIMD8<Float>.self)
                rawScores.storeBytes(of: best + emission, toByteOffset: offset, as: SIMD8<Float>.self)
                // the ninth label as the general scan does it: the same additions, in order, strictly greater
                var ninth = minusInfinity
                let first = previous[ninthSources.0] + ninthSources.1
                if first > ninth { ninth = first }
                let second = previous[ninthSources.2] + ninthSources.3
                if second > ninth { ninth = second }
                bests[t &* P &+ 8] = ninth
                s[t &* P &+ 8] = ninth + e[t &* L &+ 8]
            }
        }
    }

    /// Scores and best scores before the emission (`bests`) of tokens `1..<n`, the scores of token 0 given.
    private static func forward(
        _ e: UnsafePointer<Float>, _ s: UnsafeMutablePointer<Float>, _ bests: UnsafeMutablePointer<Float>,
        tokens n: Int, labels L: Int, stride P: Int,
        _ tables: (columns: [Float], sourceLabels: [Int32], sourceRows: [Int32], sourceStarts: [Int])
    ) {
        let (columns, sourceLabels, sourceRows, sourceStarts) = tables
        let minusInfinity = -Float.greatestFiniteMagnitude
        let rawScores = UnsafeMutableRawPointer(s)
        let rawBests = UnsafeMutableRawPointer(bests)
        sourceLabels.withUnsafeBufferPointer { sourceLabels in
            sourceRows.withUnsafeBufferPointer { sourceRows in
                sourceStarts.withUnsafeBufferPointer { sourceStarts in
                    columns.withUnsafeBytes { columns in
                        for t in 1..<max(n, 1) {
                            let previous = s + (t &- 1) &* P
                            var c = 0
                            var chunk = 0
                            while c < P {
                                @inline(__always) func step(_ best: inout SIMD8<Float>, _ k: Int) {
                                    let p = sourceLabels[k]
                                    let row = Int(truncatingIfNeeded: sourceRows[k])
                                    let v =
                                        SIMD8<Float>(repeating: previous[Int(truncatingIfNeeded: p)])
                                        + columns.loadUnaligned(fromByteOffset: (row &+ c) &* 4, as: SIMD8<Float>.self)
                                    best.replace(with: v, where: v .> best)
                                }
                                let sources = sourceStarts[chunk]..<sourceStarts[chunk &+ 1]
                                if c &+ Self.lanes <= L {
                                    var best = SIMD8<Float>(repeating: minusInfinity)
                                    for k in sources { step(&best, k) }
                                    let offset = (t &* P &+ c) &* 4
                                    rawBests.storeBytes(of: best, toByteOffset: offset, as: SIMD8<Float>.self)
                                    let emission = UnsafeRawPointer(e).loadUnaligned(
                                        fromByteOffset: (t &* L &+ c) &* 4, as: SIMD8<Float>.self)
                                    rawScores.storeBytes(
                                        of: best + emission, toByteOffset: offset, as: SIMD8<Float>.self)
                                } else {
                                    // The last, partial vector (one label of the shipped model's nine) label by
                                    // label: the same additions and the same strict comparison in the same order
                                    // as a vector lane, so the same floats and ties; padding lanes are never read.
                                    for y in c..<L {
                                        var best = minusInfinity
                                        for k in sources {
                                            let p = sourceLabels[k]
                                            let v =
                                                previous[Int(truncatingIfNeeded: p)]
                                                + columns.load(
                                                    fromByteOffset: (Int(truncatingIfNeeded: sourceRows[k]) &+ y) &* 4,
                                                    as: Float.self)
                                            if v > best { best = v }
                                        }
                                        bests[t &* P &+ y] = best
                                        s[t &* P &+ y] = best + e[t &* L &+ y]
                                    }
                                }
                                c &+= Self.lanes
                                chunk &+= 1
                            }
                        }
                    }
                }
            }
        }
    }
}
