import OrganizationModel
import Testing

@testable import Extraction

@Suite("The dateline's place that opens the body is no organization")
struct DatelinePlaceTests {
    @Test("Only a mention at the body's first scalar that the place begins with, word for word, is dropped")
    func dropsThePlaceOnly() {
        let place = FoundOrganization(
            name: "NAPERVILLE", key: "naperville", mentions: [Mention(start: 40, end: 50, text: "NAPERVILLE")])
        let council = FoundOrganization(
            name: "Naperville Park District", key: "naperville park district",
            mentions: [
                Mention(start: 40, end: 50, text: "NAPERVILLE"),
                Mention(start: 90, end: 114, text: "Naperville Park District"),
            ])
        let nasa = FoundOrganization(name: "NASA", key: "nasa", mentions: [Mention(start: 40, end: 44, text: "NASA")])
        let kept = ArticleAnalyzer.withoutDateline([place, council], place: "NAPERVILLE", at: 40)
        #expect(kept.map(\.name) == ["Naperville Park District"])
        #expect(kept.first?.mentions.map(\.start) == [90])
        #expect(ArticleAnalyzer.withoutDateline([nasa], place: "NASHVILLE, Tenn.", at: 40).count == 1)
        #expect(ArticleAnalyzer.withoutDateline([place], place: "NAPERVILLE, Ill.", at: 40).isEmpty)
        #expect(ArticleAnalyzer.withoutDateline([place], place: "NAPERVILLE", at: 39).count == 1)
    }

    @Test("Through the served analysis: a capitals dateline the tagger reads as a name is left out")
    func served() throws {
        let finder = CombinedOrganizationFinder(tagger: try OrganizationTagger(bytes: OrganizationModel.bytes()))
        let text = """
            School board votes to delay start times after parent survey

            By Tom Becker

            NAPERVILLE — The Naperville Community Unit School District 203 board voted 5-2 Monday to push back start \
            times at its two high schools by 40 minutes starting next fall.

            The decision follows a survey by the district's Parent Teacher Council. Pace, the suburban bus service, \
            said it would adjust routes.
            """
        let article = ArticleAnalyzer(finder: finder).analyze(ArticleInput(content: text))
        #expect(article.dateline == "NAPERVILLE")
        #expect(!article.organizations.contains { $0.mentions.contains { $0.text == "NAPERVILLE" } })
        #expect(article.organizations.contains { $0.name == "Parent Teacher Council" })
    }
}
