import Testing

@testable import Extraction

/// Shapes round 28's made-up pages showed: months' names of more languages, publishers' companies in Nordic,
/// French, Polish and British forms, the account's links over a headline, bylines labelled in other ways
/// ("Eine Analyse von …", "Penulis …", an avatar before the credit line) and a writer's name over their newsroom.
@Suite("Metadata, round 28")
struct MetadataRound28Tests: PlainTextPageTests {
    @Test(
        "Months' names of more languages between a day and a year",
        arguments: [
            ("12 Mart 2026 Perşembe 10:31", "2026-03-12"), ("5 Ağustos 2026", "2026-08-05"),
            ("12. maaliskuuta 2026", "2026-03-12"), ("12 Μαρτίου 2026", "2026-03-12"),
            ("12 березня 2026", "2026-03-12"), ("Kemaskini: 12 Mac 2026, 10:31 am", "2026-03-12"),
            ("Gepubliceerd op 12 mrt. 2026 om 10:31", "2026-03-12"), ("3 augusti 2026", "2026-08-03"),
            ("12 martie 2026", "2026-03-12"), ("4 déc. 2026", "2026-12-04"),
        ])
    func monthsOfMoreLanguages(line: String, day: String) {
        #expect(DateScanner(dayFirst: true).dates(in: line).first?.date.iso.hasPrefix(day) == true)
    }

    @Test("A month's name that is a given name stays a name in a byline")
    func monthNamesStayNames() {
        #expect(BylineParser().isPersonName(["Kasım", "Yılmaz"]))
        #expect(DateScanner().dates(in: "Mart Visser").isEmpty)
    }

