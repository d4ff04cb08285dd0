import Testing

@testable import Extraction

@Suite("Tagger training")
struct TaggerTrainingTests {
    @Test func thePerceptronLearnsATinySyntheticTask() throws {
        let (bytes, report) = TaggerTraining.train(
            SyntheticNews.documents(count: 40), options: SyntheticNews.smallOptions)
        #expect(report.misalignedEntities == 0)
        let tagger = try OrganizationTagger(bytes: bytes)
        let held = SyntheticNews.documents(count: 10, seed: 99)
        var predicted: [String: [EntitySpan]] = [:]
        for document in held { predicted[document.id] = tagger.entities(in: document.text) }
        let scores = EntityScoring.score(gold: held, predicted: predicted)
        #expect(scores.exact.f1 > 0.9, "ORG F1 \(scores.exact.f1)")
        let spans = tagger.spans(of: "ORG", in: "Shares of Hooli rose 3 percent in Lima trading.")
        #expect(spans == [EntitySpan(start: 10, end: 15, label: "ORG")])
    }

    @Test func sameSeedAndDataGiveTheSameModelBytes() {
        let documents = SyntheticNews.documents(count: 20)
        let a = TaggerTraining.train(documents, options: SyntheticNews.smallOptions).model
        let b = TaggerTraining.train(documents, options: SyntheticNews.smallOptions).model
        #expect(a == b)
        var other = SyntheticNews.smallOptions
        other.seed = 12345
        let c = TaggerTraining.train(documents, options: other).model
        #expect(c != a)
    }

    @Test func aModelRoundTripsThroughBytes() throws {
        let documents = SyntheticNews.documents(count: 20)
        let bytes = TaggerTraining.train(documents, options: SyntheticNews.smallOptions).model
        let tagger = try OrganizationTagger(bytes: bytes)
        #expect(tagger.bytes() == bytes)
        let again = try OrganizationTagger(bytes: tagger.bytes())
        #expect(again.first == tagger.first && again.second == tagger.second && again.lexicon == tagger.lexicon)
        #expect(again.common == tagger.common && !again.common.isEmpty)
        for document in documents.prefix(5) {
            #expect(again.entities(in: document.text) == tagger.entities(in: document.text))
        }
    }

    @Test func foreignTruncatedOrTamperedBytesAreRejected() throws {
        let bytes = TaggerTraining.train(SyntheticNews.documents(count: 10), options: SyntheticNews.smallOptions).model
        #expect(throws: TaggerModelError.notAModel) { try OrganizationTagger(bytes: Array("not a model".utf8)) }
        #expect(throws: TaggerModelError.truncated) {
            try OrganizationTagger(bytes: Array(bytes.prefix(bytes.count / 2)))
        }
        #expect(throws: TaggerModelError.self) { try OrganizationTagger(bytes: bytes + [0]) }
        var version = bytes
        version[8] = 99
        #expect(throws: TaggerModelError.unsupportedVersion(99)) { try OrganizationTagger(bytes: version) }
    }

    @Test func goldLabelsAlignWithTokensAndFlagMisalignedEntities() {
        let document = AnnotatedDocument(
            id: "x", text: "EU-wide rules from Acme Inc. today",
            entities: [EntitySpan(start: 0, end: 2, label: "ORG"), EntitySpan(start: 19, end: 28, label: "ORG")])
        let tokens = NewsTokenizer().tokens(in: document.text)
        var report = TaggerTrainingReport()
        let labels = LabelSet(entityTypes: ["ORG"])
        let gold = TaggerTraining.goldLabels(document, tokens, labels, &report)
        #expect(gold == [1, 0, 0, 1, 2, 0])
        #expect(report.misalignedEntities == 1)  // "EU" inside the token "EU-wide"
    }
}

