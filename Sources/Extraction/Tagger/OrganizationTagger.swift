/// A trained sequence tagger for entity spans (ORG, and the other types it was trained on), ready to run.
///
/// Decode one from model bytes once at start-up and share it: it is an immutable value.
public struct OrganizationTagger: Sendable {
    let labels: LabelSet
    let bits: Int
    let featureSet: Int
    /// `(labels.count + 1) * labels.count`, row `labels.count` is the sentence start.
    let transitions: [Float]
    /// Bucket → row in `rows`, or -1.
    let rowIndex: [Int32]
    /// `rowCount * labels.count` weights.
    let rows: [Float]

    init(labels: LabelSet, bits: Int, featureSet: Int, transitions: [Float], rowIndex: [Int32], rows: [Float]) {
        self.labels = labels
        self.bits = bits
        self.featureSet = featureSet
        self.transitions = transitions
        self.rowIndex = rowIndex
        self.rows = rows
    }

    /// Entity types the model knows ("ORG", "PER", …).
    public var entityTypes: [String] { labels.types.enumerated().compactMap { labels.begins[$0.offset] ? $0.element : nil } }

    /// Every entity span the model finds in `text`, ordered by start.
    public func entities(in text: String) -> [EntitySpan] {
        entities(in: ScalarText(text))
    }

    /// Every entity span the model finds in already-decoded text, ordered by start.
    public func entities(in text: ScalarText) -> [EntitySpan] {
        let tokens = NewsTokenizer().tokens(in: text)
        let labels = tagTokens(tokens, in: text)
        return Self.spans(tokens: tokens, labels: labels, labelSet: self.labels)
    }

    /// Only the spans of one type.
    public func spans(of type: String, in text: String) -> [EntitySpan] {
        entities(in: text).filter { $0.label == type }
    }

    /// Label index of each token.
    func tagTokens(_ tokens: [NewsToken], in text: ScalarText) -> [Int] {
        let sentences = SentenceSplitter().sentences(tokens, in: text)
        let extractor = FeatureExtractor(bits: bits)
        let traits = extractor.traits(tokens, sentences, text)
        var result = [Int](repeating: 0, count: tokens.count)
        var features = FeatureExtractor.DocumentFeatures()
        var viterbi = Viterbi()
        var emissions: [Float] = []
        var path: [Int] = []
        let L = labels.count
        for sentence in sentences {
            features.buckets.removeAll(keepingCapacity: true)
            features.offsets.removeAll(keepingCapacity: true)
            features.offsets.append(0)
            extractor.features(traits, sentence, into: &features)
            let n = sentence.count
            emissions.removeAll(keepingCapacity: true)
            emissions.append(contentsOf: repeatElement(0, count: n * L))
            scoreEmissions(features, n, &emissions)
            emissions.withUnsafeBufferPointer { e in
                transitions.withUnsafeBufferPointer { tr in
                    viterbi.decode(e, tokens: n, transitions: tr, labels: labels, into: &path)
                }
            }
            for (k, y) in path.enumerated() { result[sentence.lowerBound + k] = y }
        }
        return result
    }

    private func scoreEmissions(_ features: FeatureExtractor.DocumentFeatures, _ n: Int, _ emissions: inout [Float]) {
        let L = labels.count
        rowIndex.withUnsafeBufferPointer { index in
            rows.withUnsafeBufferPointer { rows in
                features.buckets.withUnsafeBufferPointer { buckets in
                    emissions.withUnsafeMutableBufferPointer { e in
                        for t in 0..<n {
                            let base = t * L
                            for k in Int(features.offsets[t])..<Int(features.offsets[t + 1]) {
                                let r = index[Int(buckets[k])]
                                if r < 0 { continue }
                                let w = Int(r) * L
                                for y in 0..<L { e[base + y] += rows[w + y] }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Spans from BIO labels; an I without its B (never produced by Viterbi) starts a span.
    static func spans(tokens: [NewsToken], labels: [Int], labelSet: LabelSet) -> [EntitySpan] {
        var out: [EntitySpan] = []
        var open: (start: Int, end: Int, type: String)?
        for (k, y) in labels.enumerated() {
            let type = labelSet.types[y]
            if y != 0 && !labelSet.begins[y], let o = open, o.type == type {
                open = (o.start, tokens[k].end, type)
                continue
            }
            if let o = open { out.append(EntitySpan(start: o.start, end: o.end, label: o.type)) }
            open = y == 0 ? nil : (tokens[k].start, tokens[k].end, type)
        }
        if let o = open { out.append(EntitySpan(start: o.start, end: o.end, label: o.type)) }
        return out
    }
}

/// A labelled span of text, by Unicode-scalar offsets (end exclusive).
public struct EntitySpan: Sendable, Equatable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var label: String

    public init(start: Int, end: Int, label: String) {
        self.start = start
        self.end = end
        self.label = label
    }
}
