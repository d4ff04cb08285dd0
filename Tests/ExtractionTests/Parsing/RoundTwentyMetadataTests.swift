import Testing

@testable import Extraction

/// Shapes of pages whose source or authors the twentieth round found misread: a masthead that extends the host's
/// name cut back to the bare name, a German publishing house's copyright outvoting the masthead, names over a date
/// line rather than under it, and share buttons read as a person's name.
@Suite("Round twenty metadata: mastheads that extend the host's name, publishers, names under dates, share buttons")
struct RoundTwentyMetadataTests: PlainTextPageTests {
    @Test("A name is the host's name with more capitalised words before or after it, not with a section's")
    func extendsTheHostsName() throws {
        let matcher = SiteNameMatcher(url: try #require(PageURL("https://www.kestrel.ca/news/x")))
        #expect(matcher.extendsSiteLabel("Kestrel News"))
        #expect(matcher.extendsSiteLabel("Kestrel Field Notes"))
        #expect(!matcher.extendsSiteLabel("Kestrel Business"))
        #expect(!matcher.extendsSiteLabel("Kestrel"))
        #expect(!matcher.extendsSiteLabel("Kestrel wins again"))
        let agency = SiteNameMatcher(url: try #require(PageURL("https://www.harbours.gov/briefing/x")))
        #expect(agency.extendsSiteLabel("State Department of Harbours"))
    }

    @Test("A blog's masthead that extends the host's name is kept over the footer's short form")
    func mastheadExtendingTheHostStays() {
        let page = """
            Kestrel Engineering

            Home  Archive  About

            Night ferry to run all winter

            Posted on 2024-06-14 by Mara Quist

            \(ArticleFixtures.harbourStory)

            © 2019–2024 Kestrel. Built with Hugo.
            """
        #expect(analyze(page, url: "https://blog.kestrel.dev/posts/night-ferry").source == "Kestrel Engineering")
    }

    @Test("A German publishing house's copyright does not outvote the paper's masthead")
    func publishingHouseIsTheCompany() {
        let page = """
            Tidewater Morning Edition

            Politics | Business | Culture

            Night ferry to run all winter

            12.06.2024, 09:14 Uhr

            By Mara Quist

            \(ArticleFixtures.harbourStory)

            Impressum | Datenschutz
            © Tidewater Verlag GmbH 2024
            """
        #expect(analyze(page).source == "Tidewater Morning Edition")
    }

    @Test("Names joined by 'and' under the date line are the byline")
    func namesUnderTheDate() {
        let page = """
            Harbour Weekly

            Night ferry live: board votes to keep boats running all winter

            Updated 09:10 Tue 1 Dec 2026

            Mara Quist and Olle Berg

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors == ["Mara Quist", "Olle Berg"])
    }

    @Test("Share buttons under the headline are no person's name")
    func shareButtonsAreNoName() {
        let page = """
            Harbour Weekly

            Night ferry to run all winter

            Share Tweet

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors.isEmpty)
    }
}
