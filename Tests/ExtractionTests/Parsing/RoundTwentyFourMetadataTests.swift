import Testing

@testable import Extraction

/// Shapes of rendered pages whose authors, source or headline round 24's held-out pages found misread: a byline
/// box's name over the writer's role, a name followed by the site's name, the "By" label glued to the name, a blog
/// theme's comment link after the name, a company's newsroom carrying its release as the wire sent it, a press
/// room's subdomain, Irish and British legal forms in a copyright line, a sentence-like relative stamp and a
/// picture's credit over the byline.
@Suite("Round twenty-four metadata: byline boxes, glued labels, newsrooms, legal forms, stamps and credits")
struct RoundTwentyFourMetadataTests: PlainTextPageTests {
    @Test("A name over the writer's role on the next line is the byline, not the headline")
    func nameOverRole() {
        let page = """
            The Harbour Times

            Ireland

            Night ferry to run all winter

            The board says the new engines burn less fuel than expected

            [The night ferry]
            Photograph: Aoife Byrne

            Sorcha Nolan
            Social Affairs Correspondent
            Mon Dec 01 2026 - 06:00

            \(ArticleFixtures.harbourStory)
            """
        let article = analyze(page)
        #expect(article.authors == ["Sorcha Nolan"])
        #expect(article.title == "Night ferry to run all winter")
        #expect(article.publishedAt == "2026-12-01T06:00")
    }

