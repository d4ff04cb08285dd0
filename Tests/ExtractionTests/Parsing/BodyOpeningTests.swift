import Testing

@testable import Extraction

@Suite("What stands between the byline and the story is not the story")
struct BodyOpeningTests {
    @Test("The author's role, address and a long 'Published' line under the byline are left out of the body")
    func bylineRest() {
        let page = """
            HOME NEWS SPORT BUSINESS OPINION

            Local

            Council approves $12M budget for new library branch

            Residents packed the chamber Tuesday night as the Riverside City Council voted 5-2 to fund the \
            long-delayed Eastside branch.

            Jane Smith
            Staff Writer
            jsmith@riversidegazette.com

            Published 6:02 a.m. CT Nov. 12, 2025

            RIVERSIDE — After nearly a decade of debate, the Riverside City Council approved a $12 million budget \
            Tuesday for a new library branch on the city's east side.

            The Riverside Public Library Foundation has pledged an additional $2 million toward furnishings and \
            technology, foundation president Mark Ellis said.

            "This is a day many of us thought would never come," said council member Ana Ortiz.
            """
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(
            ArticleInput(content: page, format: .plainText))
        #expect(article.title == "Council approves $12M budget for new library branch")
        #expect(article.authors == ["Jane Smith"])
        #expect(article.publishedAt == "2025-11-12T06:02:00-06:00")
        #expect(article.body.hasPrefix("RIVERSIDE — After nearly a decade"))
    }

    @Test("A role line, an address or a handle is byline rest; a short sentence is not")
    func bylineRestLines() {
        #expect(ArticleParser.isBylineRest("Staff Writer"))
        #expect(ArticleParser.isBylineRest("Senior Business Reporter"))
        #expect(ArticleParser.isBylineRest("jsmith@riversidegazette.com"))
        #expect(ArticleParser.isBylineRest("@janesmith"))
        #expect(!ArticleParser.isBylineRest("The writer"))
        #expect(!ArticleParser.isBylineRest("Residents packed the chamber as the council met"))
    }
}
