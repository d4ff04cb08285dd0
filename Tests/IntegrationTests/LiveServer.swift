import Foundation
import Extraction
import HTTP
import Logging
import NewsAPI
import NewsService
import NewsStore
import OrganizationModel

/// The real server on an ephemeral port over a temporary database file, as `newsgraph serve` wires it.
final class LiveServer {
    let port: Int
    let databasePath: String
    private let server: HTTPServer
    private let store: NewsStore
    private var stopped = false

    init(databasePath: String? = nil, configure: (inout ServerConfiguration) -> Void = { _ in }) throws {
        self.databasePath = databasePath ?? Self.temporaryDatabasePath()
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.eventLoopThreads = 2
        configuration.handlerThreads = 4
        configure(&configuration)
        var logger = Logger(label: "newsgraph.test")
        logger.logLevel = .warning
        store = try NewsStore(path: self.databasePath)
        server = HTTPServer(
            configuration: configuration,
            responder: NewsRoutes.responder(
                service: NewsService(store: store, analyzer: Self.analyzer, logger: logger)), logger: logger)
        port = try server.start()
    }

    func client() throws -> TestClient { try TestClient(port: port) }

    /// Stops serving and closes the database, leaving the file for a restart.
    func stop() {
        guard !stopped else { return }
        stopped = true
        server.shutdown()
        server.waitUntilStopped()
        store.close()
    }

    deinit { stop() }

    /// The analyzer `newsgraph serve` uses, decoded once for all tests.
    static let analyzer = ArticleAnalyzer(finder: try! OrganizationModel.finder())

    static func temporaryDatabasePath() -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "newsgraph-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("news.sqlite").path
    }
}
