import Foundation
import Testing

@Suite("Bad input gets a clear problem+json answer")
struct ErrorResponseTests {
    let server: LiveServer

    init() throws { server = try LiveServer { $0.maxBodyBytes = 64 * 1024 } }

    private func expectProblem(
        _ response: WireResponse, _ status: Int, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        #expect(response.status == status, sourceLocation: sourceLocation)
        #expect(response.header("Content-Type") == "application/problem+json", sourceLocation: sourceLocation)
        let problem = try response.json()
        #expect(problem["status"] as? Int == status, sourceLocation: sourceLocation)
        #expect(
            problem["title"] is String && problem["detail"] is String && problem["type"] is String,
            sourceLocation: sourceLocation)
    }

    @Test func unknownPathsAndMissingResourcesAreNotFound() throws {
        let client = try server.client()
        try expectProblem(client.request("GET", "/nowhere"), 404)
        try expectProblem(client.request("GET", "/articles/12345"), 404)
        try expectProblem(client.request("GET", "/articles/not-a-number"), 404)
        try expectProblem(client.request("GET", "/organizations/9/articles"), 404)
    }

    @Test func aWrongMethodIsRefusedWithTheAllowedOnes() throws {
        let response = try server.client().request("PUT", "/articles", body: [])
        try expectProblem(response, 405)
        let allowed = Set(
            (response.header("Allow") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        #expect(allowed.isSuperset(of: ["GET", "POST"]))
    }

    @Test func bodiesThatAreNotArticlesAreRefused() throws {
        let client = try server.client()
        try expectProblem(
            client.request("POST", "/articles", headers: [("Content-Type", "text/plain")], body: [0x41, 0xFF, 0xFE]),
            400)
        try expectProblem(
            client.request("POST", "/articles", headers: [("Content-Type", "image/png")], body: [1, 2, 3]), 415)
        try expectProblem(
            client.request("POST", "/articles", headers: [("Content-Type", "text/plain")], body: Array(" \n\n ".utf8)),
            422)
        try expectProblem(
            client.request("POST", "/articles", headers: [("Content-Type", "application/json")], body: Array("{".utf8)),
            400)
        try expectProblem(
            client.request(
                "POST", "/articles", headers: [("Content-Type", "application/json")], body: Array(#"{"url":"x"}"#.utf8)),
            422)
        // Nothing was stored by any of them, and the server still serves.
        let list = try client.request("GET", "/articles").json()
        #expect((list["articles"] as? [Any])?.isEmpty == true)
    }

    @Test func oversizedBodiesAreRefusedBeforeTheyAreRead() throws {
        let client = try server.client()
        let response = try client.request(
            "POST", "/articles", headers: [("Content-Type", "text/plain")],
            body: [UInt8](repeating: 0x61, count: 70_000))
        try expectProblem(response, 413)
        #expect(try server.client().request("GET", "/healthz").status == 200)
    }

    @Test func badQueryParametersAreNamed() throws {
        let client = try server.client()
        try expectProblem(client.request("GET", "/articles?limit=0"), 400)
        try expectProblem(client.request("GET", "/articles?limit=ten"), 400)
        try expectProblem(client.request("GET", "/organizations?cursor=%21%21garbage"), 400)
    }
}