    @Test(
        "A publisher's company in other legal forms votes as a company",
        arguments: [
            ("© Aftenposten AS", "Aftenposten"), ("© Rossel & Cie – 2026", "Rossel"),
            ("Copyright © 2026 South China Morning Post Publishers Ltd.", "South China Morning Post"),
        ])
    func companiesOfMoreForms(line: String, owner: String) {
        let raw = TextMetadataReader.copyrightOwner(in: line) ?? ""
        #expect(SourceFinder.stripOwnerSuffix(raw) == owner)
        #expect(
            SourceFinder.endsWithLegalForm(raw) || SourceFinder.givesLegalForm(line, to: raw)
                || SourceFinder.corporateWords.contains(where: { raw.lowercased().contains($0) }))
    }

    @Test("A short legal form must end its word")
    func boundedForms() {
        #expect(SourceFinder.givesLegalForm("© 2026 Ringier Axel Springer Polska sp. z o.o.", to: "Ringier Axel Springer Polska"))
        #expect(!SourceFinder.givesLegalForm("© 2026 Nikkei ASIA", to: "Nikkei"))
    }

    @Test("A company's name with its trade words is the company of the nameplate")
    func companyWithTradeWords() {
        #expect(SourceFinder.isCompanyOf("independent digital news", "independent"))
        #expect(!SourceFinder.isCompanyOf("independent news", "independent"))
    }

    @Test("The account's links are no headline", arguments: ["je m'abonne  me connecter", "logg inn", "subscribe  sign in", "iniciar sesión", "zaloguj się"])
    func accountLinks(lower: String) {
        #expect(TextMetadataReader.isAccountLinks(lower))
    }

    @Test("A short headline is not taken for the account's links")
    func headlinesAreNotLinks() {
        #expect(!TextMetadataReader.isAccountLinks("subscribers sign petition"))
        #expect(!TextMetadataReader.isAccountLinks("stocks slide"))
    }

    @Test("A page sent without its address does not take the account's links for the headline")
    func accountLinksOverHeadline() {
        let page = """
            Le Courrier du Nord
              • Région
              • Sports
            Je m'abonne  Me connecter

            Le port accueille un nouveau terminal pour les navettes

            Par Thomas Lemaire
            Publié le 20/01/2026 à 11:45

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).title == "Le port accueille un nouveau terminal pour les navettes")
    }

    @Test(
        "Labels that stand for By",
        arguments: [
            ("Eine Analyse von Johanna Kessler", "By Johanna Kessler"),
            ("Ein Kommentar von Felix Brandt", "By Felix Brandt"),
            ("An analysis by Jane Doe", "By Jane Doe"),
            ("Penulis Dian Pratiwi | Editor Bambang Santoso", "By Dian Pratiwi | Editor Bambang Santoso"),
            ("Autor: Jan Nowak", "By Jan Nowak"),
        ])
    func labelledBylines(line: String, rewritten: String) {
        #expect(TextMetadataReader.labelledByline(line) == rewritten)
    }

    @Test("Headlines shaped like a label are not bylines")
    func headlinesAreNotLabels() {
        #expect(TextMetadataReader.labelledByline("Un coup de Trafalgar pour le gouvernement") == nil)
        #expect(TextMetadataReader.labelledByline("A warning by the central bank") == nil)
        #expect(TextMetadataReader.labelledByline("Texto completo de la ley") == nil)
    }

    @Test("A German analysis label gives its writer")
    func analysisLabel() {
        let page = """
            Wirtschaft

            Nachtfähre fährt den ganzen Winter

            Eine Analyse von Johanna Kessler
            Stand: 14.03.2026, 09:12 Uhr

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors == ["Johanna Kessler"])
    }

    @Test("An avatar before the credit line's fields gives the writer and the newsroom")
    func avatarLedCredit() {
        let page = """
            Night ferry to run all winter

            Riders say the late boats are fuller than ever
            [image] Priya Sandhu · Harbour News · Posted: Jan 12, 2026 4:00 AM CST | Last Updated: January 12

            \(ArticleFixtures.harbourStory)
            """
        let article = analyze(page)
        #expect(article.authors == ["Priya Sandhu"])
        #expect(article.title == "Night ferry to run all winter")
        #expect(article.source == "Harbour News")
    }

    @Test("The newsroom's field of a credit line")
    func newsroomField() {
        #expect(TextMetadataReader.newsroomField("Erik White · CBC News · Posted: Mar 05, 2024 4:00 AM EST") == "CBC News")
        #expect(TextMetadataReader.newsroomField("Erik White · Sudbury · Posted: Mar 05, 2024") == nil)
        #expect(TextMetadataReader.newsroomField("News · Sport · Weather") == nil)
        // A role, though papers are named "Reporter" too.
        #expect(TextMetadataReader.newsroomField("Hana Tui · Valley Reporter · Published 6:12 am") == nil)
    }

    @Test("A copyright line's company name is no fuller name of the site")
    func companyIsNoFullerName() {
        #expect(TextMetadataReader.continuesCompanyName("News & Media Ltd"))
        #expect(!TextMetadataReader.continuesCompanyName("GmbH. All rights reserved"))
        #expect(!TextMetadataReader.continuesCompanyName(". All rights reserved"))
    }

    @Test("An avatar before a name over the writer's role")
    func avatarLedNameOverRole() {
        let page = """
            Night ferry to run all winter

            [image] Harriet Cole
            Political Correspondent
            Tuesday 10 February 2026 16:30 GMT

            \(ArticleFixtures.harbourStory)
            """
        // Not read yet in this shape (the avatar's line directly under the headline): The Independent's tune page,
        // with a standfirst between, gives the name; left for the next round (docs/parsing.md, round 28).
        withKnownIssue {
            #expect(analyze(page).authors == ["Harriet Cole"])
        }
    }

    @Test("A name over the newsroom and its place gives the writer and the source, and the newsroom is no headline")
    func nameOverNewsroom() {
        let page = """
            Valley
              • Home
              • News

            Night ferry to run all winter

            Daniel Okafor
            Valley News, West Midlands
            Published
            18 February 2026

            \(ArticleFixtures.harbourStory)
            """
        let article = analyze(page)
        #expect(article.title == "Night ferry to run all winter")
        #expect(article.authors == ["Daniel Okafor"])
        #expect(article.source == "Valley News")
    }
}
