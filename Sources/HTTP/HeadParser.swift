/// Parses one complete request head (request-line and header fields) and decides the body framing.
struct HeadParser {
    struct Head {
        var request: HTTPRequest
        var keepAlive: Bool
        var framing: RequestParser.Framing
        var expectContinue: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let limits: ParserLimits

    /// Longest method this server implements anything like; longer ones get 501 (RFC 9110 §9.1).
    static let maxMethodBytes = 24

    func parse(from start: Int, to end: Int, requestLineEnd: Int) -> Result<Head, RequestError> {
        do {
            return .success(try parseHead(from: start, to: end, requestLineEnd: requestLineEnd))
        } catch {
            return .failure(error)
        }
    }

    /// The line [start, lf) without its CR; a CR anywhere else is an error.
    func line(_ start: Int, _ lf: Int) throws(RequestError) -> Range<Int> {
        var stop = lf
        if stop > start && bytes[stop - 1] == 0x0D { stop -= 1 }
        for i in start..<stop where bytes[i] == 0x0D {
            throw .badRequest("Bare CR in the request head.")
        }
        return start..<stop
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    func parseHead(from start: Int, to end: Int, requestLineEnd: Int) throws(RequestError) -> Head {
        let (method, target, version) = try parseRequestLine(try line(start, requestLineEnd))
        var headers = HTTPHeaders()
        var present = FieldSet()
        var lineBegin = requestLineEnd + 1
        while lineBegin < end {
            var lf = lineBegin
            while bytes[lf] != 0x0A { lf += 1 }
            let range = try line(lineBegin, lf)
            lineBegin = lf + 1
            if range.isEmpty { break }
            let field = try parseField(range)
            present.insert(FieldSet.named(field.0))
            headers.add(field.0, field.1)
        }
        return try interpret(method: method, target: target, version: version, headers: headers, present: present)
    }

    /// Which of the fields that decide framing and persistence a head carries, noted while parsing, so that a
    /// request without them (most GETs) skips their look-ups.
    struct FieldSet: OptionSet {
        let rawValue: UInt8
        static let host = FieldSet(rawValue: 1)
        static let connection = FieldSet(rawValue: 2)
        static let contentLength = FieldSet(rawValue: 4)
        static let transferEncoding = FieldSet(rawValue: 8)
        static let expect = FieldSet(rawValue: 16)

        static func named(_ name: String) -> FieldSet {
            switch name.utf8.count {
            case 4: return HTTPHeaders.same(name, "Host") ? .host : []
            case 6: return HTTPHeaders.same(name, "Expect") ? .expect : []
            case 10: return HTTPHeaders.same(name, "Connection") ? .connection : []
            case 14: return HTTPHeaders.same(name, "Content-Length") ? .contentLength : []
            case 17: return HTTPHeaders.same(name, "Transfer-Encoding") ? .transferEncoding : []
            default: return []
            }
        }
    }

    func parseRequestLine(_ range: Range<Int>) throws(RequestError) -> (String, String, HTTPVersion) {
        var i = range.lowerBound
        while i < range.upperBound && bytes[i] != 0x20 {
            guard Self.isTokenByte(bytes[i]) else { throw .badRequest("Invalid character in the method.") }
            i += 1
        }
        let methodRange = range.lowerBound..<i
        guard !methodRange.isEmpty, i < range.upperBound else {
            throw .badRequest("The request line is not method SP request-target SP HTTP-version.")
        }
        i += 1
        let targetStart = i
        while i < range.upperBound && bytes[i] != 0x20 {
            guard bytes[i] > 0x20 && bytes[i] < 0x7F else {
                throw .badRequest("Invalid character in the request-target.")
            }
            i += 1
        }
        let targetRange = targetStart..<i
        guard !targetRange.isEmpty, i < range.upperBound else {
            throw .badRequest("The request line is not method SP request-target SP HTTP-version.")
        }
        if targetRange.count > limits.maxRequestTargetBytes {
            throw RequestError(414, "The request-target is longer than \(limits.maxRequestTargetBytes) bytes.")
        }
        let versionRange = (i + 1)..<range.upperBound
        let version = try parseVersion(versionRange)
        if methodRange.count > Self.maxMethodBytes {
            throw RequestError(501, "The method is not implemented.")
        }
        return (string(methodRange), string(targetRange), version)
    }

    func parseVersion(_ range: Range<Int>) throws(RequestError) -> HTTPVersion {
        let v = UnsafeBufferPointer(rebasing: bytes[range])
        guard v.count == 8, v[0] == 0x48, v[1] == 0x54, v[2] == 0x54, v[3] == 0x50, v[4] == 0x2F,
            Self.isDigit(v[5]), v[6] == 0x2E, Self.isDigit(v[7])
        else { throw .badRequest("Malformed HTTP-version; expected HTTP/1.1.") }
        let major = Int(v[5] - 0x30)
        guard major == 1 else {
            throw RequestError(505, "Only HTTP/1.0 and HTTP/1.1 are supported.")
        }
        // RFC 9110 §6.2: a higher minor version is served as the highest one we implement.
        return HTTPVersion(major: 1, minor: v[7] == 0x30 ? 0 : 1)
    }

    func parseField(_ range: Range<Int>) throws(RequestError) -> (String, String) {
        let first = bytes[range.lowerBound]
        if first == 0x20 || first == 0x09 {
            throw .badRequest("Obsolete line folding (obs-fold) in a header field.")
        }
        var colon = range.lowerBound
        while colon < range.upperBound && bytes[colon] != 0x3A { colon += 1 }
        guard colon < range.upperBound else { throw .badRequest("A header line has no colon.") }
        guard colon > range.lowerBound else { throw .badRequest("A header field has an empty name.") }
        for i in range.lowerBound..<colon where !Self.isTokenByte(bytes[i]) {
            if bytes[i] == 0x20 || bytes[i] == 0x09 {
                throw .badRequest("Whitespace between a header field name and the colon.")
            }
            throw .badRequest("Invalid character in a header field name.")
        }
        var valueStart = colon + 1
        var valueEnd = range.upperBound
        while valueStart < valueEnd && (bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09) { valueStart += 1 }
        while valueEnd > valueStart && (bytes[valueEnd - 1] == 0x20 || bytes[valueEnd - 1] == 0x09) { valueEnd -= 1 }
        for i in valueStart..<valueEnd {
            let b = bytes[i]
            if (b < 0x20 && b != 0x09) || b == 0x7F {
                throw .badRequest("Control character in a header field value.")
            }
        }
        return (string(range.lowerBound..<colon), string(valueStart..<valueEnd))
    }

    func interpret(
        method: String, target: String, version: HTTPVersion, headers: HTTPHeaders, present: FieldSet
    ) throws(RequestError) -> Head {
        // Request-target form (RFC 9112 §3.2).
        if target == "*" {
            guard method == "OPTIONS" else { throw .badRequest("The asterisk-form is only allowed for OPTIONS.") }
        } else if !target.hasPrefix("/") {
            let lower = target.prefix(8).lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
                throw .badRequest("The request-target is neither origin-form nor absolute-form.")
            }
        }
        let parts = RequestTarget.split(target)
        guard let path = RequestTarget.decodePath(parts.path) else {
            throw .badRequest("The request path has an invalid percent-encoding or is not UTF-8.")
        }
        // Host (RFC 9112 §3.2).
        let hosts = present.contains(.host) ? headers.values("Host") : []
        if hosts.count > 1 { throw .badRequest("More than one Host header field.") }
        if let host = hosts.first {
            guard Self.isValidHost(host) else { throw .badRequest("Invalid Host header field value.") }
        } else if version == .http11 {
            throw .badRequest("An HTTP/1.1 request must carry a Host header field.")
        }
        // Connection persistence (RFC 9112 §9.3).
        let connection = present.contains(.connection) ? headers.tokens("Connection") : []
        var keepAlive =
            version == .http11
            ? !connection.contains("close") : connection.contains("keep-alive") && !connection.contains("close")
        // Body framing (RFC 9112 §6.3).
        let framing = try self.framing(method: method, version: version, headers: headers, present: present)
        if case .chunkSize = framing, version == .http10 { keepAlive = false }
        // Expectations (RFC 9110 §10.1.1).
        var expectContinue = false
        let expectations = present.contains(.expect) ? headers.values("Expect") : []
        if !expectations.isEmpty {
            let tokens = headers.tokens("Expect")
            guard tokens == ["100-continue"] else {
                throw RequestError(417, "Only the 100-continue expectation is supported.")
            }
            if version == .http11 {
                if case .length(let n) = framing, n == 0 {} else { expectContinue = true }
            }
        }
        let request = HTTPRequest(
            method: method, target: target, path: path, query: RequestTarget.decodeQuery(parts.query),
            headers: headers, body: [], version: version)
        return Head(request: request, keepAlive: keepAlive, framing: framing, expectContinue: expectContinue)
    }

