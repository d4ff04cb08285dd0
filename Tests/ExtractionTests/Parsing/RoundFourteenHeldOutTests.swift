import Testing

@testable import Extraction

/// Shapes found by the fourteenth round's second, held-out batch of probe pages: a question for headline, a byline
/// whose fields are set apart by middle dots, a portal's "© Provided by" credit, and agency copyright inside the
/// story's markup.
@Suite("Round fourteen held-out pages: question headlines, dotted bylines, portal credits, agency copyright")
struct RoundFourteenHeldOutTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    func analyze(_ text: String) -> AnalyzedArticle {
        analyzer.analyze(ArticleInput(content: text, format: .plainText))
    }

    static let story = """
        The regional council approved a plan on Tuesday to plant hedges along forty kilometres of country roads, \
        paying farmers for the land at the edge of their fields.

        Council officers said the hedges would give shelter to birds and slow the water that runs off fields into \
        the villages after heavy rain.

        The first planting is due in the autumn, and the council will publish a map of the routes next month.
        """

    @Test("A question for headline, read as prose at the top of the run, is the title over the site's name")
    func questionHeadline() {
        let page = """
            The Hedgerow Journal
            Recipes
            About

            Are new hedges really worth the money?

            Written by Nora Calloway
            Last updated on March 5th, 2024 at 10:14 am

            \(Self.story)
            """
        let article = analyze(page)
        #expect(article.title == "Are new hedges really worth the money?")
        #expect(article.authors == ["Nora Calloway"])
    }

    @Test("A long byline of fields set apart by middle dots is a byline, not a dated sentence")
    func dottedBylineFields() {
        let page = """
            Hedgerow News Network
            Top Stories
            Local

            Council backs forty kilometres of new roadside hedges

            Ines Marchetti · Hedgerow News · Posted: Mar 05, 2024 4:00 AM EST | Last Updated: March 5

            \(Self.story)
            """
        #expect(analyze(page).authors == ["Ines Marchetti"])
    }

    @Test("\"© Provided by\" credits the publisher a portal carries")
    func portalCredit() {
        #expect(TextMetadataReader.copyrightOwner(in: "© Provided by The Hedgerow Journal") == "The Hedgerow Journal")
    }

    @Test("Agency copyright inside the story's markup is not story")
    func agencyCopyrightInStoryMarkup() {
        let paragraphs = Self.story.split(separator: "\n").filter { !$0.isEmpty }.map { "<p>\($0)</p>" }
        let html = """
            <html><head><title>Council backs new roadside hedges</title></head><body>
            <div class="header"><a class="logo">WHNN 4 News</a></div>
            <div class="story"><h1>Council backs new roadside hedges</h1>
            <div class="byline">By The Associated Press</div>\(paragraphs.joined())
            <p>Copyright 2024 The Associated Press. All rights reserved.</p></div></body></html>
            """
        let article = analyzer.analyze(ArticleInput(content: html, format: .html))
        #expect(article.body.hasSuffix("a map of the routes next month."))
    }

    @Test("A \"Follow\" button after the byline's name is not part of the name")
    func followButton() {
        #expect(BylineParser().parse("By Dana Whitford Follow")?.authors == ["Dana Whitford"])
    }

    @Test("\"Write to A at …\" and the print edition's note under the story are trailers")
    func printEditionTrailers() {
        let page = """
            Council backs forty kilometres of new roadside hedges

            By Ines Marchetti
            March 5, 2024 5:30 am ET

            \(Self.story)

            Write to Ines Marchetti at ines.marchetti@example.com

            Appeared in the March 6, 2024, print edition as 'Council Backs Hedges'.
            """
        #expect(analyze(page).body.hasSuffix("a map of the routes next month."))
        #expect(ArticleBodyEdges.isTrailer("A version of this article appears in print on March 6, 2024, Section A."))
    }

    @Test("\"Also Read\" promotions and a syndicated feed's note are furniture")
    func alsoReadAndFeedNote() {
        let page = """
            Council backs forty kilometres of new roadside hedges

            IANS | Updated: Mar 05, 2024 17:45 IST

            \(Self.story)

            Also Read | Village fair returns after four years

            (This story has not been edited by our staff and is auto-generated from a syndicated feed.)
            """
        #expect(analyze(page).body.hasSuffix("a map of the routes next month."))
    }
}