@Suite("Viterbi")
struct ViterbiTests {
    @Test func neverEmitsAnInsideWithoutItsBegin() {
        let labels = LabelSet(entityTypes: ["LOC", "ORG", "PER"])
        let L = labels.count
        var rng = SplitMix64(seed: 42)
        func random() -> Float { Float(rng.next() % 2001) / 100 - 10 }
        var viterbi = Viterbi()
        var path: [Int] = []
        for round in 0..<300 {
            let n = 1 + round % 17
            // emissions and transitions that strongly prefer I- labels everywhere, even after O
            var emissions = (0..<(n * L)).map { _ in random() }
            for t in 0..<n {
                for y in 0..<L where labels.names[y].hasPrefix("I-") { emissions[t * L + y] += 15 }
            }
            var transitions = (0..<((L + 1) * L)).map { _ in random() }
            for p in 0...L {
                for y in 0..<L where labels.names[y].hasPrefix("I-") { transitions[p * L + y] += 10 }
            }
            emissions.withUnsafeBufferPointer { e in
                transitions.withUnsafeBufferPointer { tr in
                    viterbi.decode(e, tokens: n, transitions: tr, labels: labels, into: &path)
                }
            }
            #expect(path.count == n)
            for (t, y) in path.enumerated() where labels.names[y].hasPrefix("I-") {
                #expect(t > 0, "I- at the start of a sentence")
                if t > 0 {
                    #expect(
                        labels.types[path[t - 1]] == labels.types[y],
                        "\(labels.names[path[t - 1]]) → \(labels.names[y])")
                }
            }
        }
    }

    @Test func agreesWithTheStraightforwardDecoderIncludingTies() {
        Self.checkAgainstStraightforwardDecoder(
            LabelSet(entityTypes: ["LOC", "MISC", "ORG", "PER"]), seed: 11, rounds: 300, maxTokens: 30)
    }

    /// Label counts whose last vector is full, partial or four labels or fewer (3 to 15 labels).
    @Test(arguments: 1...7) func agreesWithTheStraightforwardDecoderAtEveryLabelCount(types: Int) {
        Self.checkAgainstStraightforwardDecoder(
            LabelSet(entityTypes: (0..<types).map { "T\($0)" }), seed: UInt64(types), rounds: 100, maxTokens: 20)
    }

    /// Random emissions and transitions, every other round with few distinct values so that ties are common.
    static func checkAgainstStraightforwardDecoder(_ labels: LabelSet, seed: UInt64, rounds: Int, maxTokens: Int) {
        let L = labels.count
        var rng = SplitMix64(seed: seed)
        var viterbi = Viterbi()
        var path: [Int] = []
        for round in 0..<rounds {
            let n = 1 + Int(rng.next() % UInt64(maxTokens))
            func random() -> Float { round % 2 == 0 ? Float(rng.next() % 5) - 2 : Float(rng.next() % 2001) / 97 - 10 }
            let emissions = (0..<(n * L)).map { _ in random() }
            let transitions = (0..<((L + 1) * L)).map { _ in random() }
            emissions.withUnsafeBufferPointer { e in
                transitions.withUnsafeBufferPointer { tr in
                    viterbi.decode(e, tokens: n, transitions: tr, labels: labels, into: &path)
                }
            }
            #expect(path == Self.straightforwardDecode(emissions, n, transitions, labels))
        }
    }

    /// A document of sentences of every length (one token included) decoded at once, as the tagger does, gives each
    /// sentence the straightforward decoder's path; nine labels (the shipped model's) take the unrolled scan.
    @Test(arguments: [3, 4, 5]) func decodesADocumentSentenceBySentence(types: Int) {
        let labels = LabelSet(entityTypes: (0..<types).map { "T\($0)" })
        let L = labels.count
        var rng = SplitMix64(seed: UInt64(40 + types))
        for round in 0..<40 {
            func random() -> Float { round % 2 == 0 ? Float(rng.next() % 5) - 2 : Float(rng.next() % 2001) / 97 - 10 }
            var sentences: [Range<Int>] = []
            var start = 0
            for _ in 0..<(1 + rng.next() % 6) {
                let length = Int(rng.next() % 18)
                sentences.append(start..<(start + length))
                start += length
            }
            let emissions = (0..<(start * L)).map { _ in random() }
            let transitions = (0..<((L + 1) * L)).map { _ in random() }
            var path = [Int](repeating: -1, count: start)
            var viterbi = Viterbi()
            emissions.withUnsafeBufferPointer { e in
                transitions.withUnsafeBufferPointer { tr in
                    viterbi.prepare(tr, labels)
                    path.withUnsafeMutableBufferPointer {
                        viterbi.decodeSentences(e, sentences, transitions: tr, labels: labels, into: $0.baseAddress!)
                    }
                }
            }
            for sentence in sentences where !sentence.isEmpty {
                let expected = Self.straightforwardDecode(
                    Array(emissions[(sentence.lowerBound * L)..<(sentence.upperBound * L)]), sentence.count,
                    transitions, labels)
                #expect(Array(path[sentence]) == expected)
            }
        }
    }

    /// The decoder as first written: scores straight from the transition matrix, first best label kept.
    static func straightforwardDecode(_ e: [Float], _ n: Int, _ tr: [Float], _ labels: LabelSet) -> [Int] {
        let L = labels.count
        let minusInfinity = -Float.greatestFiniteMagnitude
        var score = [Float](repeating: 0, count: n * L)
        var back = [Int](repeating: 0, count: n * L)
        for y in 0..<L { score[y] = labels.allowed[L * L + y] ? tr[L * L + y] + e[y] : minusInfinity }
        for t in 1..<max(n, 1) {
            for y in 0..<L {
                var best = minusInfinity
                var arg = 0
                let previous = labels.begins[y] || y == 0 ? Array(0..<L) : [y - 1, y]
                for p in previous where labels.begins[y] || y == 0 || labels.allowed[p * L + y] {
                    let v = score[(t - 1) * L + p] + tr[p * L + y]
                    if v > best {
                        best = v
                        arg = p
                    }
                }
                score[t * L + y] = best + e[t * L + y]
                back[t * L + y] = arg
            }
        }
        var best = minusInfinity
        var arg = 0
        for y in 0..<L where score[(n - 1) * L + y] > best {
            best = score[(n - 1) * L + y]
            arg = y
        }
        var path = [Int](repeating: 0, count: n)
        path[n - 1] = arg
        for t in stride(from: n - 1, to: 0, by: -1) {
            arg = back[t * L + arg]
            path[t - 1] = arg
        }
        return path
    }

    @Test func findsTheBestPathOfASmallProblemByBruteForce() {
        let labels = LabelSet(entityTypes: ["ORG"])
        let L = labels.count
        var rng = SplitMix64(seed: 3)
        func random() -> Float { Float(rng.next() % 1001) / 100 - 5 }
        var viterbi = Viterbi()
        var path: [Int] = []
        for _ in 0..<50 {
            let n = 4
            let emissions = (0..<(n * L)).map { _ in random() }
            let transitions = (0..<((L + 1) * L)).map { _ in random() }
            var best = -Float.infinity
            var bestPath: [Int] = []
            for code in 0..<(L * L * L * L) {
                var p: [Int] = []
                var c = code
                for _ in 0..<n {
                    p.append(c % L)
                    c /= L
                }
                var score: Float = 0
                var valid = true
                for t in 0..<n {
                    let previous = t == 0 ? L : p[t - 1]
                    valid = valid && labels.allowed[previous * L + p[t]]
                    score += transitions[previous * L + p[t]] + emissions[t * L + p[t]]
                }
                if valid && score > best {
                    best = score
                    bestPath = p
                }
            }
            emissions.withUnsafeBufferPointer { e in
                transitions.withUnsafeBufferPointer { tr in
                    viterbi.decode(e, tokens: n, transitions: tr, labels: labels, into: &path)
                }
            }
            #expect(path == bestPath)
        }
    }
}

