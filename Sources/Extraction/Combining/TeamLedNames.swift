/// Names that open with the word "Team" ("Team Liquid", "Team Vitality", "Team Sky"): esports, cycling and national
/// sporting outfits put the word in the name itself, and the tagger, which never saw such a name, types the words
/// after it ("Liquid") as the organization and leaves "Team" out as a common noun.
extension CombinedOrganizationFinder {
    /// Widens an organization's mentions over the "Team " before them when the article writes it before every one of
    /// them: a common noun would also stand alone ("the team said"), and "team" in lowercase is never matched. The
    /// word "Team" must follow no capitalised word on its line ("Red Bull Team Principal"; a sentence's first word is
    /// fine).
    static func widenedOverTeamWord(
        _ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var result = organizations
        for index in result.indices where !result[index].mentions.isEmpty {
            let mentions = result[index].mentions
            guard mentions.allSatisfy({ opensWithTeamWord(before: $0.start, scalars) }) else { continue }
            for (k, mention) in mentions.enumerated() {
                let start = mention.start - 5
                result[index].mentions[k] = Mention(
                    start: start, end: mention.end, text: ScalarClass.string(scalars[start..<mention.end]))
            }
            let name = result[index].mentions[0].text
            result[index].aliases = [result[index].name] + result[index].aliases
            result[index].name = name
            result[index].key = OrganizationKey.make(name)
        }
        return result
    }

    /// Whether "Team " ends at `start`, after no capitalised word or number on its line.
    static func opensWithTeamWord(before start: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard start >= 5, s[(start - 5)..<start].elementsEqual("Team ".unicodeScalars) else { return false }
        let k = start - 5
        guard k == 0 || !isNameScalar(s[k - 1]) else { return false }
        guard k >= 2, s[k - 1] == " ", isNameScalar(s[k - 2]) else { return true }
        var w = k - 2
        while w > 0 && isNameScalar(s[w - 1]) { w -= 1 }
        return !(ScalarClass.isUppercase(s[w]) || ScalarClass.isDigit(s[w]))
    }
}
