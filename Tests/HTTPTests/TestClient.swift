import Foundation
import Glibc
import Testing

@testable import HTTP

/// A blocking raw-socket HTTP/1.1 client for live server tests; reads responses byte-exactly.
final class TestClient {
    struct Response {
        var status: Int
        var headers: HTTPHeaders
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct ClientError: Error, CustomStringConvertible {
        var description: String
    }

    let fd: Int32
    private var buffer: [UInt8] = []

    init(port: Int, timeout: Double = 5) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ClientError(description: "socket failed") }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard rc == 0 else {
            Glibc.close(fd)
            throw ClientError(description: "connect failed: \(errno)")
        }
    }

    deinit { Glibc.close(fd) }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw ClientError(description: "send failed: \(errno)") }
            sent += n
        }
    }

    /// Reads more bytes; false on EOF, throws on timeout or error.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n == 0 { return false }
        if n < 0 {
            if errno == ECONNRESET { return false }
            throw ClientError(description: "recv failed or timed out: errno \(errno)")
        }
        buffer.append(contentsOf: chunk[0..<n])
        return true
    }

    private func line() throws -> String {
        while true {
            if let lf = buffer.firstIndex(of: 0x0A) {
                var bytes = Array(buffer[..<lf])
                buffer.removeSubrange(...lf)
                if bytes.last == 0x0D { bytes.removeLast() }
                return String(decoding: bytes, as: UTF8.self)
            }
            guard try fill() else { throw ClientError(description: "closed mid-line") }
        }
    }

    /// Reads one response (interim 1xx included); HEAD responses have no body.
    func response(head: Bool = false) throws -> Response {
        let statusLine = try line()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0] == "HTTP/1.1", let status = Int(parts[1]) else {
            throw ClientError(description: "bad status line \(statusLine)")
        }
        var headers = HTTPHeaders()
        while true {
            let text = try line()
            if text.isEmpty { break }
            guard let colon = text.firstIndex(of: ":") else { throw ClientError(description: "bad header \(text)") }
            headers.add(
                String(text[..<colon]), String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
        }
        var body: [UInt8] = []
        if !head && status >= 200 && status != 204 && status != 304 {
            guard let length = headers["Content-Length"].flatMap(Int.init) else {
                throw ClientError(description: "no Content-Length")
            }
            while buffer.count < length {
                guard try fill() else { throw ClientError(description: "closed mid-body") }
            }
            body = Array(buffer[..<length])
            buffer.removeSubrange(..<length)
        }
        return Response(status: status, headers: headers, body: body)
    }

    /// True when the server closes (EOF or reset) within the receive timeout, with no further bytes.
    func closedByServer() -> Bool {
        guard buffer.isEmpty else { return false }
        return (try? fill()) == false
    }
}

/// Runs `body` against a live server on an ephemeral port, then shuts it down.
func withServer(
    _ configure: (inout ServerConfiguration) -> Void = { _ in },
    routes: (inout Router) -> Void,
    _ body: (Int, HTTPServer) throws -> Void
) throws {
    var configuration = ServerConfiguration()
    configuration.port = 0
    configure(&configuration)
    var router = Router()
    routes(&router)
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    let server = HTTPServer(configuration: configuration, responder: router.freeze(), logger: logger)
    let port = try server.start()
    defer {
        server.shutdown()
        server.waitUntilStopped()
    }
    try body(port, server)
}

import Logging

func get(_ path: String, _ extra: String = "") -> String {
    "GET \(path) HTTP/1.1\r\nHost: localhost\r\n\(extra)\r\n"
}

func echoRoutes(_ router: inout Router) {
    router.add("GET", "/hello") { _ in .text(200, "hello") }
    router.add("GET", "/echo/{word}") { request in .text(200, request.pathParameters["word"] ?? "") }
    router.add("POST", "/upload") { request in
        HTTPResponse(
            status: 201, headers: HTTPHeaders([("Content-Type", "application/octet-stream")]), body: request.body)
    }
}
