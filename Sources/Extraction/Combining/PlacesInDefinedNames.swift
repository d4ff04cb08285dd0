/// "the National Energy Regulator of South Africa (Nersa)": a name that ends in "of" and a place, defined by an
/// acronym right after it. The tagger ends the name before the place it typed LOC ("National Energy Regulator"), as
/// Reuters' "the central bank of Nigeria" taught it; the article's own acronym spells the place's initials too, and
/// so says where the name ends.
extension CombinedOrganizationFinder {
    /// Widens a reported mention over " of " and the one to three capitalised words after it, when a parenthesised
    /// acronym follows them that spells the initials of the widened name and not of the mention alone.
    static func widenedToPlacesBeforeAcronyms(_ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar])
        -> [FoundOrganization]
    {
        var taken: TakenText? = nil
        var result = organizations
        for o in result.indices {
            for m in result[o].mentions.indices {
                let mention = result[o].mentions[m]
                guard let end = placeRunBeforeAcronym(after: mention.end, scalars),
                    let acronym = TaggedOrganizationFinder.acronym(after: end, scalars),
                    TaggedOrganizationFinder.initials(scalars[mention.start..<end]) == acronym,
                    TaggedOrganizationFinder.initials(scalars[mention.start..<mention.end]) != acronym
                else { continue }
                // Built once, for the first article that has such a name.
                if taken == nil {
                    var covered = TakenText(length: scalars.count)
                    for organization in organizations { covered.take(organization.mentions) }
                    taken = covered
                }
                let place = Mention(start: mention.end, end: end, text: "")
                guard taken?.isFree(place) == true else { continue }
                taken?.take([place])
                result[o].mentions[m] = Mention(
                    start: mention.start, end: end, text: ScalarClass.string(scalars[mention.start..<end]))
            }
        }
        return result
    }

    /// The end of " of " and one to three capitalised words right after `end`, on one line; nil otherwise.
    static func placeRunBeforeAcronym(after end: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard end + 5 < s.count, s[end] == " ", s[end + 1] == "o", s[end + 2] == "f", s[end + 3] == " " else {
            return nil
        }
        var k = end + 4
        var words = 0
        var runEnd: Int? = nil
        while words < 3, k < s.count, ScalarClass.isUppercase(s[k]) {
            while k < s.count && (isNameScalar(s[k]) || s[k] == "-" || s[k] == ".") { k += 1 }
            words += 1
            runEnd = k
            guard k + 1 < s.count, s[k] == " " else { break }
            k += 1
        }
        return runEnd
    }
}
