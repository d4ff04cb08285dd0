import Foundation
import Testing

@testable import Extraction

@Suite("A headline holding a furniture word ('comments', 'trending', 'back to') is still the headline")
struct HeadlineFurnitureWordTests {
    func title(of page: String) -> String? {
        ArticleAnalyzer(finder: NoOrganizations()).analyze(ArticleInput(content: page)).title
    }

    static let lead = """
        The pound fell against the dollar on Thursday after the central bank's governor said rate cuts could \
        come sooner than markets expected.

        Sterling was down 0.6% at $1.262 by midday in London, its weakest in three weeks.
        """

    @Test("'… after governor's comments' over the byline is the title, not the trail above it")
    func overTheByline() {
        let page =
            "Home › Markets › Currencies\n\nPound slides after central bank governor's comments\n\n"
            + "By Ruth Adeyemi\n15/05/2024 - 11:20\n\n" + Self.lead
        #expect(title(of: page) == "Pound slides after central bank governor's comments")
    }

    @Test("A furniture line far from the byline, or a short one, is still no headline")
    func furnitureStaysOut() {
        let page = "Leave a comment\n\nBy Ruth Adeyemi\n15/05/2024 - 11:20\n\n" + Self.lead
        #expect(title(of: page) != "Leave a comment")
    }
}
