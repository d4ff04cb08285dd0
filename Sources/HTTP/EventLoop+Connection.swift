import Logging

extension EventLoop {
    /// Moves one connection as far as it can go: write, parse, dispatch, read; in that order, repeatedly. Then makes
    /// sure its timer covers the state it was left in.
    func drive(_ connection: Connection) {
        advance(connection)
        armTimer(connection)
    }

    private func advance(_ connection: Connection) {
        var budget = 16
        while !connection.closed {
            if connection.pendingOutput > 0 && connection.writable {
                flush(connection)
                if connection.closed { return }
            }
            if connection.pendingOutput == 0 && connection.closeAfterWrite && !connection.lingering {
                if connection.peerClosed {
                    close(connection)
                    return
                }
                connection.socket.shutdownWrite()
                connection.lingering = true
                connection.lingerDeadline = now + Self.lingerSeconds
            }
            if !connection.inFlight && !connection.closeAfterWrite && parseNext(connection) { continue }
            guard connection.readable, !readingPaused(connection) else { return }
            if budget == 0 {
                serviceQueue.append(connection)
                return
            }
            budget -= 1
            let received: Int?
            do {
                received = try connection.socket.receive(into: scratch)
            } catch {
                close(connection)
                return
            }
            guard let received else {
                connection.readable = false
                return
            }
            if received == 0 {
                connection.readable = false
                connection.peerClosed = true
                if connection.lingering || (!connection.inFlight && connection.pendingOutput == 0) {
                    close(connection)
                    return
                }
                if !connection.inFlight { connection.closeAfterWrite = true }
                continue
            }
            connection.lastReadAt = now
            // A short read emptied the socket's receive queue: with edge-triggered epoll, new bytes bring a new
            // event, so skip the recv that would only answer EAGAIN (one syscall per request, as nginx does).
            // Not once the peer's FIN was reported: that EOF must still be read.
            if received < scratch.count && !connection.endSeen { connection.readable = false }
            if connection.lingering { continue }
            connection.parser.append(UnsafeRawBufferPointer(rebasing: scratch[0..<received]))
            if connection.headStartedAt == nil && connection.parser.phase == .head {
                connection.headStartedAt = now
            }
        }
    }

    private func readingPaused(_ connection: Connection) -> Bool {
        if connection.lingering { return false }
        if connection.closeAfterWrite { return true }
        if connection.pendingOutput > Self.maxPendingOutput { return true }
        return connection.inFlight && connection.parser.bufferedByteCount > Self.maxBufferedInput
    }

    /// Writes queued output until done or the socket is full.
    private func flush(_ connection: Connection) {
        while connection.pendingOutput > 0 {
            let sent: Int?
            do {
                sent = try connection.output.withUnsafeBytes { bytes throws(SocketError) in
                    try connection.socket.send(UnsafeRawBufferPointer(rebasing: bytes[connection.outputSent...]))
                }
            } catch {
                close(connection)
                return
            }
            guard let sent else {
                connection.writable = false
                return
            }
            connection.outputSent += sent
            connection.lastWriteAt = now
        }
        if connection.output.capacity > 1 << 20 {
            connection.output = []
        } else {
            connection.output.removeAll(keepingCapacity: true)
        }
        connection.outputSent = 0
    }

    /// Takes the next parser event; true when it changed something worth another round.
    private func parseNext(_ connection: Connection) -> Bool {
        switch connection.parser.next() {
        case .needMoreData:
            return false
        case .continueExpected:
            connection.output.append(contentsOf: ResponseEncoder.continueBytes)
            return true
        case .failure(let error):
            respondWithError(connection, error)
            return true
        case .request(let request, let keepAlive):
            dispatch(connection, request, keepAlive: keepAlive)
            return true
        }
    }

    private func dispatch(_ connection: Connection, _ request: HTTPRequest, keepAlive: Bool) {
        connection.inFlight = true
        connection.headStartedAt = nil
        connection.current = (
            request.method, request.path, request.method == "HEAD", request.version == .http10, keepAlive, now
        )
        let responder = self.responder
        let resolution = responder.resolve(request)
        // Cheap, non-blocking answers skip the round trip through a handler thread and the eventfd wake-up;
        // the caller's `drive` loop writes the response and parses the next request.
        if resolution.runsOnEventLoop {
            finish(connection, responder.respond(to: request, resolution), continuing: true)
            return
        }
        if let response = responder.attempt(request, resolution) {
            finish(connection, response, continuing: true)
            return
        }
        let id = connection.id
        let fd = connection.socket.fd
        pool.submit { [self] in
            let response = responder.respond(to: request, resolution)
            self.complete(id: id, fd: fd, response: response)
        }
    }

    /// Queues a handler's response and carries on with the connection (`continuing`: the caller is `drive`
    /// itself, which carries on by its own loop).
    func finish(_ connection: Connection, _ response: HTTPResponse, continuing: Bool = false) {
        guard let current = connection.current else { return }
        connection.inFlight = false
        connection.current = nil
        let keepAlive = current.keepAlive && !connection.peerClosed && !stopping
        let before = connection.output.count
        ResponseEncoder.encode(
            response, isHead: current.isHead, keepAlive: keepAlive, clientIsHTTP10: current.http10,
            date: date.now(), serverName: configuration.serverName, into: &connection.output)
        logAccess(current.method, current.path, response.status, connection.output.count - before, current.start)
        connection.servedRequests += 1
        connection.idleSince = now
        if !keepAlive { connection.closeAfterWrite = true }
        if !continuing { drive(connection) }
    }

    /// Queues a protocol error response and marks the connection to close after it.
    func respondWithError(_ connection: Connection, _ error: RequestError) {
        let response = configuration.errorRenderer(error.status, error.title, error.detail)
        let before = connection.output.count
        ResponseEncoder.encode(
            response, isHead: false, keepAlive: false, clientIsHTTP10: false, date: date.now(),
            serverName: configuration.serverName, into: &connection.output)
        logAccess("-", "-", response.status, connection.output.count - before, connection.headStartedAt ?? now)
        logger.debug("protocol error", metadata: ["http.status": "\(error.status)", "http.detail": "\(error.detail)"])
        connection.closeAfterWrite = true
    }

    private func logAccess(_ method: String, _ path: String, _ status: Int, _ bytes: Int, _ start: Double) {
        // Formatting the line costs more than serving a cheap route: skip it unless it will be written.
        guard logger.logLevel <= .info else { return }
        let micros = Int((now - start) * 1_000_000)
        let fraction = micros % 1000
        let ms = "\(micros / 1000).\(fraction < 10 ? "00" : fraction < 100 ? "0" : "")\(fraction)"
        logger.info(
            "\(method) \(path) \(status) \(bytes)B \(ms)ms",
            metadata: [
                "http.method": "\(method)", "http.path": "\(path)", "http.status": "\(status)",
                "http.bytes": "\(bytes)", "http.duration_ms": "\(ms)",
            ])
    }
}
