/// Sports results and standings written as table lines, whose names are teams (organizations):
/// "Berwick 0 Stenhousemuir 6", "Cleveland 2 DETROIT 1", "Brann 19 8 5 6 40 37 29".
///
/// Only used when an article has at least two such lines; names that start with a given name (golfers,
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
            if let names = parse(a, b) {
                found += names
                lines += 1
            }
            a = b
        }
        return lines >= 2 ? found : []
    }

    /// The team names of one line, or nil when the line is no result or standings row.
    private func parse(_ a: Int, _ b: Int) -> [Range<Int>]? {
        var k = a
        // A rank: "1." or "1)".
        if k + 1 < b && isInteger(k) && (tokens[k + 1].text == "." || tokens[k + 1].text == ")") { k += 2 }
        guard let first = name(from: k, b) else { return nil }
        k = first.upperBound
        // Standings: a name and five or more numbers, nothing else.
        var numbers = 0
        var m = k
        while m < b && (tokens[m].kind == .number || tokens[m].text == "." || tokens[m].text == "/") {
            if tokens[m].kind == .number { numbers += 1 }
            m += 1
        }
        if m == b && numbers >= 5 && numbers <= 12 && (k..<b).allSatisfy({ !tokens[$0].text.contains("-") }) {
            return [first]
        }
        // Result: name score name score, maybe with a parenthesised total after each score.
        guard let after1 = score(k, b), let second = name(from: after1, b), let after2 = score(second.upperBound, b)
        else { return nil }
        if after2 < b && tokens[after2].isNameWord { return nil }
        return [first, second]
    }

    /// A run of 1–4 capitalised words (connectors inside allowed), not starting with a given name.
    private func name(from k: Int, _ b: Int) -> Range<Int>? {
        guard k < b, tokens[k].isNameWord, tokens[k].kind == .word else { return nil }
        if PersonNames.given.contains(tokens[k].lower) || tokens[k].isTitle { return nil }
        var e = k + 1
        while e < b && e - k < 6
            && (tokens[e].isNameWord || (tokens[e].isConnector && e + 1 < b && tokens[e + 1].isNameWord))
        {
            e += 1
        }
        let words = (k..<e).filter { !tokens[$0].isConnector }.count
        guard words <= 4 else { return nil }
        return k..<e
    }

    /// A score ("2", "14.12") with an optional "(96)" after it; returns the index after it.
    private func score(_ k: Int, _ b: Int) -> Int? {
        guard k < b, tokens[k].kind == .number, !tokens[k].text.contains("-") else { return nil }
        var e = k + 1
        if e + 2 < b && tokens[e].text == "(" && tokens[e + 1].kind == .number && tokens[e + 2].text == ")" { e += 3 }
        return e
    }

    private func isInteger(_ k: Int) -> Bool {
        tokens[k].kind == .number && tokens[k].text.unicodeScalars.allSatisfy { Tokenizer.isDigit($0) }
    }
}
