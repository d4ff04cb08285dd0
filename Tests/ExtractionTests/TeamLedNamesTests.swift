import Testing

@testable import Extraction

@Suite("Names that open with 'Team' ('Team Liquid'), written before each mention")
struct TeamLedNamesTests {
    /// "Kestrel" found at the two places of `text` that open with `first` and `second` ("Kestrel beat").
    private func kestrel(_ first: String, _ second: String, in text: String) -> FoundOrganization {
        FoundOrganization(
            name: "Kestrel", key: OrganizationKey.make("Kestrel"),
            mentions: [mentionOf(first, in: text), mentionOf(second, in: text)].map {
                Mention(start: $0.start, end: $0.start + 7, text: "Kestrel")
            })
    }

    @Test("An organization written after 'Team' at every mention takes the word into its name")
    func widened() {
        let text = "Team Kestrel beat Sentinels. Fans of Team Kestrel cheered. The Ferro Team Principal met Orbis."
        let scalars = Array(text.unicodeScalars)
        let found = CombinedOrganizationFinder.widenedOverTeamWord(
            [kestrel("Kestrel beat", "Kestrel cheered", in: text)], scalars)
        #expect(found[0].name == "Team Kestrel")
        #expect(found[0].mentions.map(\.text) == ["Team Kestrel", "Team Kestrel"])
        #expect(found[0].aliases == ["Kestrel"])
    }

    @Test("Not where one mention stands alone, nor after a capitalised word ('Ferro Team Principal')")
    func leftAlone() {
        let text = "Team Kestrel won, and Kestrel fans cheered. The Ferro Team Orbis met."
        let scalars = Array(text.unicodeScalars)
        let orbis = FoundOrganization(
            name: "Orbis", key: OrganizationKey.make("Orbis"), mentions: [mentionOf("Orbis", in: text)])
        let found = CombinedOrganizationFinder.widenedOverTeamWord(
            [kestrel("Kestrel won", "Kestrel fans", in: text), orbis], scalars)
        #expect(found.map(\.name) == ["Kestrel", "Orbis"])
    }
}
