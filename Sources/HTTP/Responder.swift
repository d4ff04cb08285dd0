/// An immutable route table: dispatches requests, answers 404, 405 with Allow, HEAD via GET and OPTIONS.
public struct Responder: Sendable {
    let routes: [Router.Route]
    let fallbackError: FallbackRenderer

    /// What the table decided for one request, before any handler runs.
    struct Resolution: Sendable {
        enum Action: Sendable {
            /// Run `routes[index]`; `head` drops the body of a GET route answering HEAD.
            case route(index: Int, head: Bool)
            case notFound
            case methodNotAllowed(allow: [String])
            case options(allow: [String])
        }
        var action: Action
        var parameters: [String: String] = [:]
        /// Whether the answer may be computed on the event loop: a route registered with `.eventLoop`, or one of
        /// the table's own answers (404, 405, OPTIONS), which never block.
        var runsOnEventLoop: Bool
    }

    /// Answers `request` from the table.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        respond(to: request, resolve(request))
    }

    /// Finds the route for `request`: same method first, then GET for HEAD. Literal segments beat parameters.
    /// Allocates only the path's segments and the winner's parameters.
    func resolve(_ request: HTTPRequest) -> Resolution {
        let segments = Router.split(request.path)
        var best: Int? = nil
        var get: Int? = nil
        for index in routes.indices where Self.matches(routes[index].segments, segments) {
            let route = routes[index]
            if route.method == request.method, best.map({ Self.better(route, than: routes[$0]) }) ?? true {
                best = index
            }
            if route.method == "GET", get.map({ Self.better(route, than: routes[$0]) }) ?? true {
                get = index
            }
        }
        if let best {
            return Resolution(
                action: .route(index: best, head: false), parameters: Self.parameters(routes[best], segments),
                runsOnEventLoop: routes[best].execution == .eventLoop)
        }
        if request.method == "HEAD", let get {
            return Resolution(
                action: .route(index: get, head: true), parameters: Self.parameters(routes[get], segments),
                runsOnEventLoop: routes[get].execution == .eventLoop)
        }
        var methods: [String] = []
        for route in routes where Self.matches(route.segments, segments) && !methods.contains(route.method) {
            methods.append(route.method)
        }
        if methods.isEmpty { return Resolution(action: .notFound, runsOnEventLoop: true) }
        let allow = Self.allowed(methods)
        if request.method == "OPTIONS" { return Resolution(action: .options(allow: allow), runsOnEventLoop: true) }
        return Resolution(action: .methodNotAllowed(allow: allow), runsOnEventLoop: true)
    }

    /// The route's non-blocking attempt, for a resolution that has one; nil when there is none or it declined.
    func attempt(_ request: HTTPRequest, _ resolution: Resolution) -> HTTPResponse? {
        guard case .route(let index, let head) = resolution.action, let attempt = routes[index].attempt else {
            return nil
        }
        var request = request
        request.pathParameters = resolution.parameters
        guard var response = attempt(request) else { return nil }
        if head {
            response.headers.set("Content-Length", String(response.body.count))
            response.body = []
        }
        return response
    }

    /// Runs what `resolve` decided.
    func respond(to request: HTTPRequest, _ resolution: Resolution) -> HTTPResponse {
        switch resolution.action {
        case .route(let index, let head):
            var request = request
            request.pathParameters = resolution.parameters
            var response = routes[index].handler(request)
            if head {
                response.headers.set("Content-Length", String(response.body.count))
                response.body = []
            }
            return response
        case .notFound:
            return fallbackError(404, "Not Found", "No resource at \(request.path).", [])
        case .options(let allow):
            return HTTPResponse(status: 204, headers: HTTPHeaders([("Allow", allow.joined(separator: ", "))]))
        case .methodNotAllowed(let allow):
            var response = fallbackError(
                405, "Method Not Allowed", "\(request.method) is not allowed on \(request.path).", allow)
            if !response.headers.contains("Allow") {
                response.headers.set("Allow", allow.joined(separator: ", "))
            }
            return response
        }
    }

    static func allowed(_ methods: [String]) -> [String] {
        var all = Set(methods)
        if all.contains("GET") { all.insert("HEAD") }
        all.insert("OPTIONS")
        return all.sorted()
    }

    /// Literal segments score higher than parameters, compared left to right.
    static func better(_ a: Router.Route, than b: Router.Route) -> Bool {
        for (x, y) in zip(a.segments, b.segments) {
            switch (x, y) {
            case (.literal, .parameter): return true
            case (.parameter, .literal): return false
            default: continue
            }
        }
        return false
    }

    static func matches(_ pattern: [Router.Segment], _ path: [Substring]) -> Bool {
        guard pattern.count == path.count else { return false }
        for (segment, part) in zip(pattern, path) {
            switch segment {
            case .literal(let text): if text != part { return false }
            case .parameter: if part.isEmpty { return false }
            }
        }
        return true
    }

    static func parameters(_ route: Router.Route, _ path: [Substring]) -> [String: String] {
        var parameters: [String: String] = [:]
        for (segment, part) in zip(route.segments, path) {
            if case .parameter(let name) = segment { parameters[name] = String(part) }
        }
        return parameters
    }
}
