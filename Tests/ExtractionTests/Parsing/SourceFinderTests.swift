import Testing

@testable import Extraction

@Suite("Source of a plain-text page")
struct SourceFinderTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    func analyze(_ text: String) -> AnalyzedArticle {
        analyzer.analyze(ArticleInput(content: text, format: .plainText))
    }

    static let story = """
        The county board voted on Tuesday to extend the ferry timetable into the winter months, after a season in \
        which the boats carried more passengers than in any year since the service began.

        Board members said the longer timetable would cost less than expected because the new engines use less \
        fuel, and that the harbour master had agreed to keep the landing lit until the last crossing.

        The change takes effect next month and will be reviewed at the end of the season, the board said in a \
        statement released after the meeting.
        """

    @Test("A logo with its tagline further down the header, drawn again by a sticky header, names the source")
    func loggedTagline() {
        let text = """
              • Home
              • About
              • Contact

            Valley Ledger | The valley's own news since 1920

            Valley Ledger | The valley's own news since 1920

            Ferry timetable extended into winter

            Mara Quist March 4, 2024

            \(Self.story)
            """
        #expect(analyze(text).source == "Valley Ledger")
    }

    @Test("A menu of sections split by bars is not a logo")
    func menuIsNotLogo() {
        #expect(SourceFinder.taggedLogo("News | Sport") == nil)
        #expect(SourceFinder.taggedLogo("News | Sport | Weather and more") == nil)
        #expect(SourceFinder.taggedLogo("Valley Ledger | The valley's own news") == "Valley Ledger")
    }

    @Test("A capitalised address becomes the name the page also writes with spaces")
    func squashedAddress() {
        let page = PhraseMatcher.lowered("Read more at The Harbour Post.")
        #expect(SourceFinder.siteName("TheHarbourPost.com", in: page) == "The Harbour Post")
        #expect(SourceFinder.siteName("HarbourNews.com", in: page) == "HarbourNews.com")
        #expect(SourceFinder.siteName("theharbourpost.com", in: page) == "theharbourpost.com")
        #expect(SourceFinder.siteName("TheHarbourPost.org", in: page) == "TheHarbourPost.org")
        let sports = PhraseMatcher.lowered("Scores from ABCSports and more.")
        #expect(SourceFinder.siteName("ABCSports.com", in: sports) == "ABCSports.com")
    }
}

@Suite("Headline of a plain-text page")
struct HeadlineTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    @Test("A breadcrumb trail above the headline is not the headline")
    func breadcrumbIsNotHeadline() {
        let text = """
            Home Travel Travel News
            May 2, 2024 10:15AM ET

            Night ferry returns to the northern islands

            By Ola Brandt

            \(SourceFinderTests.story)
            """
        let article = analyzer.analyze(ArticleInput(content: text, format: .plainText))
        #expect(article.title == "Night ferry returns to the northern islands")
        #expect(TextMetadataReader.isBreadcrumb("Blog > Travel > Ferries"))
        #expect(TextMetadataReader.isBreadcrumb("Home News World"))
        #expect(!TextMetadataReader.isBreadcrumb("Home prices rise again in March"))
        #expect(!TextMetadataReader.isBreadcrumb("Night ferry returns to the northern islands"))
    }

    @Test("A share panel's link line is not the headline")
    func shareLinkIsNotHeadline() {
        let text = """
            Night ferry returns to the northern islands

              • 2 May 2024

              • Share this with Email
              • Share this with Facebook

                Copy this link

            \(SourceFinderTests.story)
            """
        let article = analyzer.analyze(ArticleInput(content: text, format: .plainText))
        #expect(article.title == "Night ferry returns to the northern islands")
    }
}

@Suite("Photo credits")
struct PhotoCreditTests {
    @Test("A name and agency under a picture and its caption is a credit, not the byline")
    func creditUnderPictureIsNotByline() {
        let text = """
            Harbour crews finish the new breakwater

            Coast Herald wire services
            Published 9:10 PM EST Nov 19, 2019
            [a1b2c3d4]
            Crews on the new breakwater at dusk
            Lena Varga, Associated Press

            \(SourceFinderTests.story)
            """
        let article = ArticleAnalyzer(finder: NoOrganizations())
            .analyze(ArticleInput(content: text, format: .plainText))
        #expect(article.authors.isEmpty)
        #expect(article.title == "Harbour crews finish the new breakwater")
    }

    @Test("A newsroom credit in place of a byline is not the headline")
    func creditIsNotHeadline() {
        let text = """
            Harbour crews finish the new breakwater

            Coast Herald wire services
            Published 9:10 PM EST Nov 19, 2019

            \(SourceFinderTests.story)
            """
        let article = ArticleAnalyzer(finder: NoOrganizations())
            .analyze(ArticleInput(content: text, format: .plainText))
        #expect(article.title == "Harbour crews finish the new breakwater")
    }
}
