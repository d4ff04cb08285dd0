import Foundation
import Testing

@testable import Extraction

@Suite("A copied page's first line named like a publication is its nameplate")
struct NameplateSourceTests {
    static let story = """
        Library hours cut at three branches

        By Nadia Brennan
        June 4, 2024

        The county library will close its Elm, Oak and Birch branches on Mondays from July, the library board \
        decided on Tuesday, citing a shortfall in the state grant.

        The main library downtown keeps its hours. Board members said they would revisit the cut in January.
        """

    func source(of page: String) -> String? {
        ArticleAnalyzer(finder: NoOrganizations()).analyze(ArticleInput(content: page)).source
    }

    @Test("'Pinewood Valley Notes' alone on the first line, never repeated, is the source")
    func nameplate() {
        #expect(source(of: "Pinewood Valley Notes\nHome\nEvents\n\n" + Self.story) == "Pinewood Valley Notes")
    }

    @Test("A section's name, a one-word line or a logo's home link on the first line is no nameplate")
    func notNameplates() {
        #expect(source(of: "Local News\n\n" + Self.story) == nil)
        #expect(source(of: "Valley Homepage\n\n" + Self.story) == nil)
        #expect(source(of: "Pinewood\n\n" + Self.story) == nil)
    }
}
