import Testing

@testable import Extraction

/// Shapes of rendered-text pages whose source the nineteenth round found misread: a footer's credit for the site's
/// makers read as the copyright owner, an author's box ("About Jane Doe") voted for as the site, and another site's
/// domain in the header menu taken for the page's own name.
@Suite("Round nineteen sources: makers' credits, author boxes, other sites' domains")
struct RoundNineteenSourceTests: PlainTextPageTests {
    @Test("A copyright line that credits only the site's makers names no owner")
    func makersCreditIsNoOwner() {
        #expect(TextMetadataReader.copyrightOwner(in: "Copyright © 2002-2019 - Designed by Gray Digital Media") == nil)
        #expect(TextMetadataReader.copyrightOwner(in: "© 2024 · Powered by WordPress") == nil)
        #expect(
            TextMetadataReader.copyrightOwner(in: "© 2024 Harbour Times. Designed by Studio Nine") == "Harbour Times")
    }

    @Test("A page whose footer credits its designer is not named after the credit's verb")
    func designerCreditIsNotTheSource() {
        let page = """
            Harbour ferry to run all winter

            \(ArticleFixtures.harbourStory)

            Copyright © 2002-2024 - Designed by Gray Digital Media - Powered by Clickability
            """
        #expect(analyze(page, url: "https://www.baysidetidings.com/news/ferry-winter").source != "Designed")
    }

    @Test("The author's box under the story, \"About\" and the byline's name, is not the site")
    func authorBoxIsNotTheSite() {
        let page = """
            baysoft GmbH Logo
            Back to overview

            Von Moritz Bachmann publiziert am 25. September 2018

            Harbour ferry to run all winter

            \(ArticleFixtures.harbourStory)

            Photo by Moritz Bachmann

            About Moritz Bachmann

            Moritz Bachmann writes about ferries for the Moritz Bachmann column. Moritz Bachmann lives by the sea.
            """
        let article = analyze(page, url: "https://blog.baysoft.com/harbour-ferry-winter")
        #expect(article.source != "Moritz Bachmann")
        #expect(SourceFinderProbe.namesWriter("Moritz Bachmann", in: page))
        #expect(!SourceFinderProbe.namesWriter("Bayside Tidings", in: page))
    }

    @Test("Another site's domain in the header menu is not the page's name; the page's own domain is")
    func otherSitesDomainInHeader() {
        let page = """
            Home
            Contact

              • Sister sites
              • ShopFerryTickets.com: Cheap Crossings

            Harbour ferry to run all winter

            \(ArticleFixtures.harbourStory)
            """
        let other = analyze(page, url: "https://baysidetidings.com/2024/03/05/harbour-ferry-winter/")
        #expect(other.source != "ShopFerryTickets.com")
        let own = analyze(
            page.replacingOccurrences(of: "ShopFerryTickets.com", with: "BaysideTidings.com"),
            url: "https://baysidetidings.com/2024/03/05/harbour-ferry-winter/")
        #expect(own.source == "Bayside Tidings" || own.source == "BaysideTidings.com")
    }

    /// A page of the site at `kestrelURL` whose masthead (its second line) is `masthead` and whose footer writes only
    /// "Kestrel".
    static func kestrelPage(masthead: String) -> String {
        """
        Skip to main content
        \(masthead)

        Just In  Politics  World

        Night ferry to run all winter

        By Jamie Holt

        Posted Mon 3 Nov 2025 at 5:01am

        \(ArticleFixtures.harbourStory)

        Kestrel
        """
    }

    static let kestrelURL = "https://www.kestrel.net.au/news/night-ferry/10234"

    @Test("The masthead's full name (\"Kestrel News\") extends the short name the footer writes")
    func mastheadExtendsShortName() {
        let page = Self.kestrelPage(masthead: "Kestrel News")
        #expect(analyze(page, url: Self.kestrelURL).source == "Kestrel News")
        // Written once in the footer's menu, not at the top, the longer form may be a section: the short name stays.
        let footer = Self.kestrelPage(masthead: "Home") + "\n\nKestrel News"
        #expect(analyze(footer, url: Self.kestrelURL).source == "Kestrel")
    }

    @Test("A newspaper's word (\"Review\", \"Times\") written with the short name twice extends it as \"News\" does")
    func newspaperWordExtendsShortName() {
        #expect(analyze(Self.kestrelPage(masthead: "Kestrel Review"), url: Self.kestrelURL).source == "Kestrel Review")
        // A word no publication is named by ("Kestrel Ferries") does not extend the short name the page reads
        // (`extendedSource`); since round 20 the masthead itself, the host's name with more words of the site's own,
        // is kept instead of being cut to the host's bare name ("ByteForge Engineering").
        #expect(
            analyze(Self.kestrelPage(masthead: "Kestrel Ferries"), url: Self.kestrelURL).source == "Kestrel Ferries")
    }
}

/// `SourceFinder.namesWriter` on a page given as text.
enum SourceFinderProbe {
    static func namesWriter(_ name: String, in page: String) -> Bool {
        let blocks = TextBlockSplitter(scalars: Array(page.unicodeScalars)).blocks()
        let features = blocks.map { BlockFeatures($0.text, stopwords: []) }
        return SourceFinder(blocks: blocks, features: features).namesWriter(name)
    }
}
