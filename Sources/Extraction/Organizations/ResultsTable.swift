/// Sports results and standings written as table lines, whose names are teams (organizations):
/// "Berwick 0 Stenhousemuir 6", "Cleveland 2 DETROIT 1", "Brann 19 8 5 6 40 37 29".
///
/// Only used when an article has at least two such lines (or one recap line "Wolves 4, Stallions 1: …"); names that start with a given name (golfers,
/// tennis players) and lines with hyphenated set scores are left alone.
struct ResultsTable {
    let tokens: [Token]

    /// Token ranges of team names in table lines.
    func teamSpans() -> [Range<Int>] {
        var found: [Range<Int>] = []
        var lines = 0
        var a = 0
        while a < tokens.count {
            var b = a + 1
            while b < tokens.count && tokens[b].newlinesBefore == 0 { b += 1 }
            if mayBeTableLine(a, b), let names = parse(a, b) {
                found += names
                lines += 1
                // A recap line ("Wolves 4, Stallions 1: …") is specific enough alone.
                if names.count == 2, let colon = (names[1].upperBound..<b).first(where: { tokens[$0].text == ":" }),
                    colon < b - 1
                {
                    lines += 1
                }
            }
            a = b
        }
        return lines >= 2 ? found : []
    }

    /// `versus` holds `tokens[k].text`: every form is a short lowercase word, so two flags and a length answer for
    /// nearly every token without a hash.
    @inline(__always) private func isVersus(_ k: Int) -> Bool {
        tokens[k].isLowercase && tokens[k].text.utf8.count <= 3
            && Self.versus.contains(tokens[k].text, asciiHash: tokens.textHash(at: k))
    }

    /// Whether the line holds a number (every result and standings line does) or a "v" (every fixtures line
    /// does): most prose lines hold neither, and are settled without being parsed.
    private func mayBeTableLine(_ a: Int, _ b: Int) -> Bool {
        for k in a..<b {
            if tokens[k].kind == .number { return true }
            // Every form of "v" is a word.
            if tokens[k].kind == .word && isVersus(k) {
                return true
            }
        }
        return false
    }

    /// The team names of one line, or nil when the line is no result, standings or fixture row.
    private func parse(_ a: Int, _ b: Int) -> [Range<Int>]? {
        var k = a
        // A rank: "1." or "1)".
        if k + 1 < b && isInteger(k) && (tokens[k + 1].text == "." || tokens[k + 1].text == ")") { k += 2 }
        if let names = fixtures(a, b) { return names }
        guard let first = name(from: k, b) else { return nil }
        k = first.upperBound
        // Standings: a name and three or more numbers ("-" for none), nothing else.
        var numbers = 0
        var m = k
        while m < b
            && (tokens[m].kind == .number
                || Self.tableMarks.contains(tokens[m].text, asciiHash: tokens.textHash(at: m)))
        {
            if tokens[m].kind == .number {
                // Set scores ("6-3") belong to players' lines.
                if tokens[m].containsHyphen && Self.hasHyphen(tokens[m].text) { return nil }
                numbers += 1
            }
            m += 1
        }
        if m == b && numbers >= 3 && numbers <= 12 { return [first] }

        // Result: name score name score, maybe with a parenthesised total after each score; a recap line
        // may put a comma between and a colon after: "Wild 4, Sabres 1: Zach Parise scored twice".
        guard var after1 = score(k, b) else { return nil }
        let recap = after1 < b && tokens[after1].text == ","
        if recap { after1 += 1 }
        guard let second = name(from: after1, b), let after2 = score(second.upperBound, b) else { return nil }
        if recap { return after2 < b && tokens[after2].text == ":" ? [first, second] : nil }
        if after2 < b && tokens[after2].isNameWord { return nil }
        return [first, second]
    }

    /// "Tranmere, Grimsby v Portsmouth, Huddersfield v Crystal Palace,": pairs joined by "v", separated by
    /// commas, maybe after a label ("Postponed:"); a single name may continue a pair from the line before.
    private func fixtures(_ a: Int, _ b: Int) -> [Range<Int>]? {
        var p = a
        if p + 1 < b && tokens[p].isNameWord && tokens[p + 1].text == ":" { p += 2 }
        // The line is walked once to judge it and again to list its names: nearly every line asked is prose with a
        // number, which fails at its first name, and an array made for each cost more than the second walk of the
        // few fixtures lines (`name` is pure, so both walks see the same names).
        guard let pairs = walkFixtures(p, b, { _ in }), pairs > 0 else { return nil }
        var names: [Range<Int>] = []
        _ = walkFixtures(p, b) { names.append($0) }
        return names
    }

