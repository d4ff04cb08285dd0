import Foundation
import Testing

@Suite("Provenance and warnings over HTTP")
struct ArticleExplainTests {
    let server: LiveServer

    init() throws { server = try LiveServer() }

    @Test func explainShowsWhereEachFieldWasReadWithoutChangingTheArticle() throws {
        let client = try server.client()
        let plain = try client.request(
            "POST", "/extract", headers: [("Content-Type", "text/plain")], body: Array(SampleArticles.harbourPage.utf8)
        ).json()
        #expect(plain["explain"] == nil)
        #expect(plain["warnings"] as? [String] == [])
        let explained = try client.request(
            "POST", "/extract?explain=true", headers: [("Content-Type", "text/plain")],
            body: Array(SampleArticles.harbourPage.utf8)
        ).json()
        let origins = try #require(explained["explain"] as? [[String: Any]])
        let title = try #require(origins.first { $0["field"] as? String == "title" })
        #expect(title["from"] as? String == "text")
        let line = try #require(title["line"] as? Int)
        let lines = SampleArticles.harbourPage.components(separatedBy: "\n")
        #expect(lines[line - 1].contains(explained["title"] as? String ?? "?"))
        #expect(origins.contains { $0["field"] as? String == "body" })

        let stored = try client.request(
            "POST", "/articles?explain=1", headers: [("Content-Type", "text/plain")],
            body: Array(SampleArticles.harbourPage.utf8))
        #expect(stored.status == 201)
        #expect((try stored.json()["explain"] as? [[String: Any]])?.count == origins.count)
    }

    @Test func aBadExplainValueIsAnInvalidParameter() throws {
        let response = try server.client().request(
            "POST", "/extract?explain=perhaps", headers: [("Content-Type", "text/plain")], body: Array("Hello".utf8))
        #expect(response.status == 400)
        #expect(response.header("Content-Type") == "application/problem+json")
    }

    @Test func aPageWithoutAnArticleIsStoredWithAnEmptyBodyAndAWarning() throws {
        let client = try server.client()
        let page = "<html><body><nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav></body>"
        let response = try client.request(
            "POST", "/articles", headers: [("Content-Type", "text/html")], body: Array(page.utf8))
        #expect(response.status == 201)
        let article = try response.json()
        #expect(article["body"] as? String == "")
        #expect(article["warnings"] as? [String] == ["no-article-body"])
        let id = try #require(article["id"] as? Int)
        #expect(try client.request("GET", "/articles/\(id)").json()["warnings"] as? [String] == ["no-article-body"])
    }

    @Test func markupThatRendersToNothingIsUnprocessable() throws {
        let response = try server.client().request(
            "POST", "/articles", headers: [("Content-Type", "text/html")],
            body: Array("<html><script>var a = 1;</script><style>p {}</style></html>".utf8))
        #expect(response.status == 422)
        #expect(response.header("Content-Type") == "application/problem+json")
    }
}
