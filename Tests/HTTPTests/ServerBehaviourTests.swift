import Foundation
import Glibc
import Logging
import Testing

@testable import HTTP

/// Collects log messages in memory. `@unchecked Sendable`: `messages` is guarded by `lock`.
final class LogRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func record(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}

struct RecordingLogHandler: LogHandler {
    let recorder: LogRecorder
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        recorder.record("\(event.level) \(event.message)")
    }
}

@Suite("Live server behaviour", .serialized)
struct ServerBehaviourTests {
    @Test("Connection: close is honoured and a request behind it is not answered")
    func connectionClose() throws {
        try withServer(routes: echoRoutes) { port, _ in
            let client = try TestClient(port: port)
            try client.send(get("/hello", "Connection: close\r\n") + get("/echo/late"))
            let response = try client.response()
            #expect(response.text == "hello")
            #expect(response.headers["Connection"] == "close")
            #expect(client.closedByServer())
        }
    }

    @Test("Every response is written to the access log at info level")
    func accessLog() throws {
        let recorder = LogRecorder()
        var configuration = ServerConfiguration()
        configuration.port = 0
        var router = Router()
        echoRoutes(&router)
        let logger = Logger(label: "access") { _ in RecordingLogHandler(recorder: recorder) }
        let server = HTTPServer(configuration: configuration, responder: router.freeze(), logger: logger)
        let port = try server.start()
        defer {
            server.shutdown()
            server.waitUntilStopped()
        }
        let client = try TestClient(port: port)
        try client.send(get("/echo/x") + get("/nowhere"))
        _ = try client.response()
        _ = try client.response()
        let lines = recorder.all.filter { $0.hasPrefix("info GET") }
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("info GET /echo/x 200 ") == true)
        #expect(lines.last?.contains(" 404 ") == true)
        #expect(lines.first?.hasSuffix("ms") == true)
    }

    @Test("A client that resets in the middle of a pipelined burst leaves the server serving")
    func resetDuringBurst() throws {
        try withServer(routes: echoRoutes) { port, _ in
            for _ in 0..<3 {
                let client = try TestClient(port: port)
                var small: Int32 = 4096
                setsockopt(client.fd, SOL_SOCKET, SO_RCVBUF, &small, socklen_t(MemoryLayout<Int32>.size))
                try client.send(String(repeating: get("/hello"), count: 300))
                var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
                setsockopt(client.fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
            }
            let fresh = try TestClient(port: port)
            try fresh.send(get("/hello"))
            #expect(try fresh.response().status == 200)
        }
    }

    @Test("Unknown paths and wrong methods get problem+json 404 and 405 with Allow over the wire")
    func fallbacks() throws {
        try withServer(routes: echoRoutes) { port, _ in
            let client = try TestClient(port: port)
            try client.send(get("/nope%0d%0aX-Injected:%20yes") + "DELETE /hello HTTP/1.1\r\nHost: h\r\n\r\n")
            let notFound = try client.response()
            #expect(notFound.status == 404)
            #expect(notFound.headers["X-Injected"] == nil)
            #expect(notFound.headers["Content-Type"] == "application/problem+json")
            let notAllowed = try client.response()
            #expect(notAllowed.status == 405)
            #expect(notAllowed.headers["Allow"] == "GET, HEAD, OPTIONS")
        }
    }

    @Test("Routes run on the event loop answer in order among handler-thread routes, HEAD included")
    func eventLoopRoutes() throws {
        let routes: (inout Router) -> Void = { router in
            echoRoutes(&router)
            router.add("GET", "/inline/{word}", execution: .eventLoop) { request in
                .text(200, "inline " + (request.pathParameters["word"] ?? ""))
            }
        }
        try withServer(routes: routes) { port, _ in
            let client = try TestClient(port: port)
            try client.send(
                get("/echo/a") + get("/inline/b") + get("/echo/c") + get("/inline/d")
                    + "HEAD /inline/e HTTP/1.1\r\nHost: h\r\n\r\n" + get("/missing"))
            #expect(try client.response().text == "a")
            #expect(try client.response().text == "inline b")
            #expect(try client.response().text == "c")
            #expect(try client.response().text == "inline d")
            let head = try client.response(head: true)
            #expect(head.status == 200)
            #expect(head.headers["Content-Length"] == "8")
            #expect(head.body.isEmpty)
            #expect(try client.response().status == 404)
        }
    }
}
