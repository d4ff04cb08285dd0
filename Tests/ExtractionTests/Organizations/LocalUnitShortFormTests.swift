import Testing

@testable import Extraction

@Suite("Short forms that name something else: a place before a local unit, a parent before its unit")
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

    @Test("A first word found alone before a longer name is the parent, not the longer name's short form")
    func parentBeforeUnit() {
        let text = """
            Starbucks workers plan a strike. Starbucks Workers United, which represents workers at 360 stores, \
            said the strike was timed for Red Cup Day. Starbucks said it was aware of the plans.
            """
        let orgs = findOrganizations(text)
        let union = organization("Starbucks Workers United", in: orgs)
        #expect(union?.mentions.map(\.text) == ["Starbucks Workers United"])
        #expect(organization("Starbucks", in: orgs)?.mentions.count == 2)
    }
}
