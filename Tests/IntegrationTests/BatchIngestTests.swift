import Foundation
import Testing

@Suite("Bulk ingest over HTTP")
struct BatchIngestTests {
    let server: LiveServer

    init() throws { server = try LiveServer() }

    func ndjson(_ objects: [[String: String]]) throws -> [UInt8] {
        var lines: [String] = []
        for object in objects {
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    func postBatch(_ body: [UInt8], type: String = "application/x-ndjson") throws -> WireResponse {
        try server.client().request("POST", "/articles/batch", headers: [("Content-Type", type)], body: body)
    }

    @Test func aBatchStoresEveryArticleAndAnswersTheirIdsInOrder() throws {
        let body = try ndjson([
            ["text": SampleArticles.numbered(1)], ["text": SampleArticles.numbered(2), "source": "wire.example"],
            ["text": SampleArticles.numbered(3), "url": "https://example.com/3"],
        ])
        let response = try postBatch(body)
        #expect(response.status == 200)
        let answer = try response.json()
        #expect(answer["created"] as? Int == 3)
        #expect(answer["existing"] as? Int == 0)
        let results = try #require(answer["articles"] as? [[String: Any]])
        #expect(results.count == 3)
        for (index, result) in results.enumerated() {
            let id = try #require(result["id"] as? Int)
            #expect(result["created"] as? Bool == true)
            let article = try server.client().request("GET", "/articles/\(id)").json()
            #expect(article["text"] as? String == SampleArticles.numbered(index + 1))
        }
        let second = try server.client().request("GET", "/articles/\(results[1]["id"] as? Int ?? 0)").json()
        #expect(second["source"] as? String == "wire.example")
    }

    @Test func contentAlreadyStoredOrRepeatedInTheBatchIsNotStoredTwice() throws {
        let single = try server.client().request(
            "POST", "/articles", headers: [("Content-Type", "text/plain")], body: Array(SampleArticles.numbered(7).utf8)
        ).json()
        let body = try ndjson([
            ["text": SampleArticles.numbered(7)], ["text": SampleArticles.numbered(8)],
            ["text": SampleArticles.numbered(8)],
        ])
        let answer = try postBatch(body).json()
        #expect(answer["created"] as? Int == 1)
        #expect(answer["existing"] as? Int == 2)
        let results = try #require(answer["articles"] as? [[String: Any]])
        #expect(results[0]["id"] as? Int == single["id"] as? Int)
        #expect(results[0]["created"] as? Bool == false)
        #expect(results[2]["id"] as? Int == results[1]["id"] as? Int)
        #expect(results[2]["created"] as? Bool == false)
    }

    @Test func aBadLineRejectsTheWholeBatchAndNamesTheLine() throws {
        var body = try ndjson([["text": SampleArticles.numbered(11)]])
        body += Array("{not json\n".utf8)
        let response = try postBatch(body)
        #expect(response.status == 400)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect((try response.json()["detail"] as? String)?.hasPrefix("Line 2:") == true)
        let list = try server.client().request("GET", "/articles?limit=100").json()
        #expect((list["articles"] as? [Any])?.isEmpty == true)
    }

    @Test func anEmptyArticleOrAnEmptyBatchIsUnprocessable() throws {
        #expect(try postBatch(ndjson([["text": "  "]])).status == 422)
        #expect(try postBatch(Array("\n\n".utf8)).status == 422)
    }

    @Test func aBatchInAnotherMediaTypeIsUnsupported() throws {
        let response = try postBatch(Array(SampleArticles.numbered(1).utf8), type: "text/plain")
        #expect(response.status == 415)
        #expect(response.header("Content-Type") == "application/problem+json")
    }
}
