/// Serializes responses into HTTP/1.1 wire bytes (RFC 9112 §4, §6).
enum ResponseEncoder {
    static let continueBytes: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)
    /// "HTTP/1.1 NNN Reason\r\n" for 100…999, built once: the status line costs a copy, not a format.
    static let statusLines: [[UInt8]] = (100...999).map {
        Array("HTTP/1.1 \($0) \(HTTPResponse.reasonPhrase($0))\r\n".utf8)
    }
    static let contentLengthName: [UInt8] = Array("Content-Length: ".utf8)

    /// Appends `response` to `out`; for HEAD the body is left out but Content-Length kept.
    static func encode(
        _ response: HTTPResponse, isHead: Bool, keepAlive: Bool, clientIsHTTP10: Bool, date: [UInt8],
        serverName: String?, into out: inout [UInt8]
    ) {
        let status = (100...999).contains(response.status) ? response.status : 500
        let bodiless = (100..<200).contains(status) || status == 204 || status == 304
        out.reserveCapacity(out.count + 160 + response.headers.count * 40 + (isHead ? 0 : response.body.count))
        out.append(contentsOf: statusLines[status - 100])
        var declaredLength: String? = nil
        for (name, value) in response.headers {
            if HTTPHeaders.same(name, "Content-Length") {
                declaredLength = value
                continue
            }
            if HTTPHeaders.same(name, "Transfer-Encoding") || HTTPHeaders.same(name, "Connection")
                || HTTPHeaders.same(name, "Date") || HTTPHeaders.same(name, "Keep-Alive")
            {
                continue
            }
            guard !name.isEmpty, name.utf8.allSatisfy(HeadParser.isTokenByte) else { continue }
            if serverName != nil && HTTPHeaders.same(name, "Server") { continue }
            out.append(contentsOf: name.utf8)
            out.append(0x3A)
            out.append(0x20)
            appendSanitized(value, to: &out)
            out.append(contentsOf: [0x0D, 0x0A])
        }
        out.append(contentsOf: "Date: ".utf8)
        out.append(contentsOf: date)
        out.append(contentsOf: [0x0D, 0x0A])
        if let serverName {
            out.append(contentsOf: "Server: ".utf8)
            appendSanitized(serverName, to: &out)
            out.append(contentsOf: [0x0D, 0x0A])
        }
        if !bodiless {
            var length = response.body.count
            if isHead, response.body.isEmpty, let declaredLength, let n = Int(declaredLength), n >= 0 {
                length = n
            }
            out.append(contentsOf: contentLengthName)
            appendDecimal(length, to: &out)
            out.append(contentsOf: [0x0D, 0x0A])
        }
        if !keepAlive {
            out.append(contentsOf: "Connection: close\r\n".utf8)
        } else if clientIsHTTP10 {
            out.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
        out.append(contentsOf: [0x0D, 0x0A])
        if !bodiless && !isHead {
            out.append(contentsOf: response.body)
        }
    }

    /// Appends a non-negative integer in decimal.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        guard value > 0 else {
            out.append(0x30)
            return
        }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[19 - count] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
                count += 1
            }
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Field values never carry CR, LF or other controls (response splitting, RFC 9112 §11.1).
    static func appendSanitized(_ value: String, to out: inout [UInt8]) {
        let clean = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if clean == true { return }
        for b in value.utf8 {
            out.append((b < 0x20 && b != 0x09) || b == 0x7F ? 0x20 : b)
        }
    }
}
