/// Bounds the request parser enforces; exceeding one answers 413, 414 or 431.
public struct ParserLimits: Sendable, Equatable {
    /// Largest request-target; longer gets 414.
    public var maxRequestTargetBytes = 8 * 1024
    /// Largest header section (and trailer section); larger gets 431.
    public var maxHeaderBytes = 16 * 1024
    /// Most header fields; more gets 431.
    public var maxHeaderCount = 100
    /// Largest body after de-chunking; larger gets 413.
    public var maxBodyBytes = 5 * 1024 * 1024
    /// Methods that must frame a body with Content-Length or chunked; without either they get 411.
    public var lengthRequiredMethods: Set<String> = ["POST", "PUT"]

    /// Limits with the defaults above.
    public init() {}
}
