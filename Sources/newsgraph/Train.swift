import ArgumentParser
import Extraction
import Foundation

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the organization tagger from annotated JSON lines and write the model file.",
        discussion: """
            Input: JSON lines {"id", "text", "entities": [{"start", "end", "label"}]} with Unicode code-point offsets,
            as ../shared/data/ner/conll2003-train.jsonl. The same data, options and build give the same bytes.
            The shipped model (docs/tagger.md): newsgraph train --data ../shared/data/ner/conll2003-train.jsonl
            --lexicon /usr/share/dict/american-english --wordnet /usr/share/wordnet/data.noun (Debian wamerican,
            wordnet-base), all other options at their defaults. --dev prints dev scores after each second-pass epoch
            (and after each first-pass epoch when --runs 1 --folds 0).
            """)

    @Option(help: "Annotated training documents (JSON lines).")
    var data: String

    @Option(help: "Where to write the model.")
    var output = "Sources/OrganizationModel/Resources/organization-tagger.bin"

    @Option(help: "Documents scored after every epoch (JSON lines), to choose --epochs. Not used for training.")
    var dev: String?

    @Option(help: "Passes over the training data.")
    var epochs = TaggerTrainingOptions().epochs

    @Option(help: "Shuffle seed.")
    var seed = TaggerTrainingOptions().seed

    @Option(help: "Feature hash space: 2^bits buckets.")
    var bits = TaggerTrainingOptions().bits

    @Option(help: "Leave out features seen fewer times than this in training.")
    var minCount = TaggerTrainingOptions().minimumFeatureCount

    @Option(help: "Drop averaged weights smaller than this.")
    var prune = TaggerTrainingOptions().pruneThreshold

    @Option(help: "Jackknife folds for the second (document consistency) pass; 0 or 1 = no second pass.")
    var folds = TaggerTrainingOptions().folds

    @Option(help: "Epochs of the second pass.")
    var secondEpochs = TaggerTrainingOptions().secondPassEpochs

    @Option(help: "Weight of the first pass's scores in the second pass.")
    var baseScale = TaggerTrainingOptions().secondPassBaseScale

    @Option(
        help: "Word list, one word a line (Debian wamerican's /usr/share/dict/american-english), stored in the model.")
    var lexicon: String?

    @Option(
        help:
            "WordNet 3.0 data.noun (Debian wordnet-base: /usr/share/wordnet/data.noun): typed proper nouns stored in the model."
    )
    var wordnet: String?

    @Option(help: "First-pass perceptrons to average, trained with seeds seed, seed+1, ….")
    var runs = TaggerTrainingOptions().runs

    func validate() throws {
        guard (12...24).contains(bits) else { throw ValidationError("--bits must be 12...24") }
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
    }

    func run() throws {
        let documents = try AnnotatedDocuments.read(data)
        let devDocuments = try dev.map(AnnotatedDocuments.read)
        var options = TaggerTrainingOptions()
        options.epochs = epochs
        options.seed = seed
        options.bits = bits
        options.minimumFeatureCount = minCount
        options.pruneThreshold = prune
        options.folds = folds
        options.runs = runs
        options.secondPassEpochs = secondEpochs
        options.secondPassBaseScale = baseScale
        if let lexicon {
            guard let data = FileManager.default.contents(atPath: lexicon) else {
                throw ValidationError("cannot read \(lexicon)")
            }
            options.lexicon = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        if let wordnet {
            guard let data = FileManager.default.contents(atPath: wordnet) else {
                throw ValidationError("cannot read \(wordnet)")
            }
            options.gazetteer = TaggerTraining.wordNetNames(dataNoun: String(decoding: data, as: UTF8.self))
        }
        let started = Date()
        let (model, report) = TaggerTraining.train(
            documents, options: options,
            afterEpoch: devDocuments.map { devDocuments in
                { pass, epoch, tagger in
                    let predicted = Dictionary(
                        uniqueKeysWithValues: devDocuments.map { ($0.id, tagger.entities(in: $0.text)) })
                    let scores = EntityScoring.score(gold: devDocuments, predicted: predicted)
                    let line = String(
                        format:
                            "%@ pass epoch %2d  dev ORG exact F1 %.4f  overlap F1 %.4f  doc-names F1 %.4f  (%.0f s)",
                        pass, epoch,
                        scores.exact.f1, scores.overlap.f1, scores.documentNames.f1, Date().timeIntervalSince(started))
                    FileHandle.standardError.write(Data((line + "\n").utf8))
                }
            })
        try Data(model).write(to: URL(fileURLWithPath: output))
        print(
            "trained on \(report.documents) documents, \(report.sentences) sentences, \(report.tokens) tokens, "
                + "\(report.entities) entities (\(report.misalignedEntities) not on token boundaries)")
        print("wrote \(output): \(model.count) bytes in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }
}

/// Reads annotated JSON lines.
enum AnnotatedDocuments {
    static func read(_ path: String) throws -> [AnnotatedDocument] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        let decoder = JSONDecoder()
        var documents: [AnnotatedDocument] = []
        var number = 0
        for line in data.split(separator: UInt8(ascii: "\n")) {
            number += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            do {
                documents.append(try decoder.decode(AnnotatedDocument.self, from: Data(line)))
            } catch {
                throw ValidationError("\(path):\(number): \(error)")
            }
        }
        return documents
    }
}
