/// One client connection; owned and touched only by its event loop's thread.
final class Connection {
    let id: UInt64
    let socket: Socket
    var parser: RequestParser

    /// Bytes queued for the client, sent from `outputSent` on.
    var output: [UInt8] = []
    var outputSent = 0

    /// Edge-triggered readiness: the socket may have bytes to read / room to write.
    var readable = false
    var writable = true
    /// The client sent FIN.
    var peerClosed = false
    /// epoll reported the peer's FIN, a hang-up or an error: read until recv says so, never stopping early.
    var endSeen = false
    /// A handler is running for this connection's current request.
    var inFlight = false
    /// Close once the queued output is written (error, Connection: close, shutdown).
    var closeAfterWrite = false
    /// Write side shut down; reading and discarding until EOF or `lingerDeadline`.
    var lingering = false
    var lingerDeadline = 0.0
    var closed = false

    /// Timing, in monotonic seconds.
    var idleSince: Double
    var headStartedAt: Double? = nil
    var lastReadAt: Double
    var lastWriteAt: Double
    var servedRequests = 0
    /// The event loop's timer tick this connection is due at; nil when it has no entry in the wheel.
    var timerTick: Int? = nil

    /// The request being handled, for the access log.
    var current: (method: String, path: String, isHead: Bool, http10: Bool, keepAlive: Bool, start: Double)? = nil

    init(id: UInt64, socket: Socket, limits: ParserLimits, now: Double) {
        self.id = id
        self.socket = socket
        self.parser = RequestParser(limits: limits)
        self.idleSince = now
        self.lastReadAt = now
        self.lastWriteAt = now
    }

    var pendingOutput: Int { output.count - outputSent }
}
