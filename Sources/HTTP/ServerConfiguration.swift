import Logging

/// Settings for `HTTPServer`; defaults suit a service behind nothing on loopback.
public struct ServerConfiguration: Sendable {
    /// Address to bind, numeric ("127.0.0.1", "::1", "0.0.0.0").
    public var host = "127.0.0.1"
    /// Port to bind; 0 picks an ephemeral port (see `HTTPServer.start()`).
    public var port = 8080
    /// Event-loop threads (epoll); they never run handlers.
    public var eventLoopThreads = 1
    /// Threads that run handlers, which may block.
    public var handlerThreads = 4
    /// Largest request body after de-chunking (413 beyond).
    public var maxBodyBytes = 5 * 1024 * 1024
    /// Largest header section (431 beyond).
    public var maxHeaderBytes = 16 * 1024
    /// Most header fields (431 beyond).
    public var maxHeaderCount = 100
    /// Largest request-target (414 beyond).
    public var maxRequestTargetBytes = 8 * 1024
    /// Methods answered 411 when they carry neither Content-Length nor Transfer-Encoding.
    public var lengthRequiredMethods: Set<String> = ["POST", "PUT"]
    /// Seconds from the first byte of a request (or from accepting the connection) to the end of its head; 408 after.
    public var headerTimeout = 10.0
    /// Seconds a request body may pause between received bytes; 408 after.
    public var bodyTimeout = 10.0
    /// Seconds a kept-alive connection may sit idle between requests; closed silently after.
    public var idleTimeout = 60.0
    /// Seconds a response may wait for the client to read before the connection is dropped.
    public var writeTimeout = 30.0
    /// Seconds `shutdown()` waits for in-flight requests before closing their connections.
    public var shutdownGracePeriod = 10.0
    /// Value of the Server header; nil sends none.
    public var serverName: String? = nil
    /// Renders protocol errors (400, 408, 411, 413, 414, 417, 431, 501, 505); RFC 9457 problem+json by default.
    public var errorRenderer: @Sendable (_ status: Int, _ title: String, _ detail: String) -> HTTPResponse = {
        status, title, detail in
        HTTPResponse.problem(status, title: title, detail: detail)
    }

    /// The defaults.
    public init() {}

    /// Parser limits derived from this configuration.
    public var parserLimits: ParserLimits {
        var limits = ParserLimits()
        limits.maxBodyBytes = maxBodyBytes
        limits.maxHeaderBytes = maxHeaderBytes
        limits.maxHeaderCount = maxHeaderCount
        limits.maxRequestTargetBytes = maxRequestTargetBytes
        limits.lengthRequiredMethods = lengthRequiredMethods
        return limits
    }
}
