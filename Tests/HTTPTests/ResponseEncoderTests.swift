import Testing

@testable import HTTP

@Suite("Response encoder")
struct ResponseEncoderTests {
    func encode(_ response: HTTPResponse, head: Bool = false, keepAlive: Bool = true, http10: Bool = false) -> String {
        var out: [UInt8] = []
        ResponseEncoder.encode(
            response, isHead: head, keepAlive: keepAlive, clientIsHTTP10: http10,
            date: Array("Sun, 06 Nov 1994 08:49:37 GMT".utf8), serverName: nil, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test("Responses carry Date and an exact Content-Length")
    func basics() {
        var response = HTTPResponse.text(200, "hi")
        response.headers.add("Content-Length", "999")
        #expect(
            encode(response)
                == "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
                + "Content-Length: 2\r\n\r\nhi")
    }

    @Test("HEAD keeps the declared length and sends no body; 204 has neither")
    func bodiless() {
        var head = HTTPResponse(status: 200)
        head.headers.set("Content-Length", "12")
        #expect(encode(head, head: true).hasSuffix("Content-Length: 12\r\n\r\n"))
        #expect(!encode(HTTPResponse(status: 204)).contains("Content-Length"))
    }

    @Test("Closing adds Connection: close; HTTP/1.0 keep-alive is announced")
    func connection() {
        #expect(encode(.text(200, ""), keepAlive: false).contains("Connection: close\r\n"))
        #expect(encode(.text(200, ""), http10: true).contains("Connection: keep-alive\r\n"))
    }

    @Test("CR and LF in header values cannot split the response")
    func splitting() {
        let response = HTTPResponse(status: 302, headers: HTTPHeaders([("Location", "/a\r\nSet-Cookie: x=1")]))
        #expect(encode(response).contains("Location: /a  Set-Cookie: x=1\r\n"))
    }
}
