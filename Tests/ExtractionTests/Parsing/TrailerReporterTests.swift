import Foundation
import Testing

@testable import Extraction

@Suite("Wire copy without a byline: the trailer's reporters are the authors")
struct TrailerReporterTests {
    @Test("'(Reporting by A and B; Editing by C)' credits A and B; 'Additional reporting by' credits nobody")
    func reporters() {
        #expect(
            ArticleBodyEdges.reporters(
                in: "(Reporting by Aditya Kalra and Dhwani Pandya; Editing by Mrigank Dhaniwala)")
                == ["Aditya Kalra", "Dhwani Pandya"])
        #expect(ArticleBodyEdges.reporters(in: "Additional reporting by Joseph Hudak") == nil)
        #expect(ArticleBodyEdges.reporters(in: "Reporting by local media suggested otherwise.") == nil)
    }

    @Test("'El' and 'Le' inside a name are particles; lowercase 'el' and 'le' before a date still end the names")
    func particles() {
        #expect(BylineParser().parse("By Maha El Dahan")?.authors == ["Maha El Dahan"])
        #expect(BylineParser().parse("By Ahmed El Din and Sara Smith")?.authors == ["Ahmed El Din", "Sara Smith"])
        #expect(BylineParser().parse("Por María López el 12 de marzo de 2025")?.authors == ["María López"])
    }

    @Test("A story with no byline takes its authors from the trailer; a byline still wins")
    func storyAuthors() {
        let story = """
            Aramco signs LNG deal with US firm

            DUBAI, Nov 3 (Reuters) - Saudi Aramco has agreed to buy a stake in a Texas liquefied natural gas project \
            from NextDecade Corp, the companies said on Monday.

            The deal gives Aramco a 20-year supply agreement for 1.2 million tonnes a year from the Rio Grande LNG \
            terminal.

            (Reporting by Hadeel Al Sayegh; Editing by Louise Heavens)
            """
        let analyzer = ArticleAnalyzer(finder: NoOrganizations())
        #expect(analyzer.analyze(ArticleInput(content: story)).authors == ["Hadeel Al Sayegh"])
        let bylined = story.replacingOccurrences(
            of: "US firm\n\n", with: "US firm\n\nBy Maha El Dahan\n\n")
        #expect(analyzer.analyze(ArticleInput(content: bylined)).authors == ["Maha El Dahan"])
    }
}
