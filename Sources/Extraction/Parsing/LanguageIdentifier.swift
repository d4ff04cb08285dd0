/// Guesses a text's language from its script and the share of each language's stopwords.
struct LanguageIdentifier {
    /// Fewer words than this and the answer is "und".
    static let minimumWords = 12

    /// An ISO 639-1 code, or "und" when the text is too short or unclear.
    static func identify(_ text: String) -> String { tally(ScalarClass.scalars(of: text)).language }

    /// `identify` of the texts of `tallies` joined by spaces or newlines, from each text's own tally; nil when the
    /// texts hold `wordLimit` words or more together, where the joined text's scan stops early and only `identify`
    /// of it answers. Below that the scan reads every scalar, and what it counts adds up text by text: a space or a
    /// newline is no letter and in no script's range, so it adds nothing and ends the word before it, and each text's
    /// words are the joined text's.
    static func identify(joined tallies: some Sequence<LanguageTally>) -> String? {
        var total = LanguageTally()
        for tally in tallies { total.add(tally) }
        return total.words < wordLimit ? total.language : nil
    }

    /// The scan stops after this many words: enough to tell the language.
    static let wordLimit = 5000

    /// The script and stopword counts of `scalars`, up to `wordLimit` words.
    static func tally(_ scalars: [Unicode.Scalar]) -> LanguageTally {
        var t = LanguageTally()
        // Read once: each read of a static table checks that it is built, once a word in the loop below.
        let packedTable = packedLanguagesOfStopword
        var i = 0
        while i < scalars.count && t.words < wordLimit {
            let s = scalars[i]
            t.countScript(s)
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
                t.words += 1
                guard i - start <= 8 else { continue }
                if ascii {
                    t.count(packedTable.value(key))
                } else if let languages = languagesOfStopword[ScalarClass.lowercased(scalars[start..<i])] {
                    t.count(languages)
                }
                continue
            }
            i += 1
        }
        return t
    }

    /// Each stopword the packed table cannot answer for with the languages it belongs to, one bit per
    /// `ParsingLexicon.stopwords` entry: one look-up a word instead of one per language. Only a word with a scalar
    /// outside ASCII is looked up here, and its lowered String can equal a stopword only if the stopword is outside
    /// ASCII too or holds "k" (the Kelvin sign lowers to "k", and no other scalar outside ASCII lowers into ASCII
    /// alone or is equivalent to a letter); the other stopwords, most of the lists, are left out of the table.
    static let languagesOfStopword: [String: UInt64] = {
        // One lane of `LanguageTally.stopwordLanes` an entry.
        precondition(ParsingLexicon.stopwords.count <= 16)
        var table: [String: UInt64] = [:]
        for (index, entry) in ParsingLexicon.stopwords.enumerated() {
            for word in entry.words where !word.utf8.allSatisfy({ $0 < 0x80 }) || word.utf8.contains(0x6B) {
                table[word, default: 0] |= 1 << UInt64(index)
            }
        }
        return table
    }()

    /// The languages of each ASCII stopword of up to 8 bytes, keyed by its packed bytes: a word is looked up by
    /// hashing one integer; exact for the reason given at `BlockFeatures.packedStopwords`.
    static let packedLanguagesOfStopword: PackedWordTable = {
        var table: [UInt64: UInt64] = [:]
        for (index, entry) in ParsingLexicon.stopwords.enumerated() {
            for word in entry.words where word.utf8.count <= 8 && word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0 }) {
                table[word.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }, default: 0] |= 1 << UInt64(index)
            }
        }
        return PackedWordTable(table)
    }()

    /// The stopwords to weigh body blocks with: the language's own, else every list; also packed for
    /// `BlockFeatures` (`BlockFeatures.packedStopwords`).
    static func stoplist(for language: String) -> (words: Set<String>, packed: PackedWordTable, known: Bool) {
        switch stoplistChoice(for: language) {
        case .entry(let index): return (ParsingLexicon.stopwords[index].words, packedStoplists[index], true)
        case .none: return ([], PackedWordTable([:]), false)
        case .all: return (ParsingLexicon.allStopwords, packedAllStopwords, true)
        }
    }

    /// Which stoplist `stoplist(for:)` gives.
    enum StoplistChoice: Equatable {
        /// `ParsingLexicon.stopwords[index]`, the language's own.
        case entry(Int)
        /// No stoplist: a script written without spaces, or Arabic.
        case none
        /// Every list together (`ParsingLexicon.allStopwords`): the language is not told or has no list.
        case all
    }

    static func stoplistChoice(for language: String) -> StoplistChoice {
        if let index = ParsingLexicon.stopwords.firstIndex(where: { $0.language == language }) {
            return .entry(index)
        }
        switch language {
        case "ja", "zh", "ko", "ar": return .none
        default: return .all
        }
    }

    /// Every stoplist's packed table holds each of its ASCII words (`PackedWordTable.holdsEveryASCIIWord`): then
    /// no ASCII word the packed tables cannot hold is a stopword, whichever list is chosen.
    static let packedTablesHoldEveryASCIIWord =
        packedStoplists.allSatisfy(\.holdsEveryASCIIWord) && packedAllStopwords.holdsEveryASCIIWord

    /// Packed once: each page would otherwise pack its stoplist again.
    private static let packedStoplists = ParsingLexicon.stopwords.map { BlockFeatures.packedStopwords($0.words) }
    private static let packedAllStopwords = BlockFeatures.packedStopwords(ParsingLexicon.allStopwords)
}

