import Testing

@testable import Extraction

@Suite("Mentions the served finder drops: persons, handles, streets, titles")
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
    func namesNone(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return CombinedOrganizationFinder.namesNoOrganization(scalars, 0, scalars.count)
    }

    @Test("Handles, streets and job titles name no organization; names that merely contain such words do")
    func otherShapes() {
        #expect(namesNone("@RobertMaguire"))
        #expect(namesNone("Gladstone Avenue"))
        #expect(namesNone("National Security Adviser"))
        #expect(namesNone("CEO"))
        #expect(!namesNone("Avenue Capital Group"))
        #expect(!namesNone("Street"))
        #expect(!namesNone("Office of the Director of National Intelligence"))
    }
}
