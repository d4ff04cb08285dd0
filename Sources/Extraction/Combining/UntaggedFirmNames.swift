/// "told broadcaster Sport TV", "Truckmaker Scania, owned by Traton", "the Verdi union called a strike", "Vodacom,
/// which owns a 35% stake": a company, an outlet or a union the tagger left with no type at all, in a context only
/// an organization takes. Modern news names firms the tagger (trained on Reuters 1996) never saw, and a word it
/// cannot read by its shape it may leave out altogether; the passes that retype its places and persons
/// (NamesAfterKindWords.swift, OrganizationOnlyContexts.swift) then have no span to read. These cues read the text:
/// a trade right before the name, a capitalised trade that opens the sentence, "the … union", and ", which" with a
/// verb only a firm takes after it. The name is the run of capitalised words the cue points at, and is taken only
/// where no tagger span touches it, it is no country, nationality, month or weekday, and no given name opens it.
extension CombinedOrganizationFinder {
    static func addingUntaggedFirmNames(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar], capitals: ArticleCapitals? = nil
    ) -> [FoundOrganization] {
        let s = scalars
        var found: [Mention] = []
        var afterCapitalisedTrades: [Mention] = []
        // Where a cue may be: a capital after a space or a line's start (a name after its trade, or a capitalised
        // trade), or ", which". Every other scalar (lowercase letters, spaces, digits, most punctuation) is passed
        // over: the article's stops (`ArticleCapitals`: each capital, comma and scalar beyond ASCII) are stepped
        // through.
        let capitals = capitals ?? ArticleCapitals(scalars)
        s.withUnsafeBufferPointer { text in
            var k = 2
            var cursor = 0
            while true {
                k = capitals.stop(atOrAfter: k, cursor: &cursor)
                guard k < s.count else { break }
                let value = text[k].value
                if text[k - 1] == " " || text[k - 1] == "\n", ScalarClass.isUppercase(text[k]) {
                    if let name = nameAfterTrade(k, s) {
                        found.append(name)
                        k = name.end
                        continue
                    }
                    if let name = nameAfterCapitalisedTrade(k, s) {
                        afterCapitalisedTrades.append(name)
                        k = name.end
                        continue
                    }
                } else if value == 0x2C, k + 8 < s.count, s[k + 1] == " ", s[k + 2] == "w", s[k + 3] == "h",
                    s[k + 4] == "i", hasFirmClauseAfter(k, s),
                    let name = nameBefore(comma: k, s)
                {
                    found.append(name)
                }
                k += 1
            }
        }
        // After a capitalised trade the tagger, which read the trade as the sentence's first word, may also have
        // typed the name a place or a person ("Truckmaker Scania", a Swedish province): a span of exactly the name
        // that is no organization is read as the trade says.
        let untyped =
            found.filter { entities.overlapping($0.start..<$0.end).isEmpty }
            + afterCapitalisedTrades.filter { name in
                entities.overlapping(name.start..<name.end).allSatisfy {
                    $0.start == name.start && $0.end == name.end && $0.label != "ORG"
                }
            }
        return addingFree(untyped.sorted { $0.start < $1.start }, to: organizations, regions: regions, length: s.count)
    }

    /// The name that starts at `start` after a lowercase trade word ("broadcaster", "truckmaker", "maker") or
    /// after "the" when " union" follows it.
    static func nameAfterTrade(_ start: Int, _ s: [Unicode.Scalar]) -> Mention? {
        guard s[start - 2].value >= 0x61, s[start - 2].value <= 0x7A else { return nil }
        if kindWord(before: start, s) != nil || productMaker(endingAt: start - 1, s) {
            return firmShapedRun(from: start, s, maxWords: 4)
        }
        // "the Verdi union": the kind after the name, in lowercase. The run's end and the kind are read on the
        // scalars before the name's shape, which builds strings: most "the" before a capital have no "union" after.
        guard start >= 4, s[start - 4] == "t", s[start - 3] == "h", s[start - 2] == "e",
            start == 4 || !isNameScalar(s[start - 5])
        else { return nil }
        var end = start
        for _ in 0..<3 {
            guard end < s.count, ScalarClass.isUppercase(s[end]) else { break }
            end += 1
            while end < s.count,
                isNameScalar(s[end])
                    || (s[end] == "-" || s[end] == "&") && end + 1 < s.count
                        && isNameScalar(s[end + 1])
            {
                end += 1
            }
            guard end + 1 < s.count, s[end] == " ", ScalarClass.isUppercase(s[end + 1]) else { break }
            end += 1
        }
        guard end > start, end + 6 <= s.count, s[end] == " ", s[end + 1] == "u", s[end + 2] == "n",
            s[end + 3] == "i", s[end + 4] == "o", s[end + 5] == "n",
            end + 6 == s.count || !isNameScalar(s[end + 6]),
            let run = firmShapedRun(from: start, s, maxWords: 3), run.end == end
        else { return nil }
        return run
    }

    /// The one-word name after a capitalised trade that opens a sentence ("Truckmaker Scania, owned by …",
    /// "Steelmaker SSAB and"): one word only, since a title-case headline capitalises its verbs too ("Insurer
    /// Raises Stake").
    static func nameAfterCapitalisedTrade(_ start: Int, _ s: [Unicode.Scalar]) -> Mention? {
        // A sentence's first word first, on a few scalars: most capitals stand inside a sentence.
        guard s[start].value >= 0x41, s[start].value <= 0x5A, s[start - 1] == "\n" || !isNameScalar(s[start - 2]),
            tradeOpensSentence(start, s)
        else { return nil }
        var end = start + 1
        while end < s.count, end - start <= 16, s[end].value >= 0x61, s[end].value <= 0x7A { end += 1 }
        let length = end - start
        guard length >= 5, end + 1 < s.count, s[end] == " ", ScalarClass.isUppercase(s[end + 1]),
            tradeLengths[Int(s[start].value - 0x41)] & (1 << length) != 0 || productMaker(endingAt: end, s)
        else { return nil }
        let word = ScalarClass.string(s[start..<end]).lowercased()
        guard tradeNouns.contains(word) || productMaker(endingAt: end, s),
            let run = firmShapedRun(from: end + 1, s, maxWords: 1)
        else { return nil }
        return run
    }

    /// The name of capitalised words that ends right before `comma`, after a lowercase word or a sentence's start.
    static func nameBefore(comma: Int, _ s: [Unicode.Scalar]) -> Mention? {
        var start = comma
        for _ in 0..<4 {
            var wordStart = start
            while wordStart > 0, isNameScalar(s[wordStart - 1]) || s[wordStart - 1] == "-" { wordStart -= 1 }
            guard wordStart < start, ScalarClass.isUppercase(s[wordStart]) else { break }
            start = wordStart
            // On only over a capitalised word one space before.
            guard start >= 2, s[start - 1] == " ", isNameScalar(s[start - 2]) else { break }
            var k = start - 2
            while k > 0, isNameScalar(s[k - 1]) { k -= 1 }
            guard ScalarClass.isUppercase(s[k]) else { break }
            start -= 1
        }
        guard start < comma, ScalarClass.isUppercase(s[start]) else { return nil }
        // A sentence's first word that is no name ("In Tanzania, which …").
        if let space = s[start..<comma].firstIndex(of: " "),
            sentenceOpeners.contains(ScalarClass.string(s[start..<space]))
                || phraseOpeners.contains(ScalarClass.string(s[start..<space]))
        {
            start = space + 1
        }
        guard let run = firmShapedRun(from: start, s, maxWords: 4), run.end == comma else { return nil }
        return run
    }

    /// Whether a lowercase word that names a maker of goods ends at `end` ("truckmaker", "Planemaker" opening a
    /// sentence): not the makers that are persons ("lawmaker", "filmmaker", "playmaker").
    static func productMaker(endingAt end: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard end >= 8, end <= s.count, s[end - 1] == "r", s[end - 2] == "e", s[end - 3] == "k", s[end - 4] == "a",
            s[end - 5] == "m"
        else { return false }
        var k = end - 5
        while k > 0, end - k <= 16, s[k - 1].value >= 0x61, s[k - 1].value <= 0x7A { k -= 1 }
        if k > 0, s[k - 1].value >= 0x41, s[k - 1].value <= 0x5A { k -= 1 }
        guard k == 0 || !isNameScalar(s[k - 1]) else { return false }
        return productStems.contains(ScalarClass.string(s[k..<(end - 5)]).lowercased())
    }

    /// What a maker of goods makes, as business news joins it to "maker".
    static let productStems: Set<String> = [
        "car", "auto", "chip", "drug", "truck", "plane", "steel", "toy", "phone", "handset", "tyre", "tire", "glass",
        "paper", "bus", "battery", "cement", "jet", "robot", "vaccine",
    ]

    /// Capitalised words that open a sentence and no name, besides an adverbial phrase's (`phraseOpeners`).
    static let sentenceOpeners: Set<String> = ["The", "Its", "That", "Rival"]

    /// The capitalised words from `start` (at most `maxWords`, one space apart, a possessive "'s" left out) as a
    /// mention, when they are shaped as a firm's name: a lowercase letter in them or an acronym of two to six
    /// capitals; no country, nationality, month or weekday first (`calendarWords`: "the company Tuesday said"); no
    /// given name before another word.
    static func firmShapedRun(from start: Int, _ s: [Unicode.Scalar], maxWords: Int) -> Mention? {
        var end = start
        var words = 0
        while words < maxWords, end < s.count, ScalarClass.isUppercase(s[end]) {
            var k = end + 1
            while k < s.count,
                isNameScalar(s[k]) || (s[k] == "-" || s[k] == "&") && k + 1 < s.count && isNameScalar(s[k + 1])
            {
                k += 1
            }
            end = k
            words += 1
            guard k + 1 < s.count, s[k] == " ", ScalarClass.isUppercase(s[k + 1]) else { break }
            end = k + 1
        }
        // A name longer than the cue allows is some other run ("Insurer Raises Stake").
        if end > start, s[end - 1] == " " { return nil }
        guard end > start else { return nil }
        let text = ScalarClass.string(s[start..<end])
        let scalars = text.unicodeScalars
        let hasLowercase = scalars.contains { $0.properties.isLowercase }
        guard hasLowercase || (2...6).contains(scalars.count) && scalars.allSatisfy(ScalarClass.isUppercase) else {
            return nil
        }
        let lower = text.lowercased()
        let firstAsWritten = text.split(separator: " ").first.map(String.init) ?? text
        let first = firstAsWritten.lowercased()
        guard !PlaceNames.countries.contains(lower), !territories.contains(lower), !PlaceNames.demonyms.contains(first),
            !calendarWords.contains(firstAsWritten), words == 1 || !PersonNames.given.contains(first)
        else { return nil }
        return Mention(start: start, end: end, text: text)
    }
}