@Suite("Weight table")
struct WeightTableTests {
    @Test func scoringTokenByTokenGivesExactlyTheScoresOfStoredFeatures() throws {
        let documents = SyntheticNews.documents(count: 20)
        let tagger = try OrganizationTagger(
            bytes: TaggerTraining.train(documents, options: SyntheticNews.smallOptions).model)
        let text = ScalarText(documents[3].text + "\n\n" + documents[4].text + "\n\n" + documents[3].text)
        let tokens = NewsTokenizer().tokens(in: text)
        let sentences = SentenceSplitter().sentences(tokens, in: text)
        let extractor = FeatureExtractor(bits: tagger.first.bits, lexicon: tagger.lexicon, gazetteer: tagger.gazetteer)
        let traits = extractor.traits(tokens, sentences, text)
        var features = FeatureExtractor.DocumentFeatures()
        for sentence in sentences { extractor.features(traits, sentence, into: &features) }
        let L = tagger.labels.count
        var stored = [Float](repeating: 0, count: tokens.count * L)
        tagger.first.addScores(features, tokens: 0..<tokens.count, to: &stored)
        let streamed = tagger.first.firstPassScores(extractor, traits, sentences, common: .empty(labelCount: L))
        #expect(stored == streamed)
        #expect(stored.contains { $0 != 0 })
        // the same with the model's precomputed scores of common words, which must cover some of these tokens
        #expect(!tagger.common.isEmpty)
        #expect(traits.contains { tagger.common.number($0.exact) >= 0 })
        let withCommon = tagger.first.firstPassScores(extractor, traits, sentences, common: tagger.common)
        #expect(stored == withCommon)
    }

