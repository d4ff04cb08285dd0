import Testing

@testable import Extraction

@Suite("A name the tagger typed otherwise, in words only an organization takes ('lost 3-1 to Talvera')")
struct OrganizationOnlyContextsTests {
    static let story = """
        Traders at Kestrix say prices are set. The figures are according to Quorra Data. Brovia, which was bought \
        by a rival in 2020, has slowed hiring. Halden cut its target price. It was published in the journal \
        Lumen Medicine. Estalia lost 3-1 to Talvera, were held to a 1-1 draw by Mordain and beat Tarn Rangers by 48 \
        runs. Peru lost 2-1 to Brazil. Smith lost 10-6 to Hendry. Mexico, which owns the port, said so. Bank \
        economist Anna Hale left, according to Joan Weller. A delegation visited Arbil, which Kurdish forces hold. \
        Li won with a 6-2 6-1 victory over Yi Jing-Qian. Ajax stayed top with a 3-1 win at Volendam, according to \
        Gulf Trade Survey.
        """

    static func found(_ entities: [EntitySpan]) -> [String] {
        CombinedOrganizationFinder.addingNamesInOrganizationContexts(
            [], entities: entities, regions: nil, Array(story.unicodeScalars)
        ).map(\.name)
    }

    @Test("A name after a firm's phrase, before a firm's clause, or after a game's score is an organization")
    func namesAdded() {
        let entities = [
            spanOf("Kestrix", in: Self.story, "LOC"), spanOf("Quorra Data", in: Self.story, "LOC"),
            spanOf("Brovia", in: Self.story, "LOC"), spanOf("Halden", in: Self.story, "LOC"),
            spanOf("Lumen Medicine", in: Self.story, "LOC"), spanOf("Talvera", in: Self.story, "MISC"),
            spanOf("Mordain", in: Self.story, "LOC"), spanOf("Tarn Rangers", in: Self.story, "LOC"),
        ]
        #expect(
            Self.found(entities) == [
                "Kestrix", "Quorra Data", "Brovia", "Halden", "Lumen Medicine", "Talvera", "Mordain", "Tarn Rangers",
            ])
    }

    @Test(
        "Countries, persons, a tennis player after the sets, a ground, a MISC name after 'according to' stay as typed"
    )
    func othersLeft() {
        let entities = [
            spanOf("Brazil", in: Self.story, "LOC"), spanOf("Hendry", in: Self.story, "PER"),
            spanOf("Mexico", in: Self.story, "LOC"), spanOf("Joan Weller", in: Self.story, "PER"),
            spanOf("Arbil", in: Self.story, "LOC"), spanOf("Yi Jing-Qian", in: Self.story, "PER"),
            spanOf("Volendam", in: Self.story, "LOC"), spanOf("Gulf Trade Survey", in: Self.story, "MISC"),
        ]
        #expect(Self.found(entities).isEmpty)
    }

    @Test("The rival in a table's gap of points or games is a team; a golfer strokes ahead of is not")
    func rivalsInStandings() {
        let table =
            "Mumbai are two points clear of Ravipur, a game ahead of the Tarnwick, and two strokes ahead of Bob Estes."
        let entities = [
            spanOf("Ravipur", in: table, "LOC"), spanOf("Tarnwick", in: table, "MISC"),
            spanOf("Bob Estes", in: table, "PER"),
        ]
        let found = CombinedOrganizationFinder.addingNamesInOrganizationContexts(
            [], entities: entities, regions: nil, Array(table.unicodeScalars))
        #expect(found.map(\.name) == ["Ravipur", "Tarnwick"])
    }

    @Test("A name after a kind of outlet ('the daily', 'streaming service') is an organization; a country is not")
    func outletsAdded() {
        let text = "It told the daily Vorna Tageblatt and streaming service Tamvo. The daily Iran said so."
        let entities = [
            spanOf("Vorna Tageblatt", in: text, "LOC"), spanOf("Tamvo", in: text, "LOC"),
            spanOf("Iran", in: text, "LOC"),
        ]
        let found = CombinedOrganizationFinder.addingNamesInOrganizationContexts(
            [], entities: entities, regions: nil, Array(text.unicodeScalars))
        #expect(found.map(\.name) == ["Vorna Tageblatt", "Tamvo"])
    }

    @Test("A span the tagger typed an organization is left to it")
    func organizationsLeft() {
        #expect(Self.found([spanOf("Kestrix", in: Self.story, "ORG")]).isEmpty)
    }
}
