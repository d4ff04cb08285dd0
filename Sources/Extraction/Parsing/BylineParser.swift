import Foundation

/// Reads bylines: "By A and B", "By:A | From:B | date", "A, staff writer", "Posted by A", "Author: A",
/// "By A, Reuters", "A - Nov 19, 2019". Person names only; a wire agency or a role is not a person, but may be the source.
struct BylineParser {
    struct Byline: Equatable {
        var authors: [String]
        /// A publication or agency the byline names ("From:B", "By A, Reuters").
        var source: String?
        /// The line said outright that it is a byline ("By", "Author:") rather than looking like one.
        var explicit: Bool
    }

    /// Prefixes that open a byline, lowercased, longest first.
    static let openers: [String] = [
        "posted by", "written by", "reported by", "words by", "story by", "text by", "published by", "author:",
        "authors:", "by:", "by", "von", "por", "par", "oleh", "autor:", "auteur:", "autore:", "texto:", "text:", "от",
        "автор:",
    ]

    static let roleWords: Set<String> = [
        "writer", "reporter", "editor", "correspondent", "contributor", "columnist", "staff", "producer", "critic",
        "analyst", "journalist", "redakteur", "redaktion", "rédaction", "redação", "redacción",
    ]

    /// A byline read from one line, or nil when the line is not one.
    func parse(_ line: String) -> Byline? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.unicodeScalars.count <= 200 else { return nil }
        let lower = trimmed.lowercased()
        var source: String? = nil
        var rest = trimmed
        var explicit = false
        // Fielded bylines: "By:A | From:B | date".
        if trimmed.contains("|") || lower.contains("from:") {
            var fields = trimmed.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.count == 1 { fields = [trimmed] }
            var authorField: String? = nil
            for field in fields {
                let fl = field.lowercased()
                if fl.hasPrefix("from:") || fl.hasPrefix("source:") || fl.hasPrefix("quelle:") || fl.hasPrefix("fonte:")
                {
                    let value = field[field.index(after: field.firstIndex(of: ":")!)...]
                        .trimmingCharacters(in: .whitespaces)
                    if !value.isEmpty { source = value }
                } else if authorField == nil, Self.opener(of: fl) != nil {
                    authorField = field
                }
            }
            if let authorField { rest = authorField } else if source == nil { rest = fields.first ?? trimmed }
        }
        let restLower = rest.lowercased()
        if let opener = Self.opener(of: restLower) {
            explicit = true
            rest = String(rest.unicodeScalars.dropFirst(opener.unicodeScalars.count))
                .trimmingCharacters(in: .whitespaces)
            if rest.hasPrefix(":") { rest = String(rest.dropFirst()).trimmingCharacters(in: .whitespaces) }
        }
        let (authors, agency) = names(in: rest, explicit: explicit)
        if source == nil { source = agency }
        if !explicit && authors.isEmpty { return nil }
        if explicit && authors.isEmpty && source == nil && !rest.isEmpty {
            // "By" followed by something that is not a name: not a byline we can use.
            return nil
        }
        return Byline(authors: authors, source: source, explicit: explicit)
    }

    static func opener(of lower: String) -> String? {
        for opener in openers where lower.hasPrefix(opener) {
            let after = lower.unicodeScalars.dropFirst(opener.unicodeScalars.count).first
            if opener.hasSuffix(":") { return opener }
            if let after, ScalarClass.isSpace(after) || after == ":" { return opener }
            if after == nil && opener == "by" { return opener }
        }
        return nil
    }

    /// Person names in a byline remainder; also an agency it names.
    func names(in text: String, explicit: Bool) -> ([String], String?) {
        var cut = text
        // Stop at what follows the names: a date, a handle, a separator, a time.
        for stop in [
            " | ", " - ", " – ", " — ", " • ", " · ", "@", " / ", "  ", "\t", " on ", " am ", " um ", " le ", " el ",
            " em ",
            " published", " updated", " posted",
        ] {
            if let range = cut.range(of: stop, options: .caseInsensitive) { cut = String(cut[..<range.lowerBound]) }
        }
        if let firstDigit = cut.firstIndex(where: { $0.isNumber }) { cut = String(cut[..<firstDigit]) }
        if let dateStart = DateScanner().dates(in: cut).first, dateStart.position >= 0 {
            // Cut at a month name that opens a date ("Regan September 15" keeps "Regan").
            let words = cut.split(separator: " ")
            if let index = words.firstIndex(where: {
                DateScanner.months[$0.lowercased().trimmingCharacters(in: .punctuationCharacters)] != nil
            }) {
                cut = words[..<index].joined(separator: " ")
            }
        }
        var authors: [String] = []
        var agency: String? = nil
        var parts: [String] = []
        for piece in cut.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .replacingOccurrences(of: " und ", with: ",").replacingOccurrences(of: " e ", with: ",")
            .replacingOccurrences(of: " y ", with: ",").replacingOccurrences(of: " et ", with: ",")
            .replacingOccurrences(of: ";", with: ",").split(separator: ",")
        {
            let p = piece.trimmingCharacters(
                in: .whitespaces.union(.punctuationCharacters.subtracting(CharacterSet(charactersIn: "."))))
            if !p.isEmpty { parts.append(p) }
        }
        for (index, part) in parts.enumerated() {
            let lower = part.lowercased()
            if let name = ParsingLexicon.wireAgencies[lower] {
                if agency == nil { agency = name }
                continue
            }
            let words = part.split(separator: " ")
            if words.contains(where: { Self.roleWords.contains($0.lowercased()) }) { continue }
            if index > 0 && !explicit && authors.isEmpty { break }
            if isPersonName(words) {
                authors.append(words.joined(separator: " "))
            } else if index == 0 && !explicit {
                break
            }
        }
        return (authors, agency)
    }

    static let particles: Set<String> = [
        "van", "von", "de", "der", "den", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "bin", "al",
        "el", "ten", "ter", "y",
    ]

    func isPersonName<S: StringProtocol>(_ words: [S]) -> Bool {
        guard (1...5).contains(words.count) else { return false }
        var capitalised = 0
        for word in words {
            let lower = word.lowercased()
            if Self.particles.contains(lower) { continue }
            guard let first = word.unicodeScalars.first, ScalarClass.isUppercase(first) else { return false }
            for s in word.unicodeScalars
            where !(ScalarClass.isLetter(s) || s == "." || s == "'" || s == "’" || s == "-") {
                return false
            }
            if ParsingLexicon.nonPersonBylineWords.contains(lower) { return false }
            capitalised += 1
        }
        return capitalised >= 1
    }
}
