import Testing

@testable import Extraction

@Suite("Sources, round 26: nameplates over their publishers")
struct SourcesRoundTwentySixTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    func source(_ text: String, url: String? = nil) -> String? {
        analyzer.analyze(ArticleInput(content: text, format: .plainText, url: url)).source
    }

    static let story = """
        The regional council approved on Tuesday a plan to extend the tram line to the new hospital, after two \
        years of studies and a public consultation that drew more than four thousand responses.

        Councillors said the extension would cost less than first feared because the track can run along an \
        existing road, and that the first trams should reach the hospital before the end of the decade.

        Residents along the route asked for noise barriers and for the works to stop at night, requests the \
        transport department said it would study before the tender is published.
        """

    static func page(header: String, footer: String) -> String {
        """
        \(header)
          • Politics
          • Economy
          • Culture

        Tram line to reach the new hospital by 2029

        Anna Berger
        March 3, 2026

        \(story)

        More on this
          • Bus fares rise in April

        \(footer)
        """
    }

    @Test("A one-word nameplate after the logo's picture outweighs the publishing company in the footer")
    func picturedOneWordNameplate() {
        let text = Self.page(
            header: "[image] Tagesblick\nAbo\nAnmelden", footer: "© Alpenland Verlagsgesellschaft m.b.H. 2026")
        #expect(source(text) == "Tagesblick")
    }

    @Test("A company whose name ends in a legal form (SA, B.V., Oy) owns the nameplate rather than naming the site")
    func legalFormOwnerLoses() {
        let text = Self.page(header: "[image] Kurier Morski\nZaloguj\nSubskrybuj", footer: "© 2026 Nordpress Media SA")
        #expect(source(text) == "Kurier Morski")
        #expect(SourceFinder.endsWithLegalForm("Nordpress Media SA"))
        #expect(SourceFinder.endsWithLegalForm("Kustmedia Nederland B.V."))
        #expect(!SourceFinder.endsWithLegalForm("Kurier Morski"))
        #expect(SourceFinder.stripOwnerSuffix("Il Corriere Alpino S.p.A") == "Il Corriere Alpino")
    }

    @Test("A skip link in French is a control before the nameplate, and a 'Société éditrice' is the publisher")
    func frenchSkipLinkAndPublisher() {
        let text = Self.page(
            header: "Aller au contenu\n[image] Le Courrier Alpin\nS’abonner",
            footer: "© Société éditrice du Courrier – Reproduction interdite")
        #expect(source(text) == "Le Courrier Alpin")
    }

    @Test("A nameplate's article in another language is kept when the host drops it")
    func foreignArticleKept() {
        let text = Self.page(header: "[image] De Kustkrant\nAbonneer\nAanmelden", footer: "© 2026 Kustmedia NV")
        #expect(source(text, url: "https://www.kustkrant.be/regio/tram-ziekenhuis") == "De Kustkrant")
    }

    @Test("A nameplate joining words with 'della' stays whole on a host that names only its first word")
    func nameplateWithDella() {
        let text = Self.page(
            header: "[image] Voce della Riviera\nAbbonati\nAccedi", footer: "© Edizioni Liguri S.p.A. 2026")
        #expect(source(text, url: "https://www.voce.it/cronaca/tram-ospedale") == "Voce della Riviera")
    }

    @Test("The logo's link with its 'Home' label names the site without the label")
    func picturedHomeLink() {
        let text = Self.page(
            header: "Skip to content\n[image] Harbour Radio - Home", footer: "© 2026 Harbour Broadcasting Ltd")
        #expect(source(text) == "Harbour Radio")
    }

    @Test("A channel's number after its name in the copyright line is its own, not a year")
    func channelNumberKept() {
        #expect(TextMetadataReader.copyrightOwner(in: "© 2026 Copyright Canal 9 - All rights reserved") == "Canal 9")
        #expect(TextMetadataReader.copyrightOwner(in: "© Valley Ledger 2024") == "Valley Ledger")
        #expect(
            TextMetadataReader.copyrightOwner(in: "© Valley Ledger 2019-2024. All rights reserved.") == "Valley Ledger")
    }
}
