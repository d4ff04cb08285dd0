/// Structured perceptron with weight averaging (the "w − u/c" form: no per-weight timestamps).
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

    init(labels: LabelSet, bits: Int) {
        self.labels = labels
        self.bits = bits
        let L = labels.count
        weights = [Float](repeating: 0, count: (1 << bits) * L)
        accumulated = weights
        transitions = [Float](repeating: 0, count: (L + 1) * L)
        accumulatedTransitions = transitions
    }

    /// Decodes one sentence with the current weights and, if wrong, moves towards the gold labels.
    mutating func learn(_ features: FeatureExtractor.DocumentFeatures, gold: [Int]) {
        let L = labels.count
        let n = gold.count
        guard n > 0 else { return }
        emissions.removeAll(keepingCapacity: true)
        emissions.append(contentsOf: repeatElement(0, count: n * L))
        weights.withUnsafeBufferPointer { w in
            emissions.withUnsafeMutableBufferPointer { e in
                for t in 0..<n {
                    for k in Int(features.offsets[t])..<Int(features.offsets[t + 1]) {
                        let base = Int(features.buckets[k]) * L
                        for y in 0..<L { e[t * L + y] += w[base + y] }
                    }
                }
            }
        }
        emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { tr in
                viterbi.decode(e, tokens: n, transitions: tr, labels: labels, into: &path)
            }
        }
        if path != gold {
            let c = self.c
            for t in 0..<n {
                let g = gold[t]
                let p = path[t]
                if g != p {
                    for k in Int(features.offsets[t])..<Int(features.offsets[t + 1]) {
                        let base = Int(features.buckets[k]) * L
                        weights[base + g] += 1
                        accumulated[base + g] += c
                        weights[base + p] -= 1
                        accumulated[base + p] -= c
                    }
                }
                let gp = t == 0 ? L : gold[t - 1]
                let pp = t == 0 ? L : path[t - 1]
                if g != p || gp != pp {
                    transitions[gp * L + g] += 1
                    accumulatedTransitions[gp * L + g] += c
                    transitions[pp * L + p] -= 1
                    accumulatedTransitions[pp * L + p] -= c
                }
            }
        }
        c += 1
    }

    /// The averaged model as bytes.
    func encode(threshold: Float) -> [UInt8] {
        var averaged = [Float](repeating: 0, count: weights.count)
        for k in weights.indices where weights[k] != 0 || accumulated[k] != 0 {
            averaged[k] = weights[k] - accumulated[k] / c
        }
        var averagedTransitions = transitions
        for k in transitions.indices { averagedTransitions[k] = transitions[k] - accumulatedTransitions[k] / c }
        return OrganizationTagger.encode(
            labels: labels, bits: bits, weights: averaged, transitions: averagedTransitions, threshold: threshold)
    }
}
