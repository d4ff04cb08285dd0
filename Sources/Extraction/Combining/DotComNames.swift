/// Round 26: "Amazon.com Inc", "Booking.com": a company named for its web address. The rules read the name before
/// the dot (the gazetteer's "Amazon") and their boundary wins over the tagger's "Amazon.com Inc", so the mention
/// lost the rest of the company's name. ".com" written right after a reported name, with no path after it (not
/// "cbsnews.com/", a link), is part of the name, and so are the legal suffixes the tagger's span takes in after it.
extension CombinedOrganizationFinder {
    /// Widens each mention opening with a capital over the ".com" right after it, and over the rest of a tagger
    /// organization that begins where the mention does and ends in legal suffixes ("Amazon.com Inc").
    static func widenedOverDotCom(
        _ organizations: [FoundOrganization], entities: [EntitySpan], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        respanning(organizations, scalars) { mention in
            dotComEnd(after: mention, entities: entities, scalars).map { mention.start..<$0 }
        }
    }

    /// Where the name that ".com" after `mention` continues ends, if ".com" follows (see above).
    static func dotComEnd(after mention: Mention, entities: [EntitySpan], _ s: [Unicode.Scalar]) -> Int? {
        let end = mention.end
        // The cheap test first: ".com" after the mention.
        guard end + 4 <= s.count, s[end] == ".", s[(end + 1)..<(end + 4)].elementsEqual(dotComWord),
            end + 4 == s.count
                || !(isNameScalar(s[end + 4]) || s[end + 4] == "/"
                    || s[end + 4] == "."
                        && end + 5 < s.count && isNameScalar(s[end + 5])),
            let initial = mention.text.unicodeScalars.first, ScalarClass.isUppercase(initial)
        else { return nil }
        let widened = end + 4
        // The tagger's span of the whole company's name, when it has legal suffixes after ".com".
        for entity in entities.overlapping(mention.start..<widened)
        where entity.label == "ORG" && entity.start == mention.start && entity.end > widened {
            let rest = ScalarClass.string(s[widened..<entity.end]).split(separator: " ")
            let isSuffixes =
                !rest.isEmpty
                && rest.allSatisfy { word in
                    var lower = word.lowercased()
                    if lower.hasSuffix(".") { lower.removeLast() }
                    return OrganizationKey.legalSuffixes.contains(lower)
                }
            if isSuffixes { return entity.end }
        }
        return widened
    }

    private static let dotComWord = Array("com".unicodeScalars)
}
