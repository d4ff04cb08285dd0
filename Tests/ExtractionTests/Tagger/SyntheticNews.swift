@testable import Extraction

/// A small, deterministic, made-up annotated corpus: organizations, people and places in a few sentence patterns.
enum SyntheticNews {
    static let organizations = [
        "Acme Corp", "Globex Inc", "Initech", "Umbrella Group", "Stark Industries", "Wayne Enterprises",
        "Hooli", "Vandelay Industries", "Soylent Corp", "Tyrell Corporation", "Cyberdyne Systems", "Oscorp",
    ]
    static let people = ["John Smith", "Mary Jones", "Ana Lopez", "Wei Chen", "Omar Haddad", "Lena Berg"]
    static let places = ["Paris", "Berlin", "Ohio", "Lagos", "Osaka", "Lima"]

    /// Sentence patterns: (text, entity type) pieces, "" for plain text.
    static let patterns: [[(String, String)]] = [
        [
            ("ORG", "ORG"), (" said on Monday that ", ""), ("PER", "PER"), (" would visit ", ""), ("LOC", "LOC"),
            (".", ""),
        ],
        [("Shares of ", ""), ("ORG", "ORG"), (" rose 3 percent in ", ""), ("LOC", "LOC"), (" trading.", "")],
        [("PER", "PER"), (" joined ", ""), ("ORG", "ORG"), (" last year as chief executive.", "")],
        [
            ("The deal between ", ""), ("ORG", "ORG"), (" and ", ""), ("ORG", "ORG"), (" was signed in ", ""),
            ("LOC", "LOC"), (".", ""),
        ],
        [("“We are pleased,” ", ""), ("PER", "PER"), (" of ", ""), ("ORG", "ORG"), (" told reporters.", "")],
    ]

    static func documents(count: Int, seed: UInt64 = 7) -> [AnnotatedDocument] {
        var rng = SplitMix64(seed: seed)
        func pick(_ list: [String]) -> String { list[Int(rng.next() % UInt64(list.count))] }
        var out: [AnnotatedDocument] = []
        for d in 0..<count {
            var text = ""
            var length = 0
            var entities: [EntitySpan] = []
            for s in 0..<4 {
                if s > 0 {
                    text += "\n\n"
                    length += 2
                }
                let pattern = patterns[Int(rng.next() % UInt64(patterns.count))]
                for (piece, type) in pattern {
                    let surface =
                        switch type {
                        case "ORG": pick(organizations)
                        case "PER": pick(people)
                        case "LOC": pick(places)
                        default: piece
                        }
                    let n = surface.unicodeScalars.count
                    if !type.isEmpty { entities.append(EntitySpan(start: length, end: length + n, label: type)) }
                    text += surface
                    length += n
                }
            }
            out.append(AnnotatedDocument(id: "synthetic-\(d)", text: text, entities: entities))
        }
        return out
    }

    static var smallOptions: TaggerTrainingOptions {
        var options = TaggerTrainingOptions()
        options.bits = 14
        options.secondPassBits = 12
        options.epochs = 4
        options.secondPassEpochs = 2
        options.folds = 2
        options.runs = 2
        options.lexicon = ["police", "said", "shares", "Paris", "Boeing"]
        return options
    }
}
