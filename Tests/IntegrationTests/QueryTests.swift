import Foundation
import Testing

@Suite("Queries across articles")
struct QueryTests {
    let server: LiveServer

    init() throws { server = try LiveServer() }

    private func post(_ client: TestClient, _ text: String) throws -> [String: Any] {
        try client.request("POST", "/articles", headers: [("Content-Type", "text/plain")], body: Array(text.utf8))
            .json()
    }

    @Test func organizationsAreFoundByNamePrefixAndListTheirArticles() throws {
        let client = try server.client()
        let harbour = try post(client, SampleArticles.harbourPage)
        _ = try post(client, SampleArticles.wireStory)

        let page = try client.request("GET", "/organizations?q=harb").json()
        let organizations = try #require(page["organizations"] as? [[String: Any]])
        let council = try #require(organizations.first { $0["name"] as? String == "Harbour Development Council" })
        #expect(council["article_count"] as? Int == 1)
        #expect((council["mention_count"] as? Int ?? 0) >= 2)
        let id = try #require(council["id"] as? Int)

        let articles = try client.request("GET", "/organizations/\(id)/articles").json()["articles"] as? [[String: Any]]
        #expect(articles?.map { $0["id"] as? Int } == [harbour["id"] as? Int])

        let detail = try client.request("GET", "/organizations/\(id)").json()
        let related = try #require(detail["co_mentioned"] as? [[String: Any]])
        #expect(related.contains { $0["name"] as? String == "Norwick University" })
        #expect(try client.request("GET", "/articles?organization=\(id)").json()["articles"] as? [Any] != nil)
    }

    @Test func articleListsPageNewestFirstWithCursors() throws {
        let client = try server.client()
        var ids: [Int] = []
        for number in 1...7 { ids.append(try post(client, SampleArticles.numbered(number))["id"] as? Int ?? -1) }
        var seen: [Int] = []
        var target = "/articles?limit=3"
        while true {
            let page = try client.request("GET", target).json()
            seen += (page["articles"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
            guard let cursor = page["next_cursor"] as? String else { break }
            target =
                "/articles?limit=3&cursor=\(cursor.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }
        #expect(seen == ids.reversed())
    }

    @Test func fullTextQueriesNarrowTheList() throws {
        let client = try server.client()
        _ = try post(client, SampleArticles.harbourPage)
        let wire = try post(client, SampleArticles.wireStory)
        let found = try client.request("GET", "/articles?q=container").json()["articles"] as? [[String: Any]]
        #expect(found?.map { $0["id"] as? Int } == [wire["id"] as? Int])
    }
}
