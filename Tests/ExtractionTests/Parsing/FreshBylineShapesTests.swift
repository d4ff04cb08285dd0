import Testing

@testable import Extraction

/// Byline shapes that round 25's fresh rendered pages misread: a role between "By" and the name, the reporter's
/// city after the name's comma, a newsroom's desk, an agency glued after the name, an avatar before a name and its
/// role, a name in capitals over the place and time of filing, and name · outlet · date fields under a picture.
@Suite("Bylines on fresh pages, round 25")
struct FreshBylineShapesTests: PlainTextPageTests {
    let parser = BylineParser()

    @Test(
        "The byline's names without roles, places, desks or agencies",
        arguments: [
            ("By political reporter Tom Lowery", ["Tom Lowery"]),
            ("By Staff Writer Jane Doe", ["Jane Doe"]),
            ("Von Markus Balzer, Berlin", ["Markus Balzer"]),
            ("By Ana Ruiz and Tom Hale, Athens", ["Ana Ruiz", "Tom Hale"]),
            ("By Karen Lindqvist Associated Press", ["Karen Lindqvist"]),
            ("By Tom Hale, Kate Lin, Omar Said", ["Tom Hale", "Kate Lin", "Omar Said"]),
        ])
    func names(line: String, authors: [String]) {
        #expect(parser.parse(line)?.authors == authors)
    }

    @Test("An agency glued after the name is the byline's source; a surname is not taken for one")
    func gluedAgency() {
        #expect(parser.parse("By Karen Lindqvist Associated Press")?.source == "Associated Press")
        #expect(BylineParser.agencyAfterName("Maria Pa") == nil)
        #expect(BylineParser.agencyAfterName("Anna Maria Pa") == nil)
    }

    @Test("A newsroom's desk before the fields of a byline is no person")
    func deskIsNoPerson() {
        let byline = parser.parse("TOI City Desk / TIMESOFINDIA.COM / Updated: Mar 14, 2024, 18:22 IST")
        #expect(byline?.authors ?? [] == [])
    }

    @Test("A role between By and the name keeps a line under it from being taken for the author")
    func roleBeforeNameOverAPlace() {
        let page = """
            Night ferry to run all winter

            By political reporter Tom Lowery

            Harbour House

            Posted Thu 14 Mar 2024 at 5:31am

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors == ["Tom Lowery"])
    }

    @Test("An avatar drawn as [image] before a name and its role is the byline")
    func avatarBeforeNameAndRole() {
        let page = """
            Night ferry to run all winter

            The board says the new engines burn less fuel than expected.

            Published Feb. 6, 2024
            [image] Max Garlow Senior Reporter

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors == ["Max Garlow"])
        #expect(TextMetadataReader.avatarLedNameAndRole("[image] Jane Doe, Reuters") == nil)
    }

    @Test("A name in capitals over the place and time of filing is the byline")
    func capitalsNameOverFiling() {
        let page = """
            Night ferry to run all winter

            The board says the new engines burn less fuel than expected

            [image] The night ferry leaving the harbour. EFE
            MARTA SOLER
            Madrid - 14 mar 2024 - 05:30 CET

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors.map { $0.lowercased() } == ["marta soler"])
    }

    @Test("Name, outlet and date set apart under a picture are the byline, not the picture's credit")
    func fieldsUnderAPicture() {
        let page = """
            Night ferry to run all winter

            The board says the new engines burn less fuel than expected

            [image]
            Erik White · Harbour News · Posted: Mar 14, 2024 4:00 AM EDT | Last Updated: March 14

            \(ArticleFixtures.harbourStory)
            """
        #expect(analyze(page).authors == ["Erik White"])
    }
}