    /// The pairs of a fixtures line from token `p` on, handing each name to `visit`, or nil when the line is none.
    private func walkFixtures(_ start: Int, _ b: Int, _ visit: (Range<Int>) -> Void) -> Int? {
        var p = start
        var pairs = 0
        while p < b {
            guard let n1 = name(from: p, b) else { return nil }
            visit(n1)
            p = n1.upperBound
            if p < b && isVersus(p) {
                guard let n2 = name(from: p + 1, b) else { return nil }
                visit(n2)
                pairs += 1
                p = n2.upperBound
            }
            if p < b {
                guard tokens[p].text == "," || tokens[p].text == "." || tokens[p].text == ";" else { return nil }
                p += 1
            }
        }
        return pairs
    }

    private static let tableMarks: WordSet = [".", "/", "-"]
    private static let versus: WordSet = ["v", "v.", "vs", "vs."]

    /// First words of the countries written in several words.
    private static let countryPhraseStarts = WordSet(
        Set(PlaceNames.countries.words.compactMap { w in w.firstIndex(of: " ").map { String(w[..<$0]) } }))

    /// A run of 1–4 capitalised words (connectors inside allowed), not starting with a given name;
    /// a founding year may come first ("1860 Munich").
    private func name(from k: Int, _ b: Int) -> Range<Int>? {
        guard k < b else { return nil }
        var e = k
        if tokens[e].kind == .number && tokens[e].text.utf8.count == 4 && e + 1 < b && tokens[e + 1].isNameWord {
            e += 1
        }
        guard tokens[e].isNameWord, tokens[e].kind == .word else { return nil }
        let l = tokens[e].lower
        // A given name followed by another name is a person ("Pete Sampras"); alone it may be a club ("Nancy").
        let person =
            (PersonNames.given.contains(l, asciiHash: tokens[e].lowerHash) || tokens[e].isTitle) && e + 1 < b
            && tokens[e + 1].isNameWord
        if person || isVersus(e) { return nil }
        e += 1
        while e < b && e - k < 6 && !isVersus(e) {
            let possessive = tokens[e].kind == .possessive && e + 1 < b && tokens[e + 1].isNameWord
            let joins =
                possessive
                || (tokens[e].isConnector || tokens[e].text == "the") && e + 1 < b
                    && (tokens[e + 1].isNameWord
                        || (tokens[e + 1].text == "the" && e + 2 < b && tokens[e + 2].isNameWord))
            guard tokens[e].isNameWord || joins else { break }
            e += 1
        }
        var words = 0
        for m in k..<e where tokens[m].isNameWord { words += 1 }
        guard words <= 4 else { return nil }
        // National teams are written as their countries, and countries are places.
        // A one-word name is its own phrase, and a longer one can only be a country if its first word starts
        // one ("united" of "united states"): most names are checked without joining their words.
        if e - k == 1 {
            if PlaceNames.countries.contains(tokens[k].lower, asciiHash: tokens[k].lowerHash) { return nil }
        } else if Self.countryPhraseStarts.contains(tokens[k].lower, asciiHash: tokens[k].lowerHash) {
            let phrase = (k..<e).map { tokens[$0].lower }.joined(separator: " ")
            if PlaceNames.countries.contains(phrase) { return nil }
        }
        return k..<e
    }

    /// A score ("2", "14.12") with an optional "(96)" after it; returns the index after it.
    private func score(_ k: Int, _ b: Int) -> Int? {
        guard k < b, tokens[k].kind == .number,
            !(tokens[k].containsHyphen && Self.hasHyphen(tokens[k].text))
        else { return nil }
        var e = k + 1
        if e + 2 < b && tokens[e].text == "(" && tokens[e + 1].kind == .number && tokens[e + 2].text == ")" { e += 3 }
        return e
    }

    /// `text.contains("-")`, answered from the bytes when the text is ASCII (where a "-" byte is a "-" character)
    /// instead of by Foundation's search.
    private static func hasHyphen(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "-")) else { return false }
        return text.utf8.allSatisfy { $0 < 0x80 } || text.contains("-")
    }

    private func isInteger(_ k: Int) -> Bool {
        tokens[k].kind == .number && tokens[k].text.unicodeScalars.allSatisfy { Tokenizer.isDigit($0) }
    }
}
