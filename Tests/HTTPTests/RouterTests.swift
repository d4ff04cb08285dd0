import Testing

@testable import HTTP

func makeResponder(_ configure: (inout Router) -> Void = { _ in }) -> Responder {
    var router = Router()
    router.add("GET", "/articles") { _ in .text(200, "list") }
    router.add("POST", "/articles") { request in .text(201, "created \(request.body.count)") }
    router.add("GET", "/articles/{id}") { request in .text(200, "article \(request.pathParameters["id"] ?? "?")") }
    router.add("DELETE", "/articles/{id}") { _ in HTTPResponse(status: 204) }
    router.add("GET", "/articles/search") { _ in .text(200, "search") }
    configure(&router)
    return router.freeze()
}

func request(_ method: String, _ target: String) -> HTTPRequest {
    HTTPRequest(method: method, target: target)
}

@Suite("Router")
struct RouterTests {
    @Test("Path parameters are captured by name")
    func parameters() {
        let response = makeResponder().respond(to: request("GET", "/articles/42?x=1"))
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == "article 42")
    }

    @Test("A literal segment wins over a parameter")
    func literalWins() {
        let response = makeResponder().respond(to: request("GET", "/articles/search"))
        #expect(String(decoding: response.body, as: UTF8.self) == "search")
    }

    @Test("An unknown path answers 404 problem+json")
    func notFound() {
        let response = makeResponder().respond(to: request("GET", "/nope"))
        #expect(response.status == 404)
        #expect(response.headers["Content-Type"] == "application/problem+json")
        #expect(String(decoding: response.body, as: UTF8.self).contains("\"status\":404"))
    }

    @Test("A known path with another method answers 405 with Allow")
    func methodNotAllowed() {
        let response = makeResponder().respond(to: request("PUT", "/articles/1"))
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "DELETE, GET, HEAD, OPTIONS")
    }

    @Test("HEAD runs the GET route and drops the body, keeping its length")
    func head() {
        let response = makeResponder().respond(to: request("HEAD", "/articles"))
        #expect(response.status == 200)
        #expect(response.body.isEmpty)
        #expect(response.headers["Content-Length"] == "4")
    }

    @Test("OPTIONS on a known path answers 204 with Allow")
    func options() {
        let response = makeResponder().respond(to: request("OPTIONS", "/articles"))
        #expect(response.status == 204)
        #expect(response.headers["Allow"] == "GET, HEAD, OPTIONS, POST")
    }

    @Test("The fallback renderer shapes 404 and 405 bodies")
    func customFallback() {
        let responder = makeResponder { router in
            router.fallbackError = { status, _, _, allow in .text(status, "custom \(allow.count)") }
        }
        #expect(String(decoding: responder.respond(to: request("GET", "/x")).body, as: UTF8.self) == "custom 0")
        let notAllowed = responder.respond(to: request("PATCH", "/articles"))
        #expect(String(decoding: notAllowed.body, as: UTF8.self) == "custom 4")
        #expect(notAllowed.headers["Allow"] == "GET, HEAD, OPTIONS, POST")
    }

    @Test("Problem details escape what they echo")
    func escaping() {
        let json = ProblemDetails(status: 404, title: "Not Found", detail: "a\"b\\c\n\u{1}<x>").json
        #expect(json.contains(#"a\"b\\c\n\u0001\u003cx\u003e"#))
    }
}
