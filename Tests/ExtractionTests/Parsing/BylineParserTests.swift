import Testing

@testable import Extraction

@Suite("Bylines")
struct BylineParserTests {
    let parser = BylineParser()

    @Test(
        "Bylines in many forms give person names only",
        arguments: [
            ("By Anna Keller and Tomas Brandt", ["Anna Keller", "Tomas Brandt"]),
            ("By:Lena Ortiz  |  From:metro.example.org  |  2021-03-04 09:15", ["Lena Ortiz"]),
            ("Posted by Marcus Hale on March 3, 2022", ["Marcus Hale"]),
            ("Author: Priya Raman", ["Priya Raman"]),
            ("By Jon Tran, Reuters", ["Jon Tran"]),
            ("By Nadia Petrova, Ap Science Writer", ["Nadia Petrova"]),
            ("Written by Clara Voss, MS, RD on November 14, 2019", ["Clara Voss"]),
            ("By Troy Miller, Riverside.com", ["Troy Miller"]),
            ("Von Jana Roth publiziert am 25. September 2018", ["Jana Roth"]),
            ("by Kim September 15, 2014", ["Kim"]),
            ("By Ellen Park meganr@example.com(509) 459-5382", ["Ellen Park"]),
            ("By Tom Hale, Kate Lin, Omar Said", ["Tom Hale", "Kate Lin", "Omar Said"]),
        ])
    func bylineForms(line: String, authors: [String]) {
        #expect(parser.parse(line)?.authors == authors)
    }

    @Test("A byline naming only an agency or staff has no person but may name the source")
    func agencyOnly() {
        let byline = parser.parse("By Associated Press")
        #expect(byline?.authors == [])
        #expect(byline?.source == "Associated Press")
        #expect(parser.parse("By Staff")?.authors ?? [] == [])
    }

    @Test("A fielded byline gives its From field as the source")
    func fieldedSource() {
        #expect(
            parser.parse("By:Lena Ortiz | From:metro.example.org | 2021-03-04 09:15")?.source == "metro.example.org")
    }

    @Test("Sentences, dates and menus are not bylines")
    func notBylines() {
        #expect(parser.parse("Nov. 19, 2019 8:03 am ET") == nil)
        #expect(parser.parse("Home >> Latest >> Article") == nil)
    }

    @Test("A name glued to its byline by the page's markup is separated")
    func gluedNames() {
        #expect(TextMetadataReader.gluedByline("Eric SongBy Eric Song, IGN Staff") == "By Eric Song, IGN Staff")
        #expect(parser.parse("By Michael HiltzikBusiness Columnist")?.authors == ["Michael Hiltzik"])
    }
}

@Suite("Byline publications")
struct BylinePublicationTests {
    @Test("A byline's trailing publication becomes its source, credentials do not")
    func trailingPublication() {
        let parser = BylineParser()
        #expect(parser.parse("By Ana Holt | Valley Gazette")?.source == "Valley Gazette")
        #expect(parser.parse("By Ana Holt, Riverside.com")?.source == "Riverside.com")
        #expect(parser.parse("Written by Clara Voss, MS, RD")?.source == nil)
    }
}
