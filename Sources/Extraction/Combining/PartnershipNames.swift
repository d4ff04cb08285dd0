/// Round 26: a partnership named for its partners, "Keefe, Bruyette & Woods", "Cravath, Swaine & Moore": the
/// investment banks and law firms news quotes are written as surnames joined by commas and a last "&". The tagger
/// reads the last two ("Bruyette & Woods") as the name and the first as a place or a person; the rules'
/// `JoinedNames` keep a comma only before a list's last "and" or "&", so nothing joined them again. No gold name of
/// CoNLL-2003 train or dev, nor of web-news dev, has this shape, nor does any mention the finder reports there.
extension CombinedOrganizationFinder {
    /// Widens each mention of two capitalised words joined by " & " leftwards over the surnames before it, each a
    /// single capitalised word followed by ", ", where the word before the first is lowercase (a preposition or a
    /// verb: "analysts at", "advised by"), and no surname is a place, a people or a tagger organization of its own
    /// (a list of firms, "at Goldman, Morgan & Co"); the mentions the widened name holds are dropped.
    static func widenedOverPartners(
        _ organizations: [FoundOrganization], entities: [EntitySpan], _ scalars: [Unicode.Scalar]
    )
        -> [FoundOrganization]
    {
        var widened: [Range<Int>] = []
        let result = respanning(organizations, scalars) { mention in
            guard let start = partnersStart(before: mention, entities: entities, scalars) else { return nil }
            widened.append(start..<mention.end)
            return start..<mention.end
        }
        return withoutMentions(insideAnyOf: widened, result)
    }

    /// Where the partners' surnames before `mention` begin, if the mention is "Surname & Surname" and such surnames
    /// precede it (see above).
    static func partnersStart(before mention: Mention, entities: [EntitySpan], _ s: [Unicode.Scalar]) -> Int? {
        // The cheap test first: ", " before the mention.
        guard mention.start >= 4, s[mention.start - 1] == " ", s[mention.start - 2] == "," else { return nil }
        let words = mention.text.split(separator: " ")
        guard words.count == 3, words[1] == "&", words[0].first?.isUppercase == true,
            words[2].first?.isUppercase == true
        else { return nil }
        var start = mention.start
        var first: Int? = nil
        // Each ", Surname" before the mention, up to four partners.
        for _ in 0..<4 {
            guard start >= 4, s[start - 1] == " ", s[start - 2] == "," else { break }
            var k = start - 2
            while k > 0, isLower(s[k - 1]) { k -= 1 }
            guard k > 0, ScalarClass.isUppercase(s[k - 1]), k - 1 < start - 3 else { break }
            let wordStart = k - 1
            guard wordStart == 0 || s[wordStart - 1] == " " else { break }
            let word = ScalarClass.string(s[wordStart..<(start - 2)])
            guard !PlaceNames.contains(word.lowercased()),
                !entities.overlapping(wordStart..<(start - 2)).contains(where: {
                    $0.label == "ORG" && $0.start < start - 2 && wordStart < $0.end
                })
            else { break }
            start = wordStart
            first = wordStart
        }
        guard let first, first >= 2, s[first - 1] == " ", isLower(s[first - 2]) else { return nil }
        return first
    }
}
