/// Why a request could not be read; carries the status the server answers with before closing.
public struct RequestError: Error, Sendable, Equatable {
    /// The status to answer with (400, 408, 411, 413, 414, 417, 431, 501, 505).
    public var status: Int
    /// A short summary, e.g. "Bad Request".
    public var title: String
    /// What exactly was wrong.
    public var detail: String

    /// Creates an error; the title defaults to the status's reason phrase.
    public init(_ status: Int, _ detail: String, title: String? = nil) {
        self.status = status
        self.title = title ?? HTTPResponse.reasonPhrase(status)
        self.detail = detail
    }

    static func badRequest(_ detail: String) -> RequestError { RequestError(400, detail) }
}
