/// A name that an apposition says is an organization ("BaFin, the financial watchdog, said …", "Unite, the
/// union, said …"): the article's own words type it, where the tagger, seeing an unfamiliar word, typed a person or
/// nothing.
extension CombinedOrganizationFinder {
    /// Adds each run of one to four capitalised words (a name's connectors between) right before ", the", up to
    /// two words and a kind of organization (`appositiveKinds`) closed by a comma or a full stop,
    /// as an organization: only where the tagger typed exactly those words or none of them, no mention covers them,
    /// and the run begins a sentence or follows a lowercase word (so that it is the whole name). Not before a
    /// possessive or another noun ("Jane Hollis, the union's leader", "the union boss": then the name is a person).
    static func addingAppositiveOrganizations(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        let marker = Array(", the ".unicodeScalars)
        var found: [Mention] = []
        var space = FreeNameSpace(regions: regions, organizations: organizations, length: scalars.count)
        // Only at commas, found with `memchr` rather than scalar by scalar.
        ScalarSearch.forEachOffset(of: [","], in: scalars) { k in
            guard k >= 1, k + marker.count < scalars.count, scalars[k - 1] != " ",
                scalars[k..<(k + marker.count)].elementsEqual(marker),
                isAppositiveKind(from: k + marker.count, scalars),
                let name = nameRun(endingAt: k, scalars)
            else { return }
            let mention = Mention(
                start: name.lowerBound, end: name.upperBound, text: ScalarClass.string(scalars[name]))
            guard space.admits(mention) else { return }
            let typedOtherwise = entities.typeOtherwise(name)
            if !typedOtherwise { found.append(mention) }
        }
        guard !found.isEmpty else { return organizations }
        var result = organizations
        addEach(found, to: &result)
        return result
    }

    /// Whether up to two words ("financial", "Dutch") and a kind of organization start at `start`, closed by a
    /// comma or a full stop. Not by " said": "Prices will rise, the company said" is a reporting clause, and what
    /// stands before its comma is no name of the company.
    static func isAppositiveKind(from start: Int, _ s: [Unicode.Scalar]) -> Bool {
        var k = start
        for _ in 0..<3 {
            var end = k
            while end < s.count && ScalarClass.isLetter(s[end]) && end - k <= 16 { end += 1 }
            guard end > k, end < s.count else { return false }
            let word = ScalarClass.string(s[k..<end])
            if appositiveKinds.contains(word) { return s[end] == "," || s[end] == "." }
            guard s[end] == " " else { return false }
            k = end + 1
        }
        return false
    }

    /// The capitalised words (with "of", "and", "for", "&" between) that end right at `end`, if they begin a
    /// line or a sentence or follow a lowercase word.
    static func nameRun(endingAt end: Int, _ s: [Unicode.Scalar]) -> Range<Int>? {
        var start = end
        var words = 0
        while words < 6 {
            var wordStart = start
            while wordStart > 0
                && (isNameScalar(s[wordStart - 1]) || s[wordStart - 1] == "-" || s[wordStart - 1] == "&")
            {
                wordStart -= 1
            }
            guard wordStart < start else { break }
            let word = ScalarClass.string(s[wordStart..<start])
            let capitalised = ScalarClass.isUppercase(s[wordStart])
            guard capitalised || ["of", "and", "for", "&"].contains(word) else { break }
            start = wordStart
            words += 1
            guard start >= 2, s[start - 1] == " " else { break }
            start -= 1
        }
        // Back over the space the loop stepped past, and off a leading connector.
        while start < end && s[start] == " " { start += 1 }
        // A sentence's "The" is no part of the name ("The Tilers Guild, the union, said").
        if end - start > 4 && s[start..<(start + 4)].elementsEqual("The ".unicodeScalars) { start += 4 }
        guard start < end, ScalarClass.isUppercase(s[start]), words <= 4 else { return nil }
        // "On Monday, the company, …", "In London, the bank, …": a sentence's opening phrase, not a name.
        let run = ScalarClass.string(s[start..<end]).split(separator: " ")
        if let first = run.first, phraseOpeners.contains(String(first)) { return nil }
        if run.contains(where: { calendarWords.contains(String($0)) }) { return nil }
        // What stands before: a line's or a sentence's start, or a lowercase word.
        var k = start
        while k > 0 && s[k - 1] == " " { k -= 1 }
        if k == 0 || s[k - 1] == "\n" || s[k - 1] == "." || s[k - 1] == "\"" || s[k - 1] == "“" { return start..<end }
        let before = s[k - 1]
        return before.value >= 0x61 && before.value <= 0x7A ? start..<end : nil
    }

    /// Capitalised words that open a sentence's adverbial phrase before a comma.
    static let phraseOpeners: Set<String> = [
        "On", "In", "At", "By", "For", "From", "After", "Before", "Since", "Until", "During", "Last", "This", "Next",
        "Earlier", "Later", "Meanwhile", "Today", "Yesterday", "Also", "But", "And", "So", "Then", "Now", "Like",
        "Unlike", "As", "With", "Without", "Under", "Over", "Across", "Inside", "Outside", "Separately", "However",
    ]

    /// Days and months, which name a date in a sentence's opening phrase ("Last Tuesday, the company, …").
    static let calendarWords: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// Kinds of organization an apposition names.
    static let appositiveKinds: Set<String> = [
        "regulator", "watchdog", "company", "firm", "lender", "bank", "insurer", "carrier", "airline", "union",
        "agency", "group", "retailer", "carmaker", "automaker", "drugmaker", "chipmaker", "startup", "broadcaster",
        "newspaper", "club", "party", "charity", "ministry", "operator", "developer", "conglomerate", "utility",
        "supermarket", "publisher", "manufacturer", "exchange", "association", "federation", "nonprofit",
        "organisation",
        "organization", "consultancy", "brokerage",
    ]
}
