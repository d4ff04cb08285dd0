/// Structured perceptron with weight averaging (the "w − u/c" form: no per-weight timestamps), over document-wide
/// feature lists, decoding one sentence at a time.
struct AveragedPerceptron {
    let labels: LabelSet
    let bits: Int
    private var weights: [Float]
    private var accumulated: [Float]
    private var transitions: [Float]
    private var accumulatedTransitions: [Float]
    /// Instances seen plus one.
    private var c: Float = 1
    private var viterbi = Viterbi()
    private var emissions: [Float] = []
    private var path: [Int] = []

    /// - Parameter transitions: starting transition weights (zero when nil).
    init(labels: LabelSet, bits: Int, transitions: [Float]? = nil) {
        self.labels = labels
        self.bits = bits
        let L = labels.count
        weights = [Float](repeating: 0, count: (1 << bits) * L)
        accumulated = weights
        self.transitions = transitions ?? [Float](repeating: 0, count: (L + 1) * L)
        accumulatedTransitions = [Float](repeating: 0, count: (L + 1) * L)
    }

    /// Decodes the tokens `sentence` of a document with the current weights (plus `base` scores, document-wide,
    /// token-major, when given) and, if wrong, moves towards the gold labels.
    mutating func learn(
        _ features: FeatureExtractor.DocumentFeatures, _ sentence: Range<Int>, gold: ArraySlice<Int>, base: [Float]?
    ) {
        let L = labels.count
        let n = sentence.count
        guard n > 0 else { return }
        let a = sentence.lowerBound
        emissions.removeAll(keepingCapacity: true)
        if let base {
            emissions.append(contentsOf: base[(a * L)..<((a + n) * L)])
        } else {
            emissions.append(contentsOf: repeatElement(0, count: n * L))
        }
        weights.withUnsafeBufferPointer { w in
            emissions.withUnsafeMutableBufferPointer { e in
                for t in 0..<n {
                    for k in Int(features.offsets[a + t])..<Int(features.offsets[a + t + 1]) {
                        let row = Int(features.buckets[k]) * L
                        for y in 0..<L { e[t * L + y] += w[row + y] }
                    }
                }
            }
        }
        emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { tr in
                viterbi.decode(e, tokens: n, transitions: tr, labels: labels, into: &path)
            }
        }
        guard !path.elementsEqual(gold) else {
            c += 1
            return
        }
        let c = self.c
        for t in 0..<n {
            let g = gold[gold.startIndex + t]
            let p = path[t]
            if g != p {
                for k in Int(features.offsets[a + t])..<Int(features.offsets[a + t + 1]) {
                    let row = Int(features.buckets[k]) * L
                    weights[row + g] += 1
                    accumulated[row + g] += c
                    weights[row + p] -= 1
                    accumulated[row + p] -= c
                }
            }
            let gp = t == 0 ? L : gold[gold.startIndex + t - 1]
            let pp = t == 0 ? L : path[t - 1]
            if g != p || gp != pp {
                transitions[gp * L + g] += 1
                accumulatedTransitions[gp * L + g] += c
                transitions[pp * L + p] -= 1
                accumulatedTransitions[pp * L + p] -= c
            }
        }
        self.c += 1
    }

    /// The averaged weights, quantised as the tagger runs them, and the averaged transitions.
    func averaged(threshold: Float) -> (table: WeightTable, transitions: [Float]) {
        var weights = [Float](repeating: 0, count: self.weights.count)
        var transitions = [Float](repeating: 0, count: self.transitions.count)
        addAveraged(to: &weights, &transitions, times: 1)
        return (WeightTable(bits: bits, labelCount: labels.count, dense: weights, threshold: threshold), transitions)
    }

    /// Adds `factor` × the averaged weights and transitions to dense arrays (for averaging several runs).
    func addAveraged(to weights: inout [Float], _ transitions: inout [Float], times factor: Float) {
        for k in self.weights.indices where self.weights[k] != 0 || accumulated[k] != 0 {
            weights[k] += factor * (self.weights[k] - accumulated[k] / c)
        }
        for k in self.transitions.indices {
            transitions[k] += factor * (self.transitions[k] - accumulatedTransitions[k] / c)
        }
    }
}
