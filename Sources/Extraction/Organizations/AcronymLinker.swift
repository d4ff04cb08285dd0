/// Links acronyms to the names they abbreviate: "China International Import Expo (CIIE)" defines CIIE,
/// and an all-caps word spelling the initials of a name found in the article ("FBI" for "Federal Bureau
/// of Investigation") is linked to it.
enum AcronymLinker {
    /// Whether `acronym` abbreviates `words`: its letters, first letter first, follow in order the initials
    /// of the words (connectors included) and the inner capitals of camel-case words ("SoftBank").
    /// (`tokens[words]`, read by index: a copy of the words would retain and release two strings a token.)
    static func abbreviates(_ acronym: String, _ tokens: [Token], _ words: Range<Int>) -> Bool {
        asciiAbbreviates(acronym, tokens, words) ?? unicodeAbbreviates(acronym, tokens, words)
    }

    /// `abbreviates` by the Unicode tables, for any text.
    static func unicodeAbbreviates(_ acronym: String, _ tokens: [Token], _ words: Range<Int>) -> Bool {
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

    /// `abbreviates` worked out on bytes when the acronym and the words are ASCII (nearly always), or nil to leave
    /// it to the general code: that code makes a `String` per letter of the acronym and of the words' initials and
    /// keeps them in arrays, and it is asked at every parenthesis after a name. In ASCII a letter is A-Z or a-z,
    /// its uppercase mapping is A-Z, and the only uppercase scalars are A-Z, so the answers are the same.
    static func asciiAbbreviates(_ acronym: String, _ tokens: [Token], _ words: Range<Int>) -> Bool? {
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
        @inline(__always) func upper(_ b: UInt8) -> UInt8 { b >= 97 && b <= 122 ? b - 32 : b }
        return Token.withBytes(acronym) { a -> Bool? in
            var letterCount = 0
            for b in a {
                if b >= 0x80 { return nil }
                if isLetter(b) { letterCount += 1 }
            }
            guard letterCount >= 2,
                let firstWord = words.first(where: { !tokens[$0].isConnector && tokens[$0].kind != .punctuation })
            else { return false }
            // The k-th letter of the acronym is at `a[cursor]`.
            var cursor = 0
            while !isLetter(a[cursor]) { cursor += 1 }
            let initialMatches = Token.withBytes(tokens[firstWord].text) { t -> Bool? in
                guard let f = t.first else { return false }
                return f < 0x80 ? upper(f) == upper(a[cursor]) : nil
            }
            guard let initialMatches else { return nil }
            guard initialMatches else { return false }
            // The letters available, in order (each word's initial, then its inner capitals), matched as they come.
            var poolCount = 0
            var k = 0
            for w in words where tokens[w].kind == .word || tokens[w].kind == .number {
                let ascii = Token.withBytes(tokens[w].text) { t -> Bool in
                    var first = true
                    for b in t {
                        if b >= 0x80 { return false }
                        var letter: UInt8? = nil
                        if first {
                            letter = upper(b)
                            first = false
                        } else if b >= 65 && b <= 90 {
                            letter = b
                        } else if b == UInt8(ascii: "-") {
                            first = true
                        }
                        guard let letter else { continue }
                        poolCount += 1
                        if k < letterCount && letter == upper(a[cursor]) {
                            k += 1
                            cursor += 1
                            while cursor < a.count && !isLetter(a[cursor]) { cursor += 1 }
                        }
                    }
                    return true
                }
                if !ascii { return nil }
            }
            guard poolCount >= letterCount, k == letterCount else { return false }
            var capitalWords = 0
            for w in words where tokens[w].isCapitalized || tokens[w].isAllCaps { capitalWords += 1 }
            return letterCount * 2 >= capitalWords
        }
    }

    /// Initials of the capitalised words of a name ("Federal Bureau of Investigation" → "FBI"), or nil
    /// when fewer than two words qualify; with `connectors`, "of"/"for"/"and" count too ("IDOT").
    /// (`tokens[words]`, read by index.)
    static func initials(_ tokens: [Token], _ words: Range<Int>, connectors: Bool = false) -> String? {
        var count = 0
        // Written as UTF-8 straight into the string (at most four bytes an initial): appending scalar by scalar to
        // a `String` cost a call and a check per initial, and it is asked twice of every name of two words or more.
        let out = String(unsafeUninitializedCapacity: 4 * words.count) { buffer in
            var n = 0
            for w in words where tokens[w].kind == .word && !tokens[w].isLegalSuffix {
                guard tokens[w].isCapitalized || (connectors && tokens[w].isConnector && tokens[w].text != "&") else {
                    continue
                }
                // A first byte below 0x80 is the first scalar; any other is read as a scalar.
                guard let byte = tokens[w].text.utf8.first else { continue }
                let letter: Unicode.Scalar
                if byte < 0x80 {
                    // An ASCII letter's capital is the letter A-Z; anything else asks the Unicode tables.
                    letter = Unicode.Scalar(byte >= 97 && byte <= 122 ? byte - 32 : byte)
                } else {
                    let f = tokens[w].text.unicodeScalars.first!
                    letter = f.properties.uppercaseMapping.unicodeScalars.first ?? f
                }
                UTF8.encode(letter) { unit in
                    buffer[n] = unit
                    n += 1
                }
                if tokens[w].isCapitalized { count += 1 }
            }
            return n
        }
        return count >= 2 ? out : nil
    }
}
