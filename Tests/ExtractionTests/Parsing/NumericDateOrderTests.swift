import Testing

@testable import Extraction

@Suite("Which way a page writes '12/03/2025'")
struct NumericDateOrderTests {
    @Test("A slashed date with a part above 12 shows the order; the majority decides; paths and times do not count")
    func pageEvidence() {
        #expect(TextMetadataReader.numericDateOrder(["Updated 25/11/2024 09:14"]) == true)
        #expect(TextMetadataReader.numericDateOrder(["11/25/24 at 5:45 PM"]) == false)
        #expect(TextMetadataReader.numericDateOrder(["12/03/2025"]) == nil)
        #expect(TextMetadataReader.numericDateOrder(["See /news/2024/25/11/13/", "1/2"]) == nil)
        #expect(TextMetadataReader.numericDateOrder(["13/01/2025", "14/01/2025", "01/30/2025"]) == true)
        #expect(TextMetadataReader.numericDateOrder(["13/01/2025", "01/30/2025"]) == nil)
    }

    static let wirePage = """
        World

        Drought forces Kenya to ration water in Nairobi

        By Amina Wanjiru

        12/03/2025 2:05 PM

        Kenya's water authority said on Wednesday it would ration supplies to Nairobi's four million residents \
        after the driest rainy season in forty years left the city's reservoirs at a third of their capacity.

        The Athi Water Works Development Agency said households would receive water on alternate days from next \
        week, and warned that the restrictions could last until the long rains in April.

        Farmers in the Rift Valley have lost much of their maize harvest, and the government has asked donors for \
        emergency food aid for two million people.
        """

    @Test("An English page on a country domain outside the United States writes the day first")
    func countryDomain() {
        let analyzer = ArticleAnalyzer(finder: NoOrganizations())
        let uk = analyzer.analyze(
            ArticleInput(
                content: Self.wirePage, format: .plainText,
                url: "https://www.example.co.uk/world/drought-forces-kenya-to-ration-water"))
        #expect(uk.publishedAt?.hasPrefix("2025-03-12") == true)
        let us = analyzer.analyze(
            ArticleInput(
                content: Self.wirePage, format: .plainText,
                url: "https://www.example.com/world/drought-forces-kenya-to-ration-water"))
        #expect(us.publishedAt?.hasPrefix("2025-12-03") == true)
    }

    @Test("The page's own unambiguous dates outrank its address")
    func pageOutranksDomain() {
        let page = Self.wirePage + "\n\nRelated\n\nNairobi's reservoirs fall to record low 28/02/2025\n"
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(
            ArticleInput(
                content: page, format: .plainText, url: "https://www.example.com/world/drought-forces-kenya-to-ration"))
        #expect(article.publishedAt?.hasPrefix("2025-03-12") == true)
    }
}
