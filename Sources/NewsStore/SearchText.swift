/// Turning names and user queries into keys and FTS5 queries.
enum SearchText {
    /// The store's normalisation of a name or alias for identity matching: lowercased; periods and apostrophes
    /// dropped ("C.I.I.E." → "ciie", "O'Neil" → "oneil"); every other run of non-letters/digits collapsed to one space.
    static func key(_ name: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in name.lowercased() {
            if character == "." || character == "'" || character == "\u{2019}" { continue }
            if character.isLetter || character.isNumber {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// The letter/digit words of a query, at most `limit` of them.
    static func words(_ query: String, limit: Int = 16) -> [String] {
        var words: [String] = []
        var current = ""
        for character in query {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return Array(words.prefix(limit))
    }

    /// An FTS5 query matching documents that contain every word (each quoted, so no user text is FTS syntax);
    /// with `prefix`, each word also matches as a word prefix. Nil when the query has no words.
    static func ftsQuery(_ query: String, prefix: Bool) -> String? {
        let terms = words(query).map { "\"\($0)\"" + (prefix ? "*" : "") }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }
}
