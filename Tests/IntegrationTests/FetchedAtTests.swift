import Foundation
import Testing

/// "fetched_at" in the JSON body: the time a relative stamp on the page ("Published 3 hours ago") counts back from.
@Suite("fetched_at resolves relative stamps; a bad value is a 400 naming it")
struct FetchedAtTests {
    let server: LiveServer

    init() throws { server = try LiveServer() }

    static func page(stamp: String, subject: String = "ferry") -> String {
        """
        The Harbour Times

        Council approves new \(subject) terminal for the harbour

        By Jane Porter

        \(stamp)

        The city council on Tuesday approved a new \(subject) terminal, ending years of debate over the waterfront. \
        The terminal will open in 2028 and serve 4,000 passengers a day, officials said.

        Critics said the cost was too high for a city of this size and that the money should go to schools instead.
        """
    }

    func post(_ path: String, _ object: [String: String], type: String = "application/json") throws -> WireResponse {
        let body = try JSONSerialization.data(withJSONObject: object)
        return try server.client().request("POST", path, headers: [("Content-Type", type)], body: Array(body))
    }

    @Test func extractCountsAStampBackFromTheFetchTime() throws {
        let object = ["text": Self.page(stamp: "Published 3 hours ago"), "fetched_at": "2026-12-01T02:00:00Z"]
        let answer = try post("/extract", object).json()
        #expect((answer["published_at"] as? String)?.hasPrefix("2026-11-30T23:00") == true)
        // Without it the stamp stays unread, as before.
        let without = try post("/extract", ["text": Self.page(stamp: "Published 3 hours ago")]).json()
        #expect(without["published_at"] == nil || without["published_at"] is NSNull)
    }

    @Test func articlesAndBatchLinesTakeItToo() throws {
        let created = try post(
            "/articles", ["text": Self.page(stamp: "Yesterday at 6:30PM"), "fetched_at": "2026-12-01T09:00:00+01:00"])
        #expect(created.status == 201)
        let id = try #require(try created.json()["id"] as? Int)
        let article = try server.client().request("GET", "/articles/\(id)").json()
        #expect((article["published_at"] as? String)?.hasPrefix("2026-11-30") == true)
        let line = try JSONSerialization.data(withJSONObject: [
            "text": Self.page(stamp: "1 day ago", subject: "bridge"), "fetched_at": "2026-12-01T09:00:00Z",
        ])
        let batch = try server.client().request(
            "POST", "/articles/batch", headers: [("Content-Type", "application/x-ndjson")], body: Array(line))
        #expect(batch.status == 200)
    }

    /// The same text posted again with a later fetch time is the stored article, dated as first read: the content
    /// is the identity, and a relative stamp says most when read closest to the page's publication.
    @Test func aRepostWithAnotherFetchTimeKeepsTheFirstPostsDate() throws {
        let text = Self.page(stamp: "Published 3 hours ago", subject: "tram")
        let first = try post("/articles", ["text": text, "fetched_at": "2026-12-01T02:00:00Z"])
        #expect(first.status == 201)
        let stored = try first.json()
        #expect((stored["published_at"] as? String)?.hasPrefix("2026-11-30T23:00") == true)
        let again = try post("/articles", ["text": text, "fetched_at": "2026-12-05T12:00:00Z"])
        #expect(again.status == 200)
        let repost = try again.json()
        #expect(repost["id"] as? Int == stored["id"] as? Int)
        #expect(repost["published_at"] as? String == stored["published_at"] as? String)
        let line = try JSONSerialization.data(withJSONObject: ["text": text, "fetched_at": "2026-12-09T08:00:00Z"])
        let batch = try server.client().request(
            "POST", "/articles/batch", headers: [("Content-Type", "application/x-ndjson")], body: Array(line))
        #expect(batch.status == 200)
        let id = try #require(stored["id"] as? Int)
        let article = try server.client().request("GET", "/articles/\(id)").json()
        #expect(article["published_at"] as? String == stored["published_at"] as? String)
    }

    @Test func aValueThatIsNoTimestampIsRefusedNamingTheField() throws {
        for path in ["/articles", "/extract"] {
            let response = try post(path, ["text": Self.page(stamp: "1 day ago"), "fetched_at": "yesterday"])
            #expect(response.status == 400)
            #expect(response.header("Content-Type") == "application/problem+json")
            #expect((try response.json()["detail"] as? String)?.contains("fetched_at") == true)
        }
        let line = try JSONSerialization.data(withJSONObject: ["text": "A story.", "fetched_at": "2026-12-01"])
        let batch = try server.client().request(
            "POST", "/articles/batch", headers: [("Content-Type", "application/x-ndjson")], body: Array(line))
        #expect(batch.status == 400)
        #expect((try batch.json()["detail"] as? String)?.contains("fetched_at") == true)
    }
}
