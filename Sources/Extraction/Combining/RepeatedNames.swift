/// A name the article reports as an organization, written again elsewhere in the article word for word, where the
/// tagger read it otherwise ("Thames Water paid bonuses …" found, "Thames Water, which serves 16 million customers"
/// typed a person; "beat Munster 41-10" found, "Munster lost their captain" typed a person). One article uses one
/// name for one thing, and the tagger's reading of a name it never saw in training swings with each sentence's
/// context, where the reader of the whole article does not.
extension CombinedOrganizationFinder {
    /// Adds, to each organization, the other whole-word occurrences of its names of two words or more that stand
    /// alone: inside the title and body, free of other mentions, typed by the tagger exactly as they are (as a
    /// person or a place, not MISC) or not at all (not inside a longer name of any type), and not run into a capitalised word on either side ("Thames
    /// Water Utilities"). One-word names are left out: a word is more often a surname or a place in one sentence
    /// and a company in another ("Ford", "Jordan") than a name of several words is, and it counts only where it
    /// stands alone (not a part the tagger cut from "Citizens Advice Sheffield").
    static func addingRepeatedNames(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar], capitals: ArticleCapitals? = nil
    ) -> [FoundOrganization] {
        // The names to look for, each once, with the organization that owns it (the first that reports it), and
        // how often each text is reported: one table look-up per mention. A text that is a place's name is no name to
        // repeat, at its first use as at any later one.
        var times: [String: Int] = [:]
        var names: [(text: [Unicode.Scalar], string: String, organization: Int)] = []
        for (index, organization) in organizations.enumerated() {
            for mention in organization.mentions where isRepeatableName(scalars, mention.start, mention.end) {
                let text = ScalarClass.string(scalars[mention.start..<mention.end])
                // A one-word name counts only where it stands alone: "Sheffield" of "Citizens Advice Sheffield" and
                // of "Sheffield Wednesday" is a part of two longer names the tagger cut, not a name reported twice.
                if !scalars[mention.start..<mention.end].contains(" "),
                    !standsAlone(scalars, mention.start, mention.end)
                {
                    continue
                }
                var first = false
                func firstUse() -> Int {
                    first = true
                    return 0
                }
                times[text, default: firstUse()] += 1
                guard first, !PlaceNames.contains(text.lowercased()) else { continue }
                names.append((Array(scalars[mention.start..<mention.end]), text, index))
            }
        }
        names.removeAll { name in
            !name.text.contains(" ") && times[name.string, default: 0] < 2
        }
        guard !names.isEmpty else { return organizations }
        var taken = TakenText(length: scalars.count)
        for organization in organizations { taken.take(organization.mentions) }
        let cover = regions.map(RegionCover.init)
        var result = organizations
        // Longer names first, so that "Thames Water Utilities" is placed before "Thames Water" could claim a part.
        for name in names.sorted(by: { $0.text.count > $1.text.count }) {
            var found: [Mention] = []
            for start in wholeWordStarts(of: name.text, in: scalars, capitals: capitals) {
                let end = start + name.text.count
                let mention = Mention(start: start, end: end, text: name.string)
                guard taken.isFree(mention), standsAlone(scalars, start, end),
                    isTypedExactlyOrNot(mention, entities: entities)
                else { continue }
                if let cover, !cover.encloses(start, end) { continue }
                found.append(mention)
            }
            guard !found.isEmpty else { continue }
            taken.take(found)
            result[name.organization].mentions = (result[name.organization].mentions + found).sorted {
                $0.start < $1.start
            }
        }
        return result
    }

    /// Two words or more, opening with a capital or a digit, with a lowercase letter somewhere (not a line in
    /// capitals, where Reuters' tables and headlines repeat words in other roles).
    static func isRepeatableName(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3, end <= scalars.count,
            ScalarClass.isUppercase(scalars[start]) || ScalarClass.isDigit(scalars[start])
        else { return false }
        var lower = false
        for scalar in scalars[start..<end] {
            if scalar == "\n" { return false }
            // `isLower` answers ASCII inline: Unicode's property tables cost a hundred instructions a scalar
            if isLower(scalar) { lower = true }
        }
        return lower
    }

    /// Whether no capitalised word runs into the span on the same line: the word before it (past one space) and
    /// the word after it do not open with a capital ("The" aside), so the span is no part of a longer name.
    static func standsAlone(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        if start >= 2, scalars[start - 1] == " ", isNameScalar(scalars[start - 2]) {
            var k = start - 2
            while k > 0 && isNameScalar(scalars[k - 1]) { k -= 1 }
            // A sentence's "The" is an article before the name, no part of a longer one.
            if ScalarClass.isUppercase(scalars[k]), !scalars[k..<(start - 1)].elementsEqual("The".unicodeScalars) {
                return false
            }
        }
        if end + 1 < scalars.count, scalars[end] == " ", ScalarClass.isUppercase(scalars[end + 1]) { return false }
        return true
    }

    /// Whether every tagger entity touching the mention is exactly the mention, typed other than MISC, or none
    /// touches it. A MISC reading is the tagger's word for a product or a work, which tech and culture pages repeat
    /// by the name of their maker's line ("AirPods Pro", "HP Spectre Folio" on the dev pages).
    static func isTypedExactlyOrNot(_ mention: Mention, entities: [EntitySpan]) -> Bool {
        entities.overlapping(mention.start..<mention.end).allSatisfy { entity in
            !(entity.start < mention.end && mention.start < entity.end)
                || (entity.start == mention.start && entity.end == mention.end && entity.label != "MISC")
        }
    }
}
