/// Links acronyms to the names they abbreviate: "China International Import Expo (CIIE)" defines CIIE,
/// and an all-caps word spelling the initials of a name found in the article ("FBI" for "Federal Bureau
/// of Investigation") is linked to it.
enum AcronymLinker {
    /// Whether `acronym` abbreviates `words`: its letters, first letter first, follow in order the initials
    /// of the words (connectors included) and the inner capitals of camel-case words ("SoftBank").
    static func abbreviates(_ acronym: String, _ words: [Token]) -> Bool {
        let letters = acronym.unicodeScalars.filter { $0.properties.isAlphabetic }.map {
            $0.properties.uppercaseMapping
        }
        guard letters.count >= 2, let firstWord = words.first(where: { !$0.isConnector && $0.kind != .punctuation })
        else { return false }
        guard let initial = firstWord.text.unicodeScalars.first,
            initial.properties.uppercaseMapping == letters[0]
        else { return false }
        // The letters available, in order: each word's initial, then its inner capitals.
        var pool: [String] = []
        for w in words where w.kind == .word || w.kind == .number {
            var first = true
            for s in w.text.unicodeScalars {
                if first {
                    pool.append(s.properties.uppercaseMapping)
                    first = false
                } else if s.properties.isUppercase {
                    pool.append(s.properties.uppercaseMapping)
                } else if s == "-" {
                    first = true
                }
            }
        }
        guard pool.count >= letters.count else { return false }
        var k = 0
        for p in pool where k < letters.count && p == letters[k] { k += 1 }
        guard k == letters.count else { return false }
        // Most capitalised words should be reflected: "NYAG" for "New York State Attorney General" is fine,
        // "AG" for "Acme Global Robotics Group" is not.
        let capitalWords = words.filter { $0.isCapitalized || $0.isAllCaps }.count
        return letters.count * 2 >= capitalWords
    }

    /// Initials of the capitalised words of a name ("Federal Bureau of Investigation" → "FBI"), or nil
    /// when fewer than two words qualify; with `connectors`, "of"/"for"/"and" count too ("IDOT").
    static func initials(_ words: [Token], connectors: Bool = false) -> String? {
        var out = ""
        var count = 0
        for w in words where w.kind == .word && !w.isLegalSuffix {
            guard w.isCapitalized || (connectors && w.isConnector && w.text != "&") else { continue }
            if let f = w.text.unicodeScalars.first {
                out.unicodeScalars.append(f.properties.uppercaseMapping.unicodeScalars.first ?? f)
                if w.isCapitalized { count += 1 }
            }
        }
        return count >= 2 ? out : nil
    }
}