    @Test func scoresOfEveryLabelCountMatchAPlainSum() {
        for labelCount in [1, 3, 8, 9, 15, 17, 24] {
            var rows: [(bucket: Int, weights: [Int16])] = []
            for bucket in stride(from: 3, to: 1000, by: 7) {
                rows.append((bucket, (0..<labelCount).map { Int16((bucket * 31 + $0 * 17) % 401 - 200) }))
            }
            let table = WeightTable(bits: 10, labelCount: labelCount, scale: 0.25, rows: rows)
            var features = FeatureExtractor.DocumentFeatures()
            features.buckets = [3, 4, 10, 997, 10, 500, 17]
            features.offsets = [0, 4, 7]
            var emissions = [Float](repeating: 0, count: 2 * labelCount)
            table.addScores(features, tokens: 0..<2, to: &emissions)
            var expected = [Float](repeating: 0, count: 2 * labelCount)
            let byBucket = Dictionary(uniqueKeysWithValues: rows.map { ($0.bucket, $0.weights) })
            for t in 0..<2 {
                for y in 0..<labelCount {
                    var sum = 0
                    for k in Int(features.offsets[t])..<Int(features.offsets[t + 1]) {
                        sum += Int(byBucket[Int(features.buckets[k])]?[y] ?? 0)
                    }
                    expected[t * labelCount + y] = Float(sum) * 0.25
                }
            }
            #expect(emissions == expected, "\(labelCount) labels")
        }
    }

    @Test func rowsSurviveTheTableLayout() {
        let rows: [(bucket: Int, weights: [Int16])] = [
            (0, [1, 0, -3]), (63, [0, 7, 0]), (64, [2, 2, 2]), (1000, [-1, 0, 0]),
        ]
        let table = WeightTable(bits: 10, labelCount: 3, scale: 0.5, rows: rows)
        #expect(table.rowCount == 4)
        #expect(table.rows.map(\.bucket) == [0, 63, 64, 1000])
        #expect(table.rows.map(\.weights) == rows.map(\.weights))
        var features = FeatureExtractor.DocumentFeatures()
        features.buckets = [63, 5, 1000, 64]
        features.offsets = [0, 2, 4]
        var emissions = [Float](repeating: 0, count: 6)
        table.addScores(features, tokens: 0..<2, to: &emissions)
        #expect(emissions == [0, 3.5, 0, 0.5, 1, 1])
    }
}
