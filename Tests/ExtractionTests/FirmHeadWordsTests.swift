import Testing

@testable import Extraction

@Suite("A name typed a place or MISC that ends in a word only a firm's name ends in ('Kestrel Capital')")
struct FirmHeadWordsTests {
    static let story = """
        Harn raised money from Kestrel Capital. The game is on Lume Sport, and Tarvo Lithium fell. Settlers moved \
        to the West Bank. Chinese Cricket grew, the ATHENS CAPITAL table shows, and David Steel spoke.
        """

    static func found(_ entities: [EntitySpan]) -> [String] {
        CombinedOrganizationFinder.addingNamesEndingInFirmWords(
            [], entities: entities, regions: nil, Array(story.unicodeScalars)
        ).map(\.name)
    }

    @Test("A place's or MISC span's firm word at its end makes it an organization")
    func namesAdded() {
        let entities = [
            spanOf("Kestrel Capital", in: Self.story, "LOC"), spanOf("Lume Sport", in: Self.story, "MISC"),
            spanOf("Tarvo Lithium", in: Self.story, "LOC"),
        ]
        #expect(Self.found(entities) == ["Kestrel Capital", "Lume Sport", "Tarvo Lithium"])
    }

    @Test("Not 'Bank', a demonym first, capitals, one word, or a person's span")
    func othersLeft() {
        let entities = [
            spanOf("West Bank", in: Self.story, "LOC"), spanOf("Chinese Cricket", in: Self.story, "MISC"),
            spanOf("ATHENS CAPITAL", in: Self.story, "LOC"), spanOf("Harn", in: Self.story, "LOC"),
            spanOf("David Steel", in: Self.story, "PER"),
        ]
        #expect(Self.found(entities).isEmpty)
    }
}
