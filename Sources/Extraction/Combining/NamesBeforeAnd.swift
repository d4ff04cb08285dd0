/// "Bank of Montreal and Royal Bank of Canada both beat forecasts": the tagger read two names joined by "and" as one
/// span, the rules found only the second ("Royal Bank of Canada"), and their boundary won, so the first name was
/// lost with the "and". The first side is a name of its own when `JoinedNames` says so by its words: it holds the
/// second side's head word again ("Bank"; a single name does not say its head twice) or it stands alone (a name the
/// article reports alone, a well-known name, a firm's form or an institution's head last).
extension CombinedOrganizationFinder {
    /// Adds the part before " and " of each tagger ORG span whose part after it is a reported mention, when that
    /// part overlaps no reported mention, lies in the regions and names an organization by the test above.
    static func addingNamesBeforeAnd(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        // Only a tagger span holding " and " can have lost its first side: most articles have none, and the
        // mentions are indexed only when one does.
        let joined = entities.compactMap { span -> (span: EntitySpan, and: Int)? in
            guard span.label == "ORG", let and = onlyAnd(in: span, scalars) else { return nil }
            return (span, and)
        }
        guard !joined.isEmpty else { return organizations }
        var mentionEnds: [Int: Int] = [:]
        var reportedAlone = Set<String>()
        for organization in organizations {
            for mention in organization.mentions { mentionEnds[mention.start] = mention.end }
            reportedAlone.insert(organization.key)
        }
        var found: [Mention] = []
        for (span, and) in joined where mentionEnds[and + andScalars.count] == span.end {
            let left = ScalarClass.string(scalars[span.start..<and])
            let right = ScalarClass.string(scalars[(and + andScalars.count)..<span.end])
            guard
                JoinedNames.shareHeadWord(left, right)
                    || (JoinedNames.isJoinableSide(left) && JoinedNames.standsAlone(left, reportedAlone))
            else { continue }
            found.append(Mention(start: span.start, end: and, text: left))
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    private static let andScalars = Array(" and ".unicodeScalars)

    /// Where the span's one " and " starts, when it holds exactly one and opens with a capital.
    private static func onlyAnd(in span: EntitySpan, _ s: [Unicode.Scalar]) -> Int? {
        guard span.end - span.start > andScalars.count + 4, ScalarClass.isUppercase(s[span.start]) else { return nil }
        var found: Int?
        var k = span.start + 1
        while k + andScalars.count < span.end {
            if s[k] == " ", s[k + 1] == "a", s[(k + 1)..<(k + andScalars.count)].elementsEqual(andScalars.dropFirst()) {
                guard found == nil else { return nil }
                found = k
            }
            k += 1
        }
        return found
    }
}
