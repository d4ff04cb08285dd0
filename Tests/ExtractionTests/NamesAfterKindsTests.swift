import Testing

@testable import Extraction

@Suite("A name between commas after a kind of organization ('The regulator, Ofwat, fined …')")
struct NamesAfterKindsTests {
    static let story = """
        The regulator, Waterwatch, fined the firm. Its main lender, Harbour Bank, agreed. The company, which \
        said so, and the club, On Monday, met. The union, Sam Reed said, would strike. A rival, Kestrel, fell.
        """

    @Test("The name after the kind is an organization, where the tagger typed it exactly or not at all")
    func namesAdded() {
        let scalars = Array(Self.story.unicodeScalars)
        let entities = [spanOf("Waterwatch", in: Self.story, "PER")]
        let found = CombinedOrganizationFinder.addingNamesAfterKinds([], entities: entities, regions: nil, scalars)
        // Not "which" (lowercase), "On Monday" (an opening phrase), "Sam Reed said" (no comma after the name) nor
        // "Kestrel" ("rival" is no kind of organization).
        #expect(found.map(\.name) == ["Waterwatch", "Harbour Bank"])
    }

    @Test("Not where the tagger typed more or other words than the name")
    func typedOtherwise() {
        let scalars = Array(Self.story.unicodeScalars)
        let entities = [spanOf("Waterwatch, fined", in: Self.story, "MISC")]
        let found = CombinedOrganizationFinder.addingNamesAfterKinds([], entities: entities, regions: nil, scalars)
        #expect(found.map(\.name) == ["Harbour Bank"])
    }
}
