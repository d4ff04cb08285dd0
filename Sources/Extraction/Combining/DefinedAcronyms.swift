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
        var defined = Set<[Unicode.Scalar]>()
        for (index, organization) in organizations.enumerated() {
            for mention in organization.mentions {
                guard let letters = TaggedOrganizationFinder.acronym(after: mention.end, scalars),
                    TaggedOrganizationFinder.initials(scalars[mention.start..<mention.end]) == letters,
                    defined.insert(letters).inserted
                else { continue }
                definitions.append((index, letters))
            }
        }
        guard !definitions.isEmpty else { return organizations }
        var taken = TakenText(length: scalars.count)
        for organization in organizations { taken.take(organization.mentions) }
        var result = organizations
        let cover = regions.map(RegionCover.init)
        // An article defines an acronym or two, each searched for through the text; one that defines many (a
        // glossary, a list) has its words indexed once, or the searches together would be quadratic.
        let words = definitions.count > Self.acronymsSearchedOneByOne ? WholeWordStarts(scalars) : nil
        for (index, letters) in definitions {
            // The acronym as the article writes it: "RBI", or "Sebi" for a word-shaped one.
            guard let written = writtenAcronym(letters, after: result[index].mentions, scalars) else { continue }
            var found: [Mention] = []
            for start in words?.starts(of: written) ?? wholeWordStarts(of: written, in: scalars) {
                let mention = Mention(
                    start: start, end: start + written.count, text: ScalarClass.string(written))
                if let cover, !cover.encloses(mention.start, mention.end) { continue }
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

    /// How many defined acronyms are searched for one by one before the text's words are indexed.
    static let acronymsSearchedOneByOne = 4

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

/// Where each word of a text starts, for words of name scalars (`isNameScalar`) of two to nine scalars that open
/// with a capital: what `wholeWordStarts` finds for such a word, read in one pass. A word all of name scalars
/// matches there only as a whole run of them, so the runs are the matches.
struct WholeWordStarts {
    private var startsOfWord: [String: [Int]] = [:]

    init(_ scalars: [Unicode.Scalar]) {
        var k = 0
        while k < scalars.count {
            guard CombinedOrganizationFinder.isNameScalar(scalars[k]) else {
                k += 1
                continue
            }
            let start = k
            while k < scalars.count && CombinedOrganizationFinder.isNameScalar(scalars[k]) { k += 1 }
            if (2...9).contains(k - start) && ScalarClass.isUppercase(scalars[start]) {
                startsOfWord[ScalarClass.string(scalars[start..<k]), default: []].append(start)
            }
        }
    }

    /// The starts of `word` as a whole word, ascending; nil when the index cannot answer for it (a word of other
    /// scalars, or of another length or case), which the caller then searches for.
    func starts(of word: [Unicode.Scalar]) -> [Int]? {
        guard (2...9).contains(word.count), ScalarClass.isUppercase(word[0]),
            word.allSatisfy(CombinedOrganizationFinder.isNameScalar)
        else { return nil }
        return startsOfWord[ScalarClass.string(word)] ?? []
    }
}

/// The other way round: an acronym the article reports, defined by a name the tagger typed as something else ("The
/// Australian Energy Market Operator (AEMO) warned", the name typed MISC after the newspaper "The Australian" that
/// the rules read at the sentence's start). The definition is the acronym's organization.
extension CombinedOrganizationFinder {
    /// Adds each span the tagger typed other than ORG that a parenthesised acronym follows whose letters are the
    /// span's initials (`TaggedOrganizationFinder.initials`), when the acronym there is a reported mention, to the
    /// acronym's organization; the span must lie in the regions and overlap no reported mention.
    static func addingDefinitionsOfAcronyms(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var ownerAt: [Int: Int] = [:]
        for (index, organization) in organizations.enumerated() {
            for mention in organization.mentions where mention.start > 0 && scalars[mention.start - 1] == "(" {
                ownerAt[mention.start] = index
            }
        }
        guard !ownerAt.isEmpty else { return organizations }
        var space = FreeNameSpace(regions: regions, organizations: organizations, length: scalars.count)
        var result = organizations
        var grown = Set<Int>()
        for span in entities where span.label != "ORG" {
            guard span.end + 2 < scalars.count, scalars[span.end] == " ", scalars[span.end + 1] == "(",
                let owner = ownerAt[span.end + 2],
                let letters = TaggedOrganizationFinder.acronym(after: span.end, scalars), letters.count >= 2,
                TaggedOrganizationFinder.initials(scalars[span.start..<span.end]) == letters
            else { continue }
            let mention = Mention(
                start: span.start, end: span.end, text: ScalarClass.string(scalars[span.start..<span.end]))
            guard space.admits(mention) else { continue }
            result[owner].mentions.append(mention)
            grown.insert(owner)
        }
        for index in grown { result[index].mentions.sort { $0.start < $1.start } }
        return result
    }
}
