/// The canonical key of an organization name, identical for the spellings of one organization.
///
/// Used by the finder to group mentions, by the store to merge organizations across articles, and by
/// the trained tagger later. Rules, in order: lowercase; delete dots and apostrophes ("U.S." → "us", "McDonald's" → "mcdonalds"); turn every other
/// character that is not a letter, digit or "&" into a space; drop a leading "the"; drop trailing legal
/// suffixes (Inc, Ltd, LLC, Corp, Co, PLC, GmbH, AG, SA, …) while a word remains; join words with one space.
public enum OrganizationKey {
    /// Legal-form words, lowercase without dots, dropped from the end of a key. The rule-based finder reads the
    /// same list (`OrganizationCues.legalSuffixes`) to tell a company name by its last word.
    public static let legalSuffixes: Set<String> = [
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "corp", "co", "cos", "plc", "gmbh", "ag", "sa",
        "nv", "bv", "spa", "srl", "sas", "sarl", "ab", "asa", "oyj", "kk", "pty", "pte", "se", "lda", "sl", "bhd",
        "tbk", "kgaa",
    ]

    /// The key of `name`: `make("The Walt Disney Co.") == "walt disney"`, `make("AT&T Inc") == "at&t"`.
    public static func make(_ name: String) -> String {
        asciiKey(name) ?? unicodeKey(name)
    }

    /// `make` for any name, scalar by scalar (`asciiKey` is the same rules over bytes, for ASCII names).
    static func unicodeKey(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        for c in withoutPossessive(name).unicodeScalars {
            if c == "." || c == "'" || c == "\u{2019}" || c == "\u{2018}" {
                continue
            }
            if c == "&" || Tokenizer.isAlnum(c) {
                current.unicodeScalars.append(c)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        if words.count > 1 && words[0] == "the" { words.removeFirst() }
        while words.count > 1, let last = words.last, legalSuffixes.contains(last) {
            words.removeLast()
        }
        // "Acme & Co" leaves a dangling "&".
        while words.count > 1, words.last == "&" {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }

    /// "MEBO Group's" → "MEBO Group". A one-word name keeps its "'s", which is usually its own (McDonald's).
    static func withoutPossessive(_ name: String) -> Substring {
        let trimmed = name[...].trimmingSuffix(while: { $0.properties.isWhitespace })
        let scalars = trimmed.unicodeScalars
        guard scalars.count > 3, scalars.last == "s" || scalars.last == "S" else { return trimmed }
        let apostrophe = scalars[scalars.index(scalars.endIndex, offsetBy: -2)]
        guard apostrophe == "'" || apostrophe == "\u{2019}",
            scalars.dropLast(2).contains(where: { $0.properties.isWhitespace })
        else { return trimmed }
        return Substring(trimmed.unicodeScalars.dropLast(2))
    }
}

extension Substring {
    fileprivate func trimmingSuffix(while predicate: (Unicode.Scalar) -> Bool) -> Substring {
        var scalars = unicodeScalars[...]
        while let last = scalars.last, predicate(last) { scalars = scalars.dropLast() }
        return Substring(scalars)
    }
}
