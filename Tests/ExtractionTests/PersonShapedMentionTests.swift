import Testing

@testable import Extraction

@Suite("Mentions the served finder drops: persons, handles, streets, titles")
struct PersonShapedMentionTests {
    /// Runs a span test on the whole of `text`.
    func whole(_ text: String, _ test: ([Unicode.Scalar], Int, Int) -> Bool) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return test(scalars, 0, scalars.count)
    }

    func shaped(_ text: String) -> Bool { whole(text, CombinedOrganizationFinder.isPersonShaped) }
    func namesNone(_ text: String) -> Bool { whole(text, CombinedOrganizationFinder.namesNoOrganization) }

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
