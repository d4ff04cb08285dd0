/// A company the tagger typed as a person, in a sentence no person fits: "Vodacom, which owns a 35% stake",
/// "Amazon shares were little changed", "shares of Ocado fell". News writes "who" after a person and "which" after
/// a company (CoNLL-2003 gold: 208 persons and 28 organizations before ", who"; 2 persons and 30 organizations
/// before ", which"), and only a listed company has shares (no person before "shares" in CoNLL-2003). The tagger,
/// which never saw an unfamiliar company's name, reads it by its shape as a surname.
extension CombinedOrganizationFinder {
    /// Adds each span the tagger typed as a person that ", which" or "shares" ("'s shares") follows, or that
    /// "shares of", "shares in", "stock of" precedes, as an organization (joining the one of its key), when no
    /// capitalised word stands right before it, and it lies in the regions and overlaps no reported mention.
    static func addingCompaniesReadAsPersons(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        for person in entities where person.label == "PER" {
            guard followsAsCompany(person.end, scalars) || precededAsCompany(person.start, scalars),
                !followsCapitalisedWord(person.start, scalars)
            else { continue }
            let mention = Mention(
                start: person.start, end: person.end, text: ScalarClass.string(scalars[person.start..<person.end]))
            found.append(mention)
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// Whether a capitalised word ends one space before `start`: a title ("President Suharto, which …", where
    /// "which" goes back to the company named before), or the person's given name.
    static func followsCapitalisedWord(_ start: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard start >= 2, scalars[start - 1] == " ", isNameScalar(scalars[start - 2]) else { return false }
        var k = start - 2
        while k > 0 && isNameScalar(scalars[k - 1]) { k -= 1 }
        return ScalarClass.isUppercase(scalars[k])
    }

    /// ", which " or " shares", "'s shares" at `end`.
    static func followsAsCompany(_ end: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        func at(_ k: Int, _ words: [Unicode.Scalar]) -> Bool {
            k + words.count <= scalars.count && scalars[k..<(k + words.count)].elementsEqual(words)
        }
        var k = end
        if at(k, whichAfter) { return true }
        if k + 1 < scalars.count, scalars[k] == "'" || scalars[k] == "’", scalars[k + 1] == "s" { k += 2 }
        guard at(k, sharesAfter) else { return false }
        let next = k + sharesAfter.count
        return next == scalars.count || !isNameScalar(scalars[next])
    }

    /// "shares of ", "shares in ", "stock of " (any case of the first letter) right before `start`.
    static func precededAsCompany(_ start: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        // "of " or "in " ends each: most spans follow neither.
        guard start >= 4, scalars[start - 1] == " ", scalars[start - 2] == "f" || scalars[start - 2] == "n" else {
            return false
        }
        return sharesBefore.contains { words in
            guard start >= words.count + 1 else { return false }
            let from = start - words.count
            guard scalars[(from + 1)..<start].elementsEqual(words.dropFirst()),
                scalars[from] == words[0] || scalars[from].value == words[0].value - 32
            else { return false }
            return from == 0 || !isNameScalar(scalars[from - 1])
        }
    }

    private static let whichAfter = Array(", which ".unicodeScalars)
    private static let sharesAfter = Array(" shares".unicodeScalars)
    private static let sharesBefore = ["shares of ", "shares in ", "stock of "].map { Array($0.unicodeScalars) }
}
