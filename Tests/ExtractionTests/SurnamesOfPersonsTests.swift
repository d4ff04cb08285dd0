import Testing

@testable import Extraction

@Suite("A one-word organization that is the surname of a person named in full elsewhere")
struct SurnamesOfPersonsTests {
    @Test("The surname alone is the person, unless the rules know the name")
    func surnames() {
        let story =
            "Tomasz Kellner scored first. Kellner's winner came late. Lana Vorne founded Vorne, and Michael Dell came."
        let scalars = Array(story.unicodeScalars)
        let entities = [
            spanOf("Tomasz Kellner", in: story, "PER"), spanOf("Lana Vorne", in: story, "PER"),
            spanOf("Michael Dell", in: story, "PER"),
        ]
        var kellner = organizationOf("Kellner", in: story)
        kellner.mentions = [Mention(start: 29, end: 36, text: "Kellner")]
        let dell = organizationOf("Dell", in: "Dell")
        let twoWords = organizationOf("Vorne Labs", in: "Vorne Labs")
        let result = CombinedOrganizationFinder.withoutSurnamesOfPersons(
            [kellner, dell, twoWords], isRuleName: { $0.name == "Dell" }, entities: entities, scalars)
        // "Kellner" goes; "Dell" is a rule name; a name of two words is no surname.
        #expect(result.map(\.name) == ["Dell", "Vorne Labs"])
    }
}
