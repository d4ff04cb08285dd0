import Testing

@testable import Extraction

@Suite("Wire copy's headline read by the finder")
struct WireHeadlineRegionTests {
    private func parsed(_ text: String, body: [Range<Int>], title: Range<Int>? = nil) -> ParsedArticle {
        var parsed = ParsedArticle()
        parsed.text = text
        parsed.regions = (title.map { [$0] } ?? []) + body
        parsed.titleRange = title
        return parsed
    }

    @Test func theFirstLineOverADatelineJoinsTheRegionsWhenThereIsNoTitle() {
        let text = "SOCCER - FIFA SUSPENDS ROTOR.\nZURICH 1996-08-30\n\nFIFA suspended Rotor on Friday."
        let body = 49..<80
        let regions = ArticleAnalyzer.findingRegions(parsed(text, body: [body]))
        #expect(regions == [0..<29, body])
    }

    @Test func aPageWithATitleOrWithLinesBeforeItsBodyKeepsTheParsersRegions() {
        let text = "SOCCER - FIFA SUSPENDS ROTOR.\nZURICH 1996-08-30\n\nFIFA suspended Rotor on Friday."
        #expect(ArticleAnalyzer.findingRegions(parsed(text, body: [49..<80], title: 0..<29)) == [0..<29, 49..<80])
        // a menu, a share bar and a byline between the first line and the body: page chrome, not a headline
        let page = "Home | News | Sport\nShare this\nBy Jane Doe\n\nFIFA suspended Rotor on Friday."
        #expect(ArticleAnalyzer.findingRegions(parsed(page, body: [44..<75])) == [44..<75])
        // the body opens the text
        #expect(ArticleAnalyzer.findingRegions(parsed("FIFA suspended Rotor.", body: [0..<21])) == [0..<21])
    }
}
