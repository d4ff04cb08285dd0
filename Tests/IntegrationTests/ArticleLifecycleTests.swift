import Foundation
import Testing

@Suite("Articles over HTTP")
struct ArticleLifecycleTests {
    let server: LiveServer

    init() throws { server = try LiveServer() }

    @Test func postingAnArticleStoresItAndAnswersCreatedWithItsLocation() throws {
        let client = try server.client()
        let created = try client.request(
            "POST", "/articles", headers: [("Content-Type", "text/plain")], body: Array(SampleArticles.harbourPage.utf8)
        )
        #expect(created.status == 201)
        #expect(created.header("Content-Type") == "application/json")
        let article = try created.json()
        let id = try #require(article["id"] as? Int)
        #expect(created.header("Location") == "/articles/\(id)")
        #expect(article["title"] as? String == "Kestrel Biotech signs harbour research deal with Norwick University")
        #expect(article["authors"] as? [String] == ["Amelia Brandt"])
        #expect((article["published_at"] as? String)?.hasPrefix("2024-03-18T09:15") == true)
        #expect(article["text"] as? String == SampleArticles.harbourPage)
        let body = try #require(article["body"] as? String)
        #expect(body.contains("marine research laboratory"))
        #expect(!body.contains("Subscribe | Sign in"))

        let fetched = try client.request("GET", "/articles/\(id)")
        #expect(fetched.status == 200)
        #expect(try fetched.json() as NSDictionary == article as NSDictionary)
    }

