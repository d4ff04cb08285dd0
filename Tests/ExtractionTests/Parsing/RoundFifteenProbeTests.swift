import Testing

@testable import Extraction

/// Shapes found by the fifteenth round's probe pages (probes15): a related-links box inside the story's HTML
/// container, a newsletter writer's byline ("A, author of X"), an invitation to subscribe "for free", a sports
/// site's sections under its logo, and a feedback widget under a guide.
@Suite("Round fifteen: boxes inside the story, newsletter bylines, sports sections, feedback widgets")
struct RoundFifteenProbeTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    func analyze(_ text: String) -> AnalyzedArticle {
        analyzer.analyze(ArticleInput(content: text, format: .plainText))
    }

    static let paragraphs = [
        "The harbour board agreed on Wednesday to dredge the inner channel before the summer, so that the larger "
            + "ferries can berth at low tide without waiting offshore.",
        "Board members said the work would take six weeks and that the spoil would be used to rebuild the eroded "
            + "beach north of the breakwater.",
        "Ferry operators welcomed the decision, saying delays at low tide had cost them passengers all winter.",
        "The first dredger is due to arrive from Rotterdam at the end of April, the board's engineer said.",
    ]

    static func htmlPage(box: String, container: String) -> String {
        let p = paragraphs.map { "<p>\($0)</p>" }
        return """
            <!DOCTYPE html><html><head><title>Harbour board to dredge inner channel</title></head><body>
            <header><a class="logo">The Harbour Times</a><nav><a>News</a> <a>Sport</a></nav></header>
            \(container)
            <h1>Harbour board to dredge inner channel</h1>
            <p class="byline">By Nadia Brandt</p>
            \(p[0])\(p[1])
            \(box)
            \(p[2])\(p[3])
            </div></article>
            <footer><p>Contact us</p></footer>
            </body></html>
            """
    }

    @Test("A related-links aside inside <article> does not end the story")
    func relatedAsideInsideArticle() {
        let box = """
            <aside class="related"><h3>Related Stories</h3><ul><li><a>Ferry fares to rise in May</a></li>\
            <li><a>Breakwater repairs finished</a></li></ul></aside>
            """
        let html = Self.htmlPage(box: box, container: "<article><div>")
        let body = analyzer.analyze(ArticleInput(content: html, format: .html)).body
        #expect(body.contains("The first dredger is due to arrive"))
        #expect(!body.contains("Related Stories"))
        #expect(!body.contains("Ferry fares to rise"))
    }

    @Test("An inline \"Related:\" list inside a story-body element does not end the story")
    func relatedListInsideStoryBody() {
        let box = """
            <div class="related-inline"><strong>Related:</strong><ul><li><a href="/a">Ferry fares to rise in \
            May</a></li><li><a href="/b">Breakwater repairs finished</a></li></ul></div>
            """
        let html = Self.htmlPage(box: box, container: "<article><div class=\"story-body\">")
            .replacingOccurrences(of: "<article>", with: "<div>").replacingOccurrences(of: "</article>", with: "</div>")
        let body = analyzer.analyze(ArticleInput(content: html, format: .html)).body
        #expect(body.contains("The first dredger is due to arrive"))
        #expect(!body.contains("Breakwater repairs finished"))
    }

    @Test("A related-links heading outside any story container, or a comment heading inside one, still ends it")
    func otherEndMarkersStillEnd() {
        let outside = """
            <aside class="related"><h3>Related Stories</h3><ul><li><a>Ferry fares to rise in May</a></li></ul></aside>
            """
        // No story container around the box: the story ends at the heading.
        let plain = Self.htmlPage(box: outside, container: "<div><div>")
            .replacingOccurrences(of: "</article>", with: "</div>")
        let plainBody = analyzer.analyze(ArticleInput(content: plain, format: .html)).body
        #expect(!plainBody.contains("The first dredger"))
        let comments = "<aside class=\"comments\"><h3>Comments</h3><p>Great news.</p></aside>"
        let inside = Self.htmlPage(box: comments, container: "<article><div>")
        let insideBody = analyzer.analyze(ArticleInput(content: inside, format: .html)).body
        #expect(!insideBody.contains("The first dredger"))
    }

    @Test("\"A, author of Newsletter\" under the headline is the byline")
    func newsletterWriterByline() {
        let byline = BylineParser().parse("Hannah Li, author of Morning Signal Markets")
        #expect(byline?.authors == ["Hannah Li"])
        let page = """
            Morning Signal
            Politics
            Economy

            Mar 7, 2024 - Economy

            Harbour board agrees to dredge inner channel before summer

            Hannah Li, author of Morning Signal Local

            \(Self.paragraphs.joined(separator: "\n\n"))
            """
        let article = analyze(page)
        #expect(article.title == "Harbour board agrees to dredge inner channel before summer")
        #expect(article.authors == ["Hannah Li"])
    }

    @Test("\"Subscribe to X for free\" names the site without the offer")
    func subscribeForFree() {
        let page = """
            Harbour Signal

            Harbour board agrees to dredge inner channel before summer

            By Hannah Li

            \(Self.paragraphs.joined(separator: "\n\n"))

            Subscribe to Harbour Signal for free
            """
        #expect(analyze(page).source == "Harbour Signal")
    }

    @Test("A sport's section under a sports site's logo is not the site's name")
    func sportSectionIsNoSource() {
        let page = """
            Coastal Sport Daily
            Rugby
            GAA
            Soccer
            Golf

            United Rugby Championship

            Harbour hold off Bay to stay top of the table

            By Conor Walsh
            Sat 23 Mar 2024 at 21:40

            Harbour moved four points clear at the top of the United Rugby Championship with a bruising win over \
            their rivals in front of 8,000 supporters.

            The club's coach said his side had shown real character after a difficult week, and praised the crowd \
            for its patience.

            Bay rallied after the break but could not close the gap in the last quarter of the game.

            More from Rugby
            """
        #expect(analyze(page).source == "Coastal Sport Daily")
    }

    @Test("A feedback widget under the article is not body")
    func feedbackWidget() {
        let page = """
            Harbour Health

            How much sleep do ferry crews need?

            By Hannah Li

            \(Self.paragraphs.joined(separator: "\n\n"))

            Was this page helpful?
            Yes
            No

            Sources
            Harbour Health relies on peer-reviewed studies and keeps to strict sourcing guidelines.
            """
        let body = analyze(page).body
        #expect(body.contains("The first dredger"))
        #expect(!body.contains("helpful"))
        #expect(!body.contains("peer-reviewed"))
    }
}

