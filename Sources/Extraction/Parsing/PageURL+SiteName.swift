/// A readable publication name made from the page's host, for pages that never write their own name in the text
/// (the logo is an image, the footer names only the parent company). Publications are nearly always named after
/// their domain, and a domain squashes the name's words together, so the label is split where a word publications
/// use ends or begins ("deccanherald" → "Deccan Herald", "timesunion" → "Times Union"), a leading "the" is kept as a
/// word ("thehill" → "The Hill"), and letters that cannot be a word are an acronym ("cnn" → "CNN", "nypost" →
/// "NY Post"). What cannot be split stays one capitalised word ("techcrunch" → "Techcrunch").
extension PageURL {
    var siteNameFromHost: String? {
        // An address by number ("http://10.0.0.7/…") or a label without letters names nothing.
        guard let label = siteLabels.first, label.unicodeScalars.allSatisfy({ $0.isASCII }),
            label.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
            host.unicodeScalars.contains(where: { $0.properties.isAlphabetic })
        else { return nil }
        let parts = label.split(separator: "-").map(String.init).filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        return parts.map(Self.readableName).joined(separator: " ")
    }

    /// "deccanherald" → "Deccan Herald"; "foxnews" → "Fox News"; "thesun" → "The Sun".
    static func readableName(_ label: String) -> String {
        // An ASCII label without "\r" (which joins "\n" into one Character) has a Character a byte, so its counts,
        // prefixes and suffixes are its bytes' (`asciiReadableName`); the words are ASCII too.
        if longestFirstAreASCII && label.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return asciiReadableName(Array(label.utf8)[...])
        }
        if label.count > 3, label.hasPrefix("the") {
            return "The " + readableName(String(label.dropFirst(3)))
        }
        // The longest publication word that ends the label, or else begins it, with a word of its own left over.
        for word in longestFirst where label.count > word.count + 1 {
            if label.hasSuffix(word) {
                return readableName(String(label.dropLast(word.count))) + " " + capitalised(word)
            }
        }
        for word in longestFirst where label.count >= word.count + 5 {
            if label.hasPrefix(word) {
                return capitalised(word) + " " + readableName(String(label.dropFirst(word.count)))
            }
        }
        return looksLikeAcronym(label) ? label.uppercased() : capitalised(label)
    }

    /// `readableName` of an ASCII label, on its bytes: the same tests and pieces, where counting the label's
    /// Characters and comparing its ends with each of the 64 publication words by Character cost about 100,000
    /// instructions a host.
    static func asciiReadableName(_ label: ArraySlice<UInt8>) -> String {
        let n = label.count
        if n > 3, label.starts(with: the) {
            return "The " + asciiReadableName(label.dropFirst(3))
        }
        for word in longestFirstBytes where n > word.count + 1 {
            if label.suffix(word.count).elementsEqual(word) {
                return asciiReadableName(label.dropLast(word.count)) + " "
                    + capitalised(String(decoding: word, as: UTF8.self))
            }
        }
        for word in longestFirstBytes where n >= word.count + 5 {
            if label.starts(with: word) {
                return capitalised(String(decoding: word, as: UTF8.self)) + " "
                    + asciiReadableName(label.dropFirst(word.count))
            }
        }
        let text = String(decoding: label, as: UTF8.self)
        return looksLikeAcronym(text) ? text.uppercased() : capitalised(text)
    }

    private static let the = Array("the".utf8)
    static let longestFirstBytes = longestFirst.map { Array($0.utf8) }
    static let longestFirstAreASCII = longestFirst.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }

    /// Two letters, or letters without a vowel ("la", "nbc", "wsj", "ny"): initials, not a word.
    static func looksLikeAcronym(_ word: String) -> Bool {
        guard word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return false }
        return word.count <= 2 || !word.contains { "aeiou".contains($0) }
    }

    static func capitalised(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    static let longestFirst = ParsingLexicon.domainPublicationWords.sorted { $0.count > $1.count }
}
