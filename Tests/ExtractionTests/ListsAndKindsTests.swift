import Testing

@testable import Extraction

@Suite("Names in lists of organizations, and the kind after a name")
struct ListsAndKindsTests {
    @Test("A place or a person between organizations in a list is an organization")
    func listed() {
        let story = """
            Loans come through the Commonwealth Bank, Westpac and ANZ. Rivals include Brex, Ramp, and Zeta. \
            Britain, France and Germany agreed.
            """
        let scalars = Array(story.unicodeScalars)
        let reported = ["Commonwealth Bank", "ANZ", "Brex", "Ramp"].map { organizationOf($0, in: story) }
        let entities = [
            spanOf("Commonwealth Bank", in: story), spanOf("Westpac", in: story, "LOC"), spanOf("ANZ", in: story),
            spanOf("Brex", in: story), spanOf("Ramp", in: story), spanOf("Zeta", in: story, "PER"),
            spanOf("Britain", in: story, "LOC"), spanOf("France", in: story, "LOC"),
            spanOf("Germany", in: story, "LOC"),
        ]
        let result = CombinedOrganizationFinder.addingListedOrganizations(
            reported, entities: entities, regions: nil, scalars)
        // Inside a list ("Westpac") and last in it after two ("Zeta"); a list of places alone stays places.
        #expect(result.map(\.name) == ["Commonwealth Bank", "ANZ", "Brex", "Ramp", "Westpac", "Zeta"])
    }

    @Test("A trailing lowercase \"union\" is the kind, not the name")
    func unionAfterName() {
        let story = "The GMB union, which represents refuse workers, and the Haqqani network agreed."
        let result = CombinedOrganizationFinder.withoutTrailingKinds([
            organizationOf("GMB union", in: story), organizationOf("Haqqani network", in: story),
        ])
        #expect(result.map(\.name).sorted() == ["GMB", "Haqqani network"])
        #expect(result.first { $0.name == "GMB" }?.mentions.map(\.end) == [7])
    }

    @Test("A name typed as no organization, defined by a reported acronym after it, is the acronym's organization")
    func definitionOfReportedAcronym() {
        let story = "The Australian Energy Market Operator (AEMO) warned. AEMO said so. The Sydney Games (SG) ended."
        let scalars = Array(story.unicodeScalars)
        let aemo = organizationOf("AEMO", in: story)
        let entities = [
            spanOf("Australian Energy Market Operator", in: story, "MISC"), spanOf("AEMO", in: story),
            spanOf("Sydney Games", in: story, "MISC"),
        ]
        let result = CombinedOrganizationFinder.addingDefinitionsOfAcronyms(
            [aemo], entities: entities, regions: nil, scalars)
        // "SG" is no reported mention: its definition stays as the tagger typed it.
        #expect(result.map { $0.mentions.map(\.text) } == [["Australian Energy Market Operator", "AEMO"]])
    }
}
