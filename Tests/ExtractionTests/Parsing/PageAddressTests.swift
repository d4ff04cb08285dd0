import Testing

@testable import Extraction

@Suite("The page's address as a hint")
struct PageAddressTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    func analyze(_ text: String, url: String?, _ format: ContentFormat = .plainText) -> AnalyzedArticle {
        analyzer.analyze(ArticleInput(content: text, format: format, url: url))
    }

    @Test("An address gives its site labels without the public suffix or generic labels")
    func siteLabels() throws {
        let nested = try #require(PageURL("https://profootballtalk.nbcsports.com/2019/11/19/lynn-we-needed/"))
        #expect(nested.siteLabels == ["profootballtalk", "nbcsports"])
        #expect(nested.date == PublicationDate(year: 2019, month: 11, day: 19))
        let british = try #require(PageURL("https://www.express.co.uk/news/world/1206313/hong-kong-latest"))
        #expect(british.host == "express.co.uk")
        #expect(british.siteLabels == ["express"])
        #expect(british.year == nil)
        let english = try #require(PageURL("http://english.eastday.com/e/191118/u1a.html"))
        #expect(english.siteLabels == ["eastday"])
        #expect(PageURL("not an address") == nil)
    }

    @Test("Dates in paths: /yyyy/mm/dd/, /yyyy/mm/, yyyy-mm-dd and yyyymmdd; impossible ones are ignored")
    func pathDates() throws {
        let month = try #require(PageURL("https://www.cleveland.com/entertainment/2019/11/doobie-brothers.html"))
        #expect(month.year == 2019 && month.month == 11 && month.day == nil)
        let dashed = try #require(PageURL("https://example.org/news/2021-03-04-storm-hits-coast"))
        #expect(dashed.date == PublicationDate(year: 2021, month: 3, day: 4))
        let compact = try #require(PageURL("https://example.org/a/20200229/leap"))
        #expect(compact.date == PublicationDate(year: 2020, month: 2, day: 29))
        let bogus = try #require(PageURL("https://example.org/items/2019/13/40/x"))
        #expect(bogus.year == nil)
        let slug = try #require(
            PageURL("https://www.timesunion.com/sports/article/Nelson-s-OT-goal-lifts-Isles-14848099.php"))
        #expect(slug.slugWords == ["nelson", "s", "ot", "goal", "lifts", "isles"])
    }

    @Test("Names match a host squashed, as the address, or abbreviated; others do not")
    func nameMatches() throws {
        func kind(_ name: String, _ url: String) -> SiteNameMatcher.Match? {
            SiteNameMatcher(url: PageURL(url)!).match(name)?.0
        }
        #expect(kind("Fox Business", "https://www.foxbusiness.com/x") == .squashed)
        #expect(kind("TheHill", "https://thehill.com/x") == .squashed)
        #expect(kind("The Hill", "https://thehill.com/x") == .squashed)
        #expect(kind("EXPRESS.CO.UK", "https://www.express.co.uk/x") == .address)
        #expect(kind("The Wall Street Journal", "https://www.wsj.com/x") == .abbreviated)
        #expect(kind("New York Post", "https://nypost.com/x") == .abbreviated)
        #expect(kind("Smithsonian Magazine", "https://www.smithsonianmag.com/x") == .abbreviated)
        #expect(kind("Journal of Commerce", "https://www.joc.com/x") == .abbreviated)
        #expect(kind("Jerusalem Post Staff", "https://www.jpost.com/x") == nil)
        #expect(kind("CNN Newsletters", "https://www.cnn.com/x") == nil)
        #expect(kind("CBS Interactive", "https://www.cbsnews.com/x") == nil)
    }

    /// A local paper pasted from a browser: the copyright names the parent company, the logo line is an image.
    static let localPaper = """
        [logo]
        Subscribe  Sign in
        Home > News > Local
        • News
        • Sports
        • Obituaries

        Harbor crews finish seawall repairs ahead of winter storms

        By Maria Lopez
        Posted Nov 18, 8:19 PM

        Crews working for the city finished repairs to the old seawall on Monday, two weeks ahead of the
        schedule the harbor commission set in the spring, officials said.

        The work cost about 2.4 million dollars and was paid for with a state grant that the council
        accepted in March after a long debate about the harbor's future.

        Residents who live along the waterfront said they were relieved that the wall would hold through the
        winter, when storms have flooded the lower streets three times in the past decade.

        Read more from the Harbor Gazette
        Harbor Gazette newsletters
        © 2019 Coastline Media Holdings, LLC. All rights reserved.
        """

    @Test("A local paper: the host picks the paper's name over the parent company; the path completes a date")
    func localPaperWithAddress() {
        let article = analyze(
            Self.localPaper, url: "https://www.harborgazette.com/news/2019/11/harbor-crews-finish-seawall-repairs")
        #expect(article.title == "Harbor crews finish seawall repairs ahead of winter storms")
        #expect(article.authors == ["Maria Lopez"])
        #expect(article.source == "Harbor Gazette")
        #expect(article.publishedAt == "2019-11-18T20:19")
        #expect(article.body.hasPrefix("Crews working for the city"))
        let date = article.provenance.first { $0.field == "published_at" }
        #expect(date?.place == .text && date?.line == 11)
        #expect(article.provenance.first { $0.field == "title" }?.line == 8)
    }

    @Test("Without an address a date without a year is never read, and the source is not taken from a host")
    func localPaperWithoutAddress() {
        let article = analyze(Self.localPaper, url: nil)
        #expect(article.publishedAt == nil)
        #expect(article.title == "Harbor crews finish seawall repairs ahead of winter storms")
        #expect(article.authors == ["Maria Lopez"])
    }

    @Test("A page with no visible date takes the path's full day, and says so")
    func dateFromPath() {
        let text = """
            Ridgeline Times

            Mountain pass reopens after rockslide cleanup

            By Sam Okafor

            The mountain pass reopened to traffic on Wednesday after crews spent nine days clearing the rocks
            that fell during last week's heavy rain, the state transport department said.

            Drivers should still expect delays near the summit, where one lane stays closed while engineers
            inspect the slope above the road for loose material.
            """
        let article = analyze(text, url: "https://ridgelinetimes.com/2023/04/12/mountain-pass-reopens/")
        #expect(article.publishedAt == "2023-04-12")
        #expect(article.provenance.first { $0.field == "published_at" }?.place == .url)
        #expect(article.source == "Ridgeline Times")
    }

    @Test("Each labelled part of a date line speaks for itself: Posted beats Updated")
    func postedBeatsUpdated() {
        let text = """
            Valley Ledger

            School board delays vote on new calendar

            By Ann Berg
            Updated Nov 19, 2019, 9:41 AM; Posted Nov 18, 2019, 8:19 PM

            The school board delayed its vote on the new calendar on Monday after parents asked for more time
            to comment on the plan, which would start the year a week earlier.

            Board members said they would take up the question again in December, after two public meetings.
            """
        #expect(analyze(text, url: nil).publishedAt == "2019-11-18T20:19")
    }

    @Test("An acronym gives way to the full name the page's furniture writes; a short form of the host stays")
    func acronymsAndShortForms() {
        let text = """
            WSJ
            • Home
            • World
            • Markets

            Copper prices climb as smelters cut output

            By Lena Fischer
            Nov. 19, 2019 8:03 am ET

            Copper prices rose to a two-month high on Tuesday as smelters in several countries said they would
            cut their output to keep prices from falling further during the winter.

            Traders said the cuts were larger than expected and that stocks held in warehouses were falling.

            The Wall Street Journal
            Subscribe to WSJ
            Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved
            The Wall Street Journal
            """
        let article = analyze(text, url: "https://www.wsj.com/articles/copper-prices-climb-11574168580")
        #expect(article.source == "The Wall Street Journal")
        #expect(article.publishedAt == "2019-11-19T08:03:00-05:00")
        #expect(article.title == "Copper prices climb as smelters cut output")
    }

    @Test("HTML: a squashed og:site_name takes the spaced form the page writes; JSON-LD fills the rest")
    func htmlWithSquashedSiteName() {
        let html = """
            <html><head><title>Bridge vote passes | RiverGazette</title>
            <meta property="og:site_name" content="RiverGazette">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge vote passes",
            "datePublished":"2022-08-09T14:30:00-05:00","author":{"@type":"Person","name":"Tom Reyes"}}</script>
            </head><body><header><a href="/">The River Gazette</a></header>
            <article><h1>Bridge vote passes</h1>
            <p>The county board approved the new bridge on Tuesday by a vote of five to two after a long hearing.</p>
            <p>Construction is expected to start next spring and to take about two years, the county engineer said.</p>
            </article><footer>© 2022 The River Gazette</footer></body></html>
            """
        let article = analyze(html, url: "https://www.therivergazette.com/news/2022/08/09/bridge-vote-passes", .html)
        #expect(article.source == "The River Gazette")
        #expect(article.title == "Bridge vote passes")
        #expect(article.authors == ["Tom Reyes"])
        #expect(article.publishedAt == "2022-08-09T14:30:00-05:00")
        #expect(article.provenance.first { $0.field == "authors" }?.place == .jsonLD)
    }

    @Test("A page of navigation only has an empty body and the no-article-body warning, not a crash")
    func navigationOnly() {
        let text = """
            Home
            • News
            • Sports
            • Weather
            • Contact us
            © 2024 Example Media
            """
        let article = analyze(text, url: "https://example.com/")
        #expect(article.body.isEmpty)
        #expect(article.warnings == [.noArticleBody])
        #expect(!article.provenance.contains { $0.field == "body" })
        let broken = analyze("<html><body><p>Half <b><i>open <div </p></table><<< <!-- never closed", url: nil, .html)
        #expect(broken.warnings == [.noArticleBody])
        let empty = analyze("<html><script>var a = 1;</script></html>", url: nil, .html)
        #expect(empty.body.isEmpty && empty.text.allSatisfy(\.isWhitespace))
    }
}
