import Foundation
import Testing

@testable import HTTP

/// Memory a finished request must not keep: bulk ingest sends megabyte bodies over long-lived connections.
@Suite struct MemoryRetentionTests {
    final class Payload: @unchecked Sendable {}

    @Test func aFinishedHandlerJobReleasesWhatItCaptured() throws {
        let pool = HandlerPool(threads: 1, name: "retention-test")
        defer { pool.stop() }
        weak var released: Payload?
        let done = DispatchSemaphore(value: 0)
        do {
            let payload = Payload()
            released = payload
            pool.submit {
                _ = payload
                done.signal()
            }
        }
        done.wait()
        Thread.sleep(forTimeInterval: 0.05)
        #expect(released == nil)
    }

    @Test func theParserGivesBackTheBufferOfALargeConsumedBody() {
        var parser = RequestParser()
        let body = [UInt8](repeating: 0x61, count: 1 << 20)
        parser.append(Array("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body)
        guard case .request(let request, _) = parser.next() else {
            Issue.record("no request")
            return
        }
        #expect(request.body.count == body.count)
        parser.append(Array("GET /y HTTP/1.1\r\nHost: h\r\n\r\n".utf8))
        #expect(parser.buffer.capacity < 64 * 1024)
        guard case .request(let next, _) = parser.next() else {
            Issue.record("no second request")
            return
        }
        #expect(next.path == "/y")
    }
}
