import Testing

@testable import Extraction

@Suite("Person-shaped mentions in the served finder")
struct PersonShapedMentionTests {
    func shaped(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return CombinedOrganizationFinder.isPersonShaped(scalars, 0, scalars.count)
    }

    @Test("A given name, a middle initial and a surname is a person; firms and other shapes are not")
    func shapes() {
        #expect(shaped("Elizabeth A. Burton"))
        #expect(shaped("Christopher L. Tays"))
        #expect(shaped("Mary K. O'Neil"))
        #expect(!shaped("Robert W. Baird & Co."))
        #expect(!shaped("T. Rowe Price"))
        #expect(!shaped("Bay Area Council"))
        #expect(!shaped("Kestrel B. Holdings"))
        #expect(!shaped("JOHN A. SMITH"))
    }
}
