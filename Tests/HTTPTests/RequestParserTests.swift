import Testing

@testable import HTTP

/// A comparable summary of parser events.
enum Outcome: Equatable, CustomStringConvertible {
    case request(method: String, path: String, body: String, keepAlive: Bool)
    case continueExpected
    case failure(Int)

    var description: String {
        switch self {
        case .request(let m, let p, let b, let k): "\(m) \(p) body=\(b.debugDescription) keepAlive=\(k)"
        case .continueExpected: "100-continue"
        case .failure(let s): "failure \(s)"
        }
    }
}

enum Feeding: CaseIterable {
    case whole
    case byteByByte
}

/// Feeds `input` as told and collects every event until the parser needs more data or fails.
func outcomes(_ input: String, _ feeding: Feeding = .whole, limits: ParserLimits = ParserLimits()) -> [Outcome] {
    outcomes(Array(input.utf8), feeding, limits: limits)
}

func outcomes(_ input: [UInt8], _ feeding: Feeding = .whole, limits: ParserLimits = ParserLimits()) -> [Outcome] {
    var parser = RequestParser(limits: limits)
    var out: [Outcome] = []
    let pieces: [[UInt8]] = feeding == .whole ? [input] : input.map { [$0] }
    for piece in pieces {
        parser.append(piece)
        loop: while true {
            switch parser.next() {
            case .needMoreData: break loop
            case .continueExpected: out.append(.continueExpected)
            case .request(let r, let keepAlive):
                out.append(
                    .request(
                        method: r.method, path: r.path, body: String(decoding: r.body, as: UTF8.self),
                        keepAlive: keepAlive))
            case .failure(let e):
                out.append(.failure(e.status))
                return out
            }
        }
    }
    return out
}

/// The failure status, when feeding whole and byte by byte agree on it.
func firstStatus(_ input: String, limits: ParserLimits = ParserLimits()) -> Int? {
    let statuses = Feeding.allCases.map { feeding -> Int? in
        if case .failure(let status) = outcomes(input, feeding, limits: limits).last { return status }
        return nil
    }
    return statuses.allSatisfy { $0 == statuses[0] } ? statuses[0] : nil
}

let simpleGet = "GET /hello?x=1 HTTP/1.1\r\nHost: h\r\n\r\n"
let post = "POST /upload HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
let chunkedPost =
    "POST /upload HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
    + "3;a=b\r\nhel\r\n002 ; q=\"x;y \\\" z\"\r\nlo\r\n0;last\r\nX-Trailer: yes\r\n\r\n"

@Suite("Request parser")
struct RequestParserTests {
    @Test("A GET parses the same whole and byte by byte", arguments: Feeding.allCases)
    func simpleGetParses(feeding: Feeding) {
        #expect(outcomes(simpleGet, feeding) == [.request(method: "GET", path: "/hello", body: "", keepAlive: true)])
    }

    @Test("Concatenated requests parse in order", arguments: Feeding.allCases)
    func concatenatedRequests(feeding: Feeding) {
        let all = simpleGet + post + chunkedPost + simpleGet
        let body = Outcome.request(method: "POST", path: "/upload", body: "hello", keepAlive: true)
        let getHello = Outcome.request(method: "GET", path: "/hello", body: "", keepAlive: true)
        #expect(outcomes(all, feeding) == [getHello, body, body, getHello])
    }

