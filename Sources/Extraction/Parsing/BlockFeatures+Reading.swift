/// A block's features and its language tally from one walk over its scalars, taken before the page's language, and
/// so the stoplist its stopwords are counted on, is known: the parser walked each block twice, once for the tally
/// (`LanguageIdentifier.tally`, whose words are runs of letters) and once for the features (whose words take digits,
/// "_" and apostrophes too). A tally word lies inside a feature word, so a feature word of ASCII letters alone is
/// one tally word with the same packed key, looked up once for both; the tally's words inside any other feature
/// word are read off its scalars as the tally reads them. Each feature word the packed tables answer for is counted
/// on every list at once (a lane a list), and the others are kept to be asked of the chosen stoplist's Strings.
struct BlockReading {
    /// Every feature but `stopwords`, which `features(of:stoplist:packed:choice:)` fills in.
    var features = BlockFeatures()
    /// `LanguageIdentifier.tally` of the block's scalars.
    var tally = LanguageTally()
    /// The feature words with a letter that the packed stoplists answer for (ASCII, up to 8 scalars), counted on
    /// each list: lane k counts those on `ParsingLexicon.stopwords[k]`.
    var listed = SIMD16<UInt32>()
    /// Those of them on any list (`ParsingLexicon.allStopwords`).
    var listedAnywhere = 0
    /// The other feature words with a letter, of up to 12 scalars: those outside ASCII, and, when some packed table
    /// misses an ASCII stopword (`LanguageIdentifier.packedTablesHoldEveryASCIIWord`), longer ASCII ones.
    var unpacked: [Range<Int>] = []

    init(scalars: [Unicode.Scalar]) {
        let n = scalars.count
        var f = BlockFeatures()
        f.scalarCount = n
        f.plainPrefix = n
        var t = LanguageTally()
        // Read once: each read of a static table checks that it is built.
        let languages = LanguageIdentifier.packedLanguagesOfStopword
        let asciiWordsPacked = LanguageIdentifier.packedTablesHoldEveryASCIIWord
        let asciiWords = Self.asciiWords
        let continuesWord = Self.continuesWord
        let isLetter = Self.isLetter
        var i = 0
        var lastNonSpace: Unicode.Scalar? = nil
        var beforeLast: Unicode.Scalar? = nil
        var upperOutsideASCII = false
        while i < n {
            let s = scalars[i]
            if ScalarClass.isIdeographic(s) {
                if f.plainPrefix > i { f.plainPrefix = i }
                f.hasPlainKey = false
                f.ideographs += 1
                f.letters += 1
                t.countScript(s)
                i += 1
                beforeLast = lastNonSpace
                lastNonSpace = s
                continue
            }
            if ScalarClass.isWordScalar(s) {
                let start = i
                var hasLetter = false
                var onlyASCII = true
                // Of the ASCII scalars' table entries: every one's bits (AND) and any one's (OR).
                var every: UInt16 = 0xFFFF
                var any: UInt16 = 0
                // The word lowered and packed a byte at a time (`BlockFeatures.packedStopwords`): a shift of 64 bits
                // or more gives 0, so the scalars after the eighth add nothing, and the key is read only when the
                // word is ASCII and at most 8 scalars long.
                var key: UInt64 = 0
                while i < n {
                    let c = scalars[i]
                    let v = c.value
                    if v < 0x80 {
                        let entry = asciiWords[Int(v)]
                        guard entry & continuesWord != 0 else { break }
                        every &= entry
                        any |= entry
                        key |= UInt64(entry & 0xFF) << UInt64(truncatingIfNeeded: 8 &* (i &- start))
                    } else {
                        guard ScalarClass.isWordScalar(c) || c == "’", !ScalarClass.isIdeographic(c) else { break }
                        onlyASCII = false
                        if f.plainPrefix > i { f.plainPrefix = i }
                        if v == 0x212A { f.hasKelvinSign = true }
                        if !BlockFeatures.isPlainPunctuation(v) { f.hasPlainKey = false }
                        if ScalarClass.isLetter(c) { hasLetter = true }
                        if ScalarClass.isUppercase(c) { upperOutsideASCII = true }
                    }
                    i += 1
                }
                if any & isLetter != 0 { hasLetter = true }
                let onlyASCIILetters = onlyASCII && every & isLetter != 0
                f.words += 1
                let length = i - start
                let packable = onlyASCII && length <= 8
                // The stoplists a packed word is on, a bit a list (0: none, or not looked up).
                var lists: UInt64 = 0
                if onlyASCIILetters {
                    // One tally word, read as the tally reads it: its first letter is Latin, and a word of up to
                    // 8 letters is looked up by the same key.
                    t.latin += 1
                    t.words += 1
                    if length <= 8 {
                        lists = languages.value(key)
                        t.count(lists)
                    }
                } else {
                    Self.tallyLetterRuns(scalars, start..<i, into: &t, languages: languages)
                }
                if hasLetter {
                    f.letters += length
                    if ScalarClass.isUppercase(scalars[start]) { f.capitalised += 1 }
                    if packable {
                        // A word of ASCII letters alone was looked up above; one with a digit, "_" or "'" is
                        // no tally word, and is looked up here.
                        if !onlyASCIILetters { lists = languages.value(key) }
                        if lists != 0 {
                            LanguageTally.add(lists, to: &listed)
                            listedAnywhere += 1
                        }
                    } else if length <= 12,
                        !(asciiWordsPacked && scalars[start..<i].allSatisfy { $0.value < 0x80 })
                    {
                        unpacked.append(start..<i)
                    }
                }
                beforeLast = lastNonSpace
                lastNonSpace = scalars[i - 1]
                continue
            }
            if s.value >= 0x80 || s == ";" || s == "`" {
                if f.plainPrefix > i { f.plainPrefix = i }
                if s.value == 0x212A { f.hasKelvinSign = true }
                if !BlockFeatures.isPlainPunctuation(s.value) { f.hasPlainKey = false }
                if s.value >= 0x80 {
                    if ScalarClass.isUppercase(s) { upperOutsideASCII = true }
                    // No letter (letters are word scalars): counted by script alone, as the tally does. An ASCII
                    // scalar here is in no script the tally counts.
                    t.countScript(s)
                }
            }
            if ScalarClass.isSentenceEnd(s) {
                let next = i + 1 < n ? scalars[i + 1] : " "
                if ScalarClass.isSpace(next) || ScalarClass.isClosingQuote(next) || s.value >= 0x3000 {
                    f.sentenceEnds += 1
                }
            }
            switch s {
            case "|", "»", "›": f.separators += 1
            case ">" where i + 1 < n && scalars[i + 1] == ">": f.separators += 1
            case "[": f.brackets += 1
            default: break
            }
            if !ScalarClass.isSpace(s) {
                beforeLast = lastNonSpace
                lastNonSpace = s
            }
            i += 1
        }
        // The tally stops after `LanguageIdentifier.wordLimit` words. A block reaches it with scalars left to read
        // only with a letter and a scalar after it for each of those words: a shorter block is read whole, and a
        // longer one (rare) is tallied on its own.
        if n >= 2 * LanguageIdentifier.wordLimit { t = LanguageIdentifier.tally(scalars) }
        f.finish(scalars, lastNonSpace: lastNonSpace, beforeLast: beforeLast, upperOutsideASCII: upperOutsideASCII)
        features = f
        tally = t
    }

