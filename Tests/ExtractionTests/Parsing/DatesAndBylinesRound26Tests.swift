import Testing

@testable import Extraction

/// Byline and date shapes round 26's made-up pages of many countries showed: the Dutch "Door", the Italian "di" and
/// the Scandinavian "Av" before the name, a role in another language between them, a reporter signed with the city
/// they file from, a name over a role in sentence case with the writer's handle, and Polish and Czech months.
@Suite("Dates and bylines, round 26")
struct DatesAndBylinesRound26Tests: PlainTextPageTests {
    let parser = BylineParser()

    /// A headline, its standfirst, the writer's name over a role in sentence case and handle, the stamp, the story.
    static let nameOverRoleAndHandlePage = """
        Night ferry to run all winter

        The board says the new engines burn less fuel than expected.

        Alex Rossi
        International correspondent @alexrossiSky

        Thursday 5 March 2026 07:30, UK

        \(ArticleFixtures.harbourStory)
        """

    @Test(
        "Bylines opened in Dutch, Italian and Swedish, with a role before the name",
        arguments: [
            ("Door Sanne de Vries", ["Sanne de Vries"]),
            ("Door onze correspondent Anouk Visser", ["Anouk Visser"]),
            ("di Marco Bellini", ["Marco Bellini"]),
            ("di Giulia Conti e Luca Sala", ["Giulia Conti", "Luca Sala"]),
            ("DI GIULIA CONTI", ["GIULIA CONTI"]),
            ("DI MARCO BELLINI", ["MARCO BELLINI"]),
            ("Av Erik Lindqvist", ["Erik Lindqvist"]),
            ("Por nuestro corresponsal Diego Fuentes", ["Diego Fuentes"]),
            ("Door Sanne de Vries en Tom Bakker", ["Sanne de Vries", "Tom Bakker"]),
        ])
    func openers(line: String, authors: [String]) {
        #expect(parser.parse(line)?.authors == authors)
    }

    @Test("A capitalised Di opens a surname, not a byline")
    func surnameOpeningDi() {
        #expect(parser.parse("Di Stefano Rossi")?.explicit != true)
    }

    @Test("A Dutch headline opening with Door is still the headline")
    func dutchHeadlineOpeningWithDoor() {
        let page = """
            Door de storm blijft de veerdienst vannacht stil

            Door Sanne de Vries

            14 januari 2026 om 17:45

            \(ArticleFixtures.harbourStory)
            """
        let article = analyze(page)
        #expect(article.title == "Door de storm blijft de veerdienst vannacht stil")
        #expect(article.authors == ["Sanne de Vries"])
    }

    @Test("A Polish and a Czech day in the genitive are read")
    func slavicMonths() {
        #expect(DateScanner().dates(in: "12 lutego 2026, 09:30").first?.date.iso.hasPrefix("2026-02-12") == true)
        #expect(DateScanner().dates(in: "3. března 2026 10:05").first?.date.iso.hasPrefix("2026-03-03") == true)
    }

    @Test("Maja and Marco, months' names in Polish and Portuguese, are still given names")
    func majaIsAGivenName() {
        #expect(parser.isPersonName(["Maja", "Nowak"]))
        #expect(parser.isPersonName(["Marco", "Bellini"]))
    }

    @Test("A reporter signed with the city they file from, without By")
    func nameInPlace() {
        let page = """
            Night ferry to run all winter

            The board says the new engines burn less fuel than expected

            Jennifer Ortiz in Phoenix and agencies

            Tue 3 Mar 2026 14.05 GMT

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors == ["Jennifer Ortiz"])
    }

    @Test("A place line or a story's phrase with in is no name in a place")
    func notNameInPlace() {
        let page = """
            Night ferry to run all winter

            Storms in Phoenix

            Tue 3 Mar 2026 14.05 GMT

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors == [])
    }

    @Test("A name over a role in sentence case with the writer's handle after it")
    func nameOverRoleAndHandle() {
        let page = Self.nameOverRoleAndHandlePage
        #expect(analyze(page).authors == ["Alex Rossi"])
        #expect(TextMetadataReader.roleBeforeHandle("@alexrossiSky") == nil)
    }

    @Test("Two names joined by a Portuguese e over the place line and the date")
    func namesJoinedInPortugueseOverAPlace() {
        let page = """
            Night ferry to run all winter

            The board says the new engines burn less fuel than expected

            Mariana Costa e Pedro Nogueira
            Brasília
            10/03/2026 06h00

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors == ["Mariana Costa", "Pedro Nogueira"])
    }

    @Test("An edit's stamp written before the publication's, in Danish, gives way to it")
    func editBeforePublicationInDanish() {
        let page = """
            Night ferry to run all winter

            Mette Hansen
            Journalist

            Opdateret 3. marts 2026 kl. 12.40 Publiceret 2. marts 2026 kl. 21.05

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).publishedAt?.hasPrefix("2026-03-02") == true)
    }

    @Test("A related story's date above the headline loses to the stamp under the byline and its role")
    func relatedDateAboveHeadline() {
        let page = """
            Latest

              • Bank of England holds rates
                Wednesday 4 March 2026 12:00, UK


            """ + Self.nameOverRoleAndHandlePage
        #expect(analyze(page).publishedAt?.hasPrefix("2026-03-05") == true)
    }
}
