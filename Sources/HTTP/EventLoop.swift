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
    /// Each open connection's next deadline (header, body, idle, write or linger), so that a tick visits only the
    /// connections whose deadline has come: walking 10,000 idle connections four times a second showed in the p99
    /// of requests arriving meanwhile.
    var timers: TimerWheel<Connection>
    private var dueTimers: [(element: Connection, tick: Int)] = []
    let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)

    /// Output queued beyond this stops reading from the connection (backpressure).
    static let maxPendingOutput = 256 * 1024
    /// Unparsed input beyond this stops reading while a handler runs (pipelining backpressure).
    static let maxBufferedInput = 256 * 1024
    static let lingerSeconds = 2.0
    /// Timer granularity: a timeout fires up to this much after its deadline.
    static let tickInterval = 0.25
    /// 512 ticks of 250 ms span 128 s, beyond the default timeouts, so no entry waits through a second round.
    static let timerSlots = 512

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
        self.timers = TimerWheel(granularity: Self.tickInterval, slots: Self.timerSlots, now: monotonicNow())
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
        while true {
            let timeout: Int32 = serviceQueue.isEmpty ? Int32(max(0, (timers.nextTickTime - now) * 1000)) + 1 : 0
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
            if now >= timers.nextTickTime { tick() }
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
            let connection = Connection(id: nextID, socket: client, limits: limits, now: now)
            connections[client.fd] = connection
            armTimer(connection)
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

    /// Resumes accepting after a pause, then acts on the connections whose deadline has come.
    private func tick() {
        if let paused = acceptPausedUntil, now >= paused, !stopping {
            acceptPausedUntil = nil
            try? poller.add(listener.fd, events: Poller.readable | Poller.exclusive)
        }
        timers.takeDue(now: now, into: &dueTimers)
        guard !dueTimers.isEmpty else { return }
        var due: [(element: Connection, tick: Int)] = []
        swap(&due, &dueTimers)
        for (connection, tick) in due where !connection.closed && connection.timerTick == tick {
            connection.timerTick = nil
            expire(connection)
        }
        due.removeAll(keepingCapacity: true)
        swap(&due, &dueTimers)
    }

    /// Closes (or answers 408) a connection whose deadline has passed; one whose deadline moved on is re-armed.
    private func expire(_ connection: Connection) {
        if connection.lingering {
            if now >= connection.lingerDeadline { return close(connection) }
        } else if connection.pendingOutput > 0 {
            if now - connection.lastWriteAt > configuration.writeTimeout { return close(connection) }
        } else if !connection.inFlight && !connection.closeAfterWrite {
            switch connection.parser.phase {
            case .idle:
                let limit = connection.servedRequests == 0 ? configuration.headerTimeout : configuration.idleTimeout
                if stopping || now - connection.idleSince > limit { return close(connection) }
            case .head:
                if let started = connection.headStartedAt, now - started > configuration.headerTimeout {
                    return timedOut(
                        connection, "The request head did not arrive within \(configuration.headerTimeout) s.")
                }
            case .body:
                if now - connection.lastReadAt > configuration.bodyTimeout {
                    return timedOut(
                        connection, "The request body paused for more than \(configuration.bodyTimeout) s.")
                }
            }
        }
        armTimer(connection)
    }

    /// The moment `connection` times out in its present state; nil while a handler runs (finishing it re-arms).
    private func deadline(_ connection: Connection) -> Double? {
        if connection.lingering { return connection.lingerDeadline }
        if connection.pendingOutput > 0 { return connection.lastWriteAt + configuration.writeTimeout }
        if connection.inFlight || connection.closeAfterWrite { return nil }
        switch connection.parser.phase {
        case .idle:
            if stopping { return now }
            let limit = connection.servedRequests == 0 ? configuration.headerTimeout : configuration.idleTimeout
            return connection.idleSince + limit
        case .head:
            if connection.headStartedAt == nil { connection.headStartedAt = now }
            return (connection.headStartedAt ?? now) + configuration.headerTimeout
        case .body:
            return connection.lastReadAt + configuration.bodyTimeout
        }
    }

    /// Makes sure the wheel holds an entry for `connection` due no later than its deadline. An entry due earlier is
    /// kept (it re-arms when it fires), so a busy keep-alive connection adds an entry about once per timeout, not
    /// once per request.
    func armTimer(_ connection: Connection) {
        guard !connection.closed, let deadline = deadline(connection) else { return }
        let tick = timers.tick(for: deadline)
        if let armed = connection.timerTick, armed <= tick { return }
        connection.timerTick = timers.schedule(connection, at: tick)
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
