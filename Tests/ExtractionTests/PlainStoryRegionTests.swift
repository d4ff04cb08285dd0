import Testing

@testable import Extraction

@Suite("A plain story is read from its body's start to its end marker")
struct PlainStoryRegionTests {
    private func story(_ text: String, format: ContentFormat = .plainText) -> Substring? {
        let parsed = ArticleParser().parse(ArticleInput(content: text, format: format))
        guard let story = parsed.story else { return nil }
        let scalars = Array(text.unicodeScalars)
        return Substring(String(String.UnicodeScalarView(scalars[story])))
    }

    private let results = """
        SOCCER - GERMAN CUP RESULTS.
        BONN 1996-08-25

        Results of German Cup first round matches played on Saturday and Sunday, the holders through to the \
        second round after a late goal in the final minutes of their match.

        Karlsruhe 2 Hansa Rostock 0

        Borussia Neunkirchen 1 St Pauli 3
        """

    @Test func aWireStoryKeepsItsResultsTableAfterTheBody() throws {
        let read = try #require(story(results))
        #expect(read.hasPrefix("Results of German Cup"))
        #expect(read.hasSuffix("St Pauli 3"))
        let analyzed = ArticleAnalyzer(finder: RuleBasedOrganizationFinder()).analyze(ArticleInput(content: results))
        #expect(!analyzed.body.contains("Hansa Rostock"))
    }

    @Test func theStoryEndsBeforeAnEndMarkerOrABoilerplateLine() throws {
        let withFooter = results + "\n\nRelated articles\n\nBayern Munich sign a striker\n"
        #expect(try #require(story(withFooter)).hasSuffix("St Pauli 3"))
        let withRights = results + "\n\nCopyright © 1996 Reuters Limited. All rights reserved.\n"
        #expect(try #require(story(withRights)).hasSuffix("St Pauli 3"))
    }

    @Test func aPageWithMenusBeforeItsBodyOrHTMLKeepsTheParsersRegions() {
        let page = """
            Home
            World
            Business
            Sport
            Culture
            Search

            """ + results
        #expect(story(page) == nil)
        let html = "<html><body><article><h1>Cup results</h1><p>" + results + "</p></article></body></html>"
        #expect(story(html, format: .html) == nil)
    }

    @Test func aShortTextWithoutBodyParagraphsIsReadWhole() throws {
        let table = "BASKETBALL - TOURNAMENT RESULTS.\nBELGRADE 1996-08-31\n\nFifth place:\n\nBenetton 92 Dinamo 81"
        #expect(try #require(story(table)).hasSuffix("Dinamo 81"))
    }
}