    @Test("A chunked body with extensions and trailers is de-chunked", arguments: Feeding.allCases)
    func chunkedBody(feeding: Feeding) {
        #expect(
            outcomes(chunkedPost, feeding) == [
                .request(method: "POST", path: "/upload", body: "hello", keepAlive: true)
            ])
    }

    @Test("Leading empty lines and LF-only line endings are tolerated")
    func leadingCRLFAndBareLF() {
        let input = "\r\n\nGET /a HTTP/1.1\nHost: h\n\n"
        #expect(outcomes(input) == [.request(method: "GET", path: "/a", body: "", keepAlive: true)])
        #expect(outcomes(input, .byteByByte) == [.request(method: "GET", path: "/a", body: "", keepAlive: true)])
    }

    @Test("Query and path are percent-decoded")
    func decoding() throws {
        var parser = RequestParser()
        parser.append(Array("GET /a%20b/c?q=bay+area&x=%E2%9C%93&flag HTTP/1.1\r\nHost: h\r\n\r\n".utf8))
        guard case .request(let request, _) = parser.next() else {
            Issue.record("no request")
            return
        }
        #expect(request.path == "/a b/c")
        #expect(request.queryValue("q") == "bay area")
        #expect(request.queryValue("x") == "✓")
        #expect(request.queryValue("flag") == "")
        #expect(request.target == "/a%20b/c?q=bay+area&x=%E2%9C%93&flag")
    }

    @Test("Absolute-form targets route by their path")
    func absoluteForm() {
        #expect(
            outcomes("GET http://h:1/x?y HTTP/1.1\r\nHost: h:1\r\n\r\n") == [
                .request(method: "GET", path: "/x", body: "", keepAlive: true)
            ])
    }

    @Test("HTTP/1.0 closes unless keep-alive; Connection: close closes HTTP/1.1")
    func persistence() {
        #expect(outcomes("GET / HTTP/1.0\r\n\r\n") == [.request(method: "GET", path: "/", body: "", keepAlive: false)])
        #expect(
            outcomes("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") == [
                .request(method: "GET", path: "/", body: "", keepAlive: true)
            ])
        #expect(
            outcomes("GET / HTTP/1.1\r\nHost: h\r\nConnection: Close\r\n\r\n") == [
                .request(method: "GET", path: "/", body: "", keepAlive: false)
            ])
    }

    @Test("Expect: 100-continue is announced before the body arrives")
    func expectContinue() {
        let head = "POST /u HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n"
        #expect(outcomes(head) == [.continueExpected])
        #expect(
            outcomes(head + "ok", .byteByByte) == [
                .continueExpected, .request(method: "POST", path: "/u", body: "ok", keepAlive: true),
            ])
        #expect(outcomes(head + "ok") == [.request(method: "POST", path: "/u", body: "ok", keepAlive: true)])
        #expect(firstStatus("POST /u HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nExpect: magic\r\n\r\nok") == 417)
    }

    @Test("Each limit answers its own status")
    func limits() {
        var limits = ParserLimits()
        limits.maxRequestTargetBytes = 100
        limits.maxHeaderBytes = 200
        limits.maxHeaderCount = 5
        limits.maxBodyBytes = 10
        let longTarget = "GET /" + String(repeating: "a", count: 200) + " HTTP/1.1\r\nHost: h\r\n\r\n"
        #expect(firstStatus(longTarget, limits: limits) == 414)
        let bigHeader = "GET / HTTP/1.1\r\nHost: h\r\nX: " + String(repeating: "b", count: 300) + "\r\n\r\n"
        #expect(firstStatus(bigHeader, limits: limits) == 431)
        let manyHeaders = "GET / HTTP/1.1\r\nHost: h\r\n" + (0..<6).map { "X-\($0): v\r\n" }.joined() + "\r\n"
        #expect(firstStatus(manyHeaders, limits: limits) == 431)
        // 413 as soon as the head is read, without the body.
        #expect(outcomes("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n", limits: limits) == [.failure(413)])
        let growing = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n"
        #expect(firstStatus(growing, limits: limits) == 413)
        #expect(firstStatus("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n") == 413)
    }

    @Test("Bad syntax gets 400, unsupported versions 505, missing length 411")
    func syntax() {
        #expect(firstStatus("GET / HTTP/1.1\r\n\r\n") == 400)  // no Host
        #expect(firstStatus("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") == 400)
        #expect(firstStatus("GET / HTTP/1.1\r\nHost: bad host/x\r\n\r\n") == 400)
        #expect(firstStatus("GET / HTTP/1.1\r\nHost: h\r\nX-A : 1\r\n\r\n") == 400)
        #expect(firstStatus("GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n folded\r\n\r\n") == 400)
        #expect(firstStatus("GET / HTTP/1.1\r\nHost: h\r\nNoColon\r\n\r\n") == 400)
        #expect(firstStatus("GET / HTTP/1.1\r\nHost: h\r\nX: a\u{0}b\r\n\r\n") == 400)
        #expect(firstStatus("GET / http/1.1\r\nHost: h\r\n\r\n") == 400)
        #expect(firstStatus("GET / HTTP/1.1 x\r\nHost: h\r\n\r\n") == 400)
        #expect(firstStatus("GET /\r\n\r\n") == 400)
        #expect(firstStatus("GET / HTTP/2.0\r\nHost: h\r\n\r\n") == 505)
        #expect(firstStatus("GET /%zz HTTP/1.1\r\nHost: h\r\n\r\n") == 400)
        #expect(firstStatus("POST / HTTP/1.1\r\nHost: h\r\n\r\n") == 411)
        #expect(firstStatus(String(repeating: "A", count: 100) + " / HTTP/1.1\r\nHost: h\r\n\r\n") == 501)
    }

    @Test("Smuggling attempts are refused")
    func smuggling() {
        let base = "POST / HTTP/1.1\r\nHost: h\r\n"
        #expect(firstStatus(base + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") == 400)
        #expect(firstStatus(base + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n") == 400)
        #expect(firstStatus(base + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!") == 400)
        #expect(firstStatus(base + "Content-Length: 5, 6\r\n\r\nhello!") == 400)
        for bad in ["-1", "+5", "0x5", "5.0", "", "5 5", "five"] {
            #expect(firstStatus(base + "Content-Length: \(bad)\r\n\r\nhello") == 400, "Content-Length \(bad)")
        }
        #expect(firstStatus(base + "Transfer-Encoding: gzip\r\n\r\n") == 501)
        #expect(firstStatus(base + "Transfer-Encoding: chunked, gzip\r\n\r\n") == 400)
        #expect(firstStatus(base + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n") == 400)
        #expect(firstStatus("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") == 400)
        #expect(firstStatus(base + "Transfer-Encoding: \u{0B}chunked\r\n\r\n") == 400)
        #expect(
            outcomes(base + "Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello") == [
                .request(method: "POST", path: "/", body: "hello", keepAlive: true)
            ])
    }

    @Test("Malformed chunk sizes and overlong chunk data get 400")
    func badChunks() {
        let base = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
        for chunk in [
            "zz\r\nhello\r\n0\r\n\r\n", "-1\r\nhello\r\n0\r\n\r\n", "0x5\r\nhello\r\n0\r\n\r\n",
            "5\r\nhelloXX\r\n0\r\n\r\n",
        ] {
            #expect(firstStatus(base + chunk) == 400, "\(chunk.debugDescription)")
        }
        #expect(firstStatus(base + "ffffffffffffffffffffffff\r\n") == 413)
    }

    @Test("A failed parser keeps failing")
    func failureIsSticky() {
        var parser = RequestParser()
        parser.append(Array("BAD\r\n\r\n".utf8))
        guard case .failure = parser.next(), case .failure = parser.next() else {
            Issue.record("expected failures")
            return
        }
    }

    @Test("The phase tells idle, head and body apart")
    func phases() {
        var parser = RequestParser()
        #expect(parser.phase == .idle)
        parser.append(Array("POST / HTTP/1.1\r\nHost: h\r\n".utf8))
        _ = parser.next()
        #expect(parser.phase == .head)
        parser.append(Array("Content-Length: 2\r\n\r\na".utf8))
        _ = parser.next()
        #expect(parser.phase == .body)
        parser.append(Array("b".utf8))
        guard case .request = parser.next() else {
            Issue.record("no request")
            return
        }
        #expect(parser.phase == .idle)
    }
}
