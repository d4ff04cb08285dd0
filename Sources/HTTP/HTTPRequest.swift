/// The protocol version of a request, e.g. 1.1.
public struct HTTPVersion: Sendable, Equatable, CustomStringConvertible {
    /// The major version (always 1 for requests this server accepts).
    public var major: Int
    /// The minor version.
    public var minor: Int
    /// HTTP/1.0
    public static let http10 = HTTPVersion(major: 1, minor: 0)
    /// HTTP/1.1
    public static let http11 = HTTPVersion(major: 1, minor: 1)
    /// Creates a version.
    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }
    /// "HTTP/1.1"
    public var description: String { "HTTP/\(major).\(minor)" }
}

/// A complete request: head and de-chunked body.
public struct HTTPRequest: Sendable {
    /// The method as sent ("GET", "POST" …); case-sensitive per RFC 9110.
    public var method: String
    /// The raw request-target, e.g. "/organizations?q=bay".
    public var target: String
    /// The percent-decoded path without the query.
    public var path: String
    /// Decoded query parameters (`+` as space), in order.
    public var query: [(name: String, value: String)]
    /// The header fields as received.
    public var headers: HTTPHeaders
    /// The complete body, de-chunked.
    public var body: [UInt8]
    /// Path parameters filled by the router, e.g. ["id": "3"].
    public var pathParameters: [String: String] = [:]
    /// The protocol version of the request.
    public var version: HTTPVersion = .http11

    /// Creates a request; path and query are derived from `target`.
    public init(method: String, target: String, headers: HTTPHeaders = .init(), body: [UInt8] = []) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        let parts = RequestTarget.split(target)
        self.path = RequestTarget.decodePath(parts.path) ?? String(parts.path)
        self.query = RequestTarget.decodeQuery(parts.query)
    }

    init(
        method: String, target: String, path: String, query: [(name: String, value: String)],
        headers: HTTPHeaders, body: [UInt8], version: HTTPVersion
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.version = version
    }

    /// The first value of the query parameter `name`, or nil.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }
}
