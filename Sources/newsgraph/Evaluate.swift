import ArgumentParser
import Extraction
import Foundation
import OrganizationModel

#if canImport(Glibc)
    import Glibc
#endif

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the organization tagger against gold JSON lines, as ../shared/tools/ner_score.py does.",
        discussion: """
            Prints mention-exact, mention-overlap and document-name precision, recall and F1 for ORG, then the
            tagging speed (words, i.e. tokens, per second on one core) and the peak resident memory.
            """)

    @Option(help: "Gold documents: JSON lines {\"id\", \"text\", \"entities\"}.")
    var gold: String

    @Option(help: "Model file (default: the shipped model).")
    var model: String?

    @Option(help: "Also write predictions (every label) as JSON lines {\"id\", \"entities\"} for ner_score.py.")
    var predictions: String?

    @Option(help: "Show this many missed and spurious spans.")
    var errors = 0

    @Option(help: "Tag the documents this many times and report the fastest round.")
    var repeats = 1

    @Option(help: "Label to score.")
    var label = "ORG"

    @Option(
        help: """
            What to score: 'tagger' (the tagger's raw spans, every label, with the rules' evidence), 'tagged' (the tagger behind the finder \
            interface), 'rules' (the rule-based finder) or 'combined' (what the server uses).
            """)
    var finder: FinderChoice = .combined

    enum FinderChoice: String, ExpressibleByArgument, CaseIterable {
        case tagger, tagged, rules, combined
    }

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1") }
    }

    func run() throws {
        let loadStart = Date()
        let bytes: [UInt8]
        if let model {
            guard let data = FileManager.default.contents(atPath: model) else {
                throw ValidationError("cannot read \(model)")
            }
            bytes = [UInt8](data)
        } else {
            bytes = try OrganizationModel.bytes()
        }
        let tagger = try OrganizationTagger(bytes: bytes)
        let entities: (String) -> [EntitySpan]
        switch finder {
        case .tagger: entities = { tagger.entities(in: $0) }
        case .tagged: entities = Self.mentions(of: TaggedOrganizationFinder(tagger: tagger))
        case .rules: entities = Self.mentions(of: RuleBasedOrganizationFinder())
        case .combined: entities = Self.mentions(of: CombinedOrganizationFinder(tagger: tagger))
        }
        let loadSeconds = Date().timeIntervalSince(loadStart)
        let documents = try AnnotatedDocuments.read(gold)

        let tokenizer = NewsTokenizer()
        let words = documents.reduce(0) { $0 + tokenizer.tokens(in: $1.text).count }
        let texts = documents.map(\.text)
        let clock = ContinuousClock()
        var predicted: [String: [EntitySpan]] = [:]
        var results: [[EntitySpan]] = []
        results.reserveCapacity(texts.count)
        var seconds = Double.infinity
        var cpuSeconds = Double.infinity
        for round in 0..<repeats {
            let cpuStart = threadCPUSeconds()
            let elapsed = clock.measure {
                for text in texts {
                    let spans = entities(text)
                    if round == 0 { results.append(spans) }
                }
            }
            cpuSeconds = min(cpuSeconds, threadCPUSeconds() - cpuStart)
            seconds = min(seconds, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        for (document, spans) in zip(documents, results) { predicted[document.id] = spans }

        let scores = EntityScoring.score(gold: documents, predicted: predicted, label: label)
        print(
            "label \(label): \(scores.documents) documents, \(scores.documentsWithoutPrediction) without a prediction")
        for (name, s) in [
            ("mention-exact", scores.exact), ("mention-overlap", scores.overlap), ("doc-names", scores.documentNames),
        ] {
            let padded = name.padding(toLength: 16, withPad: " ", startingAt: 0)
            print(
                String(
                    format: "%@ P %.4f  R %.4f  F1 %.4f  (correct %d, predicted %d, gold %d)", padded, s.precision,
                    s.recall, s.f1, s.correct, s.predicted, s.gold))
        }
        if errors > 0 {
            print("missed:", scores.missed.prefix(errors).map { "\($0.id):\($0.text)" }.joined(separator: "; "))
            print("spurious:", scores.spurious.prefix(errors).map { "\($0.id):\($0.text)" }.joined(separator: "; "))
        }
        print(
            String(
                format: "speed: %d words (tokens) in %.3f s wall, %.3f s CPU = %.0f words/s wall, %.0f words/s CPU "
                    + "(one thread, tokenizing + tagging, best of \(repeats))", words, seconds, cpuSeconds,
                Double(words) / max(seconds, 1e-9), Double(words) / max(cpuSeconds, 1e-9)))
        print(String(format: "model: %d bytes, loaded in %.0f ms; ", bytes.count, loadSeconds * 1000) + tagger.summary)
        print("peak memory: \(peakResidentMegabytes()) MB resident")

        if let predictions {
            var out = ""
            for document in documents {
                let spans = predicted[document.id] ?? []
                let entities = spans.map { "{\"start\": \($0.start), \"end\": \($0.end), \"label\": \"\($0.label)\"}" }
                let id = String(data: try JSONEncoder().encode(document.id), encoding: .utf8)!
                out += "{\"id\": \(id), \"entities\": [\(entities.joined(separator: ", "))]}\n"
            }
            try Data(out.utf8).write(to: URL(fileURLWithPath: predictions))
        }
    }

    /// Every mention a finder reports, as ORG spans over the whole text.
    private static func mentions(of finder: some OrganizationFinder) -> (String) -> [EntitySpan] {
        { text in
            finder.organizations(in: text, regions: nil).flatMap(\.mentions)
                .map { EntitySpan(start: $0.start, end: $0.end, label: "ORG") }.sorted { $0.start < $1.start }
        }
    }

    private func threadCPUSeconds() -> Double {
        #if canImport(Glibc)
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        #else
            return 0
        #endif
    }

    private func peakResidentMegabytes() -> Int {
        #if canImport(Glibc)
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Int(usage.ru_maxrss) / 1024
        #else
            return 0
        #endif
    }
}
