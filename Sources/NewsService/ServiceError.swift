/// What can go wrong in the service layer, in the domain's terms; NewsAPI maps each case to an HTTP status.
public enum ServiceError: Error, Equatable, CustomStringConvertible {
    /// No such resource ("article", "organization").
    case notFound(resource: String, id: Int64)
    /// A request parameter that cannot be used as given.
    case invalidParameter(name: String, detail: String)
    /// The content was read but holds nothing to analyse.
    case unprocessableContent(detail: String)
    /// The database failed; the detail is for the log, never for clients.
    case storage(detail: String)

    public var description: String {
        switch self {
        case .notFound(let resource, let id): "no \(resource) with id \(id)"
        case .invalidParameter(let name, let detail): "invalid parameter \(name): \(detail)"
        case .unprocessableContent(let detail): "unprocessable content: \(detail)"
        case .storage(let detail): "storage failure: \(detail)"
        }
    }
}