    @Test("Names in a menu over a programme's name are no byline")
    func menuEntriesOverARoleAreNoByline() {
        let page = """
              • Radicalised Youth
              • Harbour Correspondent

            Night ferry to run all winter

            November 30, 2026

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors.isEmpty)
    }

    @Test("A name followed by the site's name over the date line is the byline and its publication")
    func nameAndTheSitesName() {
        let page = """
            Night ferry to run all winter

            Elliot Brownstein Harbour Today
            Published 2:16 AM EST Nov 20, 2026

            \(ArticleFixtures.harbourStory)
            """
        let article = analyze(page, url: "https://www.harbourtoday.com/story/news/2026/11/20/night-ferry/")
        #expect(article.authors == ["Elliot Brownstein"])
        #expect(article.source == "Harbour Today")
        #expect(article.title == "Night ferry to run all winter")
    }

    @Test("Without the page's address a breadcrumb over the date is no name and site")
    func breadcrumbOverTheDateIsNoByline() {
        let page = """
            Home Music Music News
            November 19, 2026 12:04AM ET

            Night ferry to run all winter

            \(ArticleFixtures.harbourStory)
            """
        let article = analyze(page)
        #expect(article.authors.isEmpty)
        #expect(article.source != "Music News")
    }

    @Test("'By' glued to the name and the role glued after it still give the name")
    func gluedByLabel() {
        let page = """
            Night ferry to run all winter

            BookmarkShare
            ByHelen CarterLocal Democracy Reporter
            17:45, 30 NOV 2026Updated18:02, 30 NOV 2026

            \(ArticleFixtures.harbourStory)
            """
        let article = analyze(page)
        #expect(article.authors == ["Helen Carter"])
        #expect(article.publishedAt?.hasPrefix("2026-11-30") == true)
        #expect(TextMetadataReader.gluedByline("ByHelen Carter") == "By Helen Carter")
        #expect(TextMetadataReader.gluedByline("ByteDance buys a ferry line") == nil)
        #expect(TextMetadataReader.gluedByline("BYU wins the title") == nil)
    }

    @Test("A blog theme's comment link after the name is no part of it")
    func commentLinkAfterTheName() {
        let page = """
            The Orchard Report

            Night ferry to run all winter

            December 1, 2026 by Maya Chen Leave a Comment

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors == ["Maya Chen"])
        #expect(BylineParser().parse("By Maya Chen Follow")?.authors == ["Maya Chen"])
        #expect(BylineParser().parse("By Maya Chen 3 Comments")?.authors == ["Maya Chen"])
    }

    @Test("A company's newsroom carrying its release from the wire is the company's page")
    func newsroomRelease() {
        let page = """
            Veridian Health Newsroom

            News Releases

            Veridian Health Opens Cancer Center in Tucson

            Dec 1, 2026

            TUCSON, Ariz., Dec. 1, 2026 /PRNewswire/ -- Veridian Health today opened its Desert Sky Cancer Center \
            in Tucson, a facility that brings radiation oncology, infusion therapy and surgery into one building.

            The center will treat about 4,000 patients a year and employ 260 people, including 30 physicians.

            "Patients should not have to drive across town for each step of their treatment," said the chief \
            medical officer.

            SOURCE Veridian Health

            © 2026 Veridian Health. All rights reserved.
            """
        #expect(analyze(page).source == "Veridian Health")
        let url = "https://newsroom.veridianhealth.com/2026-12-01-Veridian-Health-Opens-Cancer-Center-in-Tucson"
        #expect(analyze(page, url: url).source == "Veridian Health")
    }

    @Test("A company's press rooms are parts of its site, not names of it")
    func pressRoomSubdomains() throws {
        for host in ["newsroom", "press", "media", "investors", "ir"] {
            let url = try #require(PageURL("https://\(host).veridianhealth.com/releases/x"))
            #expect(url.siteLabels == ["veridianhealth"])
        }
    }

    @Test("Irish, British and Indian legal forms leave the copyright owner's name")
    func legalForms() {
        #expect(TextMetadataReader.copyrightOwner(in: "© 2026 The Harbour Times DAC") == "The Harbour Times")
        #expect(TextMetadataReader.copyrightOwner(in: "© 2026 Harbour Media Group PLC") == "Harbour Media Group")
        #expect(
            TextMetadataReader.copyrightOwner(in: "Copyright 2026 Harbour Publishing Pvt Ltd") == "Harbour Publishing")
    }

    @Test("'This was published 2 hours ago' over the headline is a stamp, not the headline")
    func sentenceLikeRelativeStamp() throws {
        #expect(TextMetadataReader.isRelativeTime("This was published 2 hours ago"))
        #expect(TextMetadataReader.isRelativeTime("This article was updated 3 days ago"))
        #expect(!TextMetadataReader.isRelativeTime("The ferry that sank 50 years ago"))
        let page = """
            Skip to content
            Skip to footer

            This was published 2 hours ago

            Night ferry to run all winter

            By Liam Foster
            December 1, 2026 — 5.30pm

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).title == "Night ferry to run all winter")
        let fetched = try #require(FetchTime(rfc3339: "2026-12-01T20:00:00+11:00"))
        #expect(
            TextMetadataReader.relativeStamp("This was published 2 hours ago", fetched: fetched)?.day10 == "2026-12-01")
    }

    @Test("A picture's credit over the byline is not the headline")
    func pictureCreditIsNoHeadline() {
        #expect(TextMetadataReader.opensPictureCredit("photograph: alan betson"))
        #expect(TextMetadataReader.opensPictureCredit("illustration: jane doe"))
        #expect(!TextMetadataReader.opensPictureCredit("photographers win the award"))
    }

    @Test("Japanese, Chinese and Korean dates with their signs, and the French '10h30'")
    func eastAsianDatesAndFrenchClock() {
        let scanner = DateScanner()
        #expect(scanner.dates(in: "2026年12月1日 10:30").first?.date.iso == "2026-12-01T10:30")
        #expect(scanner.dates(in: "公開日：2026年12月1日発表").first?.date.day10 == "2026-12-01")
        #expect(scanner.dates(in: "입력 2026년 12월 1일").first?.date.day10 == "2026-12-01")
        #expect(scanner.dates(in: "2026年13月1日").isEmpty)
        #expect(scanner.dates(in: "Publié le 1 décembre 2026 à 10h30").first?.date.iso == "2026-12-01T10:30")
    }

    @Test("A copyright owner with its legal form is the company owning the site the logo names")
    func incorporatedOwnerYieldsToTheLogo() {
        let page = """
            Skip to content
            WKRT
            Tampa

            Night ferry to run all winter

            by: Carlos Medina
            Posted: Dec 1, 2026 / 04:32 PM EST

            \(ArticleFixtures.harbourStory)

            Copyright 2026 Harbourcast Media Inc. All rights reserved.

            About Us
              • Jobs at WKRT
            © 1998 - 2026 Harbourcast Media Inc. | All Rights Reserved.
            """
        #expect(analyze(page).source == "WKRT")
    }
}
