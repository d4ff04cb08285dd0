/// An immutable route table: dispatches requests, answers 404, 405 with Allow, HEAD via GET and OPTIONS.
public struct Responder: Sendable {
    let routes: [Router.Route]
    let fallbackError: FallbackRenderer

    /// Answers `request` from the table.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let segments = Router.split(request.path)
        var best: (route: Router.Route, score: [Bool], parameters: [String: String])? = nil
        var methods: [String] = []
        var get: (route: Router.Route, score: [Bool], parameters: [String: String])? = nil
        for route in routes {
            guard let (score, parameters) = Self.match(route.segments, segments) else { continue }
            if !methods.contains(route.method) { methods.append(route.method) }
            if route.method == request.method, best.map({ Self.better(score, than: $0.score) }) ?? true {
                best = (route, score, parameters)
            }
            if route.method == "GET", get.map({ Self.better(score, than: $0.score) }) ?? true {
                get = (route, score, parameters)
            }
        }
        if let best {
            var request = request
            request.pathParameters = best.parameters
            return best.route.handler(request)
        }
        if request.method == "HEAD", let get {
            var request = request
            request.pathParameters = get.parameters
            var response = get.route.handler(request)
            response.headers.set("Content-Length", String(response.body.count))
            response.body = []
            return response
        }
        if methods.isEmpty {
            return fallbackError(404, "Not Found", "No resource at \(request.path).", [])
        }
        let allow = Self.allowed(methods)
        if request.method == "OPTIONS" {
            return HTTPResponse(status: 204, headers: HTTPHeaders([("Allow", allow.joined(separator: ", "))]))
        }
        var response = fallbackError(
            405, "Method Not Allowed", "\(request.method) is not allowed on \(request.path).", allow)
        if !response.headers.contains("Allow") {
            response.headers.set("Allow", allow.joined(separator: ", "))
        }
        return response
    }

    static func allowed(_ methods: [String]) -> [String] {
        var all = Set(methods)
        if all.contains("GET") { all.insert("HEAD") }
        all.insert("OPTIONS")
        return all.sorted()
    }

    /// Literal segments score higher than parameters, compared left to right.
    static func better(_ a: [Bool], than b: [Bool]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x }
        return false
    }

    static func match(_ pattern: [Router.Segment], _ path: [Substring]) -> ([Bool], [String: String])? {
        guard pattern.count == path.count else { return nil }
        var score: [Bool] = []
        var parameters: [String: String] = [:]
        for (segment, part) in zip(pattern, path) {
            switch segment {
            case .literal(let text):
                guard text == part else { return nil }
                score.append(true)
            case .parameter(let name):
                guard !part.isEmpty else { return nil }
                parameters[name] = String(part)
                score.append(false)
            }
        }
        return (score, parameters)
    }
}
