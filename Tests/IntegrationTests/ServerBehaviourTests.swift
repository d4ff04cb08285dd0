import Foundation
import Testing

@Suite("Server behaviour")
struct ServerBehaviourTests {
    let server: LiveServer

    init() throws { server = try LiveServer() }

    @Test func concurrentClientsEachGetTheirOwnArticle() async throws {
        let port = server.port
        let ids = try await withThrowingTaskGroup(of: Int.self) { group in
            for number in 1...16 {
                group.addTask {
                    let client = try TestClient(port: port)
                    let response = try client.request(
                        "POST", "/articles", headers: [("Content-Type", "text/plain")],
                        body: Array(SampleArticles.numbered(100 + number).utf8))
                    #expect(response.status == 201)
                    return try response.json()["id"] as? Int ?? -1
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(ids).count == 16)
        let list = try server.client().request("GET", "/articles?limit=100").json()
        #expect((list["articles"] as? [Any])?.count == 16)
    }

    @Test func theOpenAPIDocumentDescribesRoutesThatAnswer() throws {
        let client = try server.client()
        let document = try client.request("GET", "/openapi.json").json()
        #expect((document["openapi"] as? String)?.hasPrefix("3.1") == true)
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        #expect(paths.count >= 8)
        for (path, operations) in paths {
            let concrete = path.replacingOccurrences(of: "{id}", with: "1")
            for method in operations.keys where method != "parameters" {
                let response = try client.request(
                    method.uppercased(), concrete, headers: [("Content-Type", "text/plain")],
                    body: method == "post" ? Array(SampleArticles.numbered(1).utf8) : nil)
                #expect(![405, 501].contains(response.status), "\(method) \(path) answered \(response.status)")
                #expect(response.status != 404 || concrete.contains("/1"), "\(method) \(path) is not routed")
            }
        }
    }

    @Test func healthAnswersJSON() throws {
        let response = try server.client().request("GET", "/healthz")
        #expect(response.status == 200)
        #expect(try response.json()["status"] as? String == "ok")
    }
}
