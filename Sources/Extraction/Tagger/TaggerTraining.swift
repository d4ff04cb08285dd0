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
public struct TaggerTrainingOptions: Sendable {
    /// Passes over the training sentences.
    public var epochs = 12
    /// Seed of the sentence shuffle.
    public var seed: UInt64 = 2003
    /// Feature hash space is `1 << bits` buckets.
    public var bits = 20
    /// Averaged weights below this magnitude are dropped from the model.
    public var pruneThreshold: Float = 0.2
    /// Features seen fewer times in training are left out.
    public var minimumFeatureCount = 3
    /// First-pass perceptrons averaged into the model (seeds `seed`, `seed + 1`, …).
    public var runs = 5
    /// Jackknife folds for the second pass's training; below 2 there is no second pass.
    public var folds = 4
    /// Passes over the data for the second pass.
    public var secondPassEpochs = 8
    /// Hash space of the second pass's features.
    public var secondPassBits = 18
    /// Weight of the first pass's scores in the second pass.
    public var secondPassBaseScale: Float = 0.5
    /// A general word list (e.g. /usr/share/dict/american-english, Debian wamerican), stored in the model; empty
    /// for none.
    public var lexicon: [String] = []
    /// Typed names (see `Gazetteer.wordNetNames`), stored in the model; empty for none.
    public var gazetteer: [(name: String, mask: UInt8)] = []
    /// Entity types to learn, nil for all in the data (sorted). The model always finds ORG if trained on it.
    public var entityTypes: [String]? = nil
    /// Spellings seen this often in training get their intrinsic features' scores precomputed in the model
    /// (`CommonWordScores`, a speed-up only); 0 for none.
    public var commonWordMinimumCount = 2
    /// At most this many of them (the most frequent).
    public var commonWordLimit = 32_768

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

/// Trains the tagger: averaged structured perceptrons over BIO labels, decoded with constrained Viterbi.
///
/// The first pass learns from local features. The second pass learns, on top of the first pass's scores, from how
/// the first pass labelled the same words elsewhere in the document; for training, those first-pass labels and
/// scores come from models that did not see the document (k-fold jackknife), so the second pass learns how far to
/// trust them on unseen text.
public enum TaggerTraining {
    /// Trains on `documents` and returns the model bytes that `OrganizationTagger(bytes:)` decodes.
    /// - Parameter afterEpoch: called after each epoch with the pass ("first", "second"), the epoch and the model
    ///   so far (pass nil when only the result matters).
    public static func train(
        _ documents: [AnnotatedDocument], options: TaggerTrainingOptions = .init(),
        afterEpoch: ((String, Int, OrganizationTagger) -> Void)? = nil
    ) -> (model: [UInt8], report: TaggerTrainingReport) {
        let types = options.entityTypes ?? Array(Set(documents.flatMap { $0.entities.map(\.label) })).sorted()
        let labels = LabelSet(entityTypes: types)
        let L = labels.count
        let lexicon = Lexicon(words: options.lexicon)
        let gazetteer = Gazetteer(names: options.gazetteer)
        let extractor = FeatureExtractor(bits: options.bits, lexicon: lexicon, gazetteer: gazetteer)
        var report = TaggerTrainingReport()
        report.documents = documents.count

        var prepared: [PreparedDocument] = []
        for document in documents {
            let text = ScalarText(document.text)
            let tokens = NewsTokenizer().tokens(in: text)
            let gold = goldLabels(document, tokens, labels, &report)
            let sentences = SentenceSplitter().sentences(tokens, in: text)
            var traits = extractor.traits(tokens, sentences, text)
            RuleEvidence(text: document.text, regions: nil).mark(&traits, tokens)
            var features = FeatureExtractor.DocumentFeatures()
            for sentence in sentences { extractor.features(traits, sentence, into: &features) }
            prepared.append(
                PreparedDocument(
                    text: text, tokens: tokens, sentences: sentences, traits: traits,
                    features: features, gold: gold))
            report.tokens += tokens.count
            report.sentences += sentences.count
        }
        if options.minimumFeatureCount > 1 {
            pruneRareFeatures(&prepared, bits: options.bits, minimum: options.minimumFeatureCount)
        }

        func instances(_ include: (Int) -> Bool) -> [(document: Int, sentence: Range<Int>)] {
            var out: [(document: Int, sentence: Range<Int>)] = []
            for (d, document) in prepared.enumerated() where include(d) {
                for sentence in document.sentences { out.append((d, sentence)) }
            }
            return out
        }

        /// First-pass model of the included documents: the average of `options.runs` perceptrons trained with
        /// seeds `seed`, `seed + 1`, … (averaging runs over different orders steadies the result).
        func trainFirstPass(_ include: (Int) -> Bool, report epochs: Bool) -> (table: WeightTable, transitions: [Float])
        {
            let runs = max(1, options.runs)
            var weights = [Float](repeating: 0, count: (1 << options.bits) * L)
            var transitions = [Float](repeating: 0, count: (L + 1) * L)
            for run in 0..<runs {
                var perceptron = AveragedPerceptron(labels: labels, bits: options.bits)
                var rng = SplitMix64(seed: options.seed &+ UInt64(run))
                var order = instances(include)
                for epoch in 1...max(1, options.epochs) {
                    rng.shuffle(&order)
                    for (d, sentence) in order {
                        perceptron.learn(prepared[d].features, sentence, gold: prepared[d].gold[sentence], base: nil)
                    }
                    if epochs && runs == 1, let afterEpoch {
                        let (table, transitions) = perceptron.averaged(threshold: options.pruneThreshold)
                        afterEpoch(
                            "first", epoch,
                            OrganizationTagger(
                                labels: labels, lexicon: lexicon, gazetteer: gazetteer, first: table,
                                firstTransitions: transitions, second: nil, secondTransitions: transitions))
                    }
                }
                if runs == 1 { return perceptron.averaged(threshold: options.pruneThreshold) }
                perceptron.addAveraged(to: &weights, &transitions, times: 1 / Float(runs))
            }
            return (
                WeightTable(bits: options.bits, labelCount: L, dense: weights, threshold: options.pruneThreshold),
                transitions
            )
        }

        let first = trainFirstPass({ _ in true }, report: options.folds < 2)
        var tagger = OrganizationTagger(
            labels: labels, lexicon: lexicon, gazetteer: gazetteer, first: first.table,
            firstTransitions: first.transitions,
            second: nil, secondTransitions: first.transitions)

        if options.folds >= 2 {
            // first-pass scores and labels of every document from a model that did not see it
            var base = [[Float]](repeating: [], count: prepared.count)
            var consistency = [FeatureExtractor.DocumentFeatures](repeating: .init(), count: prepared.count)
            let secondBits = options.secondPassBits
            for fold in 0..<options.folds {
                let model = trainFirstPass({ $0 % options.folds != fold }, report: false)
                var viterbi = Viterbi()
                for d in prepared.indices where d % options.folds == fold {
                    let document = prepared[d]
                    var emissions = [Float](repeating: 0, count: document.tokens.count * L)
                    model.table.addScores(document.features, tokens: 0..<document.tokens.count, to: &emissions)
                    let labelsOfFirstPass = OrganizationTagger.decode(
                        document.sentences, emissions, model.transitions,
                        labels, &viterbi, document.tokens.count)
                    base[d] =
                        options.secondPassBaseScale == 1
                        ? emissions : emissions.map { $0 * options.secondPassBaseScale }
                    consistency[d] = DocumentConsistency(bits: secondBits, labels: labels)
                        .features(document.tokens, document.traits, labelsOfFirstPass, document.text)
                }
            }
            var perceptron = AveragedPerceptron(
                labels: labels, bits: secondBits,
                transitions: first.transitions.map { $0 * options.secondPassBaseScale })
            var rng = SplitMix64(seed: options.seed &+ 1)
            var order = instances { _ in true }
            for epoch in 1...max(1, options.secondPassEpochs) {
                rng.shuffle(&order)
                for (d, sentence) in order {
                    perceptron.learn(consistency[d], sentence, gold: prepared[d].gold[sentence], base: base[d])
                }
                if let afterEpoch {
                    let (table, transitions) = perceptron.averaged(threshold: options.pruneThreshold)
                    afterEpoch(
                        "second", epoch,
                        OrganizationTagger(
                            labels: labels, lexicon: lexicon, gazetteer: gazetteer, first: first.table,
                            firstTransitions: first.transitions, second: table, secondTransitions: transitions,
                            baseScale: options.secondPassBaseScale))
                }
            }
            let (table, transitions) = perceptron.averaged(threshold: options.pruneThreshold)
            tagger = OrganizationTagger(
                labels: labels, lexicon: lexicon, gazetteer: gazetteer, first: first.table,
                firstTransitions: first.transitions,
                second: table, secondTransitions: transitions, baseScale: options.secondPassBaseScale)
        }
        if options.commonWordMinimumCount > 0 {
            let spellings = CommonWordScores.commonSpellings(
                prepared.map { ($0.text, $0.tokens) }, minimumCount: options.commonWordMinimumCount,
                limit: options.commonWordLimit)
            tagger = OrganizationTagger(
                labels: labels, lexicon: lexicon, gazetteer: gazetteer, first: tagger.first,
                firstTransitions: tagger.firstTransitions, second: tagger.second,
                secondTransitions: tagger.secondTransitions, baseScale: tagger.baseScale,
                common: CommonWordScores(spellings: spellings, table: tagger.first, extractor: extractor))
        }
        let bytes = tagger.bytes()
        report.modelBytes = bytes.count
        return (bytes, report)
    }

