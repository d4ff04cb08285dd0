import ArgumentParser
import Foundation
import HTTP
import Logging
import Extraction
import NewsAPI
import NewsService
import NewsStore
import OrganizationModel

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the HTTP JSON API.")

    @Option(help: "Address to listen on (env NEWSGRAPH_HOST; default 127.0.0.1).")
    var host: String?

    @Option(help: "Port to listen on, 0 for any free port (env NEWSGRAPH_PORT; default 8080).")
    var port: Int?

    @Option(help: "SQLite database file, created if missing (env NEWSGRAPH_DATABASE; default ./newsgraph.sqlite).")
    var database: String?

    @Option(help: "Largest request body in bytes (env NEWSGRAPH_MAX_BODY_BYTES; default 5242880).")
    var maxBodyBytes: Int?

    @Option(help: "Event-loop threads (env NEWSGRAPH_THREADS; default: one per core the process may run on).")
    var threads: Int?

    @Option(help: "Threads that run requests, including database work (env NEWSGRAPH_HANDLER_THREADS; default 8).")
    var handlerThreads: Int?

    @Option(
        help:
            "Megabytes of rendered articles kept for GET /articles/{id}; 0 turns the cache off (env NEWSGRAPH_ARTICLE_CACHE_MB; default 64)."
    )
    var articleCacheMb: Int?

    @Option(
        help:
            "Microseconds a commit may wait for POSTs still being analysed to share it; 0 never waits (env NEWSGRAPH_GROUP_COMMIT_WAIT_US; default 1000)."
    )
    var groupCommitWaitUs: Int?

    @Option(
        help: "Log level: trace, debug, info, notice, warning, error, critical (env NEWSGRAPH_LOG_LEVEL; default info)."
    )
    var logLevel: String?

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if let maxBodyBytes, maxBodyBytes < 1 { throw ValidationError("--max-body-bytes must be positive") }
        if let threads, !(1...256).contains(threads) { throw ValidationError("--threads must be between 1 and 256") }
        if let handlerThreads, !(1...1024).contains(handlerThreads) {
            throw ValidationError("--handler-threads must be between 1 and 1024")
        }
        if let articleCacheMb, !(0...65536).contains(articleCacheMb) {
            throw ValidationError("--article-cache-mb must be between 0 and 65536")
        }
        if let groupCommitWaitUs, !(0...1_000_000).contains(groupCommitWaitUs) {
            throw ValidationError("--group-commit-wait-us must be between 0 and 1000000")
        }
        if let logLevel, Logger.Level(rawValue: logLevel) == nil {
            throw ValidationError("unknown --log-level \(logLevel)")
        }
    }

    func run() throws {
        let level =
            (logLevel ?? Environment.string("NEWSGRAPH_LOG_LEVEL")).flatMap { Logger.Level(rawValue: $0) } ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "newsgraph")

        var configuration = ServerConfiguration()
        configuration.host = host ?? Environment.string("NEWSGRAPH_HOST") ?? "127.0.0.1"
        configuration.port = try port ?? Environment.int("NEWSGRAPH_PORT") ?? 8080
        configuration.maxBodyBytes = try maxBodyBytes ?? Environment.int("NEWSGRAPH_MAX_BODY_BYTES") ?? 5 * 1024 * 1024
        configuration.eventLoopThreads =
            try threads ?? Environment.int("NEWSGRAPH_THREADS") ?? HTTPServer.availableCores
        configuration.handlerThreads = try handlerThreads ?? Environment.int("NEWSGRAPH_HANDLER_THREADS") ?? 8
        let path = database ?? Environment.string("NEWSGRAPH_DATABASE") ?? "./newsgraph.sqlite"
        let cacheMegabytes = try articleCacheMb ?? Environment.int("NEWSGRAPH_ARTICLE_CACHE_MB") ?? 64
        let gatherMicroseconds =
            try groupCommitWaitUs ?? Environment.int("NEWSGRAPH_GROUP_COMMIT_WAIT_US")
            ?? Int(NewsStore.defaultGatherWindow / .microseconds(1))
        guard (0...1_000_000).contains(gatherMicroseconds) else {
            throw ValidationError("NEWSGRAPH_GROUP_COMMIT_WAIT_US must be between 0 and 1000000")
        }

        // glibc gives each busy thread its own malloc arena (up to 8 per core); with 8 handler threads and the
        // extraction workers of bulk ingest, freed memory scattered over them kept the resident set growing with
        // every batch (270 MB after loading 100,000 articles). One arena per core keeps it flat at no measured cost.
        MallocArenas.limit(to: max(2, HTTPServer.availableCores))
        // Before any thread starts, so that all of them inherit the mask.
        let stopSignals = SignalWatch.block([SIGINT, SIGTERM])
        let store = try NewsStore(
            path: path, gatherWindow: .microseconds(gatherMicroseconds), gatherSiblings: HTTPServer.availableCores)
        let analyzer = ArticleAnalyzer(finder: try OrganizationModel.finder())
        let service = NewsService(store: store, analyzer: analyzer, logger: logger)
        let server = HTTPServer(
            configuration: configuration,
            responder: NewsRoutes.responder(service: service, articleCacheBytes: cacheMegabytes << 20),
            logger: logger)
        SignalWatch.start(stopSignals) { signal in
            logger.notice("stopping", metadata: ["signal": "\(signal)"])
            server.shutdown()
        }
        let boundPort = try server.start()
        logger.notice(
            "serving",
            metadata: ["address": "http://\(configuration.host):\(boundPort)", "database": "\(path)"])

        server.waitUntilStopped()
        store.close()
        logger.notice("stopped")
    }
}

/// Delivers SIGINT and SIGTERM to a handler on a thread of its own.
///
/// The signals are blocked before any other thread starts, so every thread inherits the mask and the signals
/// wait in the queue for `sigwait`: none is lost in a start-up window, and none is dropped when a parent shell
/// started the server with them ignored (blocked signals are queued even when their disposition is SIG_IGN).
enum SignalWatch {
    static func block(_ signals: [Int32]) -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
        return set
    }

    /// Waits for the first of the blocked signals and calls `handler` with it, once.
    static func start(_ set: sigset_t, handler: @escaping @Sendable (Int32) -> Void) {
        let thread = Thread {
            var set = set
            var number: Int32 = 0
            if sigwait(&set, &number) == 0 { handler(number) }
        }
        thread.name = "newsgraph-signals"
        thread.start()
    }
}

/// glibc's `mallopt(M_ARENA_MAX, n)`, which Glibc's Swift module does not export (malloc.h is not in it).
enum MallocArenas {
    /// `M_ARENA_MAX` from malloc.h.
    static let arenaMaxParameter: Int32 = -8

    static func limit(to count: Int) {
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMaxParameter, Int32(count))
    }
}
