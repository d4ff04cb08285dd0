/// Precision, recall and F1 from counts.
public struct PRF: Sendable, Equatable {
    public var correct: Int
    public var predicted: Int
    public var gold: Int

    public init(correct: Int = 0, predicted: Int = 0, gold: Int = 0) {
        self.correct = correct
        self.predicted = predicted
        self.gold = gold
    }

    public var precision: Double { predicted > 0 ? Double(correct) / Double(predicted) : 0 }
    public var recall: Double { gold > 0 ? Double(correct) / Double(gold) : 0 }
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
}

/// The three scores of shared/tools/ner_score.py, computed the same way.
public struct EntityScores: Sendable, Equatable {
    public var exact = PRF()
    public var overlap = PRF()
    public var documentNames = PRF()
    public var documents = 0
    public var documentsWithoutPrediction = 0
    public var missed: [(id: String, text: String)] = []
    public var spurious: [(id: String, text: String)] = []

    public init() {}

    public static func == (a: EntityScores, b: EntityScores) -> Bool {
        a.exact == b.exact && a.overlap == b.overlap && a.documentNames == b.documentNames && a.documents == b.documents
    }
}

/// Scoring as ner_score.py does it: mention-exact, mention-overlap (greedy, each gold span used once) and per-document
/// sets of normalised names.
public enum EntityScoring {
    /// - Parameters:
    ///   - predicted: spans per document id; a document missing from it counts as predicting nothing.
    public static func score(
        gold: [AnnotatedDocument], predicted: [String: [EntitySpan]], label: String = "ORG"
    ) -> EntityScores {
        var scores = EntityScores()
        scores.documents = gold.count
        for document in gold {
            if predicted[document.id] == nil { scores.documentsWithoutPrediction += 1 }
            let text = ScalarText(document.text)
            let gs = spanSet(document.entities, label)
            let ps = spanSet(predicted[document.id] ?? [], label)
            let goldSet = Set(gs.map { Pair($0.0, $0.1) })
            let predictedSet = Set(ps.map { Pair($0.0, $0.1) })
            scores.exact.correct += goldSet.intersection(predictedSet).count
            scores.exact.predicted += ps.count
            scores.exact.gold += gs.count
            var used = Set<Int>()
            for s in ps {
                for (i, t) in gs.enumerated() where !used.contains(i) && s.0 < t.1 && t.0 < s.1 {
                    used.insert(i)
                    scores.overlap.correct += 1
                    break
                }
            }
            scores.overlap.predicted += ps.count
            scores.overlap.gold += gs.count
            var goldNames = Set(gs.map { normalizedName(text.string($0.0, $0.1)) })
            goldNames.remove("")
            var predictedNames = Set(
                ps.filter { 0 <= $0.0 && $0.0 < $0.1 && $0.1 <= text.count }.map {
                    normalizedName(text.string($0.0, $0.1))
                })
            predictedNames.remove("")
            scores.documentNames.correct += goldNames.intersection(predictedNames).count
            scores.documentNames.predicted += predictedNames.count
            scores.documentNames.gold += goldNames.count
            for s in gs where !predictedSet.contains(Pair(s.0, s.1)) {
                scores.missed.append((document.id, text.string(s.0, s.1)))
            }
            for s in ps where !goldSet.contains(Pair(s.0, s.1)) {
                let t = s.1 <= text.count && s.0 >= 0 && s.0 <= s.1 ? text.string(s.0, s.1) : "<out of range>"
                scores.spurious.append((document.id, t))
            }
        }
        return scores
    }

    private struct Pair: Hashable {
        var a: Int
        var b: Int
        init(_ a: Int, _ b: Int) {
            self.a = a
            self.b = b
        }
    }

    /// Sorted distinct (start, end) of one label.
    private static func spanSet(_ spans: [EntitySpan], _ label: String) -> [(Int, Int)] {
        var seen = Set<Pair>()
        var out: [(Int, Int)] = []
        for s in spans where s.label == label && seen.insert(Pair(s.start, s.end)).inserted {
            out.append((s.start, s.end))
        }
        return out.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    }

    /// ner_score.py's `norm`: lowercase, ’ → ', drop a final "'s" and a leading "the ", every run of characters other
    /// than word characters and "&" → one space, trimmed.
    public static func normalizedName(_ name: String) -> String {
        var s = Array(name.lowercased().unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 })
        if s.count >= 2 && s[s.count - 2] == "'" && s[s.count - 1] == "s" {
            s.removeLast(2)
        } else if s.count >= 3 && s[s.count - 1] == "\n" && s[s.count - 3] == "'" && s[s.count - 2] == "s" {
            s.removeSubrange((s.count - 3)..<(s.count - 1))  // Python's $ also matches before a final newline
        }
        if s.count > 3 && s[0] == "t" && s[1] == "h" && s[2] == "e" && isPythonSpace(s[3]) {
            var k = 4
            while k < s.count && isPythonSpace(s[k]) { k += 1 }
            s.removeFirst(k)
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in s {
            if isWordCharacter(c) || c == "&" {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(c)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// Python's `\w` on str: alphanumeric (letters Lu/Ll/Lt/Lm/Lo, anything with a numeric type) or "_".
    static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        if c == "_" { return true }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return c.properties.numericType != nil
        }
    }

    /// Python's `\s` on str.
    static func isPythonSpace(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || (0x1C...0x1F).contains(c.value)
    }
}
