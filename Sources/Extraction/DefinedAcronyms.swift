/// Acronyms an article defines right after an organization's name ("The Reserve Bank of India (RBI) on Friday
/// cut …"), which the tagger typed as something else or nothing: the definition makes the acronym the
/// organization's, in the parenthesis and wherever else the article writes it ("RBI cuts repo rate").
extension CombinedOrganizationFinder {
    /// Adds each defined acronym as mentions of its organization: the parenthesised one, and its other whole-word
    /// occurrences inside `regions` that the tagger typed as nothing or as a miscellaneous name (not a person or a
    /// place, which say the letters mean something else there). The acronym must spell the initials of the name's
    /// capitalised words (`TaggedOrganizationFinder.initials`), and the words must be free of other mentions.
    static func addingDefinedAcronyms(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var definitions: [(organization: Int, letters: [Unicode.Scalar])] = []
        for (index, organization) in organizations.enumerated() {
            for mention in organization.mentions {
                guard let letters = TaggedOrganizationFinder.acronym(after: mention.end, scalars),
                    TaggedOrganizationFinder.initials(scalars[mention.start..<mention.end]) == letters,
                    !definitions.contains(where: { $0.letters == letters })
                else { continue }
                definitions.append((index, letters))
            }
        }
        guard !definitions.isEmpty else { return organizations }
        var taken = TakenText(length: scalars.count)
        for organization in organizations { taken.take(organization.mentions) }
        var result = organizations
        for (index, letters) in definitions {
            // The acronym as the article writes it: "RBI", or "Sebi" for a word-shaped one.
            guard let written = writtenAcronym(letters, after: result[index].mentions, scalars) else { continue }
            var found: [Mention] = []
            for start in wholeWordStarts(of: written, in: scalars) {
                let mention = Mention(
                    start: start, end: start + written.count, text: String(String.UnicodeScalarView(written)))
                if let regions,
                    !regions.contains(where: { $0.lowerBound <= mention.start && mention.end <= $0.upperBound })
                {
                    continue
                }
                guard taken.isFree(mention), isTypedAsNoName(mention, entities: entities) else { continue }
                found.append(mention)
            }
            guard !found.isEmpty else { continue }
            taken.take(found)
            result[index].mentions = (result[index].mentions + found).sorted { $0.start < $1.start }
            let key = OrganizationKey.make(found[0].text)
            if key != result[index].key && !result[index].aliases.contains(where: { OrganizationKey.make($0) == key }) {
                result[index].aliases.append(found[0].text)
            }
        }
        return result
    }

    /// The parenthesised acronym's own scalars after the first of `mentions` it follows.
    private static func writtenAcronym(
        _ letters: [Unicode.Scalar], after mentions: [Mention], _ scalars: [Unicode.Scalar]
    ) -> [Unicode.Scalar]? {
        for mention in mentions {
            guard TaggedOrganizationFinder.acronym(after: mention.end, scalars) == letters else { continue }
            var k = mention.end
            while k < scalars.count && scalars[k] == " " { k += 1 }
            guard k + 1 + letters.count <= scalars.count else { return nil }
            return Array(scalars[(k + 1)..<(k + 1 + letters.count)])
        }
        return nil
    }

    /// Whether the tagger typed exactly these words as a miscellaneous name, or typed none of them.
    private static func isTypedAsNoName(_ mention: Mention, entities: [EntitySpan]) -> Bool {
        entities.overlapping(mention.start..<mention.end).allSatisfy { entity in
            !(entity.start < mention.end && mention.start < entity.end)
                || (entity.start == mention.start && entity.end == mention.end && entity.label == "MISC")
        }
    }
}
