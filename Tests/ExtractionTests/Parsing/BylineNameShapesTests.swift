import Foundation
import Testing

@testable import Extraction

@Suite("Bylines whose names look like something else: month first names, names without 'By'")
struct BylineNameShapesTests {
    @Test("A first name that is a month's ('May', 'April', 'Jan') is a person in an explicit byline")
    func monthFirstNames() {
        let byline = BylineParser().parse("By Carla Ruiz, Dev Patel and May Chen")
        #expect(byline?.authors == ["Carla Ruiz", "Dev Patel", "May Chen"])
        #expect(byline?.source == nil)
        #expect(BylineParser().parse("By April Rubin")?.authors == ["April Rubin"])
        #expect(BylineParser().parse("By Jan Kowalski and Ola Nowak")?.authors == ["Jan Kowalski", "Ola Nowak"])
        // A date's month is no first name: the names are cut at its digits.
        #expect(BylineParser().parse("By Carla Ruiz, March 3, 2024")?.authors == ["Carla Ruiz"])
    }

    @Test("Two names joined by 'and' on their own line under the headline, over the date, are the authors")
    func jointNameLine() {
        let page = """
            Coastal Times
            News
            Sport

            Ferry fares to rise by a fifth from July

            Nadia Brennan and Oliver Quist
            Tue 4 Jun 2024 at 7:10am

            Ferry fares on the harbour routes will rise by about 20 per cent from July 1, the state transport \
            department said on Tuesday, blaming fuel and crew costs.

            A single adult fare on the main route will go from $7.50 to $9.

            Commuter groups said the rise would push more people back into their cars.
            """
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(ArticleInput(content: page))
        #expect(article.authors == ["Nadia Brennan", "Oliver Quist"])
        #expect(article.body.hasPrefix("Ferry fares on the harbour routes"))
    }

    @Test("Names joined by 'and' with no date under them, or with words that are no names, are not a byline")
    func jointNamesNeedTheDate() {
        let parser = BylineParser()
        let reader = TextMetadataReader.self
        #expect(reader.isBareName(["Nadia", "Brennan"], parser: parser))
        #expect(!reader.isBareName(["the", "harbour"], parser: parser))
        let page = """
            Ferry fares to rise by a fifth from July

            Nadia Brennan and Oliver Quist

            Ferry fares on the harbour routes will rise by about 20 per cent from July 1, the state transport \
            department said on Tuesday, blaming fuel and crew costs.

            A single adult fare on the main route will go from $7.50 to $9.
            """
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(ArticleInput(content: page))
        #expect(article.authors.isEmpty)
    }

    @Test("A city in a byline's field is where the reporter files from, not the publication")
    func reporterCity() {
        let fielded = BylineParser().parse("Written by Anil Menon | New Delhi | Updated: Feb 2, 2024, 09:15 IST")
        #expect(fielded?.authors == ["Anil Menon"])
        #expect(fielded?.source == nil)
        #expect(BylineParser().parse("By Anil Menon | Fox News")?.source == "Fox News")
    }

    @Test("'MacLeod', 'MacKenzie', 'FitzGerald' are whole surnames, not a name glued to a label")
    func capitalisedInside() {
        #expect(BylineParser().parse("By Fiona MacLeod")?.authors == ["Fiona MacLeod"])
        #expect(
            BylineParser().parse("By Ewan MacKenzie and Ciara FitzGerald")?.authors == [
                "Ewan MacKenzie", "Ciara FitzGerald",
            ])
        #expect(BylineParser.gluedLabel("HiltzikBusiness") == "Hiltzik")
    }

    @Test("Names joined by 'and' over a desk line and the date are the byline, not the headline above them")
    func jointNamesUnderHeadline() {
        let page = """
            Home › Markets › Bonds

            Gilt yields climb as traders trim rate-cut bets

            Priya Shah and Tomasz Nowak
            City Markets Desk
            14/08/2024 - 18:05

            LONDON — Yields on British government bonds rose on Wednesday after inflation data came in above \
            forecasts, leading traders to scale back bets on further interest rate cuts this year.

            The two-year gilt yield rose 9 basis points to 3.71%.
            """
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(ArticleInput(content: page))
        #expect(article.title == "Gilt yields climb as traders trim rate-cut bets")
        #expect(article.authors == ["Priya Shah", "Tomasz Nowak"])
    }

    @Test("The cheap test before splitting a line into names: capitals, 'and', '&' and particles only")
    func capitalisedWords() {
        #expect(TextMetadataReader.wordsOpenCapitalised("Ana de Souza and Tom Roe"))
        #expect(TextMetadataReader.wordsOpenCapitalised("Émilie Durand & Tom Roe"))
        #expect(!TextMetadataReader.wordsOpenCapitalised("Prices rose, and shares fell"))
    }
}
