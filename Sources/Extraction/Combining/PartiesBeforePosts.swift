/// A party named before a member's post ("Labour MP Preet Kaur Gill", "Fine Gael TD Colm Burke", "a Conservative
/// councillor"): the party is an organization, the post and the person are not. The tagger, which never saw "MP"
/// or "TD" in its Reuters training text, reads the run as one name of any type, or as none.
extension CombinedOrganizationFinder {
    /// Posts of members of parliaments, assemblies and councils, written after the member's party.
    static let memberPosts: Set<String> = [
        "MP", "MPs", "TD", "TDs", "MSP", "MSPs", "MLA", "MLAs", "MEP", "MEPs", "MPP", "MPPs", "councillor",
        "councillors",
    ]

    /// First words of a run before a member's post that say what kind of member, not which party.
    static let memberQualifiers: Set<String> = [
        "Independent", "Former", "Ex", "Local", "Senior", "Veteran", "Backbench", "Opposition", "Government", "Junior",
        "Rebel", "Fellow", "New", "Newly", "Your", "Our", "Their", "His", "Her", "Town", "City",
        "County", "District", "Borough", "Parish", "Ward", "Constituency", "Cabinet", "Shadow", "Deputy",
    ]

    /// Determiners that open a sentence before a party's name ("The Greenway TD …").
    static let determiners: Set<String> = ["The", "A", "An"]

    /// Adds the one to three capitalised words right before a member's post (`memberPosts`, then a space) as an
    /// organization, when they are the whole run (a line's or sentence's start, a lowercase word, a comma, a
    /// bracket or a quote before them), no word of theirs qualifies the member (`memberQualifiers`), the tagger
    /// did not type exactly them as a person, place or miscellaneous name ("Edgbaston MP", "British MP") nor
    /// typed a name that runs into them from before, and no mention covers them.
    static func addingPartiesBeforePosts(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        // A post begins with "M", "T" or "c" after a space: those scalars are found with `memchr`, and every other
        // one is passed over unread. Every post's second letter is a capital ("MP", "TD", "MSP"), or "o" of
        // "councillor". Each start is judged on its own: a start inside a word fails the space before it.
        ScalarSearch.forEachOffset(of: ["M", "T", "c"], in: scalars) { k in
            let first = scalars[k]
            guard k >= 1, scalars[k - 1] == " ", k + 1 < scalars.count,
                first == "c" ? scalars[k + 1] == "o" : ScalarClass.isUppercase(scalars[k + 1])
            else { return }
            var end = k
            while end < scalars.count && isNameScalar(scalars[end]) && end - k <= 12 { end += 1 }
            // Posts are two to four letters ("MP", "MSPs") or "councillor(s)": the String is built only for those.
            let length = end - k
            guard end < scalars.count, scalars[end] == " " || scalars[end] == ",",
                first == "c" ? (length == 10 || length == 11) : (length >= 2 && length <= 4),
                memberPosts.contains(ScalarClass.string(scalars[k..<end])),
                let party = partyRun(endingAt: k - 1, scalars)
            else { return }
            let mention = Mention(
                start: party.lowerBound, end: party.upperBound, text: ScalarClass.string(scalars[party]))
            let typedOtherwise = entities.overlapping(party).contains { entity in
                guard entity.start < party.upperBound && party.lowerBound < entity.end else { return false }
                let exact = entity.start == party.lowerBound && entity.end == party.upperBound
                return (exact && entity.label != "ORG") || entity.start < party.lowerBound
            }
            if !typedOtherwise { found.append(mention) }
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// The one to three capitalised words ending at `end` that are a whole run, none of them a member's qualifier.
    static func partyRun(endingAt end: Int, _ s: [Unicode.Scalar]) -> Range<Int>? {
        var start = end
        var words = 0
        while words < 4 {
            var wordStart = start
            while wordStart > 0 && (isNameScalar(s[wordStart - 1]) || s[wordStart - 1] == "-") { wordStart -= 1 }
            guard wordStart < start, ScalarClass.isUppercase(s[wordStart]) else { break }
            let word = ScalarClass.string(s[wordStart..<start])
            // A sentence's "The" or "A" stands before the run, as a lowercase one would.
            if determiners.contains(word) { break }
            guard !memberQualifiers.contains(word) else { return nil }
            start = wordStart
            words += 1
            guard start >= 2, s[start - 1] == " ", isNameScalar(s[start - 2]) else { break }
            start -= 1
        }
        while start < end && s[start] == " " { start += 1 }
        guard words >= 1, words <= 3, start < end else { return nil }
        var before = start
        while before > 0 && s[before - 1] == " " { before -= 1 }
        if before == 0 { return start..<end }
        let previous = s[before - 1]
        let opens =
            previous == "\n" || previous == "." || previous == "," || previous == "(" || previous == "\""
            || previous == "\u{201C}" || previous == ":"
        var wordBefore = before
        while wordBefore > 0 && isNameScalar(s[wordBefore - 1]) { wordBefore -= 1 }
        let lowercase = previous.value >= 0x61 && previous.value <= 0x7A
        let determiner = determiners.contains(ScalarClass.string(s[wordBefore..<before]))
        return opens || lowercase || determiner ? start..<end : nil
    }
}
