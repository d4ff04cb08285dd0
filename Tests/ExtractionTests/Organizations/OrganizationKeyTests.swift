import Testing

@testable import Extraction

@Suite("Organization keys")
struct OrganizationKeyTests {
    @Test(
        "spellings of one organization share a key",
        arguments: [
            ("The Walt Disney Co.", "walt disney"),
            ("Walt Disney Co", "walt disney"),
            ("Acme Corp", "acme"),
            ("Acme, Inc.", "acme"),
            ("Kestrel Biotech Inc.", "kestrel biotech"),
            ("AT&T Inc", "at&t"),
            ("Siemens AG", "siemens"),
            ("Tokyo Soir Co Ltd", "tokyo soir"),
            ("U.S. Securities and Exchange Commission", "us securities and exchange commission"),
            ("McDonald’s", "mcdonalds"),
            ("Lowe's Companies Inc.", "lowes companies"),
            ("Pittsburgh Post-Gazette", "pittsburgh post gazette"),
            ("  Bay Area\nCouncil ", "bay area council"),
            ("The New York Times", "new york times"),
        ])
    func keys(name: String, key: String) {
        #expect(OrganizationKey.make(name) == key)
    }

    @Test("a name made only of a suffix or of \"the\" keeps a word")
    func neverEmpty() {
        #expect(OrganizationKey.make("The Co.") == "co")
        #expect(OrganizationKey.make("The") == "the")
        #expect(OrganizationKey.make("") == "")
    }
}
