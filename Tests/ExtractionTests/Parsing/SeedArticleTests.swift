import Foundation
import Testing

@testable import Extraction

struct NoOrganizations: OrganizationFinder {
    func organizations(in text: String, regions: [Range<Int>]?) -> [FoundOrganization] { [] }
}

/// The article this project started from, read from the shared data folder (never copied into the repository).
enum SeedArticle {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../../../shared/data/seed-article.txt").standardized
        .path

    static var text: String? { try? String(contentsOfFile: path, encoding: .utf8) }
}

@Suite("Seed article")
struct SeedArticleTests {
    @Test(
        "The seed article gives its headline, byline, source, date and eight paragraphs",
        .enabled(if: SeedArticle.text != nil))
    func seedArticle() throws {
        let text = try #require(SeedArticle.text)
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(ArticleInput(content: text))
        #expect(article.title == "Californian companies enthusiastic about cooperation with China")
        #expect(article.authors == ["Zheng Qian"])
        #expect(article.source == "english.eastday.com")
        #expect(article.publishedAt == "2020-11-12T10:30")
        #expect(article.dateline == nil)
        #expect(article.text == text)
        #expect(article.language == "en")
        let paragraphs = article.body.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 8)
        for marker in ["Welcome to", "Follow us", "Contribute to us", "Home >>", "By:"] {
            #expect(!article.body.contains(marker), "body keeps \(marker)")
        }
        #expect(paragraphs.allSatisfy { $0.unicodeScalars.count > 150 })
        #expect(article.wordCount > 500)
    }
}
