/// Reads the common shape of an article's JSON body — one object whose members are some of "text", "html", "url",
/// "source" and "fetched_at", each a string or null — in one pass over its bytes.
///
/// JSONDecoder cost about 0.8 M instructions per 10 KB article (it builds a generic value tree, then decodes the
/// struct from it), more than storing the article; POST /articles/batch pays it for every line. Anything outside
/// that shape — another member, a repeated member, a number, an unpaired surrogate escape, a raw control character,
/// invalid UTF-8, a byte-order mark — returns nil, and the caller asks JSONDecoder, so every answer (values and
/// errors alike) stays JSONDecoder's.
///
/// `newsgraph extract --jsonl` reads its lines with it too (`members(of:readingID:)`), where Foundation's
/// `JSONSerialization` made a String of every run between two escapes through generic code: about 19,000
/// instructions a run, half the command's time on the 91 dev pages' HTML (2,230M of 4,285M instructions).
package struct ArticleJSONScanner {
    /// The members read; nil for a member that is absent or null.
    package struct Members: Equatable {
        package var text: String?
        package var html: String?
        package var url: String?
        package var source: String?
        package var fetchedAt: String?
        /// A line's "id" (`members(of:readingID:)`); a body holding "id" is otherwise not of the shape.
        package var id: String? = nil

        package init(
            text: String? = nil, html: String? = nil, url: String? = nil, source: String? = nil,
            fetchedAt: String? = nil, id: String? = nil
        ) {
            (self.text, self.html, self.url, self.source, self.fetchedAt, self.id) =
                (text, html, url, source, fetchedAt, id)
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let readsID: Bool
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>, readsID: Bool) {
        self.bytes = bytes
        self.readsID = readsID
    }

    /// The members of `bytes`, or nil when they are not in the shape this reads (see the type's comment).
    static func members(of bytes: UnsafeBufferPointer<UInt8>) -> Members? {
        var scanner = ArticleJSONScanner(bytes, readsID: false)
        return scanner.object()
    }

    /// The members of `bytes` with an "id" string among them too (a line of `newsgraph extract --jsonl`), or nil
    /// when they are not in that shape. A null "id" is not of it: `JSONSerialization` hands the command a null
    /// value, which it prints, where an absent "id" is the line's number.
    package static func members(of bytes: UnsafeBufferPointer<UInt8>, readingID: Bool) -> Members? {
        var scanner = ArticleJSONScanner(bytes, readsID: readingID)
        return scanner.object()
    }

    private mutating func object() -> Members? {
        skipWhitespace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var members = Members()
        var seen: [String] = []
        skipWhitespace()
        if !take(UInt8(ascii: "}")) {
            repeat {
                skipWhitespace()
                guard let name = plainName(), !seen.contains(name) else { return nil }
                seen.append(name)
                skipWhitespace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipWhitespace()
                var value: String?
                if takeNull() {
                    value = nil
                } else {
                    guard let string = string() else { return nil }
                    value = string
                }
                switch name {
                case "text": members.text = value
                case "html": members.html = value
                case "url": members.url = value
                case "source": members.source = value
                case "fetched_at": members.fetchedAt = value
                case "id":
                    guard let value else { return nil }
                    members.id = value
                default: return nil
                }
                skipWhitespace()
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return nil }
        }
        skipWhitespace()
        return index == bytes.count ? members : nil
    }

    /// A member name without escapes, one of the five read, or "id" when it is read (any other: nil).
    private mutating func plainName() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), index - start <= 10 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        index += 1
        if name == "id" { return readsID ? name : nil }
        return ["text", "html", "url", "source", "fetched_at"].contains(name) ? name : nil
    }

    /// A string value: its raw runs copied, escapes decoded, the result checked to be valid UTF-8.
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        var out: [UInt8] = []
        var runStart = index
        let raw = UnsafeRawBufferPointer(bytes)
        while index < bytes.count {
            // Past the plain bytes eight at a time, as JSONWriter escapes (DEL stops it too, and is plain here).
            index = JSONWriter.plainRunEnd(raw, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                index += 1
                // Without escapes the value is the raw run: validated in place, no copy.
                if out.isEmpty { return String(validating: run, as: UTF8.self) }
                out.append(contentsOf: run)
                return String(validating: out, as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            if byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            // The rest of the body bounds the decoded string (an escape is never shorter than what it stands for).
            if out.isEmpty { out.reserveCapacity(bytes.count - runStart) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            index += 1
            guard index < bytes.count else { return nil }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard let scalar = escapedScalar() else { return nil }
                Self.appendUTF8(scalar.value, to: &out)
            default: return nil
            }
            runStart = index
        }
        return nil
    }

    /// The scalar of a `\uXXXX` escape whose `\u` has been read, a surrogate pair taking two escapes; nil for an
    /// unpaired surrogate (left to JSONDecoder).
    private mutating func escapedScalar() -> Unicode.Scalar? {
        guard let unit = hexUnit() else { return nil }
        if (0xD800..<0xDC00).contains(unit) {
            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hexUnit(),
                (0xDC00..<0xE000).contains(low)
            else { return nil }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        }
        return Unicode.Scalar(unit)
    }

    /// A scalar's UTF-8 bytes (clients that escape every non-ASCII character, as Python's json.dumps does by
    /// default, send one escape per accented letter or curly quote: a String per scalar cost three times as much).
    private static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case ..<0x80:
            out.append(UInt8(value))
        case ..<0x800:
            out.append(UInt8(0xC0 | value >> 6))
            out.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | value >> 12))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(UInt8(0xF0 | value >> 18))
            out.append(UInt8(0x80 | value >> 12 & 0x3F))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        }
    }

    private mutating func hexUnit() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var unit: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt32(digit)
            index += 1
        }
        return unit
    }

    private mutating func takeNull() -> Bool {
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
            bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
        else { return false }
        index += 4
        return true
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// JSON's whitespace: space, tab, line feed, carriage return.
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }
}
