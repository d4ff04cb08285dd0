/// Splits news text into word and punctuation tokens, keeping Unicode-scalar offsets.
///
/// Words keep inner hyphens ("Coca-Cola"), inner dots ("U.S", "Amazon.com", "3.5"), ampersands between letters
/// ("AT&T"), digit groups ("250,000") and name apostrophes ("O'Neill"). Clitics split off: "MEBO Group's" gives
/// "Group" + "'s", "don't" gives "do" + "n't". A final dot stays on dotted acronyms ("U.S."), single letters ("J.")
/// and known abbreviations ("Inc.", "Dr.", "Jan."), except that at the end of a line the dot of an abbreviation is
/// the sentence's ("… said Acme Inc." + line break → "Inc" + "."). URLs, e-mail addresses, @handles and #tags are one token.
/// Line breaks are whitespace; each token records how many it follows, so a name wrapped over two lines stays
/// two adjacent tokens.
public struct NewsTokenizer: Sendable {
    public init() {}

    /// Tokens of `text`, in order.
    public func tokens(in text: String) -> [NewsToken] {
        tokens(in: ScalarText(text))
    }

    /// Tokens of already-decoded text, in order.
    public func tokens(in text: ScalarText) -> [NewsToken] {
        // through a buffer pointer: the array's bounds checks, at every scalar of the word scans, cost more than the
        // tests they guarded (the scans compare their indices with `n` themselves)
        text.scalars.withUnsafeBufferPointer { tokens(in: $0) }
    }

    /// Tokens inside `regions` only (scalar ranges of the analysed parts of a page: its title and body blocks), with
    /// offsets into the whole text; nil gives every token. Each region is tokenized on its own, so no token crosses
    /// into the menus, bylines and links between them, and a region's first token follows the line breaks of the gap
    /// before it (at least one: a region starts a line, as the rule finder's `Tokenizer` has it).
    public func tokens(in text: ScalarText, regions: [Range<Int>]?) -> [NewsToken] {
        guard let regions else { return tokens(in: text) }
        return text.scalars.withUnsafeBufferPointer { s in
            var out: [NewsToken] = []
            out.reserveCapacity(s.count / 5 + 4)
            var previousEnd = 0
            for region in Tokenizer.normalized(regions, count: s.count) {
                let first = out.count
                append(UnsafeBufferPointer(rebasing: s[region]), offset: region.lowerBound, into: &out)
                if first < out.count, first > 0 {
                    var gap = 0
                    for k in previousEnd..<region.lowerBound where Self.breaksLine(s, k) { gap += 1 }
                    out[first].newlinesBefore = max(1, out[first].newlinesBefore + gap)
                    out[first].spaceBefore = true
                }
                previousEnd = region.upperBound
            }
            return out
        }
    }

    private func tokens(in s: UnsafeBufferPointer<Unicode.Scalar>) -> [NewsToken] {
        var out: [NewsToken] = []
        out.reserveCapacity(s.count / 5 + 4)
        append(s, offset: 0, into: &out)
        return out
    }

    /// Whether the scalar at `i` ends a line ("\r" only when no "\n" follows it: "\r\n" is one break).
    @inline(__always) private static func breaksLine(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        let c = s[i]
        return c == "\n" || c == "\u{2029}" || c == "\u{2028}" || (c == "\r" && (i + 1 >= s.count || s[i + 1] != "\n"))
    }

    /// Appends the tokens of `s`, whose first scalar is at `offset` in the whole text.
    private func append(_ s: UnsafeBufferPointer<Unicode.Scalar>, offset: Int, into out: inout [NewsToken]) {
        let n = s.count
        let opening = out.count
        var i = 0
        var newlines = 0
        var space = false
        while i < n {
            let c = s[i]
            if isSpace(c) {
                if Self.breaksLine(s, i) { newlines += 1 }
                space = true
                i += 1
                continue
            }
            let end = tokenEnd(s, i)
            out.append(
                NewsToken(
                    start: offset + i, end: offset + end, newlinesBefore: newlines,
                    spaceBefore: space || out.count == opening))
            newlines = 0
            space = false
            i = end
        }
    }

    private func tokenEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Int {
        let n = s.count
        let c = s[i]
        if let end = urlEnd(s, i) { return end }
        if isAlnum(c) { return wordEnd(s, i) }
        if (c == "@" || c == "#" || c == "$") && i + 1 < n && isLetter(s[i + 1]) && (c != "$" || isUpper(s[i + 1])) {
            // @handle, #tag; "$" only before a capital ("$PLTR" style tickers) stays attached
            if c == "$" { return i + 1 }
            return wordEnd(s, i + 1)
        }
        if isApostrophe(c) {
            // "'s", "'re", "'ve", "'ll", "'d", "'m" after a split word
            var k = i + 1
            while k < n && isLetter(s[k]) { k += 1 }
            if k > i + 1 && (k >= n || !isAlnum(s[k])) && isClitic(s, i + 1, k) { return k }
            return i + 1
        }
        if c == "-" || c == "." || c == "*" || c == "=" || c == "_" || c == "!" || c == "?" || c == "~" {
            var k = i + 1
            while k < n && s[k] == c { k += 1 }
            return k
        }
        // any other symbol, with the modifiers that belong to it (emoji sequences, combining marks)
        var k = i + 1
        while k < n {
            let d = s[k]
            // No ASCII scalar joins, selects a variation, marks or modifies: most symbols are followed by one.
            if d.value < 0x80 { break }
            if d == "\u{200D}" && k + 1 < n {
                k += 2
            } else if BeyondASCII.modifiesSymbol(d) || (0x1F3FB...0x1F3FF).contains(d.value) {
                k += 1
            } else if (0x1F1E6...0x1F1FF).contains(c.value) && (0x1F1E6...0x1F1FF).contains(d.value) && k == i + 1 {
                k += 1
            } else {
                break
            }
        }
        return k
    }

