/// A name in a list of organizations that the tagger typed as a place or a person ("banks including the
/// Commonwealth Bank, Westpac and ANZ", "Westpac" typed LOC): a list names things of one kind, and the names on
/// both sides of this one are organizations. A list's first item has names only after it: a place's span there
/// ("members include Amazon, Google and Meta", "firms including Mobil, Shell and Caltex", both typed LOC) is taken
/// when two reported mentions follow, joined as a list's last two; not a person's ("Joseph Kuhn, Advanced Medical
/// and IMED president", CoNLL train) nor a country's (the government acting beside its bodies). Two names joined by
/// "and" are a list too, where the place's side is one word the finder knows as no place (`isUnknownPlaceWord`).
extension CombinedOrganizationFinder {
    /// Adds each span the tagger typed as a place or a person that a reported mention and ", " come right before,
    /// and that ", " or " and " (", and", " or") and a reported mention come right after; or, last in the list,
    /// that " and " and a mention come before, with ", " and another mention before that one; or, a place's span
    /// first in the list, that ", ", a mention, " and " (", and ") and another mention come right after. The span
    /// must lie in the regions and overlap no reported mention.
    static func addingListedOrganizations(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        // Only a place or person span after ", " or " and " can be a list's item: most documents have few, and
        // the mentions are indexed only for those.
        let candidates = entities.filter { span in
            ((span.label == "LOC" || span.label == "PER") && span.start >= 2 && scalars[span.start - 1] == " "
                && (scalars[span.start - 2] == "," || scalars[span.start - 2] == "d"))
                || (span.label == "LOC" && span.end < scalars.count
                    && (scalars[span.end] == "," || scalars[span.end] == " "))
        }
        guard !candidates.isEmpty else { return organizations }
        var startsAt = Set<Int>()
        var endsAt: [Int: Int] = [:]
        var endOfMentionAt: [Int: Int] = [:]
        for organization in organizations {
            for mention in organization.mentions {
                startsAt.insert(mention.start)
                endsAt[mention.end] = mention.start
                endOfMentionAt[mention.start] = mention.end
            }
        }
        guard startsAt.count >= 2 else { return organizations }
        func separator(_ words: [Unicode.Scalar], endingAt end: Int) -> Int? {
            let start = end - words.count
            guard start >= 0, scalars[start..<end].elementsEqual(words) else { return nil }
            return start
        }
        func separator(_ words: [Unicode.Scalar], startingAt start: Int) -> Int? {
            let end = start + words.count
            guard end <= scalars.count, scalars[start..<end].elementsEqual(words) else { return nil }
            return end
        }
        /// The start of the mention ending at `end` after one of `joiners`, if any.
        func mention(before start: Int, _ joiners: [[Unicode.Scalar]]) -> Int? {
            for joiner in joiners {
                if let end = separator(joiner, endingAt: start), let previous = endsAt[end] { return previous }
            }
            return nil
        }
        /// Whether ", ", a mention, " and " (", and ") and another mention come right after the span.
        func opensList(_ span: EntitySpan) -> Bool {
            guard let next = separator(comma, startingAt: span.end), let nextEnd = endOfMentionAt[next] else {
                return false
            }
            return lastJoiners.contains { joiner in
                separator(joiner, startingAt: nextEnd).map { startsAt.contains($0) } ?? false
            }
        }
        var found: [Mention] = []
        for span in candidates {
            let followedByMention = followers.contains { joiner in
                separator(joiner, startingAt: span.end).map { startsAt.contains($0) } ?? false
            }
            let inside = mention(before: span.start, commaOnly) != nil && followedByMention
            let last =
                mention(before: span.start, lastJoiners).map { mention(before: $0, commaOnly) != nil } ?? false
            let opener = !inside && !last && span.label == "LOC" && opensList(span)
            // A pair alone, not the end of a longer list ("Breisach, Kehl and Freiburg") nor after a place's
            // preposition ("the mining towns of Barentsburg and Pyramiden", "plumes emanating from Enceladus and
            // Europa").
            let pairStart =
                mention(before: span.start, [and])
                ?? ((separator(and, startingAt: span.end).map { startsAt.contains($0) } ?? false) ? span.start : nil)
            let paired =
                !inside && !last && !opener && span.label == "LOC"
                && pairStart.map { start in
                    separator(comma, endingAt: start) == nil && !followsPlacePreposition(start, scalars)
                        && separator(from, endingAt: start) == nil
                } ?? false
            guard inside || last || opener || paired else { continue }
            let text = Mention(
                start: span.start, end: span.end, text: ScalarClass.string(scalars[span.start..<span.end]))
            if paired && !isUnknownPlaceWord(text.text) { continue }
            // A country first in a list is the government acting with the bodies after it ("Britain, Ofcom and
            // Ofwat agreed"), a place in the guidelines.
            if opener && PlaceNames.countries.contains(text.text.lowercased()) { continue }
            found.append(text)
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// A pair's side typed as a place ("suits against Coinbase and Kraken", "Wipro and HCLTech report"): one word,
    /// not in capitals, that names no place or people the finder knows. The tagger typed it a place by its shape
    /// alone, and the name beside it is an organization; a known place there is the place ("Airbus and Paris").
    static func isUnknownPlaceWord(_ word: String) -> Bool {
        !word.contains(" ") && !word.contains(".") && word.unicodeScalars.contains { $0.properties.isLowercase }
            && !PlaceNames.contains(word.lowercased()) && !territories.contains(word.lowercased())
    }

    private static let comma = Array(", ".unicodeScalars)
    private static let from = Array(" from ".unicodeScalars)
    private static let and = Array(" and ".unicodeScalars)
    private static let commaAnd = Array(", and ".unicodeScalars)
    private static let or = Array(" or ".unicodeScalars)
    private static let followers = [comma, and, commaAnd, or]
    private static let commaOnly = [comma]
    private static let lastJoiners = [and, commaAnd]
}