/// What `LanguageIdentifier` counts in a text: letters by script, words, and the words on each language's stoplist.
/// Counted once per block, the page's sample and its body are told from the tallies of their blocks.
struct LanguageTally {
    var kana = 0
    var hangul = 0
    var han = 0
    var cyrillic = 0
    var arabic = 0
    var latin = 0
    var words = 0
    /// Stopwords per `ParsingLexicon.stopwords` entry, lane k for entry k: held in the tally itself, where an
    /// array was allocated for each block that met a stopword.
    var stopwordLanes = SIMD16<UInt32>()

    /// Stopwords per `ParsingLexicon.stopwords` entry; empty until a stopword is met (most lines meet none).
    var stopwords: [Int] {
        stopwordLanes == SIMD16() ? [] : ParsingLexicon.stopwords.indices.map { Int(stopwordLanes[$0]) }
    }

    /// Lane k of the result is bit k of `languages` (a bit per `ParsingLexicon.stopwords` entry, at most 16).
    @inline(__always)
    static func lanes(_ languages: UInt64) -> SIMD16<UInt32> {
        // The shifts written in place, not a static constant: each read of one asks `swift_once`.
        let shifts = SIMD16<UInt32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
        return (SIMD16(repeating: UInt32(truncatingIfNeeded: languages)) &>> shifts) & SIMD16(repeating: 1)
    }

    /// `lanes &+= Self.lanes(languages)`, a set bit at a time. The shifts of `lanes` by a vector of counts have
    /// no SSE instruction, so the compiler shifted sixteen scalars and inserted them into the lanes (about 60
    /// instructions a word on a list); a stopword is on one to four lists, and each set bit here is a few.
    @inline(__always)
    static func add(_ languages: UInt64, to lanes: inout SIMD16<UInt32>) {
        var bits = UInt32(truncatingIfNeeded: languages) & 0xFFFF
        while bits != 0 {
            lanes[bits.trailingZeroBitCount] &+= 1
            bits &= bits &- 1
        }
    }

    /// One stopword, for each language of `languages` (a bit per `ParsingLexicon.stopwords` entry).
    @inline(__always)
    mutating func count(_ languages: UInt64) {
        guard languages != 0 else { return }
        Self.add(languages, to: &stopwordLanes)
    }

    /// The script counts of one scalar the scan reads on its own (not inside a word, after its first letter).
    @inline(__always)
    mutating func countScript(_ s: Unicode.Scalar) {
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
    }

    mutating func add(_ other: LanguageTally) {
        kana += other.kana
        hangul += other.hangul
        han += other.han
        cyrillic += other.cyrillic
        arabic += other.arabic
        latin += other.latin
        words += other.words
        stopwordLanes &+= other.stopwordLanes
    }

    /// An ISO 639-1 code, or "und" when the text is too short or unclear.
    var language: String {
        let cjk = kana + hangul + han
        if cjk > latin / 2 && cjk >= 20 {
            if kana > cjk / 10 { return "ja" }
            if hangul > cjk / 3 { return "ko" }
            return "zh"
        }
        if arabic > latin && arabic >= 20 { return "ar" }
        guard words >= LanguageIdentifier.minimumWords else { return "und" }
        // No stopword met: every count is 0, and the first language is the best, as the scan's zeroed counts give.
        var best = 0
        for index in ParsingLexicon.stopwords.indices where stopwordLanes[index] > stopwordLanes[best] { best = index }
        if cyrillic > latin && ParsingLexicon.stopwords[best].language != "ru" { return "ru" }
        let share = Double(stopwordLanes[best]) / Double(words)
        return share >= 0.12 ? ParsingLexicon.stopwords[best].language : "und"
    }
}

/// The page's blocks' language tallies, each taken the first time a sample of blocks asks for it.
struct BlockTallies {
    /// Each block's scalars, as `ScalarClass.scalars(of:)` decodes its text.
    private let scalars: [[Unicode.Scalar]]
    private var tallies: [LanguageTally?]

    init(scalars: [[Unicode.Scalar]]) {
        self.scalars = scalars
        tallies = [LanguageTally?](repeating: nil, count: scalars.count)
    }

    /// `LanguageIdentifier.identify` of the texts of `indices` joined by spaces or newlines, or nil where only
    /// reading the joined text answers (see `LanguageIdentifier.identify(joined:)`).
    mutating func language(of indices: [Int]) -> String? {
        var picked: [LanguageTally] = []
        picked.reserveCapacity(indices.count)
        for index in indices {
            if tallies[index] == nil {
                tallies[index] = LanguageIdentifier.tally(scalars[index])
            }
            picked.append(tallies[index]!)
        }
        return LanguageIdentifier.identify(joined: picked)
    }
}