    private func wordEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Int {
        let n = s.count
        // "n't" at the start of a token, after "do|n't"
        if i + 2 < n && (s[i] == "n" || s[i] == "N") && isApostrophe(s[i + 1]) && (s[i + 2] == "t" || s[i + 2] == "T")
            && (i + 3 >= n || !isAlnum(s[i + 3])) && i > 0 && isLetter(s[i - 1])
        {
            return i + 3
        }
        var j = i
        var innerDots = 0
        while true {
            while j < n && (isAlnum(s[j]) || isMark(s[j])) { j += 1 }
            guard j + 1 < n, j > i else { break }
            let c = s[j]
            let d = s[j + 1]
            if isHyphen(c) && isAlnum(d) {
                j += 1
                continue
            }
            if c == "&" && isLetter(d) && isLetter(s[j - 1]) {
                j += 1
                continue
            }
            if c == "." && isAlnum(d) {
                innerDots += 1
                j += 1
                continue
            }
            if c == "," && isDigit(s[j - 1]) && isDigit(d) && j + 3 < n + 0 && digitGroup(s, j + 1) {
                j += 1
                continue
            }
            if isApostrophe(c) && isLetter(d) {
                var k = j + 1
                while k < n && isLetter(s[k]) { k += 1 }
                let followedByWord = k < n && isAlnum(s[k])
                if !followedByWord && isClitic(s, j + 1, k) {
                    // split before the clitic; "don't" splits before the n
                    if k - (j + 1) == 1 && (s[j + 1] == "t" || s[j + 1] == "T") && (s[j - 1] == "n" || s[j - 1] == "N")
                        && j - 1 > i
                    {
                        return j - 1
                    }
                    return j
                }
                j += 1
                continue
            }
            break
        }
        if j < n && s[j] == "." && (j + 1 >= n || s[j + 1] != ".") {
            if innerDots > 0 && dottedAcronym(s, i, j) { return j + 1 }
            // at the end of a line the dot ends the sentence ("… said Acme Inc.⏎" → "Inc" + ".", as CoNLL has it)
            let endsLine = j + 1 >= n || s[j + 1] == "\n" || s[j + 1] == "\r"
            if !endsLine && j - i == 1 && isLetter(s[i]) { return j + 1 }
            if !endsLine && Abbreviations.contains(s, i, j) { return j + 1 }
        }
        return j
    }

    /// "U.S", "e.g", "a.m", "U.K" — segments of one or two letters.
    private func dottedAcronym(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ j: Int) -> Bool {
        var run = 0
        for k in i..<j {
            if s[k] == "." {
                if run == 0 || run > 2 { return false }
                run = 0
            } else if isLetter(s[k]) {
                run += 1
            } else {
                return false
            }
        }
        return run >= 1 && run <= 2
    }

    private func digitGroup(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ k: Int) -> Bool {
        guard k + 2 < s.count, isDigit(s[k]), isDigit(s[k + 1]), isDigit(s[k + 2]) else { return false }
        return k + 3 >= s.count || !isDigit(s[k + 3])
    }

