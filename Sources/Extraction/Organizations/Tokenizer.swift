/// Splits text into `Token`s carrying Unicode-scalar offsets into the whole text.
///
/// Pure and allocation-light: it walks the scalars once. Words keep inner hyphens ("Post-Gazette"),
/// inner apostrophes ("O'Neill"), "&" between capitals ("AT&T") and initialism dots ("U.S."); a possessive
/// "'s" becomes its own token; a few abbreviations keep their dot ("Inc.", "Corp.", "Mr.").
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokens of `text`, only inside `regions` when given (scalar ranges; each region starts a new line).
    public func tokens(in text: String, regions: [Range<Int>]? = nil) -> [Token] {
        tokens(in: Array(text.unicodeScalars), regions: regions)
    }

    /// Tokens of a scalar array, only inside `regions` when given.
    public func tokens(in scalars: [Unicode.Scalar], regions: [Range<Int>]? = nil) -> [Token] {
        var out: [Token] = []
        // Room for one token per four scalars: news prose has about one per six, but a text of short words and
        // spaced punctuation (a wire story, a results table) one per five, and at one per five most texts grew the
        // array once, copying every token.
        out.reserveCapacity(scalars.count / 4 + 16)
        // the word scans read through a buffer pointer: the array's bounds check at every scalar cost more than the
        // tests it guarded (the scans compare their indices with the region's end themselves)
        // a repeated spelling copies its first token's fields (`RepeatedSpellings`)
        let ranges = Self.normalized(regions, count: scalars.count)
        let capacity = RepeatedSpellings.capacity(forScalars: ranges.reduce(0) { $0 + $1.count })
        // The word lists read once per text, not once per region: a page's story is a region per paragraph, and
        // each read of `CueLists.shared` retained and released its two dozen references.
        let cues = Token.CueLists.shared
        let stringsInPlace = PackedASCII.stringsInPlace
        withUnsafeTemporaryAllocation(of: RepeatedSpellings.Entry.self, capacity: capacity) { entries in
            var spellings = RepeatedSpellings(entries)
            scalars.withUnsafeBufferPointer { buffer in
                for (index, range) in ranges.enumerated() {
                    scan(
                        scalars, buffer, range, region: index, spellings: &spellings, cues: cues,
                        stringsInPlace: stringsInPlace, into: &out)
                }
            }
        }
        markSentencesAndHeadlines(&out, scalars)
        return out
    }

    /// Regions clamped to the text, in order, overlaps merged, empty ones dropped (nil → the whole text).
    static func normalized(_ regions: [Range<Int>]?, count: Int) -> [Range<Int>] {
        guard let regions else { return [0..<count] }
        let clamped = regions.map { r -> Range<Int> in
            let lower = max(0, min(r.lowerBound, count))
            return lower..<max(lower, min(r.upperBound, count))
        }
        var out: [Range<Int>] = []
        for r in clamped.sorted(by: { $0.lowerBound < $1.lowerBound }) where !r.isEmpty {
            if let last = out.last, r.lowerBound < last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    private func scan(
        _ scalars: [Unicode.Scalar], _ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, region: Int,
        spellings: inout RepeatedSpellings, cues: Token.CueLists, stringsInPlace: Bool, into out: inout [Token]
    ) {
        var i = range.lowerBound
        let end = range.upperBound
        var newlines = out.isEmpty ? 0 : 2
        var space = true
        while i < end {
            let c = s[i]
            if Self.isSpace(c) {
                if c == "\n" || c == "\u{2029}" || c == "\u{2028}" { newlines += 1 }
                space = true
                i += 1
                continue
            }
            var j = i + 1
            var kind = Token.Kind.punctuation
            var possessiveAfter = 0
            if Self.isAlnum(c) {
                kind = Self.isDigit(c) ? .number : .word
                j = wordEnd(s, from: i, end: end, numeric: kind == .number)
                // Most words are followed by no apostrophe: that test inline spares them the call.
                if j < end && Self.isApostrophe(s[j]) {
                    possessiveAfter = possessiveLength(s, wordStart: i, at: j, end: end)
                }
            }
            spellings.append(
                scalars, s, start: i, end: j, kind: kind, spaceBefore: space, newlinesBefore: newlines,
                region: region, cues: cues, stringsInPlace: stringsInPlace, to: &out)
            if possessiveAfter > 0 {
                let k = j + possessiveAfter
                spellings.append(
                    scalars, s, start: j, end: k, kind: .possessive, spaceBefore: false, newlinesBefore: 0,
                    region: region, cues: cues, stringsInPlace: stringsInPlace, to: &out)
                j = k
            }
            i = j
            newlines = 0
            space = false
        }
    }

    /// End of the word or number starting at `start`.
    private func wordEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int, numeric: Bool) -> Int {
        var j = start
        var segment = 0  // letters since the last initialism dot
        var hasDot = false
        while true {
            // Wrapping counts: neither can pass `end`, and the overflow checks were a third of this loop.
            while j < end && Self.isAlnum(s[j]) {
                j &+= 1
                segment &+= 1
            }
            guard j + 1 < end else { break }
            let c = s[j]
            let n = s[j + 1]
            if Self.isHyphen(c) && Self.isAlnum(n) {
                j += 1
                segment = 0
                continue
            }
            if numeric && (c == "." || c == ",") && Self.isDigit(n) && Self.isDigit(s[j - 1]) {
                j += 1
                continue
            }
            if c == "&" && Character.isUpperScalar(s[j - 1]) && Character.isUpperScalar(n) {
                j += 1
                segment = 0
                continue
            }
            if Self.isApostrophe(c) && Self.isLetter(n) {
                let possessive = (n == "s" || n == "S") && (j + 2 >= end || !Self.isAlnum(s[j + 2]))
                if possessive { break }
                j += 1
                continue
            }
            if c == "." && segment == 1 && Self.isLetter(n) && j + 2 < end && s[j + 2] == "."
                && Self.isLetter(s[j - 1])
            {
                j += 1
                segment = 0
                hasDot = true
                continue
            }
            break
        }
        if j < end && s[j] == "." {
            if hasDot && segment == 1 {
                return j + 1
            }
            if !numeric && Self.keepsDot(s, start, j) { return j + 1 }
        }
        return j
    }

    /// Length of a possessive ending right after a word ("'s", "’s", or "'" after a word ending in s).
    private func possessiveLength(_ s: UnsafeBufferPointer<Unicode.Scalar>, wordStart: Int, at j: Int, end: Int) -> Int
    {
        guard j < end, Self.isApostrophe(s[j]) else { return 0 }
        if j + 1 < end, s[j + 1] == "s" || s[j + 1] == "S", j + 2 >= end || !Self.isAlnum(s[j + 2]) { return 2 }
        let last = s[j - 1]
        if (last == "s" || last == "S") && j - wordStart > 2 && (j + 1 >= end || Self.isSpace(s[j + 1])) {
            return 1
        }
        return 0
    }

    private static let dotted: WordSet = [
        "inc", "corp", "co", "ltd", "jr", "sr", "st", "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt",
        "col", "capt", "sgt", "bros", "dept", "mt", "ft", "vs", "prof", "rev", "assn", "univ", "cos", "messrs",
        "adm", "cmdr", "supt", "det", "insp", "pres", "atty", "hon", "maj", "cpl", "pvt",
    ]

    private static func keepsDot(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 6 else { return false }
        // Every abbreviation is ASCII: an ASCII word is packed, lowercased and asked by its packed words, as the
        // tokens are (`WordSet.contains(packed:asciiHash:)`), without building its string; the rest as before.
        if let word = PackedASCII(s, start: start, end: end) {
            let lower = word.lowercased()
            return dotted.contains(packed: lower, asciiHash: lower.asciiHash)
        }
        var word = ""
        for k in start..<end { word.unicodeScalars.append(s[k]) }
        return dotted.contains(word.lowercased())
    }

    /// The string of `s[range]` (`ScalarClass.string`, stored inline when short).
    static func string(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String { ScalarClass.string(s[range]) }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    // The ASCII answers inline and the Unicode ones out of line: asked of every scalar, a call that sets up the
    // Unicode property look-up on each one cost more than the test itself.
    @inline(__always) static func isAlnum(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        // Letters first: most scalars asked are letters.
        if v < 128 { return (v | 0x20 >= 97 && v | 0x20 <= 122) || (v >= 48 && v <= 57) }
        return isAlnumBeyondASCII(c)
    }
    @inline(never) private static func isAlnumBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        // Curly quotes and apostrophes, dashes and bullets, the marks beyond ASCII that news writes most, are asked
        // at every word they touch: their block holds no letter and no digit (`isGeneralPunctuation`), and the
        // property look-ups cost about 700 instructions a mark.
        if isGeneralPunctuation(c) { return false }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool { isAlnum(c) && !isDigit(c) }
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value == 32 || (c.value >= 9 && c.value <= 13) }
        return isSpaceBeyondASCII(c)
    }
    @inline(never) private static func isSpaceBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        // In General Punctuation the white space is the typographic spaces, the line and paragraph separators and
        // two narrow spaces (`isGeneralPunctuation`); every other mark there is asked at each token it opens.
        if isGeneralPunctuation(c) {
            let v = c.value
            return v <= 0x200A || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F
        }
        return c.properties.isWhitespace
    }

    /// U+2000–U+206F, General Punctuation: spaces, dashes, quotation marks, bullets, primes and invisible operators.
    /// The block holds no letter (nothing Alphabetic, Uppercase or Lowercase) and no numeric character, so the
    /// tokenizer's and `Token`'s tests beyond ASCII answer for it without Unicode's tables (a test holds each answer
    /// to the tables over the whole block).
    @inline(__always) static func isGeneralPunctuation(_ c: Unicode.Scalar) -> Bool { c.value &- 0x2000 < 0x70 }
    static func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2010}" || c == "\u{2011}" }
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }
}
