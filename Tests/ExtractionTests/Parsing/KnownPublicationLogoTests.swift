import Foundation
import Testing

@testable import Extraction

@Suite("A news brand's name alone at the top of a page is the source")
struct KnownPublicationLogoTests {
    /// The contributor page of `ContributorHeaderTests` under another logo line.
    static func page(logo: String) -> String {
        ContributorHeaderTests.page.replacingOccurrences(of: "Forbes\n", with: logo + "\n")
    }

    @Test("'Forbes' and 'Axios' above the section lines name the source; an unknown word alone does not")
    func knownLogo() {
        let analyzer = ArticleAnalyzer(finder: NoOrganizations())
        #expect(analyzer.analyze(ArticleInput(content: Self.page(logo: "Forbes"))).source == "Forbes")
        #expect(analyzer.analyze(ArticleInput(content: Self.page(logo: "Axios"))).source == "Axios")
        #expect(analyzer.analyze(ArticleInput(content: Self.page(logo: "Lumbarton"))).source == nil)
    }
}