    /// For each ASCII scalar: the scalar lowered (the low byte), and whether it continues a word (letters, digits,
    /// "_" and "'": `continuesWord`) and is a letter (`isLetter`), as `BlockFeatures.wordOrApostropheBits` and
    /// `letterBits` say. One load a scalar, where the bit tests chose between two words and shifted.
    static let asciiWords: [UInt16] = (0..<0x80).map { (v: UInt32) in
        let lowered = v >= 0x41 && v <= 0x5A ? v + 32 : v
        return UInt16(lowered)
            | (BlockFeatures.asciiBit(v, BlockFeatures.wordOrApostropheBits) ? continuesWord : 0)
            | (BlockFeatures.asciiBit(v, BlockFeatures.letterBits) ? isLetter : 0)
    }
    static let continuesWord: UInt16 = 0x100
    static let isLetter: UInt16 = 0x200

    /// The tally's words inside one feature word that is not ASCII letters alone ("it's", "don’t", "Zürich",
    /// "G7"), read as `LanguageIdentifier.tally` reads them: each scalar the scan meets is counted by script, and
    /// each run of letters is a word, looked up when it has up to 8. A feature word holds no ideograph, and the
    /// scalars either side of it are no letters, so its runs are the tally's.
    static func tallyLetterRuns(
        _ scalars: [Unicode.Scalar], _ range: Range<Int>, into t: inout LanguageTally, languages: PackedWordTable
    ) {
        var j = range.lowerBound
        let end = range.upperBound
        while j < end {
            let s = scalars[j]
            t.countScript(s)
            guard ScalarClass.isLetter(s) else {
                j += 1
                continue
            }
            let start = j
            var key: UInt64 = 0
            var ascii = true
            while j < end, ScalarClass.isLetter(scalars[j]) {
                let v = scalars[j].value
                if v >= 0x80 {
                    ascii = false
                } else if j - start < 8 {
                    key |= UInt64(v >= 0x41 && v <= 0x5A ? v + 32 : v) << UInt64(8 * (j - start))
                }
                j += 1
            }
            t.words += 1
            guard j - start <= 8 else { continue }
            if ascii {
                t.count(languages.value(key))
            } else if let lists = LanguageIdentifier.languagesOfStopword[ScalarClass.lowercased(scalars[start..<j])] {
                t.count(lists)
            }
        }
    }

    /// The block's features with its stopwords counted on the stoplist `LanguageIdentifier.stoplist(for:)` gives
    /// (`stoplist`, `packed`) and `choice` names: what `BlockFeatures(scalars:stopwords:packed:)` counts. A packed
    /// word is on that list exactly when the lexicon's packed table gives it the list's bit (both pack the same
    /// words the same way; the union's table is every list's words).
    func features(
        of scalars: [Unicode.Scalar], stoplist: Set<String>, packed: PackedWordTable,
        choice: LanguageIdentifier.StoplistChoice
    ) -> BlockFeatures {
        var f = features
        switch choice {
        case .entry(let index): f.stopwords = Int(listed[index])
        case .all: f.stopwords = listedAnywhere
        case .none: f.stopwords = 0
        }
        for word in unpacked {
            if packed.holdsEveryASCIIWord && scalars[word].allSatisfy({ $0.value < 0x80 }) { continue }
            if stoplist.contains(ScalarClass.lowercased(scalars[word])) { f.stopwords += 1 }
        }
        return f
    }
}

extension BlockFeatures {
    /// No scalars read yet: every count 0 (`BlockReading` fills them in).
    init() {}
}
