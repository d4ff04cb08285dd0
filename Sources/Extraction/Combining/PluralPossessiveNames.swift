/// "New Zealand Rugby Players' Association", "Independent Game Developers' Association": a body named for its
/// members, a plural's possessive inside the name. The tagger reads the apostrophe as a name's edge and reports
/// "Players' Association" or "Game Developers", which name no one body; the capitalised words before the members
/// and the head after them belong to the name. Every gold name of CoNLL train, CoNLL dev and web-news dev that
/// holds such a possessive takes in the capitalised words before it ("Welsh National Farmers' Union", "Toronto Bond
/// Traders' Association"), and no mention the finder reports there holds one with a capitalised word but "The"
/// before it.
extension CombinedOrganizationFinder {
    /// Widens a mention that ends in a plural right before "' " and a members' body's head (`membersBodyHeads`)
    /// over that head, then a mention holding a plural's possessive over the capitalised words right before it on
    /// its line (at most three, not "The", not a word another mention holds); the widened mentions are regrouped
    /// under their key.
    static func widenedOverPluralPossessives(
        _ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        // The cheap test first: most articles report no name beside a plural's possessive.
        guard
            organizations.contains(where: {
                $0.mentions.contains { membersHeadEnd(after: $0, scalars) != nil || holdsPluralPossessive($0.text) }
            })
        else { return organizations }
        var others: [Range<Int>] = []
        for organization in organizations {
            for mention in organization.mentions { others.append(mention.start..<mention.end) }
        }
        return respanning(organizations, scalars) { mention in
            let end = membersHeadEnd(after: mention, scalars) ?? mention.end
            let widened = Mention(
                start: mention.start, end: end, text: ScalarClass.string(scalars[mention.start..<end]))
            guard holdsPluralPossessive(widened.text) else { return nil }
            let start = membersNameStart(before: widened, scalars)
            guard start < mention.start || end > mention.end else { return nil }
            // A word before that another mention holds is that name's, not this one's.
            guard !others.contains(where: { $0.lowerBound < mention.start && $0.upperBound > start }) else {
                return nil
            }
            return start..<end
        }
    }

    /// Where "' Association" after a mention ending in a plural ("Game Developers") ends.
    static func membersHeadEnd(after mention: Mention, _ s: [Unicode.Scalar]) -> Int? {
        let end = mention.end
        guard end >= 2, end + 3 < s.count, s[end - 1] == "s", s[end - 2] != "s",
            s[end] == "'" || s[end] == "’", s[end + 1] == " ", ScalarClass.isUppercase(s[end + 2])
        else { return nil }
        var k = end + 2
        while k < s.count, isNameScalar(s[k]) { k += 1 }
        guard membersBodyHeads.contains(ScalarClass.string(s[(end + 2)..<k]).lowercased()) else { return nil }
        return k
    }

    /// Whether a name holds a plural's possessive: a word ending in "s'" followed by a space ("Players' Union").
    /// A byte search, as every mention of every article is asked.
    static func holdsPluralPossessive(_ name: String) -> Bool {
        ByteSearch.contains(name, pluralPossessiveBytes) || ByteSearch.contains(name, curlyPluralPossessiveBytes)
    }

    static let pluralPossessiveBytes = Array("s' ".utf8)
    static let curlyPluralPossessiveBytes = Array("s’ ".utf8)

    /// Where the capitalised words right before `mention` on its line start (at most three, stopping at "The",
    /// "A" or "An"); the mention's own start where there are none.
    static func membersNameStart(before mention: Mention, _ s: [Unicode.Scalar]) -> Int {
        var start = mention.start
        var words = 0
        while words < 3, start >= 2, s[start - 1] == " ", isNameScalar(s[start - 2]) {
            var k = start - 1
            while k > 0, isNameScalar(s[k - 1]) { k -= 1 }
            let word = ScalarClass.string(s[k..<(start - 1)])
            guard ScalarClass.isUppercase(s[k]), !["The", "A", "An"].contains(word) else { break }
            start = k
            words += 1
        }
        return start
    }

    /// The heads of bodies named for their members ("Drivers' Association", "Workers' Union").
    static let membersBodyHeads: Set<String> = [
        "association", "union", "unions", "federation", "party", "council", "guild", "league", "alliance",
        "organisation", "organization", "society", "club", "congress", "confederation",
    ]
}
