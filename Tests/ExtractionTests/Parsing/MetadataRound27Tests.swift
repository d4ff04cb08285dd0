import Testing

@testable import Extraction

/// Shapes round 27's made-up pages showed: two-digit years before a clock, months' names as given names, a name and
/// a city as two fields, byline boxes of several writers, a company named after its paper, a joint credit and an
/// agency's own site, and the furniture over a headline (a skip link, an archive's age notice).
@Suite("Metadata, round 27")
struct MetadataRound27Tests: PlainTextPageTests {
    let parser = BylineParser()

    @Test(
        "A day, a month and a two-digit year before a clock",
        arguments: [
            ("26-01-26, 14:10", "2026-01-26"), ("28.01.26 07:35", "2026-01-28"), ("03-02-26, 07:45", "2026-02-03"),
        ])
    func twoDigitYearBeforeAClock(line: String, day: String) {
        #expect(DateScanner(dayFirst: true).dates(in: line).first?.date.iso.hasPrefix(day) == true)
    }

    @Test("Two-digit numbers joined by hyphens or dots without a clock are no date")
    func twoDigitRunsWithoutAClock() {
        #expect(DateScanner(dayFirst: true).dates(in: "Score 12-10-08 after extra time").isEmpty)
        #expect(DateScanner(dayFirst: true).dates(in: "Version 10.12.26 is out").isEmpty)
    }

    @Test("A Belgian stamp under the writer's name gives the date and the byline, and is no headline")
    func belgianStamp() {
        let page = """
            Binnenland

            Nachtveer blijft de hele winter varen

            Sofie Peeters
            26-01-26, 14:10

            \(ArticleFixtures.harbourStory)
            """
        let article = analyze(page)
        #expect(article.title == "Nachtveer blijft de hele winter varen")
        #expect(article.authors == ["Sofie Peeters"])
        #expect(article.publishedAt?.hasPrefix("2026-01-26") == true)
    }

    @Test("A month's given name opens a bare name beside a date line or over a role, not alone")
    func monthsGivenNames() {
        #expect(parser.isMonthLedName(["April", "Rubin"]))
        #expect(parser.isMonthLedName(["May", "Bulman"]))
        #expect(!parser.isMonthLedName(["May", "CNN"]))
        #expect(!parser.isMonthLedName(["Update", "Rubin"]))
        let page = """
            Night ferry to run all winter

            April Rubin
            Jan 27, 2026

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors == ["April Rubin"])
    }

    @Test("A stamp's label in another language is no name")
    func stampLabelIsNoName() {
        #expect(!parser.isPersonName(["Actualizado", "Martes"]))
        #expect(!parser.isPersonName(["Publicerad", "Tisdag"]))
    }

    @Test("A name and the writer's city as two fields over the date")
    func nameBesidePlace() {
        let page = """
            Night ferry to run all winter

            Josephine Christopher | Dar es Salaam
            Tuesday, January 27, 2026

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors == ["Josephine Christopher"])
    }

    @Test("A menu or a headline with a bar is no name beside a place")
    func barWithoutAName() {
        let page = """
            Night ferry to run all winter

            News | Sport
            Tuesday, January 27, 2026

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors == [])
    }

    @Test("A byline box of two writers, each name over its role")
    func bylineBoxOfTwo() {
        let page = """
            Night ferry to run all winter

            The board says the new engines burn less fuel than expected.

            Ola Bakken
            Journalist
            Ingrid Solberg
            Journalist
            Publisert 27. jan. 2026 kl. 08:15

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors == ["Ola Bakken", "Ingrid Solberg"])
    }

    @Test("A company's legal form after the comma that cut its name off")
    func companyAfterTheComma() {
        #expect(
            SourceFinder.namesCompanyAfter(
                "Copyright © 2026 Bennett, Coleman & Co. Ltd. All rights reserved.", owner: "Bennett"))
        #expect(!SourceFinder.namesCompanyAfter("© 2026 Valley Star. Powered by Acme Inc.", owner: "Valley Star"))
    }

    @Test("A company named after its paper takes no votes from the nameplate; a fuller name of the paper does")
    func companyOfThePaper() {
        #expect(SourceFinder.isCompanyOf("the standard group", "the standard"))
        #expect(SourceFinder.isCompanyOf("the standard group plc", "the standard"))
        #expect(!SourceFinder.isCompanyOf("quanta magazine", "quanta"))
    }

    @Test("The agency's own site is named as the site names itself; a paper carrying its copy credits the agency")
    func agencyOwnSite() {
        let page = """
            Night ferry to run all winter

            By JANE ROE
            Updated 6:42 PM EST, January 29, 2026

            HARBOURTOWN, Maine (AP) — \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page, url: "https://apnews.com/article/night-ferry-winter-123").source == "AP News")
        #expect(analyze(page, url: "https://www.valleystar.com/news/night-ferry-winter").source != "AP News")
    }

    @Test("A joint credit of a paper and its site: the part the host names")
    func jointCredit() {
        let page = """
            Night ferry to run all winter

            Updated: Jan. 28, 2026, 7:05 p.m.

            By Jane Roe | The Valley Star/ValleyLive

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page, url: "https://www.valleylive.com/news/2026/01/night-ferry.html").source == "ValleyLive")
    }

    @Test("A skip link and an archive's age notice are no headline")
    func furnitureOverTheHeadline() {
        let page = """
            Hoppa till innehållet
            Valley News

            This article is more than 1 month old

            Night ferry to run all winter

            Jane Roe
            Reporter
            Publicerad 28 januari 2026 kl 06.15

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).title == "Night ferry to run all winter")
        #expect(TextMetadataReader.isAgeNotice("this article is more than 1 month old"))
    }
}
