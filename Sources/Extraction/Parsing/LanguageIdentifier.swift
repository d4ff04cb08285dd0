/// Guesses a text's language from its script and the share of each language's stopwords.
struct LanguageIdentifier {
    /// Fewer words than this and the answer is "und".
    static let minimumWords = 12

    /// An ISO 639-1 code, or "und" when the text is too short or unclear.
    static func identify(_ text: String) -> String {
        var kana = 0
        var hangul = 0
        var han = 0
        var cyrillic = 0
        var arabic = 0
        var latin = 0
        var counts = [Int](repeating: 0, count: ParsingLexicon.stopwords.count)
        var words = 0
        let scalars = ScalarClass.scalars(of: text)
        // Read once: each read of a static table checks that it is built, once a word in the loop below.
        let packedTable = packedLanguagesOfStopword
        var i = 0
        while i < scalars.count && words < 5000 {
            let s = scalars[i]
            // ASCII first: one comparison instead of the script ranges below.
            if s.value < 0x80 {
                if ScalarClass.isASCIILetter(s) { latin += 1 }
            } else {
                switch s.value {
                case 0x3040...0x30FF: kana += 1
                case 0xAC00...0xD7AF: hangul += 1
                case 0x4E00...0x9FFF: han += 1
                case 0x0400...0x04FF: cyrillic += 1
                case 0x0600...0x06FF: arabic += 1
                default: break
                }
            }
            if ScalarClass.isLetter(s) && !ScalarClass.isIdeographic(s) {
                let start = i
                // The word lowercased and packed as in `BlockFeatures.packedStopwords`, while it stays ASCII.
                var key: UInt64 = 0
                var ascii = true
                while i < scalars.count, ScalarClass.isLetter(scalars[i]), !ScalarClass.isIdeographic(scalars[i]) {
                    let v = scalars[i].value
                    if v >= 0x80 {
                        ascii = false
                    } else if i - start < 8 {
                        key |= UInt64(v >= 0x41 && v <= 0x5A ? v + 32 : v) << UInt64(8 * (i - start))
                    }
                    i += 1
                }
                words += 1
                guard i - start <= 8 else { continue }
                if ascii {
                    var languages = packedTable.value(key)
                    while languages != 0 {
                        counts[languages.trailingZeroBitCount] += 1
                        languages &= languages - 1
                    }
                } else if var languages = languagesOfStopword[ScalarClass.lowercased(scalars[start..<i])] {
                    while languages != 0 {
                        counts[languages.trailingZeroBitCount] += 1
                        languages &= languages - 1
                    }
                }
                continue
            }
            i += 1
        }
        let cjk = kana + hangul + han
        if cjk > latin / 2 && cjk >= 20 {
            if kana > cjk / 10 { return "ja" }
            if hangul > cjk / 3 { return "ko" }
            return "zh"
        }
        if arabic > latin && arabic >= 20 { return "ar" }
        guard words >= minimumWords else { return "und" }
        var best = 0
        for index in counts.indices where counts[index] > counts[best] { best = index }
        if cyrillic > latin && ParsingLexicon.stopwords[best].language != "ru" { return "ru" }
        let share = Double(counts[best]) / Double(words)
        return share >= 0.12 ? ParsingLexicon.stopwords[best].language : "und"
    }

    /// Each stopword with the languages it belongs to, one bit per `ParsingLexicon.stopwords` entry: one look-up a
    /// word instead of one per language.
    private static let languagesOfStopword: [String: UInt64] = {
        precondition(ParsingLexicon.stopwords.count <= 64)
        var table: [String: UInt64] = [:]
        for (index, entry) in ParsingLexicon.stopwords.enumerated() {
            for word in entry.words { table[word, default: 0] |= 1 << UInt64(index) }
        }
        return table
    }()

    /// `languagesOfStopword` for the ASCII stopwords of up to 8 bytes, keyed by their packed bytes: a word is
    /// looked up by hashing one integer; exact for the reason given at `BlockFeatures.packedStopwords`.
    private static let packedLanguagesOfStopword: PackedWordTable = {
        var table: [UInt64: UInt64] = [:]
        for (word, languages) in languagesOfStopword
        where word.utf8.count <= 8 && word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0 }) {
            table[word.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }] = languages
        }
        return PackedWordTable(table)
    }()

    /// The stopwords to weigh body blocks with: the language's own, else every list; also packed for
    /// `BlockFeatures` (`BlockFeatures.packedStopwords`).
    static func stoplist(for language: String) -> (words: Set<String>, packed: PackedWordTable, known: Bool) {
        if let index = ParsingLexicon.stopwords.firstIndex(where: { $0.language == language }) {
            return (ParsingLexicon.stopwords[index].words, packedStoplists[index], true)
        }
        switch language {
        case "ja", "zh", "ko", "ar": return ([], PackedWordTable([:]), false)
        default: return (ParsingLexicon.allStopwords, packedAllStopwords, true)
        }
    }

    /// Packed once: each page would otherwise pack its stoplist again.
    private static let packedStoplists = ParsingLexicon.stopwords.map { BlockFeatures.packedStopwords($0.words) }
    private static let packedAllStopwords = BlockFeatures.packedStopwords(ParsingLexicon.allStopwords)
}
