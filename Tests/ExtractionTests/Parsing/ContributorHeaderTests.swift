import Testing

@testable import Extraction

@Suite("A contributor's bio line and the date line under it are header, not story")
struct ContributorHeaderTests {
    static let page = """
        Forbes
        Innovation
        Energy

        Why Batteries Are About To Get Much Cheaper

        Jane Smith
        Contributor
        I write about the economics of clean energy.

        Nov 19, 2024, 08:00am EST

        Battery prices have fallen by almost 90% in the past decade, and the next few years could bring another \
        sharp drop as new chemistries reach the market.

        Sodium-ion cells, which do not need lithium, cobalt or nickel, are already being built at scale in China.

        Analysts expect pack prices to fall below $100 per kilowatt-hour next year, which would make electric cars \
        cheaper to build than petrol ones.
        """

    @Test("The body opens with the lead paragraph; the date is still read")
    func bioAndDate() {
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(
            ArticleInput(content: Self.page, format: .plainText))
        #expect(article.body.hasPrefix("Battery prices have fallen"))
        #expect(article.publishedAt == "2024-11-19T08:00:00-05:00")
        #expect(article.authors == ["Jane Smith"])
    }

    @Test("A dateline that opens the lead paragraph stays in the body")
    func datelineStays() {
        let page = """
            Why Batteries Are About To Get Much Cheaper

            By Jane Smith

            LONDON, Nov 19, 2024 — Battery prices have fallen by almost 90% in the past decade, and the next few \
            years could bring another sharp drop as new chemistries reach the market.

            Sodium-ion cells, which do not need lithium, cobalt or nickel, are already being built at scale in China.

            Analysts expect pack prices to fall below $100 per kilowatt-hour next year.
            """
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(
            ArticleInput(content: page, format: .plainText))
        #expect(article.body.contains("Battery prices have fallen"))
    }
}
