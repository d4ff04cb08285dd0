import HTTP
import NewsService

/// Every error this API answers is an RFC 9457 problem detail, rendered as application/problem+json by the
/// HTTP module's `ProblemDetails`.
typealias Problem = ProblemDetails

extension ProblemDetails {
    /// Problem kinds with their own type URI, listed in docs/api.md.
    static func kind(_ slug: String) -> String { "urn:newsgraph:problem:\(slug)" }

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