    @Test func everyMentionOffsetSlicesTheAnalysedText() throws {
        let article = try server.client().request(
            "POST", "/articles", headers: [("Content-Type", "text/plain")], body: Array(SampleArticles.harbourPage.utf8)
        ).json()
        let scalars = Array((article["text"] as? String ?? "").unicodeScalars)
        let organizations = try #require(article["organizations"] as? [[String: Any]])
        #expect(!organizations.isEmpty)
        for organization in organizations {
            let mentions = try #require(organization["mentions"] as? [[String: Any]])
            #expect(organization["mention_count"] as? Int == mentions.count)
            for mention in mentions {
                let start = try #require(mention["start"] as? Int)
                let end = try #require(mention["end"] as? Int)
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[start..<end])
                #expect(String(slice) == mention["text"] as? String)
            }
        }
        let names = organizations.compactMap { $0["name"] as? String }
        #expect(names.contains("Harbour Development Council"))
        #expect(names.contains("Norwick University"))
        #expect(!names.contains("Amelia Brandt"))
        #expect(!names.contains("Portsmouth"))
    }

    @Test func postingTheSameContentAgainAnswersTheStoredArticle() throws {
        let client = try server.client()
        let first = try client.request(
            "POST", "/articles", headers: [("Content-Type", "text/plain")], body: Array(SampleArticles.wireStory.utf8))
        // The same story re-wrapped: whitespace differences do not make a new article.
        let rewrapped = SampleArticles.wireStory.replacingOccurrences(of: "\n\n", with: "\n  \n")
        let second = try client.request(
            "POST", "/articles", headers: [("Content-Type", "text/plain")], body: Array(rewrapped.utf8))
        #expect(first.status == 201)
        #expect(second.status == 200)
        #expect(try second.json()["id"] as? Int == first.json()["id"] as? Int)
        let list = try client.request("GET", "/articles").json()
        #expect((list["articles"] as? [Any])?.count == 1)
    }

    @Test func jsonSubmissionsCarryTheirURLAndSource() throws {
        let payload = try JSONSerialization.data(withJSONObject: [
            "text": SampleArticles.wireStory, "url": "https://wire.example/atlas", "source": "Example Wire",
        ])
        let response = try server.client().request(
            "POST", "/articles", headers: [("Content-Type", "application/json")], body: Array(payload))
        #expect(response.status == 201)
        let article = try response.json()
        #expect(article["url"] as? String == "https://wire.example/atlas")
        #expect(article["source"] as? String == "Example Wire")
        #expect(article["content_type"] as? String == "text/plain")
    }

    @Test func htmlSubmissionsAreRenderedToText() throws {
        let response = try server.client().request(
            "POST", "/articles", headers: [("Content-Type", "text/html; charset=utf-8")],
            body: Array(SampleArticles.htmlPage.utf8))
        #expect(response.status == 201)
        let article = try response.json()
        #expect(article["content_type"] as? String == "text/html")
        #expect(article["title"] as? String == "Lakeside Power wins grid contract")
        let text = try #require(article["text"] as? String)
        #expect(!text.contains("<p"))
        #expect((article["body"] as? String)?.contains("Western Grid Authority") == true)
    }

    @Test func extractAnalysesWithoutStoring() throws {
        let client = try server.client()
        let response = try client.request(
            "POST", "/extract", headers: [("Content-Type", "text/plain")], body: Array(SampleArticles.wireStory.utf8))
        #expect(response.status == 200)
        let article = try response.json()
        #expect(article["id"] is NSNull)
        #expect((article["organizations"] as? [Any])?.isEmpty == false)
        let list = try client.request("GET", "/articles").json()
        #expect((list["articles"] as? [Any])?.isEmpty == true)
    }

    @Test func deletingAnArticleRemovesItAndItsCounts() throws {
        let client = try server.client()
        let id =
            try client.request(
                "POST", "/articles", headers: [("Content-Type", "text/plain")],
                body: Array(SampleArticles.wireStory.utf8)
            ).json()["id"] as? Int
        let deleted = try client.request("DELETE", "/articles/\(id ?? 0)")
        #expect(deleted.status == 204)
        #expect(try client.request("GET", "/articles/\(id ?? 0)").status == 404)
        #expect(try client.request("DELETE", "/articles/\(id ?? 0)").status == 404)
        let organizations = try client.request("GET", "/organizations").json()["organizations"] as? [[String: Any]]
        #expect(organizations?.allSatisfy { ($0["article_count"] as? Int ?? 0) == 0 } ?? true)
    }

    @Test func restartingOnTheSameDatabaseKeepsEveryArticle() throws {
        let path = LiveServer.temporaryDatabasePath()
        var ids: [Int] = []
        do {
            let first = try LiveServer(databasePath: path)
            let client = try first.client()
            for number in 1...3 {
                let response = try client.request(
                    "POST", "/articles", headers: [("Content-Type", "text/plain")],
                    body: Array(SampleArticles.numbered(number).utf8))
                ids.append(try response.json()["id"] as? Int ?? -1)
            }
            first.stop()
        }
        let second = try LiveServer(databasePath: path)
        let client = try second.client()
        for id in ids {
            #expect(try client.request("GET", "/articles/\(id)").status == 200)
        }
        // A repeat after the restart is still recognised.
        let again = try client.request(
            "POST", "/articles", headers: [("Content-Type", "text/plain")], body: Array(SampleArticles.numbered(2).utf8)
        )
        #expect(again.status == 200)
        #expect(try again.json()["id"] as? Int == ids[1])
    }

    @Test func aDeletedArticleIsNotServedFromTheCacheOfRenderedArticles() throws {
        let client = try server.client()
        let created = try client.request(
            "POST", "/articles", headers: [("Content-Type", "text/plain")], body: Array(SampleArticles.numbered(5).utf8)
        ).json()
        let id = try #require(created["id"] as? Int)
        let first = try client.request("GET", "/articles/\(id)")
        let second = try client.request("GET", "/articles/\(id)")
        #expect(first.status == 200 && second.status == 200)
        #expect(second.body == first.body)
        #expect(try client.request("HEAD", "/articles/\(id)").header("Content-Length") == String(first.body.count))
        #expect(try client.request("DELETE", "/articles/\(id)").status == 204)
        #expect(try client.request("GET", "/articles/\(id)").status == 404)
    }
}
