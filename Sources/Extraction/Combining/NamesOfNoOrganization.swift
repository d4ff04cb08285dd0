/// Two shapes of name the tagger or the rules report that the guidelines do not count as an organization.
///
/// "the Champions League", "the AFC Champions League", "the Nations League": a competition named for who enters it
/// (the champions of national leagues, nations) is an event (CoNLL-2003 types the competitions of its football
/// news, "UEFA Cup" and "World Cup", as miscellaneous names), though its last word is a league's. The body that runs
/// it ("UEFA") and the clubs in it are their own mentions; a league of clubs ("Indian Premier League", "A-League")
/// is named for no entrants and stays.
///
/// "Karl-Anthony Towns added 22 points": two given names joined by a hyphen open a person's name (CoNLL-2003 train
/// and dev have 24 such names, all persons: "Jean-Philippe Fleurian", "Carl-Uwe Steeb"), and the tagger, which reads
/// the hyphenated word as one unknown word, may type the whole an organization.
extension CombinedOrganizationFinder {
    /// Drops each mention that is a competition named for its entrants or a person's name opened by hyphenated
    /// given names, and an organization left without mentions; one that keeps others is named by its first.
    static func withoutNamesOfNoOrganization(_ organizations: [FoundOrganization]) -> [FoundOrganization] {
        let isNoOrganization = { (text: String) in
            isCompetitionNamedForEntrants(text) || opensWithHyphenatedGivenNames(text)
        }
        // Most articles have no such mention: each is passed over on its bytes before anything is split.
        guard organizations.contains(where: { $0.mentions.contains { isNoOrganization($0.text) } }) else {
            return organizations
        }
        var result: [FoundOrganization] = []
        for var organization in organizations {
            organization.mentions.removeAll { isNoOrganization($0.text) }
            guard let first = organization.mentions.first else { continue }
            if isNoOrganization(organization.name) {
                organization.name = first.text
                organization.key = OrganizationKey.make(first.text)
            }
            result.append(organization)
        }
        return result
    }

    /// Whether a name ends in "League", "Cup" or "Trophy" after "Champions" or "Nations".
    static func isCompetitionNamedForEntrants(_ text: String) -> Bool {
        guard let last = text.utf8.last, last == 0x65 || last == 0x70 || last == 0x79,
            text.hasSuffix(" League") || text.hasSuffix(" Cup") || text.hasSuffix(" Trophy")
        else { return false }
        let words = text.split(separator: " ")
        return words.count >= 2 && ["Champions", "Nations"].contains(words[words.count - 2])
    }

    /// Whether a name of two or three words opens with two given names joined by a hyphen ("Karl-Anthony Towns"),
    /// each capitalised, and its other words are capitalised.
    static func opensWithHyphenatedGivenNames(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let space = bytes.firstIndex(of: 0x20), bytes[..<space].contains(0x2D) else { return false }
        let words = text.split(separator: " ")
        let parts = words[0].split(separator: "-")
        guard words.count <= 3, parts.count == 2,
            words.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().contains { $0.isLowercase } }),
            parts.allSatisfy({ $0.first?.isUppercase == true })
        else { return false }
        return parts.allSatisfy { PersonNames.given.contains($0.lowercased()) }
    }
}
