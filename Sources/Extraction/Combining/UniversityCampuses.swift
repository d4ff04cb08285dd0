/// "the University of California, Berkeley, and …", "the University of Michigan, Ann Arbor": a state university's
/// campus, written after a comma, is part of its name (the web-news guidelines' "a parent and its unit are two
/// spans" does not split it: the campus is no unit with a name of its own). The tagger reads "University of
/// California" as the name and "Berkeley" as a place beside it, so the article would report the wrong university
/// and a town. CoNLL-2003 holds no such name; the comma and the campus's own comma or full stop after it are what
/// set it apart from a list ("the University of Chicago, Northwestern and Stanford") and from a place the
/// university stands in ("the University of Sydney, Australia's oldest").
extension CombinedOrganizationFinder {
    /// Widens each mention that opens with "University of " over ", Campus" right after it, where the campus is one
    /// to three capitalised words that end the clause (a comma, a full stop, a semicolon, a colon, a bracket or the
    /// line's end follows), name no country or US state, and no tagger span typed other than a place touches; the
    /// mentions the campus held are dropped.
    static func widenedOverCampuses(
        _ organizations: [FoundOrganization], entities: [EntitySpan], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var widened: [Range<Int>] = []
        let result = respanning(organizations, scalars) { mention in
            guard let end = campusEnd(after: mention, entities: entities, scalars) else { return nil }
            widened.append(mention.start..<end)
            return mention.start..<end
        }
        return withoutMentions(insideAnyOf: widened, result)
    }

    /// Where the campus after `mention` ends, if one follows (see above).
    static func campusEnd(after mention: Mention, entities: [EntitySpan], _ s: [Unicode.Scalar]) -> Int? {
        // The cheap test first: ", " and a capital after the mention.
        let start = mention.end + 2
        guard start < s.count, s[mention.end] == ",", s[mention.end + 1] == " ", ScalarClass.isUppercase(s[start]),
            mention.text.hasPrefix("University of "), !mention.text.contains(",")
        else { return nil }
        var k = start
        var words = 0
        while k < s.count, ScalarClass.isUppercase(s[k]), words < 3 {
            words += 1
            k += 1
            while k < s.count, isNameScalar(s[k]) || s[k] == "-" { k += 1 }
            guard k + 1 < s.count, s[k] == " ", ScalarClass.isUppercase(s[k + 1]) else { break }
            k += 1
        }
        let end = k
        guard end < s.count ? campusEnders.contains(s[end]) : true else { return nil }
        let campus = ScalarClass.string(s[start..<end]).lowercased()
        guard !PlaceNames.countries.contains(campus), !PlaceNames.regions.contains(campus) else { return nil }
        let typedOtherwise = entities.overlapping(start..<end).contains { entity in
            entity.start < end && start < entity.end && entity.label != "LOC"
        }
        return typedOtherwise ? nil : end
    }

    private static let campusEnders: Set<Unicode.Scalar> = [",", ".", ";", ":", ")", "\n"]
}
