import Testing

@testable import Extraction

@Suite("A name right after a company's trade ('marketplace Vinted'), typed a place or a person by the tagger")
struct NamesAfterKindWordsTests {
    static let story = """
        Fashion marketplace Tarvel has raised $40m. Private operators Flixway and Transvia were not affected. \
        The aircraft carrier Vinson sailed, lender Harbour Bank agreed, investor Warren Buffett said so, and firm \
        Peter Jones declined. The group Kestrel Capital fell, and the grocery app Zunzo closed.
        """

    @Test("The name after the kind, and one joined to it after a kind in the plural, is an organization")
    func namesAdded() {
        let scalars = Array(Self.story.unicodeScalars)
        let entities = [
            spanOf("Tarvel", in: Self.story, "LOC"), spanOf("Flixway", in: Self.story, "LOC"),
            spanOf("Transvia", in: Self.story, "PER"), spanOf("Vinson", in: Self.story, "PER"),
            spanOf("Harbour Bank", in: Self.story, "LOC"), spanOf("Warren Buffett", in: Self.story, "PER"),
            spanOf("Peter Jones", in: Self.story, "PER"), spanOf("Kestrel", in: Self.story, "PER"),
            spanOf("Zunzo", in: Self.story, "LOC"),
        ]
        let found = CombinedOrganizationFinder.addingNamesAfterKindWords(
            [], entities: entities, regions: nil, scalars)
        // Not a ship ("carrier"), a person after a word that is no trade ("investor"), a given name first, nor a
        // span the tagger cut from a longer name ("Kestrel" of "Kestrel Capital"; "group" is no kind here either).
        #expect(found.map(\.name) == ["Tarvel", "Flixway", "Transvia", "Harbour Bank", "Zunzo"])
    }

    @Test("A span the tagger typed an organization is left to it")
    func organizationsLeft() {
        let scalars = Array(Self.story.unicodeScalars)
        let entities = [spanOf("Tarvel", in: Self.story, "ORG")]
        let found = CombinedOrganizationFinder.addingNamesAfterKindWords(
            [], entities: entities, regions: nil, scalars)
        #expect(found.isEmpty)
    }
}
