/// Best label sequence under emission and transition scores, never leaving a BIO-invalid path.
struct Viterbi {
    private var scores: [Float] = []
    private var back: [Int32] = []

    /// - Parameters:
    ///   - emissions: `n * labels.count` scores, token-major.
    ///   - transitions: `(labels.count + 1) * labels.count`, row `labels.count` = start.
    mutating func decode(
        _ emissions: UnsafeBufferPointer<Float>, tokens n: Int, transitions: UnsafeBufferPointer<Float>,
        labels: LabelSet, into path: inout [Int]
    ) {
        let L = labels.count
        path.removeAll(keepingCapacity: true)
        guard n > 0 else { return }
        if scores.count < n * L {
            scores = [Float](repeating: 0, count: n * L)
            back = [Int32](repeating: 0, count: n * L)
        }
        let minusInfinity = -Float.greatestFiniteMagnitude
        labels.begins.withUnsafeBufferPointer { begins in
            labels.allowed.withUnsafeBufferPointer { allowed in
                scores.withUnsafeMutableBufferPointer { score in
                    back.withUnsafeMutableBufferPointer { back in
                        for y in 0..<L {
                            score[y] = allowed[L * L + y] ? transitions[L * L + y] + emissions[y] : minusInfinity
                        }
                        for t in 1..<max(n, 1) {
                            let row = t * L
                            let previousRow = row - L
                            for y in 0..<L {
                                var best = minusInfinity
                                var arg: Int32 = 0
                                if begins[y] || y == 0 {
                                    for p in 0..<L {
                                        let v = score[previousRow + p] + transitions[p * L + y]
                                        if v > best {
                                            best = v
                                            arg = Int32(p)
                                        }
                                    }
                                } else {
                                    // an I-X follows only B-X (just before it in the label order) or I-X
                                    for p in (y - 1)...y where allowed[p * L + y] {
                                        let v = score[previousRow + p] + transitions[p * L + y]
                                        if v > best {
                                            best = v
                                            arg = Int32(p)
                                        }
                                    }
                                }
                                score[row + y] = best + emissions[row + y]
                                back[row + y] = arg
                            }
                        }
                        var best = minusInfinity
                        var arg = 0
                        let last = (n - 1) * L
                        for y in 0..<L where score[last + y] > best {
                            best = score[last + y]
                            arg = y
                        }
                        path = [Int](repeating: 0, count: n)
                        path[n - 1] = arg
                        var t = n - 1
                        while t > 0 {
                            arg = Int(back[t * L + arg])
                            path[t - 1] = arg
                            t -= 1
                        }
                    }
                }
            }
        }
    }
}
