import Testing

@testable import Extraction

@Suite("A nationality that opens a name, where the article's acronym spells it")
struct NationalitiesInNamesTests {
    @Test("A name the tagger cut after a nationality takes it back where the acronym needs its letter")
    func acronymSpellsNationality() {
        let story = """
            The Maltese Council of Hotel Workers backed the plan. MCHW secretary Ann Borg said so. \
            The Maltese Bakers Guild did not, nor did the BG.
            """
        let scalars = Array(story.unicodeScalars)
        let entities = [
            spanOf("Maltese", in: story, "MISC"), spanOf("Council of Hotel Workers", in: story),
            spanOf("MCHW", in: story),
        ]
        var council = organizationOf("Council of Hotel Workers", in: story)
        council.mentions.append(mentionOf("MCHW", in: story))
        let result = CombinedOrganizationFinder.widenedOverNationalities(
            [council], entities: entities, scalars)
        #expect(result[0].mentions.map(\.text) == ["Maltese Council of Hotel Workers", "MCHW"])

        // "BG" spells the name without the nationality: the tagger's cut stands.
        let guildStory = "The Maltese Bakers Guild said no, and the BG agreed."
        var guild = organizationOf("Bakers Guild", in: guildStory)
        guild.mentions.append(mentionOf("BG", in: guildStory))
        let kept = CombinedOrganizationFinder.widenedOverNationalities(
            [guild], entities: [spanOf("Maltese", in: guildStory, "MISC")], Array(guildStory.unicodeScalars))
        #expect(kept[0].mentions.map(\.text) == ["Bakers Guild", "BG"])
    }

    @Test("Without an acronym, or with the word typed otherwise, nothing is widened")
    func noEvidence() {
        let story = "The Brazilian Senate voted. The French Interior Ministry said so."
        let entities = [spanOf("Brazilian", in: story, "MISC"), spanOf("French", in: story, "LOC")]
        let result = CombinedOrganizationFinder.widenedOverNationalities(
            [organizationOf("Senate", in: story), organizationOf("Interior Ministry", in: story)],
            entities: entities, Array(story.unicodeScalars))
        #expect(result.map { $0.mentions[0].text } == ["Senate", "Interior Ministry"])
        #expect(
            CombinedOrganizationFinder.miscWordStart(
                before: 14, entities: entities, Array(story.unicodeScalars)) == 4)
    }

    @Test("A name opening with two topics joined by 'and' takes the nationality before it")
    func joinedTopicsTakeNationality() {
        let story = "The Australian Competition and Consumer Commission sued. The French Interior Ministry said so."
        let entities = [spanOf("Australian", in: story, "MISC"), spanOf("French", in: story, "MISC")]
        let result = CombinedOrganizationFinder.widenedOverNationalities(
            [
                organizationOf("Competition and Consumer Commission", in: story),
                organizationOf("Interior Ministry", in: story),
            ],
            entities: entities, Array(story.unicodeScalars))
        #expect(
            result.map { $0.mentions[0].text } == [
                "Australian Competition and Consumer Commission", "Interior Ministry",
            ]
        )
        // Two names joined, or a short name, are no such opening.
        #expect(!CombinedOrganizationFinder.opensWithJoinedTopics(ArraySlice("Ford and Toyota".unicodeScalars)))
        #expect(
            !CombinedOrganizationFinder.opensWithJoinedTopics(
                ArraySlice("Ministry of Trade and Industry".unicodeScalars)))
    }
}
