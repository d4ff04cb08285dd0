import Testing

@testable import Extraction

@Suite("A quoted source's employer the tagger typed a place ('said Ravi Shanker of Bernstein')")
struct EmployersOfSpeakersTests {
    static let story = """
        "Prices fall," said Ravi Shanker of Kestrelstein. "We need it," said Dr Kim Sanders of the Harlow Trust. \
        "It rose," said Tom Bellamore of the California board, said Ann Lee of Britain and said Erin Purcell of \
        Boston-based Reagan Communications. Ann Lee of Tarvo Capital left.
        """

    static func found(_ entities: [EntitySpan]) -> [String] {
        CombinedOrganizationFinder.addingEmployersOfSpeakers(
            [], entities: entities, regions: nil, Array(story.unicodeScalars)
        ).map(\.name)
    }

    @Test("The name after a quoted person and 'of' or 'of the' is an organization")
    func employersAdded() {
        let entities = [
            spanOf("Ravi Shanker", in: Self.story, "PER"), spanOf("Kestrelstein", in: Self.story, "LOC"),
            spanOf("Kim Sanders", in: Self.story, "PER"), spanOf("Harlow Trust", in: Self.story, "LOC"),
        ]
        #expect(Self.found(entities) == ["Kestrelstein", "Harlow Trust"])
    }

    @Test("Not a known place, a country, a modifier run into a name, nor after a person nobody quotes")
    func othersLeft() {
        let unquoted = spanOf("Ann Lee of Tarvo", in: Self.story, "PER").start
        let entities = [
            spanOf("Tom Bellamore", in: Self.story, "PER"), spanOf("California", in: Self.story, "LOC"),
            spanOf("Ann Lee", in: Self.story, "PER"), spanOf("Britain", in: Self.story, "LOC"),
            spanOf("Erin Purcell", in: Self.story, "PER"), spanOf("Boston-based", in: Self.story, "MISC"),
            EntitySpan(start: unquoted, end: unquoted + 7, label: "PER"),
            spanOf("Tarvo Capital", in: Self.story, "LOC"),
        ]
        #expect(Self.found(entities).isEmpty)
    }
}
