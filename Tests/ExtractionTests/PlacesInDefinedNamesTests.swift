import Testing

@testable import Extraction

@Suite("A name ending in \"of\" and a place, defined by an acronym that spells the place too")
struct PlacesInDefinedNamesTests {
    @Test("The mention takes in the place its acronym spells")
    func widened() {
        let story = "The Water Services Regulator of New Ruritania (WSRNR) and the Grain Board of Kent (GB) met."
        let scalars = Array(story.unicodeScalars)
        let result = CombinedOrganizationFinder.widenedToPlacesBeforeAcronyms(
            [organizationOf("Water Services Regulator", in: story), organizationOf("Grain Board", in: story)],
            scalars)
        #expect(result[0].mentions.map(\.text) == ["Water Services Regulator of New Ruritania"])
        // "GB" spells "Grain Board" alone: the place is not the name's.
        #expect(result[1].mentions.map(\.text) == ["Grain Board"])
    }

    @Test("The place run is one to three capitalised words after \" of \"")
    func placeRun() {
        let s = Array("Bank of South Africa (BSA)".unicodeScalars)
        #expect(CombinedOrganizationFinder.placeRunBeforeAcronym(after: 4, s) == 20)
        #expect(CombinedOrganizationFinder.placeRunBeforeAcronym(after: 0, s) == nil)
        let lower = Array("Bank of the North (BN)".unicodeScalars)
        #expect(CombinedOrganizationFinder.placeRunBeforeAcronym(after: 4, lower) == nil)
    }
}
