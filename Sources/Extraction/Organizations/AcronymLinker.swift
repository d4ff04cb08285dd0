/// Links acronyms to the names they abbreviate: "China International Import Expo (CIIE)" defines CIIE,
/// and an all-caps word spelling the initials of a name found in the article ("FBI" for "Federal Bureau
/// of Investigation") is linked to it.
enum AcronymLinker {
    /// Whether `acronym` abbreviates `words`: its letters, first letter first, follow in order the initials
    /// of the words (connectors included) and the inner capitals of camel-case words ("SoftBank").
    /// (`tokens[words]`, read by index: a copy of the words would retain and release three strings a token.)
    static func abbreviates(_ acronym: String, _ tokens: [Token], _ words: Range<Int>) -> Bool {
        let letters = acronym.unicodeScalars.filter { $0.properties.isAlphabetic }.map {
            $0.properties.uppercaseMapping
        }
        guard letters.count >= 2,
            let firstWord = words.first(where: { !tokens[$0].isConnector && tokens[$0].kind != .punctuation })
        else { return false }
        guard let initial = tokens[firstWord].text.unicodeScalars.first,
            initial.properties.uppercaseMapping == letters[0]
        else { return false }
        // The letters available, in order: each word's initial, then its inner capitals.
        var pool: [String] = []
        for w in words where tokens[w].kind == .word || tokens[w].kind == .number {
            var first = true
            for s in tokens[w].text.unicodeScalars {
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
        let capitalWords = words.filter { tokens[$0].isCapitalized || tokens[$0].isAllCaps }.count
        return letters.count * 2 >= capitalWords
    }

    /// Initials of the capitalised words of a name ("Federal Bureau of Investigation" → "FBI"), or nil
    /// when fewer than two words qualify; with `connectors`, "of"/"for"/"and" count too ("IDOT").
    /// (`tokens[words]`, read by index.)
    static func initials(_ tokens: [Token], _ words: Range<Int>, connectors: Bool = false) -> String? {
        var out = ""
        var count = 0
        for w in words where tokens[w].kind == .word && !tokens[w].isLegalSuffix {
            guard tokens[w].isCapitalized || (connectors && tokens[w].isConnector && tokens[w].text != "&") else {
                continue
            }
            if let f = tokens[w].text.unicodeScalars.first {
                // An ASCII letter's capital is the letter A-Z; anything else asks the Unicode tables.
                if f.value < 0x80 {
                    let v = f.value
                    out.unicodeScalars.append(
                        Unicode.Scalar(UInt8(truncatingIfNeeded: v >= 97 && v <= 122 ? v - 32 : v)))
                } else {
                    out.unicodeScalars.append(f.properties.uppercaseMapping.unicodeScalars.first ?? f)
                }
                if tokens[w].isCapitalized { count += 1 }
            }
        }
        return count >= 2 ? out : nil
    }
}
