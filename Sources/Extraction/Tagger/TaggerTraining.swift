/// A document with gold entity spans, as in the NER data sets' JSON lines (extra fields are ignored).
public struct AnnotatedDocument: Sendable, Codable, Equatable {
    public var id: String
    public var text: String
    public var entities: [EntitySpan]

    public init(id: String, text: String, entities: [EntitySpan]) {
        self.id = id
        self.text = text
        self.entities = entities
    }
}

/// Settings of a training run. The same documents, options and build give the same model bytes.
public struct TaggerTrainingOptions: Sendable, Equatable {
    /// Passes over the training sentences.
    public var epochs = 12
    /// Seed of the sentence shuffle.
    public var seed: UInt64 = 2003
    /// Feature hash space is `1 << bits` buckets.
    public var bits = 20
    /// Averaged weights below this magnitude are dropped from the model.
    public var pruneThreshold: Float = 0.01
    /// Features seen fewer times in training are left out.
    public var minimumFeatureCount = 1
    /// Entity types to learn, nil for all in the data (sorted). The model always finds ORG if trained on it.
    public var entityTypes: [String]? = nil

    public init() {}
}

/// What a training run did, besides the model.
public struct TaggerTrainingReport: Sendable, Equatable {
    public var documents = 0
    public var sentences = 0
    public var tokens = 0
    public var entities = 0
    /// Entities whose boundaries fall inside a token (the tagger cannot reproduce them exactly).
    public var misalignedEntities = 0
    public var modelBytes = 0
}

/// Trains the tagger: an averaged structured perceptron over BIO labels, decoded with constrained Viterbi.
public enum TaggerTraining {
    /// Trains on `documents` and returns the model bytes that `OrganizationTagger(bytes:)` decodes.
    /// - Parameter afterEpoch: called after each epoch with the epoch number and the averaged model so far
    ///   (costs an encoding per epoch; pass nil when only the result matters).
    public static func train(
        _ documents: [AnnotatedDocument], options: TaggerTrainingOptions = .init(),
        afterEpoch: ((Int, OrganizationTagger) -> Void)? = nil
    ) -> (model: [UInt8], report: TaggerTrainingReport) {
        let types = options.entityTypes ?? Array(Set(documents.flatMap { $0.entities.map(\.label) })).sorted()
        let labels = LabelSet(entityTypes: types)
        let extractor = FeatureExtractor(bits: options.bits)
        var report = TaggerTrainingReport()
        report.documents = documents.count

        // Features and gold labels of every sentence.
        var sentenceFeatures: [FeatureExtractor.DocumentFeatures] = []
        var sentenceGold: [[Int]] = []
        for document in documents {
            let text = ScalarText(document.text)
            let tokens = NewsTokenizer().tokens(in: text)
            let gold = goldLabels(document, tokens, labels, &report)
            let sentences = SentenceSplitter().sentences(tokens, in: text)
            let traits = extractor.traits(tokens, sentences, text)
            for sentence in sentences {
                var features = FeatureExtractor.DocumentFeatures()
                extractor.features(traits, sentence, into: &features)
                sentenceFeatures.append(features)
                sentenceGold.append(Array(gold[sentence]))
            }
            report.tokens += tokens.count
            report.sentences += sentences.count
        }
        if options.minimumFeatureCount > 1 {
            var counts = [UInt16](repeating: 0, count: 1 << options.bits)
            for f in sentenceFeatures { for b in f.buckets where counts[Int(b)] < .max { counts[Int(b)] += 1 } }
            let minimum = UInt16(clamping: options.minimumFeatureCount)
            for s in sentenceFeatures.indices {
                var kept = FeatureExtractor.DocumentFeatures()
                let f = sentenceFeatures[s]
                for t in 0..<(f.offsets.count - 1) {
                    for k in Int(f.offsets[t])..<Int(f.offsets[t + 1]) where counts[Int(f.buckets[k])] >= minimum {
                        kept.buckets.append(f.buckets[k])
                    }
                    kept.offsets.append(Int32(kept.buckets.count))
                }
                sentenceFeatures[s] = kept
            }
        }

        var perceptron = AveragedPerceptron(labels: labels, bits: options.bits)
        var rng = SplitMix64(seed: options.seed)
        var order = Array(sentenceFeatures.indices)
        for epoch in 1...max(1, options.epochs) {
            rng.shuffle(&order)
            for s in order {
                perceptron.learn(sentenceFeatures[s], gold: sentenceGold[s])
            }
            if let afterEpoch {
                let bytes = perceptron.encode(threshold: options.pruneThreshold)
                if let model = try? OrganizationTagger(bytes: bytes) { afterEpoch(epoch, model) }
            }
        }
        let bytes = perceptron.encode(threshold: options.pruneThreshold)
        report.modelBytes = bytes.count
        return (bytes, report)
    }

    /// BIO label index of each token; a token that starts inside an entity belongs to it.
    static func goldLabels(
        _ document: AnnotatedDocument, _ tokens: [NewsToken], _ labels: LabelSet, _ report: inout TaggerTrainingReport
    ) -> [Int] {
        var gold = [Int](repeating: 0, count: tokens.count)
        var t = 0
        for entity in document.entities.sorted(by: { $0.start < $1.start }) {
            report.entities += 1
            guard let begin = labels.index("B-" + entity.label), let inside = labels.index("I-" + entity.label) else {
                continue
            }
            while t < tokens.count && tokens[t].end <= entity.start { t += 1 }
            var first = true
            var aligned = t < tokens.count && tokens[t].start == entity.start
            var k = t
            while k < tokens.count && tokens[k].start < entity.end {
                gold[k] = first ? begin : inside
                first = false
                if tokens[k].end == entity.end { aligned = aligned && true }
                k += 1
            }
            if k == t || tokens[k - 1].end != entity.end { aligned = false }
            if !aligned { report.misalignedEntities += 1 }
            t = k
        }
        return gold
    }
}

/// Deterministic 64-bit generator (SplitMix64), so a seed gives the same shuffle everywhere.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeatureHash.mix(state &- 0x9e37_79b9_7f4a_7c15)
    }

    /// Fisher–Yates with a bias-free bounded draw.
    mutating func shuffle<T>(_ a: inout [T]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let bound = UInt64(i + 1)
            let threshold = (0 &- bound) % bound
            var r = next()
            while r < threshold { r = next() }
            a.swapAt(i, Int(r % bound))
        }
    }
}
