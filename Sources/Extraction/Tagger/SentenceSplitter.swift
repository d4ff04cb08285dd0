/// Groups tokens into sentences.
///
/// A blank line always ends a sentence. A single line break ends one after sentence-final punctuation or a short
/// line (headline, byline, dateline), but not inside a hard-wrapped paragraph, so a name wrapped over two lines stays
/// in one sentence. Within a line, ".", "!", "?" (and runs of them, with closing quotes or brackets after) end a
/// sentence when a capital, digit or opening quote follows. An abbreviation's own dot ("Dr.", "U.S.") ends a
/// sentence only for company and state abbreviations followed by a capital.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Sentence boundaries as token index ranges covering all tokens, in order.
    public func sentences(_ tokens: [NewsToken], in text: ScalarText) -> [Range<Int>] {
        let s = text.scalars
        var out: [Range<Int>] = []
        var start = 0
        var lineStart = 0  // scalar offset where the current line begins
        var i = 0
        while i < tokens.count {
            if i > start {
                let token = tokens[i]
                var brk = false
                if token.newlinesBefore >= 2 {
                    brk = true
                } else if token.newlinesBefore == 1 {
                    let previous = tokens[i - 1]
                    let lineLength = previous.end - lineStart
                    brk =
                        endsSentence(tokens, i - 1, s) || lineLength < 50
                        || !startsLower(token, s)
                            && lineLength < 60
                } else if startsSentence(tokens, i, s) && endsSentence(tokens, i - 1, s) {
                    // the one-scalar test first: most tokens within a line start with neither a capital, a digit
                    // nor an opening quote, and both tests only read, so the order changes no break
                    brk = true
                }
                if brk {
                    out.append(start..<i)
                    start = i
                }
            }
            if tokens[i].newlinesBefore > 0 { lineStart = tokens[i].start }
            i += 1
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out
    }

    /// Whether token `k` (possibly followed only by closers) can end a sentence.
    private func endsSentence(_ tokens: [NewsToken], _ k: Int, _ s: [Unicode.Scalar]) -> Bool {
        var j = k
        // skip closing quotes and brackets
        while j >= 0 && tokens[j].length == 1 && isCloser(s[tokens[j].start]) { j -= 1 }
        guard j >= 0 else { return false }
        let t = tokens[j]
        let last = s[t.end - 1]
        if last == "!" || last == "?" || last == "\u{2026}" { return t.length <= 3 || !isLetter(s[t.start]) }
        guard last == "." else { return false }
        if t.length == 1 || !isLetter(s[t.start]) { return true }  // "." or "..."
        // a word with its own dot: abbreviation or acronym
        var word = ""
        for k in t.start..<(t.end - 1) {
            let c = s[k]
            if c == "." { return false }  // dotted acronym: "U.S." rarely ends a sentence before a capital
            word.unicodeScalars.append(lowerASCII(c))
        }
        if t.length == 2 { return false }  // "J."
        return !Abbreviations.titles.contains(word)
    }

    private func startsSentence(_ tokens: [NewsToken], _ k: Int, _ s: [Unicode.Scalar]) -> Bool {
        let c = s[tokens[k].start]
        return isUpper(c) || isDigit(c) || isOpener(c)
    }

    private func startsLower(_ token: NewsToken, _ s: [Unicode.Scalar]) -> Bool { isLower(s[token.start]) }

    private func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == ")" || c == "]" || c == "\u{201D}" || c == "\u{2019}" || c == "\u{00BB}"
    }

    private func isOpener(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "(" || c == "[" || c == "\u{201C}" || c == "\u{2018}" || c == "\u{00AB}"
    }
}