    func framing(method: String, version: HTTPVersion, headers: HTTPHeaders, present: FieldSet) throws(RequestError)
        -> RequestParser.Framing
    {
        let lengths = present.contains(.contentLength) ? headers.values("Content-Length") : []
        let encodings = present.contains(.transferEncoding) ? headers.values("Transfer-Encoding") : []
        if !encodings.isEmpty {
            if !lengths.isEmpty {
                throw .badRequest("Both Content-Length and Transfer-Encoding are present.")
            }
            if version == .http10 {
                throw .badRequest("Transfer-Encoding is not allowed in an HTTP/1.0 request.")
            }
            let codings = headers.tokens("Transfer-Encoding")
            if codings == ["chunked"] { return .chunkSize }
            if codings.contains("chunked") {
                throw .badRequest("The chunked transfer coding must be applied exactly once and last.")
            }
            throw RequestError(501, "Unsupported transfer coding; only chunked is implemented.")
        }
        if lengths.isEmpty {
            if limits.lengthRequiredMethods.contains(method) {
                throw RequestError(411, "A \(method) request needs Content-Length or chunked Transfer-Encoding.")
            }
            return .length(remaining: 0)
        }
        var value: Int? = nil
        for field in lengths {
            for part in field.split(separator: ",", omittingEmptySubsequences: false) {
                let n = try Self.contentLength(part.trimmingASCIIWhitespace(), limit: limits.maxBodyBytes)
                if let value, value != n { throw .badRequest("Conflicting Content-Length values.") }
                value = n
            }
        }
        return .length(remaining: value ?? 0)
    }

    /// `1*DIGIT`; values over `limit` are 413 at once, without reading the body.
    static func contentLength(_ text: Substring, limit: Int) throws(RequestError) -> Int {
        guard !text.isEmpty, text.utf8.allSatisfy(isDigit) else {
            throw .badRequest("Content-Length must be a non-negative decimal number.")
        }
        let digits = text.drop { $0 == "0" }
        guard digits.utf8.count <= 18, let n = Int(digits.isEmpty ? "0" : digits), n <= limit else {
            throw RequestError(413, "The body is larger than \(limit) bytes.")
        }
        return n
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// tchar (RFC 9110 §5.6.2).
    static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E, 0x5F, 0x60, 0x7C, 0x7E: true
        default: false
        }
    }

    /// uri-host [":" port] (RFC 3986 §3.2.2): reg-name, IPv4 or IP-literal characters only.
    static func isValidHost(_ host: String) -> Bool {
        for b in host.utf8 {
            switch b {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: continue
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"),
                UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="),
                UInt8(ascii: "%"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"):
                continue
            default: return false
            }
        }
        return true
    }
}
