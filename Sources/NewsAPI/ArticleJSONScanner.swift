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
        var runStart = index
        let raw = UnsafeRawBufferPointer(bytes)
        // The value decoded so far, once an escape is met, written through a pointer: an HTML page escapes every
        // attribute's quotes, and appending each run and escape to an array cost about 80 instructions an escape
        // in capacity and uniqueness checks. The rest of the body bounds the decoded value (an escape is never
        // shorter than what it stands for).
        var out: UnsafeMutablePointer<UInt8>? = nil
        var count = 0
        defer { out?.deallocate() }
        while index < bytes.count {
            // Past the plain bytes eight at a time, as JSONWriter escapes (DEL stops it too, and is plain here).
            index = JSONWriter.plainRunEnd(raw, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                index += 1
                // Without escapes the value is the raw run: validated in place, no copy.
                guard let out else { return String(validating: run, as: UTF8.self) }
                Self.copy(run, to: out + count)
                count += run.count
                return String(validating: UnsafeBufferPointer(start: out, count: count), as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            if byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            let buffer = out ?? UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count - runStart)
            out = buffer
            Self.copy(UnsafeBufferPointer(rebasing: bytes[runStart..<index]), to: buffer + count)
            count += index - runStart
            index += 1
            guard index < bytes.count else { return nil }
            let escape = bytes[index]
            index += 1
            let decoded: UInt8
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded = escape
            case UInt8(ascii: "b"): decoded = 0x08
            case UInt8(ascii: "f"): decoded = 0x0C
            case UInt8(ascii: "n"): decoded = 0x0A
            case UInt8(ascii: "r"): decoded = 0x0D
            case UInt8(ascii: "t"): decoded = 0x09
            case UInt8(ascii: "u"):
                guard let scalar = escapedScalar() else { return nil }
                count += Self.writeUTF8(scalar.value, to: buffer + count)
                runStart = index
                continue
            default: return nil
            }
            buffer[count] = decoded
            count += 1
            runStart = index
        }
        return nil
    }

    /// Copies `run` to `target` (which has room for it).
    private static func copy(_ run: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) {
        guard let base = run.baseAddress, !run.isEmpty else { return }
        target.update(from: base, count: run.count)
    }

    /// Writes a scalar's UTF-8 bytes to `target` and says how many (clients that escape every non-ASCII character,
    /// as Python's json.dumps does by default, send one escape per accented letter or curly quote).
    private static func writeUTF8(_ value: UInt32, to target: UnsafeMutablePointer<UInt8>) -> Int {
        switch value {
        case ..<0x80:
            target[0] = UInt8(value)
            return 1
        case ..<0x800:
            target[0] = UInt8(0xC0 | value >> 6)
            target[1] = UInt8(0x80 | value & 0x3F)
            return 2
        case ..<0x10000:
            target[0] = UInt8(0xE0 | value >> 12)
            target[1] = UInt8(0x80 | value >> 6 & 0x3F)
            target[2] = UInt8(0x80 | value & 0x3F)
            return 3
        default:
            target[0] = UInt8(0xF0 | value >> 18)
            target[1] = UInt8(0x80 | value >> 12 & 0x3F)
            target[2] = UInt8(0x80 | value >> 6 & 0x3F)
            target[3] = UInt8(0x80 | value & 0x3F)
            return 4
        }
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
