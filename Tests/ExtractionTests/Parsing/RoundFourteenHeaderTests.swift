import Testing

@testable import Extraction

/// Header shapes found wrong by the fourteenth round of hand-made probe pages: ordinal days, a relative time
/// beside the date, a live score box, a podcast's host, an office signing a release, a copy service in the byline,
/// a nameplate ending in a role word, a broadcaster's call sign, a newsletter writer's own copyright.
@Suite("Round fourteen headers: ordinal days, clocks, score boxes, hosts, offices, services, nameplates")
struct RoundFourteenHeaderTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    func analyze(_ text: String) -> AnalyzedArticle {
        analyzer.analyze(ArticleInput(content: text, format: .plainText))
    }

    /// Lead paragraphs the pages below share.
    static let story = """
        Volunteers planted more than four thousand oak saplings along the river meadows on Saturday, the largest \
        single planting the county's tree trust has organised since it was founded.

        The trust said the saplings were grown from acorns gathered in the same valley last autumn, so that the new \
        woodland would suit the local soil and climate.

        Organisers hope the trees will shade the river within fifteen years, keeping the water cool enough for trout \
        during the hottest summer weeks.
        """

    @Test("An ordinal day before the month is a date: 4th Mar 2024, 21st of June 2023, 1er janvier 2024")
    func ordinalDays() {
        let scanner = DateScanner()
        let march = scanner.dates(in: "Published 4th Mar 2024, 18:30 GMT").first?.date
        #expect(march?.year == 2024 && march?.month == 3 && march?.day == 4 && march?.hour == 18)
        let june = scanner.dates(in: "21st of June 2023").first?.date
        #expect(june?.year == 2023 && june?.month == 6 && june?.day == 21)
        let january = scanner.dates(in: "1er janvier 2024").first?.date
        #expect(january?.month == 1 && january?.day == 1)
        #expect(scanner.dates(in: "the 4th round of talks in 2024").isEmpty)
    }

    @Test("A byline dated with an ordinal day gives the publication date")
    func ordinalDayLine() {
        let page = """
            Oak planting sets record along the river meadows

            By Morag Kerr Environment Correspondent
            Published 9th Nov 2024, 10:05 GMT

            \(Self.story)
            """
        #expect(analyze(page).publishedAt?.hasPrefix("2024-11-09") == true)
    }

    @Test("A relative time beside the date is no headline; the name under the headline is the byline")
    func relativeTimeLine() {
        let page = """
            Oak planting sets record along the river meadows

            Ruth Pennant
            3 hours ago
            Updated 09:12, 9 Nov 2024

            \(Self.story)
            """
        let article = analyze(page)
        #expect(article.title == "Oak planting sets record along the river meadows")
        #expect(article.authors == ["Ruth Pennant"])
        #expect(TextMetadataReader.isRelativeTime("Updated 16M ago"))
        #expect(TextMetadataReader.isRelativeTime("an hour ago"))
        #expect(!TextMetadataReader.isRelativeTime("The flood that shaped the valley 50 years ago"))
    }

    @Test("A score box's scorers with their minutes are no headline")
    func scoreBox() {
        let page = """
            Championship
            FT
            Millbrook 2 - 0 Ashford
            Okafor 12', 90+3'

            Okafor double sends Millbrook top of the table

            By Dan Ellery
            Sat 9 Nov 2024 17:10 GMT

            \(Self.story)
            """
        let article = analyze(page)
        #expect(article.title == "Okafor double sends Millbrook top of the table")
        #expect(TextMetadataReader.holdsMatchMinute("Reyes 67′"))
        #expect(!TextMetadataReader.holdsMatchMinute("Songs of the 80's return to the charts"))
    }

    @Test("\"Hosted by\" is a podcast's byline; a platform list above the episode's title is not its headline")
    func podcastHost() {
        let page = """
            The Field Notes Podcast
            Episodes
            Subscribe on Apple Podcasts | Spotify | RSS

            Episode 88: Why the river meadows are being replanted

            Hosted by Ines Calder
            November 9, 2024

            \(Self.story)
            """
        let article = analyze(page)
        #expect(article.title == "Episode 88: Why the river meadows are being replanted")
        #expect(article.authors == ["Ines Calder"])
    }

    @Test("The office a release is signed from is neither an author nor the source")
    func signingOffice() {
        let page = """
            Ashford University

            Campus oaks survey finds trees older than the college

            By Priya Lal, University Communications
            November 9, 2024

            \(Self.story)
            """
        let article = analyze(page)
        #expect(article.authors == ["Priya Lal"])
        #expect(article.source != "University Communications")
        #expect(BylineParser().parse("By Priya Lal, Office of Communications")?.authors == ["Priya Lal"])
    }

    @Test("A reporting service in the byline gives way to the nameplate; its closing note is not story")
    func reportingService() {
        let page = """
            The Valley Gazette
            News | Sport | Property

            Oak planting sets record along the river meadows

            By Tom Ash, Local Democracy Reporting Service
            10:30, 9 NOV 2024

            \(Self.story)

            This story was written by Tom Ash, Local Democracy Reporting Service, and was published by The Valley \
            Gazette as part of the scheme.

            Sign up to our daily newsletter
            """
        let article = analyze(page)
        #expect(article.source == "The Valley Gazette")
        #expect(article.authors == ["Tom Ash"])
        #expect(!article.body.contains("This story was written by"))
    }

    @Test("A first line \"The … Reporter\" is the nameplate, though its last word is a reporter's role")
    func articledNameplate() {
        let page = """
            The Glenmore Reporter
            News | Sport | Community

            Oak planting sets record along the river meadows

            By Morag Kerr
            12:00, 9 NOV 2024

            \(Self.story)
            """
        #expect(analyze(page).source == "The Glenmore Reporter")
        #expect(!SourceFinder.isArticledNameplate("The reporter"))
    }

    @Test("A broadcaster's call sign at the top outvotes the owner's copyright")
    func stationCallSign() {
        let page = """
            Skip to content
            WQRN News 6
            Menu
            Weather

            Oak planting sets record along the river meadows

            by: Ruth Pennant
            Posted: Nov 9, 2024 / 06:12 PM CST

            \(Self.story)

            Copyright 2024 Example Broadcasting Inc. All rights reserved.
            """
        #expect(analyze(page).source == "WQRN News 6")
        #expect(SourceFinder.isStationName("KTUL Channel 8"))
        #expect(!SourceFinder.isStationName("WEEK IN REVIEW"))
    }

    @Test("A newsletter whose copyright names its writer keeps the writer as author from the page's metadata")
    func newsletterWriterCopyright() {
        let paragraphs = Self.story.split(separator: "\n").filter { !$0.isEmpty }.map { "<p>\($0)</p>" }
        let html = """
            <html><head><title>Why we plant oaks - by Ines Calder</title>
            <meta property="og:site_name" content="Field Notes Weekly"><meta name="author" content="Ines Calder">
            </head><body><div class="navbar"><a>Field Notes Weekly</a> <a>Sign in</a></div>
            <article><h1>Why we plant oaks</h1><div class="meta"><a href="/@ines">Ines Calder</a>
            <div class="date">Nov 9, 2024</div></div><div class="body">\(paragraphs.joined())</div></article>
            <div class="footer"><p>© 2024 Ines Calder</p></div></body></html>
            """
        let article = analyzer.analyze(ArticleInput(content: html, format: .html))
        #expect(article.authors == ["Ines Calder"])
        #expect(article.source == "Field Notes Weekly")
    }
}
