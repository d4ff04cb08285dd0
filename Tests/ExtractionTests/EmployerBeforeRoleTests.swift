import Testing

@testable import Extraction

@Suite("An employer named before a person's role and the person ('Brightwater Foods founder Ana Ruiz')")
struct EmployerBeforeRoleTests {
    static let story = """
        Brightwater Foods founder Ana Ruiz spoke first. Later, PMWU President Tom Hale and Kestrel Growers dairy \
        chair Joan Pike joined. Ministry spokesman Ivo Dark and Acting Harbour chief Sam Cole declined, as did US \
        President Joe Banks and Lisbon Partners chief executive Rui Lobo.
        """

    static func people(_ names: [String]) -> [EntitySpan] {
        names.map { spanOf($0, in: story, "PER") }.sorted { $0.start < $1.start }
    }

    @Test("Two or three capitalised words, or an acronym, before a role and a person are the employer")
    func employersAdded() {
        let scalars = Array(Self.story.unicodeScalars)
        let entities = Self.people([
            "Ana Ruiz", "Tom Hale", "Joan Pike", "Ivo Dark", "Sam Cole", "Joe Banks", "Rui Lobo",
        ])
        let found = CombinedOrganizationFinder.addingFirmsBeforeRoles([], entities: entities, regions: nil, scalars)
        #expect(found.map(\.name) == ["Brightwater Foods", "PMWU", "Kestrel Growers", "Lisbon Partners"])
    }

    @Test("Not where the tagger typed the words, nor without a person after the role")
    func typedOrNoPerson() {
        let scalars = Array(Self.story.unicodeScalars)
        let typed = [spanOf("Brightwater Foods", in: Self.story, "LOC")] + Self.people(["Ana Ruiz"])
        #expect(
            CombinedOrganizationFinder.addingFirmsBeforeRoles([], entities: typed, regions: nil, scalars).isEmpty)
        #expect(CombinedOrganizationFinder.addingFirmsBeforeRoles([], entities: [], regions: nil, scalars).isEmpty)
    }

    @Test("An employer the tagger read as a person's name is the employer: no person stands before another's role")
    func employerTypedAsPerson() {
        let scalars = Array(Self.story.unicodeScalars)
        let entities = (Self.people(["Ana Ruiz", "Brightwater Foods"]))
        let found = CombinedOrganizationFinder.addingFirmsBeforeRoles([], entities: entities, regions: nil, scalars)
        #expect(found.map(\.name) == ["Brightwater Foods"])
        // Typed a person over more words than the run: left to the tagger.
        let longer = [spanOf("Brightwater Foods founder", in: Self.story, "PER")] + Self.people(["Ana Ruiz"])
        #expect(
            CombinedOrganizationFinder.addingFirmsBeforeRoles([], entities: longer, regions: nil, scalars).isEmpty)
    }
}
