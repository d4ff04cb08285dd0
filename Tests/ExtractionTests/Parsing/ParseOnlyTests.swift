import Testing

@testable import Extraction

/// `extract --parse-only` times `ArticleAnalyzer.parse`, so it must be the parser `analyze` runs, minus the finder.
@Suite("Parsing without the organization finder")
struct ParseOnlyTests {
    @Test(
        "Parsing alone gives every field analysis gives, with no organizations",
        arguments: [
            (ArticleFixtures.wireCopy, ContentFormat.plainText), (ArticleFixtures.pressRelease, .plainText),
            (ArticleFixtures.pastedPage, .plainText), (ArticleFixtures.german, .plainText),
            (ArticleFixtures.htmlPage, .html), ("", .plainText), ("<p>", .html),
        ])
    func parseIsAnalysisWithoutOrganizations(content: String, format: ContentFormat) {
        let analyzer = ArticleAnalyzer(finder: RecordingFinder(names: ["Reuters", "Brightwater Labs"]))
        let input = ArticleInput(content: content, format: format)
        var analyzed = analyzer.analyze(input)
        let parsed = analyzer.parse(input)
        #expect(parsed.organizations.isEmpty)
        analyzed.organizations = []
        #expect(parsed == analyzed)
    }
}
