import Testing

@testable import Extraction

@Suite("Pages with many dates")
struct ManyDatesTests {
    @Test("A body of thousands of dated lines still dates the page by its header")
    func thousandsOfDatedLines() {
        var lines = [
            "Harbour board approves new ferry timetable", "By Nadia Petrova", "Published March 3, 2021",
            "The harbour board approved a new ferry timetable on Tuesday, its chair said.",
        ]
        for i in 0..<3_000 { lines.append("Sailing \(i) | Nov \(i % 28 + 1), 2019 at \(i % 12 + 1):15 PM") }
        let article = ArticleAnalyzer(finder: NoOrganizations())
            .analyze(ArticleInput(content: lines.joined(separator: "\n"), format: .plainText))
        #expect(article.publishedAt?.hasPrefix("2021-03-03") == true)
    }
}
