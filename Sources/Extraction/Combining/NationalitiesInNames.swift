/// "the Australian Council of Trade Unions … ACTU secretary Sally McManus": a nationality that opens an
/// institution's name. The tagger learnt from Reuters to type a nationality before a name as a miscellaneous word
/// ("German Bundesbank", "Brazilian Foreign Ministry", where CoNLL-2003 leaves it out), and so reports "Council of
/// Trade Unions", which names nothing on its own. Where the article's own acronym for the organization says the
/// nationality is part of the name, the mention takes it in. The rules' reading is no such evidence: they read
/// "Brazilian Senate" and "French Interior Ministry" as one name too, and taking their span cost CoNLL train
/// 0.9626 → 0.9608 (CoNLL-2003 leaves every such nationality out). A name that opens with two topics joined by
/// "and" is evidence too: "Competition and Consumer Commission" after "Australian" is only ever cut from a longer
/// name, and CoNLL-2003 keeps the nationality in such names ("British Securities and Investments Board", "Irish
/// Department of Enterprise and Employment"), where it leaves it out of "French Interior Ministry".
extension CombinedOrganizationFinder {
    /// Widens a reported mention over the one capitalised word right before it that the tagger typed MISC, when
    /// an acronym the article reports spells the initials only with that word ("ACTU" beside "Australian Council of
    /// Trade Unions").
    static func widenedOverNationalities(
        _ organizations: [FoundOrganization], entities: [EntitySpan],
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        // The word before each mention, when the tagger typed it MISC: most articles have none.
        var widenings: [(organization: Int, mention: Int, start: Int)] = []
        for (o, organization) in organizations.enumerated() {
            for (m, mention) in organization.mentions.enumerated() {
                if let start = miscWordStart(before: mention.start, entities: entities, scalars) {
                    widenings.append((o, m, start))
                }
            }
        }
        guard !widenings.isEmpty else { return organizations }
        // The article's acronyms for its organizations, written in capitals ("ACTU").
        var acronyms = Set<[Unicode.Scalar]>()
        for organization in organizations {
            for mention in organization.mentions where (2...8).contains(mention.end - mention.start) {
                let letters = Array(scalars[mention.start..<mention.end])
                if letters.allSatisfy(ScalarClass.isUppercase) { acronyms.insert(letters) }
            }
        }
        var taken = TakenText(length: scalars.count)
        for organization in organizations { taken.take(organization.mentions) }
        var result = organizations
        for widening in widenings {
            let mention = result[widening.organization].mentions[widening.mention]
            let word = Mention(start: widening.start, end: mention.start - 1, text: "")
            guard taken.isFree(word) else { continue }
            let wide = scalars[widening.start..<mention.end]
            let initials = TaggedOrganizationFinder.initials(wide)
            let spelled =
                acronyms.contains(initials)
                && !acronyms.contains(TaggedOrganizationFinder.initials(scalars[mention.start..<mention.end]))
            guard spelled || opensWithJoinedTopics(scalars[mention.start..<mention.end]) else { continue }
            taken.take([word])
            result[widening.organization].mentions[widening.mention] = Mention(
                start: widening.start, end: mention.end, text: ScalarClass.string(wide))
        }
        return result
    }

    /// The start of a one-word MISC span that ends one space before `start` on the same line, opening with a
    /// capital and holding a lowercase letter ("Canadian"; not "EU-wide" nor a line in capitals).
    static func miscWordStart(before start: Int, entities: [EntitySpan], _ scalars: [Unicode.Scalar]) -> Int? {
        guard start >= 3, scalars[start - 1] == " " else { return nil }
        guard
            let word = entities.overlapping((start - 2)..<(start - 1)).first(where: {
                $0.end == start - 1 && $0.label == "MISC"
            })
        else { return nil }
        let letters = scalars[word.start..<word.end]
        guard ScalarClass.isUppercase(letters[letters.startIndex]),
            letters.allSatisfy({ $0.properties.isAlphabetic }),
            letters.contains(where: { $0.properties.isLowercase })
        else { return nil }
        return word.start
    }

    /// Whether a name opens with two capitalised words joined by "and" ("Competition and Consumer Commission") and
    /// goes on past them: two topics joined so name a body only after what says whose body it is.
    static func opensWithJoinedTopics(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = name.split(separator: " ")
        guard words.count >= 4, words[1].elementsEqual("and".unicodeScalars) else { return false }
        return [words[0], words[2], words[3]].allSatisfy { word in
            ScalarClass.isUppercase(word[word.startIndex])
        }
    }
}
