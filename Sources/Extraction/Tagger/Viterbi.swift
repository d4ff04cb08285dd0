/// Best label sequence under emission and transition scores, never leaving a BIO-invalid path.
struct Viterbi {
    private var scores: [Float] = []
    private var back: [Int32] = []
    private var columns = Columns()

    /// The transitions into each label, gathered once per decode instead of strided reads per token: for label `y`,
    /// entries `start[y]..<start[y + 1]` of `from` (previous labels, ascending) and `weight` (their transition
    /// scores). B- and O labels may follow any label; an I-X label only B-X (just before it in the label order) or
    /// I-X.
    private struct Columns {
        var start: [Int] = []
        var from: [Int32] = []
        var weight: [Float] = []

        mutating func gather(_ transitions: UnsafeBufferPointer<Float>, _ labels: LabelSet) {
            let L = labels.count
            start.removeAll(keepingCapacity: true)
            from.removeAll(keepingCapacity: true)
            weight.removeAll(keepingCapacity: true)
            for y in 0..<L {
                start.append(from.count)
                let previous = labels.begins[y] || y == 0 ? 0..<L : (y - 1)..<(y + 1)
                for p in previous where labels.begins[y] || y == 0 || labels.allowed[p * L + y] {
                    from.append(Int32(p))
                    weight.append(transitions[p * L + y])
                }
            }
            start.append(from.count)
        }
    }

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
        columns.gather(transitions, labels)
    }

    /// `decode` with the transitions gathered by `prepare`, writing the labels to `path[0..<n]`.
    ///
    /// Ties go to the lowest previous label and, at the end, to the lowest label; scores are `previous +
    /// transition`, then `+ emission`, in that order, so every float is the same whichever way the loops run.
    mutating func decodePrepared(
        _ emissions: UnsafeBufferPointer<Float>, tokens n: Int, transitions: UnsafeBufferPointer<Float>,
        labels: LabelSet, into path: UnsafeMutablePointer<Int>
    ) {
        let L = labels.count
        guard n > 0 else { return }
        if scores.count < n * L {
            scores = [Float](repeating: 0, count: n * L)
            back = [Int32](repeating: 0, count: n * L)
        }
        let minusInfinity = -Float.greatestFiniteMagnitude
        labels.allowed.withUnsafeBufferPointer { allowed in
            columns.start.withUnsafeBufferPointer { start in
                columns.from.withUnsafeBufferPointer { from in
                    columns.weight.withUnsafeBufferPointer { weight in
                        scores.withUnsafeMutableBufferPointer { score in
                            back.withUnsafeMutableBufferPointer { back in
                                let e = emissions.baseAddress!
                                let s = score.baseAddress!
                                let b = back.baseAddress!
                                for y in 0..<L {
                                    s[y] = allowed[L * L + y] ? transitions[L * L + y] + e[y] : minusInfinity
                                }
                                var row = L
                                for _ in 1..<n {
                                    let previous = s + (row &- L)
                                    for y in 0..<L {
                                        var best = minusInfinity
                                        var arg: Int32 = 0
                                        for k in start[y]..<start[y &+ 1] {
                                            let p = from[k]
                                            let v = previous[Int(truncatingIfNeeded: p)] + weight[k]
                                            let better = v > best
                                            best = better ? v : best
                                            arg = better ? p : arg
                                        }
                                        s[row &+ y] = best + e[row &+ y]
                                        b[row &+ y] = arg
                                    }
                                    row &+= L
                                }
                                var best = minusInfinity
                                var arg = 0
                                let last = (n - 1) * L
                                for y in 0..<L where s[last + y] > best {
                                    best = s[last + y]
                                    arg = y
                                }
                                path[n - 1] = arg
                                var t = n - 1
                                while t > 0 {
                                    arg = Int(b[t * L + arg])
                                    path[t - 1] = arg
                                    t -= 1
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
