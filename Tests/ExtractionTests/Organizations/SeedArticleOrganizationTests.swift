import Foundation
import Testing

@testable import Extraction

/// The project's seed article lives beside the repository (../shared/data/seed-article.txt); it is read,
/// never copied, and the test is skipped where it is absent.
private let seedPath: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // …/Tests/ExtractionTests/Organizations/<file>
    return url.deletingLastPathComponent().appendingPathComponent("shared/data/seed-article.txt").path
}()

@Suite("Seed article")
struct SeedArticleOrganizationTests {
    @Test(
        "the seed article yields its organizations and none of its people or places",
        .enabled(if: FileManager.default.fileExists(atPath: seedPath)))
    func seedArticle() throws {
        let text = try String(contentsOfFile: seedPath, encoding: .utf8)
        let orgs = findOrganizations(text)
        for name in [
            "Bay Area Council", "China International Import Expo", "MEBO Group",
            "Sacramento Minority Business Development Agency Export Center", "Port of Oakland Authority",
            "California Office of Business and Economic Development",
        ] {
            #expect(organization(name, in: orgs) != nil, "missing \(name)")
        }
        let expo = organization("China International Import Expo", in: orgs)
        #expect(expo?.aliases.contains("CIIE") == true)
        #expect((expo?.mentions.filter { $0.text == "CIIE" }.count ?? 0) >= 5)
        let center = organization("Sacramento Minority Business Development Agency Export Center", in: orgs)
        #expect(center?.aliases == ["Export Center of the Sacramento Minority Business Development Agency"])
        let texts = Set(mentionTexts(orgs))
        for wrong in [
            "Jennifer Zou", "Max Oltersdorg", "Libby Schaaf", "Zheng Qian", "California", "China", "Oakland",
            "San Francisco", "Shanghai", "Bay Area", "Fresno County", "Zou",
        ] {
            #expect(!texts.contains(wrong), "found \(wrong)")
        }
        #expect(offsetsAreExact(orgs, in: text))
    }
}
