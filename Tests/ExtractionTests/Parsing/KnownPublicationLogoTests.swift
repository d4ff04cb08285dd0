import Testing

@testable import Extraction

@Suite("A news brand's name alone at the top of a page is the source")
struct KnownPublicationLogoTests {
    static func page(logo: String) -> String {
        """
        \(logo)
        Innovation
        Energy

        Why Batteries Are About To Get Much Cheaper

        Jane Smith
        Nov 19, 2024, 08:00am EST

        Battery prices have fallen by almost 90% in the past decade, and the next few years could bring another \
        sharp drop as new chemistries reach the market.

        Sodium-ion cells, which do not need lithium, cobalt or nickel, are already being built at scale in China.
        """
    }

    @Test("'Forbes' and 'Axios' above the section lines name the source; an unknown word alone does not")
    func knownLogo() {
        let analyzer = ArticleAnalyzer(finder: NoOrganizations())
        #expect(analyzer.analyze(ArticleInput(content: Self.page(logo: "Forbes"))).source == "Forbes")
        #expect(analyzer.analyze(ArticleInput(content: Self.page(logo: "Axios"))).source == "Axios")
        #expect(analyzer.analyze(ArticleInput(content: Self.page(logo: "Lumbarton"))).source == nil)
    }
}
