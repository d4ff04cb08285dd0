import Testing

@testable import Extraction

@Suite("A match report's 'held 1-1 by' is no byline")
struct ScoreLineBylineTests {
    @Test("A score before 'by' in a story's sentence does not make it a byline; a date before 'by' still does")
    func scoreIsNoDate() {
        #expect(BylineParser().parse("Liverpool, who were held 1-1 by Manchester City at the Etihad on Sunday.") == nil)
        #expect(BylineParser().parse("5:45 AM PST 11/19/2019 by Pat Shanley")?.authors == ["Pat Shanley"])
    }

    @Test("The paragraphs above such a sentence stay in the body and no author is read from it")
    func matchReport() {
        let page = """
            Arsenal beat Chelsea to go top as Saka scores twice

            Premier League

            Arsenal 3-1 Chelsea

            Bukayo Saka scored twice as Arsenal beat Chelsea 3-1 at the Emirates Stadium to move top of the \
            Premier League.

            Saka opened the scoring after 12 minutes and added a second from the penalty spot before half-time. \
            Cole Palmer pulled one back for Chelsea, but Kai Havertz sealed the win.

            Mikel Arteta's side are a point clear of Liverpool, who were held 1-1 by Manchester City at the Etihad \
            on Sunday. Chelsea remain ninth.

            Arsenal will face Bayern Munich in the Champions League quarter-finals next month, while Chelsea play \
            Leicester in the FA Cup.
            """
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(
            ArticleInput(content: page, format: .plainText))
        #expect(article.authors.isEmpty)
        #expect(article.body.hasPrefix("Bukayo Saka scored twice"))
    }
}

@Suite("A byline's name before a role with a rank and lowercase words")
struct RankedRoleBylineTests {
    @Test("'Jessica Elgot Deputy political editor' is Jessica Elgot; one-word desks and plain roles still read")
    func rankedRole() {
        #expect(
            BylineParser.nameBeforeRole(["Jessica", "Elgot", "Deputy", "political", "editor"])?.0 == [
                "Jessica", "Elgot",
            ])
        #expect(
            BylineParser.nameBeforeRole(["Jillian", "Ambrose", "Energy", "correspondent"])?.0 == ["Jillian", "Ambrose"])
        #expect(BylineParser.nameBeforeRole(["Jane", "Smith", "senior", "reporter"])?.0 == ["Jane", "Smith"])
        #expect(
            BylineParser.nameBeforeRole(["Mary", "Ann", "Smith", "political", "reporter"])?.0 == [
                "Mary", "Ann", "Smith",
            ])
    }
}
