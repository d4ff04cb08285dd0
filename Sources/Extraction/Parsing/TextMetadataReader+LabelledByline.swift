import Foundation

/// Bylines whose label is not "By" (round 28): a label of the story's kind before the preposition ("Eine Analyse von
/// Jana Roth", "Een analyse door …", "An analysis by …"), a writer's label of another language ("Penulis Dian
/// Pratiwi | Editor …", "Autor: …"), and a byline box's credit line after the writer's avatar ("[image] Priya
/// Sandhu · CBC News · Posted: …"). Each is given to `BylineParser` as the "By" line it stands for.
extension TextMetadataReader {
    /// The line rewritten as "By …", or nil when it is none of these shapes.
    static func labelledByline(_ text: String) -> String? {
        guard let first = text.utf8.first else { return nil }
        // The first byte decides which shape may open the line: an article (a, e, u), a writer's label (a, p, t,
        // w), an avatar ("[").
        switch first | 0x20 {
        case 0x61, 0x65, 0x75: return kindLabelledByline(text) ?? writerLabelledByline(text)
        case 0x70, 0x74, 0x77: return writerLabelledByline(text)
        case 0x5B | 0x20: return avatarLedCredit(text)
        default: return nil
        }
    }

    /// "Eine Analyse von Jana Roth", "Ein Kommentar von …": an article, one or two words naming the piece, the
    /// preposition, and a capitalised word after it; a line of nine words at most.
    static func kindLabelledByline(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard words.count >= 4, words.count <= 9, articles.contains(words[0].lowercased()) else { return nil }
        for k in 2...3 where k + 1 < words.count {
            guard bylinePrepositions.contains(words[k].lowercased()) else { continue }
            // After the preposition a name alone, two to five words, the first and the last capitalised ("Un
            // coup de Trafalgar pour …" is a headline); before it the piece's name, a word or two of letters.
            let name = words[(k + 1)...]
            guard (2...5).contains(name.count), let initial = name.first?.unicodeScalars.first,
                ScalarClass.isUppercase(initial), let last = name.last?.unicodeScalars.first,
                ScalarClass.isUppercase(last),
                words[1..<k].allSatisfy({ $0.unicodeScalars.allSatisfy(ScalarClass.isLetter) })
            else { return nil }
            return "By " + words[(k + 1)...].joined(separator: " ")
        }
        return nil
    }

    static let articles: Set<String> = ["ein", "eine", "een", "an", "a", "une", "un", "una", "uno"]
    static let bylinePrepositions: Set<String> = ["von", "door", "by", "de", "par", "por", "di"]

    /// "Penulis Dian Pratiwi | Editor Bambang Santoso", "Autor: Jan Nowak": a writer's label of another language
    /// before the name.
    static func writerLabelledByline(_ text: String) -> String? {
        guard let space = text.firstIndex(of: " ") else { return nil }
        var label = text[..<space].lowercased()
        let colon = label.hasSuffix(":")
        if colon { label.removeLast() }
        // "Penulis" and "Wartawan" need no colon; "Autor", "Texto", "Tekst" do ("Texto completo" is no byline).
        guard writerLabelsWithoutColon.contains(label) || (colon && writerLabels.contains(label)) else { return nil }
        let rest = text[text.index(after: space)...].drop { $0 == " " }
        guard let initial = rest.unicodeScalars.first, ScalarClass.isUppercase(initial) else { return nil }
        return "By " + rest
    }

    static let writerLabelsWithoutColon: Set<String> = ["penulis", "wartawan"]
    static let writerLabels: Set<String> = [
        "penulis", "wartawan", "reporter", "autor", "autorin", "autora", "auteur", "autore", "tekst", "texto",
        "testo", "text", "skribent", "toimittaja", "yazar", "muhabir",
    ]

    /// "[image] Priya Sandhu · CBC News · Posted: Jan 12, 2026": the avatar's alt text before a credit line of
    /// fields set apart by " · ", a date among them; the fields without the avatar.
    static func avatarLedCredit(_ text: String) -> String? {
        guard text.hasPrefix("["), ByteSearch.contains(text, dot), let close = text.firstIndex(of: "]"),
            text.distance(from: text.startIndex, to: close) <= 24
        else { return nil }
        let rest = String(text[text.index(after: close)...].drop { $0 == " " })
        guard let initial = rest.unicodeScalars.first, ScalarClass.isUppercase(initial),
            !DateScanner().dates(in: rest).isEmpty
        else { return nil }
        return rest
    }

    /// "Priya Sandhu · CBC News · Posted: …": the field after the writer's in a credit line of fields set apart by
    /// " · ", when it is a newsroom's name (two to four capitalised words, the last a publication's word: "News",
    /// "Times", …), or nil.
    static func newsroomField(_ text: String) -> String? {
        guard ByteSearch.contains(text, dot) else { return nil }
        let fields = text.components(separatedBy: " · ")
        guard fields.count >= 3 else { return nil }
        let words = fields[1].split(separator: " ")
        guard (2...4).contains(words.count),
            words.allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }),
            let last = words.last, ParsingLexicon.publicationNameWords.contains(last.lowercased()),
            // "RNZ Reporter": the writer's role, though papers are named "Reporter" too.
            !BylineParser.roleWords.contains(last.lowercased()), !ByteSearch.holdsDigit(fields[1])
        else { return nil }
        return fields[1]
    }
}
