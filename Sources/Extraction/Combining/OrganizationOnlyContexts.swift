/// A name the tagger typed a place, a person or a miscellaneous name where the words around it are ones only an
/// organization takes: "Traders at Pepperstone say", "according to Esports Charts", "a statement to Moneycontrol",
/// "published in the journal Nature Medicine", "the daily El Mundo", "streaming service Tamasha", "Paystack, which
/// was bought by Stripe", "Berenberg cut its target price", and in a match report the side written after the score
/// ("lost 3-1 to Talleres", "held to a 1-1 draw by Mainz", "beat Chennai Super Kings by 48 runs") or the rival in a
/// table ("two points clear of Delhi").
///
/// Modern news names firms, outlets and clubs the tagger (trained on Reuters 1996) never saw, and it reads an
/// unfamiliar word by its shape: a town after "at", a surname after "to". The rules' own reading of such contexts
/// (`followsCompanyPair` in RuleNamesTheTaggerMissed.swift) needs the rules to have found the name; these cues read
/// the tagger's span itself. A country, a territory or a demonym is never taken (countries own firms and "lost 2-1
/// to Brazil" is a national side, which CoNLL-2003 types LOC), nor a person's shape (a given name first), nor a
/// name in capitals (a table's rows).
extension CombinedOrganizationFinder {
    static func addingNamesInOrganizationContexts(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        for span in entities where span.label != "ORG" && span.start >= 2 && span.end + 1 < scalars.count {
            // The cues first, which read a few scalars around the span; the name's shape after, which builds
            // strings.
            let cued =
                span.label != "PER" && hasFirmPhraseBefore(span.start, scalars, typedPlace: span.label == "LOC")
                || hasFirmClauseAfter(span.end, scalars) || isSideAfterScore(span, scalars)
                || isRivalInStandings(span.start, scalars)
            guard cued, isOrganizationShaped(span, scalars) else { continue }
            found.append(
                Mention(start: span.start, end: span.end, text: ScalarClass.string(scalars[span.start..<span.end])))
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// Lowercase words that, right before a name, make it a firm, an outlet or a journal. Not "told" nor "said
    /// by" (persons), nor "shares of" (`companyPairs` reads the rules' names there). "according to" takes only
    /// names the tagger read as places: a person or a publication CoNLL-2003 types MISC ("According to Middle
    /// East Economic Survey", CoNLL train) stays.
    static let firmPhrasesBefore: Set<String> = [
        "analysts at", "analyst at", "traders at", "trader at", "economists at", "economist at", "strategists at",
        "strategist at", "according to", "statement to", "the journal", "journal", "daily", "tabloid", "website",
        "service",
    ]

    /// Verbs that, after ", which", only a firm takes ("Vinted, which competes with Depop"). Not "has", "is" or
    /// "controls": a town or a country takes those too ("Arbil, which", "Taiwan, which Beijing considers").
    static let firmVerbsAfterWhich: Set<String> = [
        "owns", "operates", "employs", "competes", "merged", "raised", "acquired", "manufactures", "makes", "sells",
        "was bought", "was acquired", "was founded", "was valued", "is owned", "is listed", "is backed", "is valued",
        "has raised",
    ]

    /// Whether one or two lowercase words of `firmPhrasesBefore` end one space before `start`.
    /// The first word may open a sentence ("Traders at Pepperstone say").
    static func hasFirmPhraseBefore(_ start: Int, _ s: [Unicode.Scalar], typedPlace: Bool = true) -> Bool {
        // The last word is "at", "to" or a kind of outlet, asked on the scalars: most spans follow other words, and
        // then no string is built.
        guard s[start - 1] == " ",
            isWord(Self.scalarsOfAt, endingAt: start - 1, s) || isWord(Self.scalarsOfTo, endingAt: start - 1, s)
                || isWord(Self.scalarsOfJournal, endingAt: start - 1, s)
                || isWord(Self.scalarsOfDaily, endingAt: start - 1, s)
                || isWord(Self.scalarsOfTabloid, endingAt: start - 1, s)
                || isWord(Self.scalarsOfWebsite, endingAt: start - 1, s)
                || isWord(Self.scalarsOfService, endingAt: start - 1, s)
        else { return false }
        var k = start - 1
        var words = 0
        while words < 2 {
            var wordStart = k
            while wordStart > 0 && isLowercaseLetter(s[wordStart - 1]) && k - wordStart <= 12 { wordStart -= 1 }
            if words == 1, wordStart > 0, wordStart < k, ScalarClass.isUppercase(s[wordStart - 1]) { wordStart -= 1 }
            guard wordStart < k, wordStart == 0 || !isNameScalar(s[wordStart - 1]) else { return false }
            words += 1
            let phrase = ScalarClass.string(s[wordStart..<(start - 1)])
            let lowered = words == 2 ? phrase.lowercased() : phrase
            if firmPhrasesBefore.contains(lowered) { return typedPlace || lowered != "according to" }
            guard wordStart >= 2, s[wordStart - 1] == " " else { return false }
            k = wordStart - 1
        }
        return false
    }

    /// Whether ", which" and a verb only a firm takes follow the name, or a broker's note does ("cut its target
    /// price", "raised its rating").
    static func hasFirmClauseAfter(_ end: Int, _ s: [Unicode.Scalar]) -> Bool {
        // Most spans are followed by neither: ", w" and " <word> i" are asked on the scalars first.
        if s[end] == ",", end + 2 < s.count, s[end + 1] == " ", s[end + 2] == "w",
            let rest = lowercaseWords(from: end + 2, count: 3, s), rest.first == "which"
        {
            let verb = rest.dropFirst()
            return firmVerbsAfterWhich.contains(String(verb.first ?? ""))
                || firmVerbsAfterWhich.contains(verb.joined(separator: " "))
        }
        guard s[end] == " ", hasItsAfterOneWord(end + 1, s), let rest = lowercaseWords(from: end + 1, count: 3, s),
            rest.count == 3
        else {
            return false
        }
        return ["cut", "raised", "lowered", "trimmed", "upgraded", "downgraded"].contains(rest[0]) && rest[1] == "its"
            && ["target", "rating", "recommendation"].contains(rest[2])
    }

    /// Whether the span is the side named after a game's score: "lost 3-1 to X", "fell 31-17 to X", "drew 0-0
    /// with X", "a 1-1 draw with X" / "against X" / "by X", "a 3-1 win over X" (not "at X", the ground; not after
    /// a tennis match's sets), or, in cricket, "beat X by 48 runs" ("by six wickets", "by an innings").
    static func isSideAfterScore(_ span: EntitySpan, _ s: [Unicode.Scalar]) -> Bool {
        if s[span.end] == " ", span.end + 4 < s.count, s[span.end + 1] == "b", s[span.end + 2] == "y",
            s[span.end + 3] == " ", let rest = lowercaseWords(from: span.end + 1, count: 3, s, digits: true),
            rest.count == 3, rest[0] == "by", ["runs", "wickets", "innings"].contains(rest[2]),
            let verb = lowercaseWordsBefore(span.start, count: 1, s).first,
            ["beat", "beats", "defeated", "thrashed", "thrash", "thrashes", "edged", "crushed"].contains(verb)
        {
            return true
        }
        // A preposition and a score's dash close before the span, asked on the scalars first: most spans have
        // neither.
        let end = span.start - 1
        guard s[end] == " ",
            isWord(Self.scalarsOfTo, endingAt: end, s) || isWord(Self.scalarsOfWith, endingAt: end, s)
                || isWord(Self.scalarsOfBy, endingAt: end, s) || isWord(Self.scalarsOfOver, endingAt: end, s)
                || isWord(Self.scalarsOfAgainst, endingAt: end, s),
            hasScoreDash(before: span.start, s)
        else { return false }
        // The preposition, the score's noun or verb, the score, and what stands before the score.
        let before = lowercaseWordsBefore(span.start, count: 4, s, digits: true)
        guard before.count >= 3, isScore(before[before.count - 2]) || isScore(before[before.count - 3]) else {
            return false
        }
        let preposition = before[before.count - 1]
        if isScore(before[before.count - 2]) {
            let verb = before[before.count - 3]
            switch preposition {
            case "to": return ["lost", "loses", "fell", "falls", "went"].contains(verb)
            case "with": return ["drew", "draws", "tied", "ties"].contains(verb)
            default: return false
            }
        }
        // A tennis match's sets ("a 6-2 6-1 victory over"): a second score before the first.
        if before.count == 4, isScore(before[0]) { return false }
        let noun = before[before.count - 2]
        switch noun {
        case "draw": return ["with", "against", "by"].contains(preposition)
        case "win", "victory", "defeat", "loss", "thrashing":
            return ["over", "against", "to", "by"].contains(preposition)
        default: return false
        }
    }

    /// Whether a table's gap to the span stands before it: "two points clear of X", "a game ahead of the X", "three
    /// games behind X". Points and games are what teams are ranked by; not strokes, shots or lengths ("two strokes
    /// ahead of Bob Estes" is a golfer, CoNLL train).
    static func isRivalInStandings(_ start: Int, _ s: [Unicode.Scalar]) -> Bool {
        // "clear of", "ahead of" or "behind", perhaps before "the", asked on the scalars first: most spans follow
        // other words, and then no string is built.
        guard s[start - 1] == " " else { return false }
        var end = start - 1
        if isWord(Self.scalarsOfThe, endingAt: end, s) { end -= 4 }
        guard end > 8,
            isWord(Self.scalarsOfBehind, endingAt: end, s)
                || isWord(Self.scalarsOfOf, endingAt: end, s)
                    && (isWord(Self.scalarsOfClear, endingAt: end - 3, s)
                        || isWord(Self.scalarsOfAhead, endingAt: end - 3, s))
        else { return false }
        var words = lowercaseWordsBefore(start, count: 4, s)
        if words.last == "the" { words.removeLast() }
        if words.last == "of", words.count >= 3, ["clear", "ahead"].contains(words[words.count - 2]) {
            return ["point", "points", "game", "games"].contains(words[words.count - 3])
        }
        return words.count >= 2 && words.last == "behind"
            && ["point", "points", "game", "games"].contains(words[words.count - 2])
    }

    /// Digits, a hyphen or dash, digits ("3-1", "31–17").
    private static func isScore(_ word: String) -> Bool {
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == "–" })
        return parts.count == 2 && parts.allSatisfy { $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// Whether a digit and a hyphen or dash stand within the 16 scalars before `start`.
    private static func hasScoreDash(before start: Int, _ s: [Unicode.Scalar]) -> Bool {
        var k = start - 1
        while k > 0 && start - k <= 16 {
            if s[k] == "-" || s[k] == "–", ScalarClass.isDigit(s[k - 1]) { return true }
            k -= 1
        }
        return false
    }

    /// Whether a lowercase word and " its " follow `start`.
    private static func hasItsAfterOneWord(_ start: Int, _ s: [Unicode.Scalar]) -> Bool {
        var k = start
        while k < s.count && isLowercaseLetter(s[k]) && k - start <= 12 { k += 1 }
        return k > start && k + 4 < s.count && s[k] == " " && s[k + 1] == "i" && s[k + 2] == "t" && s[k + 3] == "s"
            && s[k + 4] == " "
    }

    /// Whether the span has a firm's shape: a lowercase letter (not a table's capitals), not a country, territory
    /// or demonym, and not a given name first.
    private static func isOrganizationShaped(_ span: EntitySpan, _ s: [Unicode.Scalar]) -> Bool {
        guard ScalarClass.isUppercase(s[span.start]) || s[span.start].properties.isLowercase,
            s[span.start..<span.end].contains(where: { $0.properties.isLowercase })
        else { return false }
        var text = ScalarClass.string(s[span.start..<span.end]).lowercased()
        if text.hasPrefix("the ") { text.removeFirst(4) }
        guard !PlaceNames.countries.contains(text), !territories.contains(text), !PlaceNames.demonyms.contains(text)
        else { return false }
        let first = text.split(separator: " ").first.map(String.init) ?? text
        if PlaceNames.demonyms.contains(first) { return false }
        // A person typed as one: one word ("lost 10-6 to Hendry") or a given name first.
        if span.label == "PER" && !text.contains(" ") { return false }
        return !text.contains(" ") || !PersonNames.given.contains(first)
    }

    // The words `isWord` is asked for, built once.
    private static let scalarsOfAhead = Array("ahead".unicodeScalars)
    private static let scalarsOfDaily = Array("daily".unicodeScalars)
    private static let scalarsOfTabloid = Array("tabloid".unicodeScalars)
    private static let scalarsOfWebsite = Array("website".unicodeScalars)
    private static let scalarsOfService = Array("service".unicodeScalars)
    private static let scalarsOfAgainst = Array("against".unicodeScalars)
    private static let scalarsOfBy = Array("by".unicodeScalars)
    private static let scalarsOfOver = Array("over".unicodeScalars)
    private static let scalarsOfWith = Array("with".unicodeScalars)
    private static let scalarsOfAt = Array("at".unicodeScalars)
    private static let scalarsOfBehind = Array("behind".unicodeScalars)
    private static let scalarsOfClear = Array("clear".unicodeScalars)
    private static let scalarsOfJournal = Array("journal".unicodeScalars)
    private static let scalarsOfOf = Array("of".unicodeScalars)
    private static let scalarsOfThe = Array("the".unicodeScalars)
    private static let scalarsOfTo = Array("to".unicodeScalars)

    /// Whether `word` ends at `end` as a whole word, after a space or the text's start (or a capital: a sentence's
    /// first word, "Traders").
    private static func isWord(_ word: [Unicode.Scalar], endingAt end: Int, _ s: [Unicode.Scalar]) -> Bool {
        let start = end - word.count
        guard start >= 0, end <= s.count else { return false }
        // From the last scalar back, compared one by one: most words differ in their last letter, and the
        // generic `elementsEqual` over a slice cost more than all the rest of the pass.
        var k = word.count - 1
        while k >= 0 {
            if s[start + k] != word[k] { return false }
            k -= 1
        }
        return start == 0 || !isLowercaseLetter(s[start - 1])
    }

    private static func isLowercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x61 && scalar.value <= 0x7A
    }

    /// Up to `count` words of lowercase letters (and digits and dashes, with `digits`) from `start`, one space
    /// apart; nil when the first is none.
    private static func lowercaseWords(
        from start: Int, count: Int, _ s: [Unicode.Scalar], digits: Bool = false
    ) -> [String]? {
        var words: [String] = []
        var k = start
        while words.count < count, k < s.count {
            var end = k
            while end < s.count && end - k <= 14
                && (isLowercaseLetter(s[end])
                    || digits && (ScalarClass.isDigit(s[end]) || s[end] == "-" || s[end] == "–"))
            {
                end += 1
            }
            guard end > k, end == s.count || !isNameScalar(s[end]) else { break }
            words.append(ScalarClass.string(s[k..<end]))
            guard end < s.count, s[end] == " " else { break }
            k = end + 1
        }
        return words.isEmpty ? nil : words
    }

    /// Up to `count` words (as `lowercaseWords` reads them) that end before `start`, one space apart, in text
    /// order.
    private static func lowercaseWordsBefore(
        _ start: Int, count: Int, _ s: [Unicode.Scalar], digits: Bool = false
    ) -> [String] {
        var words: [String] = []
        var k = start
        while words.count < count, k >= 2, s[k - 1] == " " {
            var wordStart = k - 1
            while wordStart > 0 && k - 1 - wordStart <= 14
                && (isLowercaseLetter(s[wordStart - 1])
                    || digits
                        && (ScalarClass.isDigit(s[wordStart - 1]) || s[wordStart - 1] == "-"
                            || s[wordStart - 1] == "–"))
            {
                wordStart -= 1
            }
            guard wordStart < k - 1, wordStart == 0 || !isNameScalar(s[wordStart - 1]) else { break }
            words.insert(ScalarClass.string(s[wordStart..<(k - 1)]), at: 0)
            k = wordStart
        }
        return words
    }
}
