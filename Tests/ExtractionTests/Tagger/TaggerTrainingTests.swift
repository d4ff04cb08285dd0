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
