import CEpoll
import Foundation
import Logging

/// One epoll loop thread: accepts, reads, parses, hands requests to the handler pool, writes responses.
///
/// `@unchecked Sendable`: `completions` and `stopRequested` are guarded by `lock`; everything else
/// (connections, timers, the date cache) is touched only on the loop's own thread inside `run()`.
final class EventLoop: @unchecked Sendable {
    let index: Int
    let configuration: ServerConfiguration
    let responder: Responder
    let pool: HandlerPool
    let logger: Logger
    let listener: Socket
    let poller: Poller
    let waker: Waker
    let limits: ParserLimits
    private let onStopped: @Sendable () -> Void

    private let lock = NSLock()
    private var completions: [(id: UInt64, fd: Int32, response: HTTPResponse)] = []
    private var stopRequested = false
    /// Set (under `lock`) before the waker is closed: afterwards nobody may write to its descriptor.
    private var finished = false

    var connections: [Int32: Connection] = [:]
    private var nextID: UInt64 = 0
    var date = HTTPDate()
    var stopping = false
    var stopDeadline = 0.0
    var acceptPausedUntil: Double? = nil
    var serviceQueue: [Connection] = []
    var now = monotonicNow()
    let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)

    /// Output queued beyond this stops reading from the connection (backpressure).
    static let maxPendingOutput = 256 * 1024
    /// Unparsed input beyond this stops reading while a handler runs (pipelining backpressure).
    static let maxBufferedInput = 256 * 1024
    static let lingerSeconds = 2.0
    static let sweepInterval = 0.25

    init(
        index: Int, configuration: ServerConfiguration, responder: Responder, pool: HandlerPool, logger: Logger,
        listener: Socket, onStopped: @escaping @Sendable () -> Void
    ) throws(SocketError) {
        self.index = index
        self.configuration = configuration
        self.responder = responder
        self.pool = pool
        self.logger = logger
        self.listener = listener
        self.onStopped = onStopped
        self.limits = configuration.parserLimits
        self.poller = try Poller()
        do {
            self.waker = try Waker()
        } catch {
            poller.close()
            throw error
        }
        nextID = UInt64(index) << 48
    }

    deinit { scratch.deallocate() }

    /// Asks the loop to stop; safe from any thread.
    func requestStop() {
        lock.lock()
        defer { lock.unlock() }
        stopRequested = true
        if !finished { waker.wake() }
    }

    /// Hands a handler's response back to the loop; called on a handler thread.
    func complete(id: UInt64, fd: Int32, response: HTTPResponse) {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }  // the loop is gone; so is the connection
        let wasEmpty = completions.isEmpty
        completions.append((id, fd, response))
        if wasEmpty { waker.wake() }
    }

    /// The loop body; returns after shutdown.
    func run() {
        defer {
            for connection in Array(connections.values) { close(connection) }
            poller.remove(listener.fd)
            poller.close()
            lock.lock()
            finished = true
            completions = []
            lock.unlock()
            waker.close()
            onStopped()
        }
        do {
            try poller.add(listener.fd, events: Poller.readable | Poller.exclusive)
            try poller.add(waker.fd, events: Poller.readable)
        } catch {
            logger.error("event loop could not start", metadata: ["error": "\(error)"])
            return
        }
        let events = UnsafeMutableBufferPointer<epoll_event>.allocate(capacity: 512)
        defer { events.deallocate() }
        var nextSweep = now + Self.sweepInterval
        while true {
            let timeout: Int32 = serviceQueue.isEmpty ? Int32(max(0, (nextSweep - now) * 1000)) + 1 : 0
            let count: Int
            do {
                count = try poller.wait(into: events, timeout: timeout)
            } catch {
                logger.error("epoll_wait failed", metadata: ["error": "\(error)"])
                return
            }
            now = monotonicNow()
            for i in 0..<count {
                let fd = events[i].data.fd
                let flags = events[i].events
                if fd == listener.fd {
                    acceptAll()
                } else if fd == waker.fd {
                    waker.drain()
                    handleWake()
                } else if let connection = connections[fd] {
                    if flags & (Poller.readable | Poller.peerClosed | Poller.hangUp | Poller.error) != 0 {
                        connection.readable = true
                    }
                    if flags & (Poller.peerClosed | Poller.hangUp | Poller.error) != 0 { connection.endSeen = true }
                    if flags & Poller.writable != 0 { connection.writable = true }
                    drive(connection)
                }
            }
            if !serviceQueue.isEmpty {
                let queue = serviceQueue
                serviceQueue = []
                for connection in queue where !connection.closed { drive(connection) }
            }
            now = monotonicNow()
            if now >= nextSweep {
                sweep()
                nextSweep = now + Self.sweepInterval
            }
            if stopping && (connections.isEmpty || now >= stopDeadline) { return }
        }
    }

    private func acceptAll() {
        if stopping { return }
        while true {
            let client: Socket?
            do {
                client = try listener.accept()
            } catch {
                if error.errno == EMFILE || error.errno == ENFILE || error.errno == ENOBUFS || error.errno == ENOMEM {
                    logger.warning("accept paused", metadata: ["error": "\(error)"])
                    poller.remove(listener.fd)
                    acceptPausedUntil = now + 0.1
                    return
                }
                continue  // ECONNABORTED and friends: the next one may be fine
            }
            guard let client else { return }
            let events = Poller.readable | Poller.writable | Poller.peerClosed | Poller.edgeTriggered
            do {
                try poller.add(client.fd, events: events)
            } catch {
                client.close()
                continue
            }
            nextID += 1
            connections[client.fd] = Connection(id: nextID, socket: client, limits: limits, now: now)
        }
    }

    private func handleWake() {
        lock.lock()
        let done = completions
        completions = []
        let stop = stopRequested
        lock.unlock()
        if stop && !stopping { beginStop() }
        for item in done {
            guard let connection = connections[item.fd], connection.id == item.id else { continue }
            finish(connection, item.response)
        }
    }

    private func beginStop() {
        stopping = true
        stopDeadline = now + configuration.shutdownGracePeriod
        poller.remove(listener.fd)
        for connection in Array(connections.values) where isIdle(connection) { close(connection) }
    }

    func isIdle(_ connection: Connection) -> Bool {
        !connection.inFlight && connection.pendingOutput == 0 && connection.parser.phase == .idle
            && !connection.lingering
    }

    /// Closes connections whose header, body, idle, write or linger deadline has passed.
    private func sweep() {
        if let paused = acceptPausedUntil, now >= paused, !stopping {
            acceptPausedUntil = nil
            try? poller.add(listener.fd, events: Poller.readable | Poller.exclusive)
        }
        // Decide first, act afterwards: acting closes connections (mutating the table), and copying the table of
        // 10,000 idle connections into an array four times a second showed in the p99 of the others.
        var expired: [Connection] = []
        var late: [(Connection, String)] = []
        for connection in connections.values where !connection.closed {
            if connection.lingering {
                if now >= connection.lingerDeadline { expired.append(connection) }
                continue
            }
            if connection.pendingOutput > 0 {
                if now - connection.lastWriteAt > configuration.writeTimeout { expired.append(connection) }
                continue
            }
            if connection.inFlight || connection.closeAfterWrite { continue }
            switch connection.parser.phase {
            case .idle:
                let limit = connection.servedRequests == 0 ? configuration.headerTimeout : configuration.idleTimeout
                if stopping || now - connection.idleSince > limit { expired.append(connection) }
            case .head:
                guard let started = connection.headStartedAt else {
                    connection.headStartedAt = now
                    continue
                }
                if now - started > configuration.headerTimeout {
                    late.append(
                        (connection, "The request head did not arrive within \(configuration.headerTimeout) s."))
                }
            case .body:
                if now - connection.lastReadAt > configuration.bodyTimeout {
                    late.append((connection, "The request body paused for more than \(configuration.bodyTimeout) s."))
                }
            }
        }
        for connection in expired { close(connection) }
        for (connection, detail) in late where !connection.closed { timedOut(connection, detail) }
    }

    private func timedOut(_ connection: Connection, _ detail: String) {
        respondWithError(connection, RequestError(408, detail))
        drive(connection)
    }

    func close(_ connection: Connection) {
        guard !connection.closed else { return }
        connection.closed = true
        connection.socket.close()
        if connections[connection.socket.fd] === connection {
            connections[connection.socket.fd] = nil
        }
    }
}

/// Monotonic seconds (CLOCK_MONOTONIC).
func monotonicNow() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1_000_000_000
}
