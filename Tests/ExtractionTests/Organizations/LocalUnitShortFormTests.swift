import Testing

@testable import Extraction

@Suite("A place before a local unit is no short form of the government's name")
struct LocalUnitShortFormTests {
    @Test("'Kent' stays the county after 'Kent County Council'; a company's first word is still its short form")
    func placeBeforeUnit() {
        let text = """
            Kent County Council leader Roger Gough said the council would help. Pfizer has a site in Sandwich, Kent, \
            and the loss is a blow for east Kent. Kestrel Biotech Inc. said on Monday that Kestrel would expand.
            """
        let orgs = findOrganizations(text)
        let council = organization("Kent County Council", in: orgs)
        #expect(council?.mentions.map(\.text) == ["Kent County Council"])
        #expect(organization("Kestrel Biotech Inc.", in: orgs)?.mentions.map(\.text).contains("Kestrel") == true)
    }
}
