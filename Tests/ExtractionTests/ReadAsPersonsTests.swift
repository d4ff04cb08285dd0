import Testing

@testable import Extraction

@Suite("Companies and short forms the tagger read as persons")
struct ReadAsPersonsTests {
    @Test("A person-typed name before \", which\" or \"shares\", or after \"shares of\", is a company")
    func companiesReadAsPersons() {
        let story = """
            Vodacom, which owns a 35% stake, agreed. Amazon shares were flat and shares of Ocado fell. \
            Jon Holden, who leads the union, spoke. A son of President Suharto, which plans a car, came.
            """
        let scalars = Array(story.unicodeScalars)
        let entities = ["Vodacom", "Amazon", "Ocado", "Jon Holden", "Suharto"].map { spanOf($0, in: story, "PER") }
        let result = CombinedOrganizationFinder.addingCompaniesReadAsPersons(
            [], entities: entities, regions: nil, scalars)
        // "who" is a person's; after a title, "which" goes back to what was named before the person.
        #expect(result.map(\.name) == ["Vodacom", "Amazon", "Ocado"])
    }

    @Test("A club's last word read as a surname is the club the article named in full")
    func shortForms() {
        let story = """
            Aston Villa sold Jhon Duran. Villa bought him two years ago. Garnet Hathaway was ejected, and Hathaway \
            will miss games. Lucas Digne praised Digne's coach.
            """
        let scalars = Array(story.unicodeScalars)
        let villa = organizationOf("Aston Villa", in: story)
        // The tagger alone read a person in full as an organization: not a rule name, so its surname stays.
        let hathaway = organizationOf("Garnet Hathaway", in: story)
        let entities = [
            spanOf("Jhon Duran", in: story, "PER"), EntitySpan(start: 29, end: 34, label: "PER"),
            EntitySpan(start: 94, end: 102, label: "PER"), spanOf("Lucas Digne", in: story, "PER"),
        ]
        let result = CombinedOrganizationFinder.addingShortFormsReadAsPersons(
            [villa, hathaway], entities: entities, regions: nil, isRuleName: { $0.name == "Aston Villa" }, scalars)
        #expect(result[0].mentions.map(\.text) == ["Aston Villa", "Villa"])
        #expect(result[1].mentions.map(\.text) == ["Garnet Hathaway"])
    }
}
