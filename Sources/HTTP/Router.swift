/// Renders 404/405 answers: status, title, detail and (for 405) the allowed methods.
public typealias FallbackRenderer =
    @Sendable (_ status: Int, _ title: String, _ detail: String, _ allow: [String]) ->
    HTTPResponse

/// A mutable route table; register routes, then `freeze()` it into an immutable `Responder`.
public struct Router: Sendable {
    struct Route: Sendable {
        var method: String
        var segments: [Segment]
        var execution: Execution
        var handler: HTTPHandler
        /// Tried on the event loop first; nil hands the request to `handler` on a handler thread.
        var attempt: HTTPAttempt? = nil
    }

    /// Where a route's handler runs.
    public enum Execution: Sendable {
        /// On a handler thread (the default): the handler may block, e.g. on SQLite.
        case handlerThread
        /// On the event loop that parsed the request, skipping the hand-off to a handler thread and back.
        /// Only for handlers that never block and finish in microseconds (e.g. a health check), since every
        /// other connection of that loop waits meanwhile.
        case eventLoop
    }

    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    var routes: [Route] = []

    /// Renders 404 and 405 answers; problem+json by default. The Allow header is added by the responder.
    public var fallbackError: FallbackRenderer = { status, title, detail, _ in
        HTTPResponse.problem(status, title: title, detail: detail)
    }

    /// An empty table.
    public init() {}

    /// Adds a route; `pattern` is a path whose `{name}` segments become `pathParameters["name"]`.
    public mutating func add(
        _ method: String, _ pattern: String, execution: Execution = .handlerThread, _ handler: @escaping HTTPHandler
    ) {
        let segments = Self.split(pattern).map { part -> Segment in
            if part.hasPrefix("{") && part.hasSuffix("}") && part.count > 2 {
                return .parameter(String(part.dropFirst().dropLast()))
            }
            return .literal(String(part))
        }
        routes.append(Route(method: method, segments: segments, execution: execution, handler: handler))
    }

    /// Adds a route whose answer is often ready without blocking (e.g. from a cache): `attempt` runs on the event
    /// loop and must never block; when it returns nil, `handler` runs on a handler thread as for any route.
    public mutating func add(
        _ method: String, _ pattern: String, attempt: @escaping HTTPAttempt, _ handler: @escaping HTTPHandler
    ) {
        add(method, pattern, handler)
        routes[routes.count - 1].attempt = attempt
    }

    /// The immutable responder serving these routes.
    public func freeze() -> Responder {
        Responder(routes: routes, fallbackError: fallbackError)
    }

    static func split(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { $0 }
    }
}

/// A handler for one request; may block (it runs on a handler thread, never on an event loop).
public typealias HTTPHandler = @Sendable (HTTPRequest) -> HTTPResponse

/// A non-blocking first try at a request on the event loop; nil when the answer needs a handler thread.
public typealias HTTPAttempt = @Sendable (HTTPRequest) -> HTTPResponse?
