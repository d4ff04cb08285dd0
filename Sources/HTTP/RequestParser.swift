/// An incremental HTTP/1.1 request parser (RFC 9112): a pure value with limits, fed bytes, yielding events.
///
/// Feed bytes with `append`, then call `next()` until it returns `.needMoreData`. After `.failure`
/// the parser stays failed: the connection answers the error and closes.
public struct RequestParser: Sendable {
    /// What `next()` found.
    public enum Event: Sendable {
        /// The buffered bytes do not complete anything yet.
        case needMoreData
        /// The head asked for `Expect: 100-continue` and the body is still to come: send `100 Continue` now.
        case continueExpected
        /// A complete request; `keepAlive` says whether the connection may carry another one.
        case request(HTTPRequest, keepAlive: Bool)
        /// The bytes are not an acceptable request; answer `error.status` and close.
        case failure(RequestError)
    }

    /// Where the parser is within a request, for timeouts.
    public enum Phase: Sendable, Equatable {
        /// Between requests: nothing of the next one has arrived.
        case idle
        /// Part of a request head has arrived.
        case head
        /// The head is complete, the body is arriving.
        case body
    }

    enum Framing: Sendable {
        case length(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers(bytes: Int)
    }

    struct Pending: Sendable {
        var request: HTTPRequest
        var keepAlive: Bool
        var framing: Framing
    }

    enum State: Sendable {
        case head
        case body(Pending)
        case failed(RequestError)
    }

    /// The limits in force.
    public let limits: ParserLimits
    var buffer: [UInt8] = []
    var position = 0
    var state = State.head
    var continuePending = false
    /// Head scanning progress, relative to `position`.
    var scanOffset = 0
    var lineStart = 0
    var requestLineEnd: Int? = nil
    var lineCount = 0

    /// Creates a parser.
    public init(limits: ParserLimits = ParserLimits()) {
        self.limits = limits
    }

    /// Bytes received but not yet consumed by a complete event.
    public var bufferedByteCount: Int { buffer.count - position }

    /// Where the parser is within the current request.
    public var phase: Phase {
        switch state {
        case .head: return bufferedByteCount > 0 ? .head : .idle
        case .body: return .body
        case .failed: return .head
        }
    }

    /// Appends received bytes.
    public mutating func append(_ bytes: some Collection<UInt8>) {
        if position > 0 && position == buffer.count && buffer.capacity > 256 * 1024 {
            // A large body was consumed: give its memory back rather than keep it for the connection's lifetime.
            buffer = []
            position = 0
        } else if position > 0 && (position == buffer.count || position >= 64 * 1024) {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// Appends received bytes from raw memory.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        append(bytes.bindMemory(to: UInt8.self))
    }

    /// Parses as far as the buffered bytes allow.
    public mutating func next() -> Event {
        switch state {
        case .failed(let error):
            return .failure(error)
        case .head:
            switch parseHead() {
            case .needMoreData: return .needMoreData
            case .failure(let error): return fail(error)
            case .continueExpected: return .continueExpected
            case .request(let request, let keepAlive): return .request(request, keepAlive: keepAlive)
            }
        case .body(var pending):
            state = .head  // avoid copying the body while mutating
            let event = parseBody(&pending)
            switch event {
            case .needMoreData:
                return awaitBody(pending)
            case .failure(let error):
                return fail(error)
            default:
                continuePending = false
                resetHeadScan()
                return event
            }
        }
    }

    /// Keeps the partly read body; the first wait after an `Expect: 100-continue` head asks for the interim answer.
    mutating func awaitBody(_ pending: Pending) -> Event {
        state = .body(pending)
        if continuePending {
            continuePending = false
            return .continueExpected
        }
        return .needMoreData
    }

    mutating func fail(_ error: RequestError) -> Event {
        state = .failed(error)
        return .failure(error)
    }

    mutating func resetHeadScan() {
        scanOffset = 0
        lineStart = 0
        requestLineEnd = nil
        lineCount = 0
    }

    /// Finds the end of the head within the limits, then parses it.
    mutating func parseHead() -> Event {
        if requestLineEnd == nil && scanOffset == 0 {
            // RFC 9112 §2.2: ignore empty lines before the request-line.
            while position < buffer.count, buffer[position] == 0x0D || buffer[position] == 0x0A {
                position += 1
            }
        }
        let base = position
        let end = buffer.count
        var i = base + scanOffset
        var headEnd: Int? = nil
        while i < end {
            if buffer[i] == 0x0A {
                let lineBegin = base + lineStart
                let isEmpty = i == lineBegin || (i == lineBegin + 1 && buffer[lineBegin] == 0x0D)
                if requestLineEnd == nil {
                    requestLineEnd = i - base
                } else if isEmpty {
                    headEnd = i + 1
                    break
                } else {
                    lineCount += 1
                    if lineCount > limits.maxHeaderCount {
                        return .failure(RequestError(431, "More than \(limits.maxHeaderCount) header fields."))
                    }
                }
                lineStart = i + 1 - base
            }
            i += 1
            if requestLineEnd == nil {
                if i - base > limits.maxRequestTargetBytes + 64 {
                    return .failure(RequestError(414, "The request line is longer than the server accepts."))
                }
            } else if i - base - requestLineEnd! > limits.maxHeaderBytes {
                return .failure(
                    RequestError(431, "The header section is larger than \(limits.maxHeaderBytes) bytes."))
            }
        }
        guard let headEnd else {
            scanOffset = end - base
            return .needMoreData
        }
        let result = buffer.withUnsafeBufferPointer { bytes in
            HeadParser(bytes: bytes, limits: limits).parse(
                from: base, to: headEnd, requestLineEnd: base + requestLineEnd!)
        }
        position = headEnd
        resetHeadScan()
        switch result {
        case .failure(let error):
            return .failure(error)
        case .success(let head):
            var pending = Pending(request: head.request, keepAlive: head.keepAlive, framing: head.framing)
            if case .length(0) = head.framing {
                return .request(pending.request, keepAlive: pending.keepAlive)
            }
            continuePending = head.expectContinue
            state = .head
            let event = parseBody(&pending)
            switch event {
            case .needMoreData:
                return awaitBody(pending)
            default:
                continuePending = false
                return event
            }
        }
    }
}