@Suite("Round fifteen: a live blog's entry stamps")
struct RoundFifteenLiveBlogTests {
    @Test("Lines holding only a time of day are clocks; race times, prices and scores are not")
    func clockLines() {
        for line in ["16:05 GMT", "7:05 p.m.", "12.31pm", "9:30", "10:40 am", "17:40 BST"] {
            #expect(BodySelector.isClockLine(line), "\(line)")
        }
        for line in ["52.10", "1:45.32", "3.25", "16:05 gmt", "2-1", "At 16:05 GMT", "16:05 Greenwich", "1:0"] {
            #expect(!BodySelector.isClockLine(line), "\(line)")
        }
    }

    @Test("\"A (now) and B (earlier)\" under a live blog's headline names its authors")
    func liveBlogByline() {
        let page = """
            The Harbour Times
            News
            Sport

            Live
            Harbour board votes on dredging – as it happened

            Updated 6 Mar 2024 17:45 GMT
            Tom Ashby (now) and Priya Shah (earlier)

            Key events

            That's all from us tonight. The harbour board voted to dredge the inner channel before the summer season.

            Ferry operators said the decision would end the delays at low tide that cost them passengers all winter.
            """
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(
            ArticleInput(content: page, format: .plainText))
        #expect(article.authors == ["Tom Ashby", "Priya Shah"])
        #expect(article.title == "Harbour board votes on dredging – as it happened")
    }

    @Test("Parenthesised notes other than a live blog's make no byline")
    func otherParenthesesNoByline() {
        let reader = TextMetadataReader(
            blocks: [], features: [], selection: BodySelector.Selection(blocks: [], run: nil), language: "en")
        #expect(
            reader.liveBlogNames("Tom Ashby (now) and Priya Shah (earlier)", parser: BylineParser())
                == ["Tom Ashby", "Priya Shah"])
        #expect(reader.liveBlogNames("Tom Ashby (Reuters) and Priya Shah", parser: BylineParser()) == nil)
        #expect(reader.liveBlogNames("Rates rise (now) as banks tighten", parser: BylineParser()) == nil)
    }

    @Test("A live blog's entry stamps are not body")
    func entryStampsAreNoBody() {
        let page = """
            The Harbour Times

            Harbour board votes on dredging – as it happened

            By Nadia Brandt

            17:40 GMT

            That's all from us tonight. The harbour board voted to dredge the inner channel before the summer season.

            16:05 GMT

            Ferry operators said the decision would end the delays at low tide that cost them passengers all winter.

            12:31 GMT

            The board's meeting has started at the harbour office, with the dredging plan first on the agenda.
            """
        let body = ArticleAnalyzer(finder: NoOrganizations()).analyze(ArticleInput(content: page, format: .plainText))
            .body
        #expect(body.contains("Ferry operators said"))
        #expect(!body.contains("GMT"))
    }
}
