import HTTP
import NewsService

/// An RFC 9457 problem detail: every error this API answers is one of these, as application/problem+json.
public struct Problem: Error, Equatable, Sendable {
    public var status: Int
    public var title: String
    public var detail: String
    /// A URI naming the kind of problem; "about:blank" when the status says it all.
    public var type: String

    public init(status: Int, title: String, detail: String, type: String = "about:blank") {
        self.status = status
        self.title = title
        self.detail = detail
        self.type = type
    }

    /// Problem kinds with their own type URI, listed in docs/api.md.
    static func kind(_ slug: String) -> String { "urn:newsgraph:problem:\(slug)" }

    public var response: HTTPResponse {
        ProblemDetails(status: status, title: title, detail: detail, type: type).response()
    }

    /// The problem a service error stands for; storage details stay in the log.
    init(_ error: ServiceError) {
        switch error {
        case .notFound(let resource, let id):
            self.init(
                status: 404, title: "Not Found", detail: "There is no \(resource) with id \(id).",
                type: Self.kind("not-found"))
        case .invalidParameter(let name, let detail):
            self.init(
                status: 400, title: "Invalid parameter", detail: "\(name): \(detail)",
                type: Self.kind("invalid-parameter"))
        case .unprocessableContent(let detail):
            self.init(
                status: 422, title: "Unprocessable article", detail: detail, type: Self.kind("unprocessable-article"))
        case .storage:
            self.init(
                status: 500, title: "Internal Server Error",
                detail: "The request could not be completed; the server log has the details.")
        }
    }
}
