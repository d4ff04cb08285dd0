import Testing

@testable import Extraction

@Suite("A body named for its members, cut at the plural's apostrophe")
struct PluralPossessiveNamesTests {
    @Test("A members' body takes the capitalised words before it and the head after it")
    func widenedOverMembers() {
        let story = """
            The New Zealand Rugby Players' Association objected. The Independent Game Developers' Association \
            did not.
            """
        let result = CombinedOrganizationFinder.widenedOverPluralPossessives(
            [organizationOf("Players' Association", in: story), organizationOf("Game Developers", in: story)],
            Array(story.unicodeScalars))
        #expect(
            result.map { $0.mentions[0].text }.sorted() == [
                "Independent Game Developers' Association", "New Zealand Rugby Players' Association",
            ])
    }

    @Test("'The', a lowercase word, a possessive or another name before it, and a singular, stay out")
    func keptShort() {
        let story = """
            The Musicians' Union struck. Britain's Teachers' Union met. Boeing Machinists' Union members voted. \
            The Gold Fields workers' union balked.
            """
        let result = CombinedOrganizationFinder.widenedOverPluralPossessives(
            [
                organizationOf("Musicians' Union", in: story), organizationOf("Teachers' Union", in: story),
                organizationOf("Boeing", in: story), organizationOf("Machinists' Union", in: story),
                organizationOf("Gold Fields", in: story),
            ],
            Array(story.unicodeScalars))
        #expect(
            result.map { $0.mentions[0].text } == [
                "Musicians' Union", "Teachers' Union", "Boeing", "Machinists' Union", "Gold Fields",
            ])
        #expect(!CombinedOrganizationFinder.holdsPluralPossessive("McDonald's"))
    }
}