    private func isClitic(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Bool {
        switch b - a {
        case 1:
            let c = lowerASCII(s[a])
            return c == "s" || c == "d" || c == "m" || c == "t"
        case 2:
            let c = lowerASCII(s[a])
            let d = lowerASCII(s[a + 1])
            return (c == "r" && d == "e") || (c == "v" && d == "e") || (c == "l" && d == "l")
        default:
            return false
        }
    }

    private func urlEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Int? {
        let n = s.count
        func hasPrefix(_ p: String) -> Bool {
            var k = i
            for u in p.unicodeScalars {
                guard k < n, lowerASCII(s[k]) == u else { return false }
                k += 1
            }
            return true
        }
        guard s[i] == "h" || s[i] == "H" || s[i] == "w" || s[i] == "W" else { return nil }
        // "he", "was", "with": the second letter settles most words before the prefixes are compared
        guard i + 1 < n, lowerASCII(s[i + 1]) == (lowerASCII(s[i]) == "h" ? "t" : "w") else { return nil }
        guard hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") else { return nil }
        var k = i
        while k < n && !isSpace(s[k]) && s[k] != "\"" && s[k] != "<" && s[k] != ">" && s[k] != "\u{201D}" { k += 1 }
        while k > i + 4 {
            let last = s[k - 1]
            if last == "." || last == "," || last == ";" || last == ":" || last == "!" || last == "?"
                || last == "'" || last == "\u{2019}" || (last == ")" && !contains(s, i, k, "("))
            {
                k -= 1
            } else {
                break
            }
        }
        return k
    }

    private func contains(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int, _ c: Unicode.Scalar) -> Bool {
        for k in a..<b where s[k] == c { return true }
        return false
    }
}

// MARK: - Scalar classes (ASCII fast paths)
//
// Each class answers ASCII inline and asks Unicode's properties through `BeyondASCII`, whose functions are never
// inlined. The property types (`Unicode.Scalar.Properties`, `Unicode.GeneralCategory`, `Unicode.NumericType`) are
// resilient: a function that touches them, even on a path it rarely takes, reserves stack space for them through
// metadata calls on every entry, which cost the tokenizer's word scan more than the scan itself.

@inline(__always) func isSpace(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return c == " " || c == "\n" || c == "\t" || c == "\r" || c.value == 0x0B || c.value == 0x0C }
    return BeyondASCII.isSpace(c)
}

@inline(__always) func isLetter(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    // ASCII: setting bit 5 maps "A"..."Z" onto "a"..."z" and no other scalar below 0x80 into that range
    if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
    return BeyondASCII.isLetter(c)
}

@inline(__always) func isDigit(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return v >= 0x30 && v <= 0x39 }
    return BeyondASCII.isDigit(c)
}

@inline(__always) func isAlnum(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10 }
    return BeyondASCII.isLetter(c) || BeyondASCII.isDigit(c)
}

@inline(__always) func isUpper(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    return BeyondASCII.isUpper(c)
}

@inline(__always) func isLower(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return v >= 0x61 && v <= 0x7A }
    return BeyondASCII.isLower(c)
}

@inline(__always) func isMark(_ c: Unicode.Scalar) -> Bool { c.value >= 0x300 && BeyondASCII.isMark(c) }

/// The Unicode-property halves of the scalar classes, out of line (see above).
///
/// Each first answers the scalars of two runs of blocks that news pages are full of without asking Unicode's
/// tables, which cost three to six hundred instructions a question: general punctuation (U+2000–U+206F: curly
/// quotes, dashes, bullets, spaces of set widths) and box drawing, block elements, geometric shapes and miscellaneous
/// symbols (U+2500–U+26FF: rules drawn with "━", "□" check boxes, "☆" ratings). None of them is a letter, a digit,
/// cased or a mark, and the white space among them is U+2000–U+200A, U+2028, U+2029, U+202F and U+205F
/// (`ScalarClassTests` checks every one of them against the properties).
enum BeyondASCII {
    /// Whether `c` is in U+2000–U+206F or U+2500–U+26FF, whose classes are answered without the properties.
    @inline(__always) static func isPunctuationOrSymbol(_ c: Unicode.Scalar) -> Bool {
        c.value &- 0x2000 < 0x70 || c.value &- 0x2500 < 0x200
    }

    @inline(never) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if isPunctuationOrSymbol(c) {
            let v = c.value
            // U+200B, the zero-width space, is a space here though not white space to Unicode (as below)
            return v <= 0x200B || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F
        }
        return c.properties.isWhitespace || c.value == 0x200B || c.value == 0xFEFF
    }

    @inline(never) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        !isPunctuationOrSymbol(c) && c.properties.isAlphabetic
    }

    @inline(never) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        !isPunctuationOrSymbol(c) && c.properties.numericType == .decimal
    }

    @inline(never) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        !isPunctuationOrSymbol(c) && (c.properties.isUppercase || c.properties.generalCategory == .titlecaseLetter)
    }

    @inline(never) static func isLower(_ c: Unicode.Scalar) -> Bool {
        !isPunctuationOrSymbol(c) && c.properties.isLowercase
    }

    @inline(never) static func isMark(_ c: Unicode.Scalar) -> Bool {
        !isPunctuationOrSymbol(c)
            && (c.properties.generalCategory == .nonspacingMark || c.properties.generalCategory == .spacingMark)
    }

    /// A variation selector, or a nonspacing or enclosing mark: scalars that belong to the symbol before them.
    @inline(never) static func modifiesSymbol(_ c: Unicode.Scalar) -> Bool {
        !isPunctuationOrSymbol(c)
            && (c.properties.isVariationSelector || c.properties.generalCategory == .nonspacingMark
                || c.properties.generalCategory == .enclosingMark)
    }

    @inline(never) static func lowercaseMapping(_ c: Unicode.Scalar) -> String { c.properties.lowercaseMapping }
}

@inline(__always) func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }

@inline(__always) func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2010}" || c == "\u{2011}" }

@inline(__always) func lowerASCII(_ c: Unicode.Scalar) -> Unicode.Scalar {
    let v = c.value
    return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : c
}
