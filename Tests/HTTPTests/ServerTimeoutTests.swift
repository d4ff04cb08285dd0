import Foundation
import Testing

@testable import HTTP

/// Timeouts driven by the event loop's timer wheel: each connection is visited when its own deadline comes, and a
/// deadline that moves (activity, a new request head) must still be honoured.
@Suite("Live server timeouts", .serialized)
struct ServerTimeoutTests {
    @Test("A connection in use is not closed for idleness; it closes an idle timeout after its last request")
    func idleCountsFromTheLastRequest() throws {
        try withServer({ $0.idleTimeout = 0.8 }, routes: echoRoutes) { port, _ in
            let client = try TestClient(port: port)
            let start = Date()
            while Date().timeIntervalSince(start) < 2.0 {
                try client.send(get("/hello"))
                #expect(try client.response().status == 200)
                Thread.sleep(forTimeInterval: 0.3)
            }
            let last = Date()
            #expect(client.closedByServer())
            let waited = Date().timeIntervalSince(last)
            #expect(waited > 0.4)
            #expect(waited < 2.0)
        }
    }

    @Test("A head started on a long-idle connection gets the header timeout, not the idle one")
    func headAfterIdle() throws {
        try withServer(
            {
                $0.idleTimeout = 30; $0.headerTimeout = 0.5
            }, routes: echoRoutes
        ) { port, _ in
            let client = try TestClient(port: port)
            try client.send(get("/hello"))
            #expect(try client.response().status == 200)
            Thread.sleep(forTimeInterval: 0.3)
            let start = Date()
            try client.send("GET /hello HTTP/1.1\r\nHost: h\r\n")
            #expect(try client.response().status == 408)
            #expect(Date().timeIntervalSince(start) < 2.0)
            #expect(client.closedByServer())
        }
    }

    @Test("A fresh connection that sends nothing is closed silently after the header timeout")
    func silentFreshConnection() throws {
        try withServer({ $0.headerTimeout = 0.5 }, routes: echoRoutes) { port, _ in
            let start = Date()
            let client = try TestClient(port: port)
            #expect(client.closedByServer())
            #expect(Date().timeIntervalSince(start) < 2.5)
        }
    }

    @Test("Thousands of idle connections stay open and a new request is answered")
    func manyIdleStayOpen() throws {
        try withServer({ $0.idleTimeout = 30 }, routes: echoRoutes) { port, _ in
            var idle: [TestClient] = []
            // A generous receive timeout: on a loaded machine, answering 2,000 connections opened at once took
            // longer than the default 5 s once (the test is about staying open, not about speed).
            for _ in 0..<2000 {
                let client = try TestClient(port: port, timeout: 20)
                try client.send(get("/hello"))
                idle.append(client)
            }
            for client in idle { #expect(try client.response().status == 200) }
            Thread.sleep(forTimeInterval: 0.6)  // a few ticks pass
            let fresh = try TestClient(port: port, timeout: 20)
            try fresh.send(get("/hello"))
            #expect(try fresh.response().status == 200)
            for client in idle.prefix(50) {
                try client.send(get("/echo/again"))
                #expect(try client.response().text == "again")
            }
        }
    }
}
