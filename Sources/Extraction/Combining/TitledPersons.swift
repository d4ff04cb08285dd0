/// "Justice Nancy Andrighi wrote …", "Governor Maria Lopes said …": a post, a given name and a surname are a person
/// named with the post. The tagger, which reads a capitalised post ("Justice", "Senator") as part of a name and never
/// saw the given name, can report the three words as an organization; the guidelines make a person no organization.
extension CombinedOrganizationFinder {
    /// Drops a mention of exactly three words: a post (`ExclusionLexicon.titles`), a common given name
    /// (`PersonNames.given`) and a capitalised word that ends no institution's name ("Prince Charles Hospital",
    /// "Queen Mary University" stay); an organization left with no mention is dropped.
    static func withoutTitledPersons(_ organizations: [FoundOrganization]) -> [FoundOrganization] {
        // Most articles have none: nothing is copied until one mention is found so.
        guard organizations.contains(where: { $0.mentions.contains(where: isTitledPerson) }) else {
            return organizations
        }
        return organizations.compactMap { organization in
            var kept = organization
            kept.mentions.removeAll(where: isTitledPerson)
            return kept.mentions.isEmpty ? nil : kept
        }
    }

    /// Whether a mention is a post, a given name and a surname (see above).
    static func isTitledPerson(_ mention: Mention) -> Bool {
        // The cheap test first: two spaces, no more.
        var spaces = 0
        for byte in mention.text.utf8 where byte == 0x20 {
            spaces += 1
            if spaces > 2 { return false }
        }
        guard spaces == 2, let lead = mention.text.utf8.first, lead >= 0x41, lead <= 0x5A else { return false }
        guard let space = mention.text.firstIndex(of: " "),
            ExclusionLexicon.titles.contains(mention.text[..<space].lowercased())
        else { return false }
        let words = mention.text.split(separator: " ")
        guard words.count == 3, let last = words[2].unicodeScalars.first, ScalarClass.isUppercase(last),
            words[2].unicodeScalars.dropFirst().allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A })
        else { return false }
        let surname = words[2].lowercased()
        return PersonNames.given.contains(words[1].lowercased())
            && !publicBodyHeads.contains(surname) && !institutionHeads.contains(surname)
            && !firmForms.contains(surname) && !placeLikeEnds.contains(surname)
    }

    /// Last words of institutions named after a person with a post ("Prince Charles Hospital").
    static let placeLikeEnds: Set<String> = [
        "hospital", "school", "trust", "fund", "centre", "center", "club", "hall", "house", "airport", "port",
        "park", "bridge", "street", "road",
    ]
}