    struct PreparedDocument {
        var text: ScalarText
        var tokens: [NewsToken]
        var sentences: [Range<Int>]
        var traits: [TokenTraits]
        var features: FeatureExtractor.DocumentFeatures
        var gold: [Int]
    }

    static func pruneRareFeatures(_ prepared: inout [PreparedDocument], bits: Int, minimum: Int) {
        var counts = [UInt16](repeating: 0, count: 1 << bits)
        for document in prepared {
            let used = Int(document.features.offsets[document.features.offsets.count - 1])
            for b in document.features.buckets[..<used] where counts[Int(b)] < .max { counts[Int(b)] += 1 }
        }
        let minimum = UInt16(clamping: minimum)
        for d in prepared.indices {
            let f = prepared[d].features
            var kept = FeatureExtractor.DocumentFeatures()
            for t in 0..<(f.offsets.count - 1) {
                for k in Int(f.offsets[t])..<Int(f.offsets[t + 1]) where counts[Int(f.buckets[k])] >= minimum {
                    kept.buckets.append(f.buckets[k])
                }
                kept.offsets.append(Int32(kept.buckets.count))
            }
            prepared[d].features = kept
        }
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
            var k = t
            while k < tokens.count && tokens[k].start < entity.end {
                gold[k] = k == t ? begin : inside
                k += 1
            }
            let aligned = k > t && tokens[t].start == entity.start && tokens[k - 1].end == entity.end
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

extension TaggerTraining {
    /// Typed proper nouns of a WordNet 3.0 `data.noun` file's text, for `TaggerTrainingOptions.gazetteer`.
    public static func wordNetNames(dataNoun: String) -> [(name: String, mask: UInt8)] {
        Gazetteer.wordNetNames(dataNoun: dataNoun)
    }
}
