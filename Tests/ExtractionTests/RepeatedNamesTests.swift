import Testing

@testable import Extraction

@Suite("A name the article reports, written again where the tagger read it otherwise")
struct RepeatedNamesTests {
    @Test("Further whole-word occurrences of a reported name of several words are its mentions")
    func severalWords() {
        let story = """
            Harbour Water fined

            Harbour Water paid bonuses. Critics said Harbour Water, which serves 2 million homes, should not. \
            The Harbour Water Utilities arm and Harbour Waterways were not named.
            """
        let entities = [
            spanOf("Harbour Water", in: story),
            spanOf("Harbour Water,", in: story, "PER").trimmedByOne(),
        ]
        let result = CombinedOrganizationFinder.addingRepeatedNames(
            [organizationOf("Harbour Water", in: story)], entities: entities, regions: nil,
            Array(story.unicodeScalars))
        // The headline's, the one found and the one typed PER; not "Harbour Water Utilities" (a longer name) nor
        // "Harbour Waterways" (another word).
        #expect(result[0].mentions.count == 3)
        #expect(result[0].mentions.allSatisfy { $0.text == "Harbour Water" })
    }

    @Test("A one-word name needs two reports of its own; a place's name is left to the team passes")
    func oneWordNames() {
        let story =
            "Vortexa rose. Vortexa fell. Later, Vortexa said so. Kestrel rose. Kestrel fell. Boston won. Boston lost."
        let scalars = Array(story.unicodeScalars)
        var twice = organizationOf("Vortexa", in: story)
        twice.mentions.append(Mention(start: 14, end: 21, text: "Vortexa"))
        var team = organizationOf("Boston", in: story)
        team.mentions = [mentionOf("Boston", in: story)]
        let result = CombinedOrganizationFinder.addingRepeatedNames(
            [twice, organizationOf("Kestrel", in: story), team], entities: [], regions: nil, scalars)
        #expect(result[0].mentions.count == 3)
        #expect(result[1].mentions.count == 1)
        #expect(result[2].mentions.count == 1)
    }

    @Test("A name in capitals or inside a longer tagger span is not repeated")
    func capitalsAndLongerSpans() {
        let story = "Nova Bank rose. NOVA BANK fell. The Nova Bank Tower opened. Nova Bank said."
        let entities = [spanOf("Nova Bank", in: story), spanOf("Nova Bank Tower", in: story, "LOC")]
        var organization = organizationOf("Nova Bank", in: story)
        organization.mentions.append(Mention(start: 16, end: 25, text: "NOVA BANK"))
        let result = CombinedOrganizationFinder.addingRepeatedNames(
            [organization], entities: entities, regions: nil, Array(story.unicodeScalars))
        #expect(result[0].mentions.map(\.start) == [0, 16, 60])
        // A MISC reading (a product, a work) stands.
        let product = CombinedOrganizationFinder.addingRepeatedNames(
            [organizationOf("Nova Bank", in: story)],
            entities: [spanOf("Nova Bank", in: story)]
                + [EntitySpan(start: 60, end: 69, label: "MISC")], regions: nil, Array(story.unicodeScalars))
        #expect(product[0].mentions.map(\.start) == [0])
        #expect(CombinedOrganizationFinder.standsAlone(Array("The Nova Bank said".unicodeScalars), 4, 13))
        #expect(!CombinedOrganizationFinder.standsAlone(Array("Big Nova Bank said".unicodeScalars), 4, 13))
    }

    @Test("A one-word name counts only where it stands alone, not as a part of longer names the tagger cut")
    func partsOfLongerNames() {
        let story = "Citizens Advice Sheffield and Sheffield Wednesday helped. Demand in Sheffield grew."
        let scalars = Array(story.unicodeScalars)
        var sheffield = organizationOf("Sheffield", in: story)
        sheffield.mentions.append(Mention(start: 30, end: 39, text: "Sheffield"))
        let result = CombinedOrganizationFinder.addingRepeatedNames(
            [sheffield], entities: [], regions: nil, scalars)
        #expect(result[0].mentions.map(\.start) == [16, 30])
    }
}

extension EntitySpan {
    /// The span without its last scalar ("Harbour Water," → "Harbour Water").
    fileprivate func trimmedByOne() -> EntitySpan { EntitySpan(start: start, end: end - 1, label: label) }
}
