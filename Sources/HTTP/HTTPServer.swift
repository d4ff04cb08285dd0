import CEpoll
import Foundation
import Logging

/// Errors from starting a server.
public enum HTTPServerError: Error, Sendable, Equatable {
    /// `start()` was called twice, or after `shutdown()`.
    case alreadyStarted
}

/// An HTTP/1.1 server on epoll: `eventLoopThreads` loops do socket I/O and parsing,
/// `handlerThreads` threads run the responder (which may block).
public final class HTTPServer: Sendable {
    let configuration: ServerConfiguration
    let responder: Responder
    let logger: Logger
    private let state = ServerState()

    /// Creates a server; nothing is bound until `start()`.
    public init(configuration: ServerConfiguration, responder: Responder, logger: Logger) {
        self.configuration = configuration
        self.responder = responder
        self.logger = logger
    }

    /// The CPUs this process may run on (its affinity mask, so `taskset` counts), at least 1: a sensible
    /// `eventLoopThreads`.
    public static var availableCores: Int {
        let count = Int(cepoll_available_cpus())
        return count > 0 ? count : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Binds host:port, starts the threads and returns the bound port at once (port 0 → an ephemeral port).
    public func start() throws -> Int {
        try state.beginStart()
        Socket.ignoreBrokenPipe()
        Socket.raiseFileLimit()
        let listener: Socket
        do {
            listener = try Socket.listen(host: configuration.host, port: configuration.port, backlog: 4096)
        } catch {
            state.failStart()
            throw error
        }
        let port: Int
        do {
            port = try listener.localPort()
        } catch {
            listener.close()
            state.failStart()
            throw error
        }
        let pool = HandlerPool(threads: configuration.handlerThreads, name: "http-handler")
        let count = max(1, configuration.eventLoopThreads)
        var loops: [EventLoop] = []
        let state = self.state
        do {
            for index in 0..<count {
                loops.append(
                    try EventLoop(
                        index: index, configuration: configuration, responder: responder, pool: pool,
                        logger: logger, listener: listener,
                        onStopped: { state.loopStopped() }))
            }
        } catch {
            for loop in loops {
                loop.poller.close()
                loop.waker.close()
            }
            pool.stop()
            listener.close()
            state.failStart()
            throw error
        }
        state.started(loops: loops, pool: pool, listener: listener)
        for loop in loops {
            let thread = Thread { loop.run() }
            thread.name = "http-loop-\(loop.index)"
            thread.stackSize = 1 << 20
            thread.start()
        }
        logger.info(
            "HTTP server listening",
            metadata: [
                "http.host": "\(configuration.host)", "http.port": "\(port)", "http.loops": "\(count)",
                "http.handlers": "\(configuration.handlerThreads)",
            ])
        return port
    }

    /// Blocks until a started server has stopped; returns at once if it never started.
    public func waitUntilStopped() {
        state.waitUntilStopped()
    }

    /// Stops accepting, lets in-flight requests finish (bounded by `shutdownGracePeriod`), closes idle
    /// connections and stops the loops. Idempotent; safe from any thread.
    public func shutdown() {
        state.requestStop()
    }
}

/// The server's lifecycle. `@unchecked Sendable`: every property is guarded by `condition`.
private final class ServerState: @unchecked Sendable {
    enum Phase { case initial, starting, running, stopped }
    private let condition = NSCondition()
    private var phase = Phase.initial
    private var loops: [EventLoop] = []
    private var pool: HandlerPool? = nil
    private var listener: Socket? = nil
    private var running = 0
    private var stopPending = false

    func beginStart() throws {
        condition.lock()
        defer { condition.unlock() }
        guard phase == .initial else { throw HTTPServerError.alreadyStarted }
        phase = .starting
    }

    func failStart() {
        condition.lock()
        phase = .initial
        condition.broadcast()
        condition.unlock()
    }

    func started(loops: [EventLoop], pool: HandlerPool, listener: Socket) {
        condition.lock()
        self.loops = loops
        self.pool = pool
        self.listener = listener
        running = loops.count
        phase = .running
        let stopNow = stopPending
        condition.unlock()
        if stopNow { for loop in loops { loop.requestStop() } }
    }

    func requestStop() {
        condition.lock()
        if stopPending {
            condition.unlock()
            return
        }
        stopPending = true
        let loops = phase == .running ? self.loops : []
        if phase == .initial { phase = .stopped }
        condition.broadcast()
        condition.unlock()
        for loop in loops { loop.requestStop() }
    }

    func loopStopped() {
        condition.lock()
        running -= 1
        if running == 0 {
            listener?.close()
            listener = nil
            pool?.stop()
            pool = nil
            loops = []
            phase = .stopped
            condition.broadcast()
        }
        condition.unlock()
    }

    func waitUntilStopped() {
        condition.lock()
        while phase == .starting || phase == .running { condition.wait() }
        condition.unlock()
    }
}
