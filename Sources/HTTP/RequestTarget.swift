/// Splitting and percent-decoding of request-targets (RFC 9112 §3.2, RFC 3986 §2.1).
enum RequestTarget {
    /// Path and query of an origin-form or absolute-form target; "*" stays "*".
    static func split(_ target: String) -> (path: Substring, query: Substring?) {
        var rest = Substring(target)
        if !rest.hasPrefix("/"), let scheme = rest.firstRange(of: "://") {
            rest = rest[scheme.upperBound...]
            if let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) {
                rest = rest[slash...]
            } else {
                rest = ""
            }
            if !rest.hasPrefix("/") { rest = "/" + rest }
        }
        if let q = rest.firstIndex(of: "?") {
            return (rest[..<q], rest[rest.index(after: q)...])
        }
        return (rest, nil)
    }

    /// The percent-decoded path, or nil for a broken escape or bytes that are not UTF-8.
    static func decodePath(_ raw: Substring) -> String? {
        decode(raw, plusAsSpace: false)
    }

    /// Query pairs, percent-decoded with `+` as space; undecodable parts are kept as sent.
    static func decodeQuery(_ raw: Substring?) -> [(name: String, value: String)] {
        guard let raw, !raw.isEmpty else { return [] }
        var out: [(name: String, value: String)] = []
        for pair in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let name: Substring
            let value: Substring
            if let eq = pair.firstIndex(of: "=") {
                name = pair[..<eq]
                value = pair[pair.index(after: eq)...]
            } else {
                name = pair
                value = ""
            }
            out.append(
                (
                    name: decode(name, plusAsSpace: true) ?? String(name),
                    value: decode(value, plusAsSpace: true) ?? String(value)
                ))
        }
        return out
    }

    static func decode(_ raw: Substring, plusAsSpace: Bool) -> String? {
        let utf8 = raw.utf8
        if !utf8.contains(UInt8(ascii: "%")) && !(plusAsSpace && utf8.contains(UInt8(ascii: "+"))) {
            return String(raw)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            if byte == UInt8(ascii: "%") {
                let h = utf8.index(after: i)
                guard h != utf8.endIndex else { return nil }
                let l = utf8.index(after: h)
                guard l != utf8.endIndex, let hi = hexValue(utf8[h]), let lo = hexValue(utf8[l]) else { return nil }
                bytes.append(hi << 4 | lo)
                i = utf8.index(after: l)
            } else {
                bytes.append(plusAsSpace && byte == UInt8(ascii: "+") ? 0x20 : byte)
                i = utf8.index(after: i)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
