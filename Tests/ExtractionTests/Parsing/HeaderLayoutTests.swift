import Foundation
import Testing

@testable import Extraction

@Suite("Pasted page layouts: bylines, comment threads, legal notices, site names")
struct HeaderLayoutTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    func analyze(_ text: String, url: String? = nil) -> AnalyzedArticle {
        analyzer.analyze(ArticleInput(content: text, format: .plainText, url: url))
    }

    @Test("'By' on a line of its own takes the names on the next line, and neither stays in the body")
    func byOnItsOwnLine() {
        let text = """
            Tech | Personal Technology

            So Many Ways to Play and Pay This Winter

            By
            Sarah E. Needleman

            There are more devices, platforms and services to choose from than ever before, and here is how to
            figure out which of them suits the way you play.

            Gaming used to be simple: buy a game, sit down in front of a console and play it to the end.
            """
        let article = analyze(text)
        #expect(article.authors == ["Sarah E. Needleman"])
        #expect(article.title == "So Many Ways to Play and Pay This Winter")
        #expect(!article.body.contains("Needleman"))
    }

    @Test("A comment signed 'name says:' ends the article")
    func commentThreadEndsArticle() {
        let text = """
            Sports Desk

            Coach says the loss ends the season's hopes

            By Dana Whitfield
            November 19, 2019

            The coach said after the game that his team had needed the win more than any other this season,
            and that the playoffs were now out of reach for a side that had started the year so well.

            At four wins and seven losses, the team would have to win every remaining game to have a chance,
            and three of those games are against teams with winning records.

            1. gridironfan says:
            November 19, 2019 at 6:34 am
            It is a good thing there are no fans left, because this season has been a long disappointment.
            2. joetoronto says:
            November 19, 2019 at 6:44 am
            Time for everyone to face reality: the season was over a month ago, and the coach knows it well.
            """
        let article = analyze(text)
        #expect(article.body.hasPrefix("The coach said"))
        #expect(!article.body.contains("says:"))
        #expect(!article.body.contains("disappointment"))
        #expect(article.publishedAt == "2019-11-19")
    }

    @Test("Legal notices at the foot of a page are not the article, however long")
    func legalNotices() {
        let text = """
            Meal prep for the busy week

            By Anna Kovacs
            March 2, 2021

            Cooking once for the whole week saves time, and a little planning keeps the meals from getting dull
            by the third day, when most people give up on their prepared lunches.

            Start with a grain, a protein and two vegetables, and season each portion differently.

            These statements have not been evaluated by the Food and Drug Administration. These products are
            not intended to diagnose, treat, cure, or prevent any disease. The contents on our website are for
            informational purposes only and are not a substitute for the advice of a professional.

            Apple, the Apple logo and iPhone are registered trademarks of Apple Inc. in the United States and
            other countries. All rights reserved.
            """
        let article = analyze(text)
        #expect(article.body.hasPrefix("Cooking once"))
        #expect(!article.body.contains("Food and Drug Administration"))
        #expect(!article.body.contains("trademarks"))
    }

    @Test(
        "A short site name the furniture writes with a publication word takes it; a byline naming the site is no person"
    )
    func siteNames() {
        let text = """
            Sputnik
            • Sputnik International
            • World

            Talks resume on the river treaty

            By: Sputnik
            18 November 2019

            Negotiators from both countries met again on Monday to resume the talks on the river treaty that
            stalled in the spring over the share of water each side may draw in dry years.

            Officials said a draft could be ready before the end of the year if the technical teams agree.

            Get push notifications from Sputnik International
            """
        let article = analyze(text, url: "https://sputniknews.com/world/201911181077343476-river-treaty/")
        #expect(article.source == "Sputnik International")
        #expect(article.authors == [])
        #expect(article.publishedAt == "2019-11-18")
    }

    @Test("A state abbreviation in the logo gives way to the full name the footer writes")
    func abbreviatedLogo() {
        let text = """
            CT Post
            • News
            • Sports

            New ferry schedule starts next month

            By Luis Ortega
            November 20, 2019

            The ferry between the two harbors will run every forty minutes from next month, the operator said on
            Wednesday, after a year in which riders complained about long waits on winter evenings.

            The new schedule adds two late departures on weekdays and one on Sunday mornings.

            Connecticut Post
            """
        let article = analyze(text, url: "https://www.ctpost.com/news/article/New-ferry-schedule-starts-14850001.php")
        #expect(article.source == "Connecticut Post")
        #expect(article.title == "New ferry schedule starts next month")
    }

    @Test("An edition named in the copyright line joins the brand; an edition menu does not")
    func editionInCopyright() {
        let withCopyright = """
            Business Insider
            • Tech
            • Finance

            Ten things in tech you need to know today

            By Jonas Weber
            19 November 2019

            Good morning. This is the tech news you need to know this Tuesday, from chips to streaming and the
            deals that moved the market overnight, collected by our reporters around the world.

            The biggest story of the day is a merger that would create the largest chip maker in Europe.

            • Copyright © 2019 Business Insider Deutschland / finanzen.net GmbH Alle Rechte vorbehalten.
            """
        #expect(analyze(withCopyright).source == "Business Insider Deutschland")
        let withMenu = withCopyright.replacingOccurrences(
            of: "• Copyright © 2019 Business Insider Deutschland / finanzen.net GmbH Alle Rechte vorbehalten.",
            with: "• Business Insider Deutschland\n• Business Insider France\n© 2019 Business Insider")
        #expect(analyze(withMenu).source == "Business Insider")
    }
}
