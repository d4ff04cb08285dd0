import Foundation
import Testing

@testable import Extraction

/// Round 21's dates: a wire dateline's day without its year, the address's day against a comment's stamp, and an
/// HTML page's declared publication against the date its text shows.
@Suite("Publication dates, round 21")
struct DatesRoundTwentyOneTests: PlainTextPageTests {
    static let wire = """
        Reuters

        Senate confirms Ortiz as deputy Treasury secretary

        By Daniel Whitcombe

        WASHINGTON, Dec 1 (Reuters) - The U.S. Senate on Tuesday confirmed Lena Ortiz as deputy Treasury secretary, \
        clearing the way for her to lead talks on the debt ceiling next month.

        The vote was 58-41, with nine Republicans joining Democrats in support of the nomination.

        Reporting by Daniel Whitcombe; Editing by Susan Harlan

        © 2026 Reuters. All rights reserved
        """

    @Test("A dateline's month and day are kept apart from a date")
    func datelineKeepsTheDay() {
        let capitals = Dateline.read("WASHINGTON, Dec 1 (Reuters) - The U.S. Senate on Tuesday confirmed")
        #expect(capitals?.date == nil)
        #expect(capitals?.dayWithoutYear == Dateline.DayWithoutYear(month: 12, day: 1))
        let mixed = Dateline.read("Mumbai, Sept. 3 (Reuters) - Reliance Industries will list its telecoms unit.")
        #expect(mixed?.place == "Mumbai")
        #expect(mixed?.dayWithoutYear == Dateline.DayWithoutYear(month: 9, day: 3))
        #expect(Dateline.read("LONDON (Reuters) - Britain's economy grew")?.dayWithoutYear == nil)
    }

    @Test("The dateline's year: the address's, else the fetch's, else the copyright line's")
    func datelineYear() {
        #expect(
            analyze(Self.wire, url: "https://www.reuters.com/world/us/senate-confirms-ortiz").publishedAt
                == "2026-12-01")
        #expect(
            analyze(Self.wire, url: "https://example.com/2027/01/senate-confirms-ortiz").publishedAt
                == "2026-12-01")
        // A page fetched early in January is datelined in the December before.
        let january = FetchTime(rfc3339: "2027-01-03T10:00:00Z")!
        let parsed = ArticleParser().parse(ArticleInput(content: Self.wire, fetchedAt: january))
        #expect(parsed.publishedAt == "2026-12-01")
        // No address, fetch time or copyright year: no date.
        let bare = Self.wire.replacingOccurrences(of: "© 2026 Reuters. All rights reserved", with: "Reuters")
        #expect(analyze(bare).publishedAt == nil)
    }

    @Test("Copyright years: the latest of a line's, only on copyright lines")
    func copyrightYears() {
        #expect(TextMetadataReader.copyrightYear(["Copyright © 2002-2026 Gray Media", "Home"]) == 2026)
        #expect(TextMetadataReader.copyrightYear(["(c) Copyright 2019 The Hill"]) == 2019)
        #expect(TextMetadataReader.copyrightYear(["Founded in 2019", "© Breisgau-Kurier"]) == nil)
    }

    static let blog = """
        Rust and Spokes

        Restoring a 1962 Schwinn Corvette

        Posted by Walt Brenner in Projects

        I finally finished restoring the 1962 Schwinn Corvette I found at an estate sale last spring, and I wanted \
        to share a few things I learned along the way.

        The biggest surprise was how well the original chrome cleaned up with nothing more than aluminum foil and a \
        little water.

        3 Comments

        Deb K.
        December 2, 2026 at 8:14 am
        Beautiful work! What did you use on the fenders?

        © 2026 Rust and Spokes
        """

    @Test("Under the lead, a comment's stamp does not outvote the address's day")
    func addressDayOverComment() {
        let url = "https://rustandspokes.net/2026/11/30/restoring-a-1962-schwinn-corvette/"
        #expect(analyze(Self.blog, url: url).publishedAt == "2026-11-30")
        // Without a day in the address the stamp is all the page has.
        #expect(
            analyze(Self.blog, url: "https://rustandspokes.net/restoring").publishedAt?.hasPrefix("2026-12-02") == true)
    }

    static func htmlPage(head: String, dateLine: String) -> String {
        """
        <html><head><title>Walking 7,000 steps a day cuts dementia risk</title>\(head)</head><body>
        <article><h1>Walking 7,000 steps a day cuts dementia risk</h1><p>By Claire Dunmore</p><p>\(dateLine)</p>
        <p>A new study of 12,000 adults has found that people who walk at least 7,000 steps a day have a 40% lower \
        risk of dementia than those who walk fewer than 3,000, researchers said on Thursday.</p>
        <p>The research followed participants for an average of nine years, and the benefit levelled off at around \
        9,000 steps a day, the study's lead author said.</p></article></body></html>
        """
    }

    func published(_ head: String, _ dateLine: String) -> String? {
        ArticleParser().parse(ArticleInput(content: Self.htmlPage(head: head, dateLine: dateLine), format: .html))
            .publishedAt
    }

    @Test("A declared publication days from the shown date wins; a day apart, the shown date stands")
    func declaredPublicationDaysAway() {
        let ld =
            #"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-11-27T08:00:00Z"}</script>"#
        #expect(published(ld, "Last updated 30 November 2026") == "2026-11-27T08:00:00Z")
        #expect(published(ld, "28 November 2026") == "2026-11-28")
        #expect(published(ld, "27 November 2026") == "2026-11-27T08:00:00Z")
        // A <time> in the body is no declaration: a related story's may stand there.
        #expect(published(#"<meta name="x" content="y">"#, "30 November 2026") == "2026-11-30")
    }

    @Test("A shown stamp whose <time datetime> states the same moment in UTC takes that day")
    func sameMomentInUTC() {
        let time = #"<time datetime="2019-11-20T04:26:50Z">Published 11:26 pm EST, Tuesday, November 19, 2019</time>"#
        #expect(published("", time) == "2019-11-20T04:26:50Z")
        // The head's UTC time alone does not move a stamp shown without such an element.
        let meta = #"<meta property="article:published_time" content="2019-11-20T04:26:47Z">"#
        #expect(published(meta, "Published 11:26 pm EST, Tuesday, November 19, 2019")?.hasPrefix("2019-11-19") == true)
        // A different moment keeps the shown day.
        let other = #"<time datetime="2019-11-20T02:10:00Z">Published 11:26 pm EST, Tuesday, November 19, 2019</time>"#
        #expect(published("", other)?.hasPrefix("2019-11-19") == true)
        #expect(
            MetadataMerger.sameMoment(
                PublicationDate(year: 2019, month: 11, day: 18, hour: 21, minute: 24, offsetMinutes: -300),
                PublicationDate(year: 2019, month: 11, day: 19, hour: 2, minute: 24)))
    }
}
