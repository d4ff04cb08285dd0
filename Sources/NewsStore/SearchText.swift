/// Turning names and user queries into keys and FTS5 queries.
enum SearchText {
    /// The store's normalisation of a name or alias for identity matching: lowercased; periods and apostrophes
    /// dropped ("C.I.I.E." → "ciie", "O'Neil" → "oneil"); every other run of non-letters/digits collapsed to one space.
    static func key(_ name: String) -> String {
        asciiKey(name) ?? characterKey(name)
    }

    /// `key` for ASCII text, byte by byte: for ASCII, `lowercased`, `isLetter` and `isNumber` are A–Z → a–z, letters
    /// and digits, so the bytes give the same key as the characters at a fraction of the cost (an article's
    /// organizations took ~0.4 M instructions of Character properties); nil for any other text.
    static func asciiKey(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                switch byte {
                case 0x80...: return nil
                case UInt8(ascii: "."), UInt8(ascii: "'"): continue
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                    UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if pendingSpace && !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(byte | (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? 0x20 : 0))
                default: pendingSpace = true
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `key` by characters, for text beyond ASCII.
    static func characterKey(_ name: String) -> String {
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
