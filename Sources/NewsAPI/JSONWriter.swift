/// Writes JSON text straight into bytes: field order is the documented one, nil is written as null,
/// and nothing goes through Foundation's JSONEncoder on the request path.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// One flag per open object or array: whether a value was already written in it.
    private var needsComma: [Bool] = []

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func array(_ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func array<Items: Sequence>(_ items: Items, _ element: (inout JSONWriter, Items.Element) -> Void) {
        array { writer in
            for item in items { element(&writer, item) }
        }
    }

    /// Writes `"name":` inside an object; the next value call writes the value.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        // The value that follows belongs to this key: no comma before it.
        pendingValue = true
    }

    private var pendingValue = false

    mutating func string(_ value: String?) {
        guard var value else { return null() }
        separate()
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Copies runs of bytes that need no escape in one append each: a per-byte append costs a uniqueness
    /// and capacity check per byte, and article texts are tens of kilobytes.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        let raw = UnsafeRawBufferPointer(utf8)
        var runStart = 0
        var index = 0
        while index < utf8.count {
            index = Self.plainRunEnd(raw, from: index)
            guard index < utf8.count else { break }
            if !Self.needsEscape(utf8[index]) {
                index += 1
                continue
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            appendEscape(utf8[index])
            index += 1
            runStart = index
        }
        if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(0x5C)
        switch byte {
        case UInt8(ascii: "\""): bytes.append(0x22)
        case UInt8(ascii: "\\"): bytes.append(0x5C)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            bytes.append(UInt8(ascii: "u"))
            bytes.append(0x30)
            bytes.append(0x30)
            bytes.append(hex.utf8Start[Int(byte >> 4)])
            bytes.append(hex.utf8Start[Int(byte & 0xF)])
        }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Non-zero when some byte of `word` is below 0x20 or is 0x22, 0x5C or 0x7F (bytes ≥ 0x80 never are).
    @inline(__always)
    /// The offset of the first byte at or after `index` that a JSON string does not hold as it is (`"`, `\`, a
    /// control byte or DEL), read eight bytes at a time (SWAR: the lowest flagged byte is exact, as borrows only
    /// run upwards from a true hit); where fewer than eight bytes are left, the offset reached, whose byte the
    /// caller tests itself. Article texts are kilobytes of plain bytes between escapes.
    static func plainRunEnd(_ raw: UnsafeRawBufferPointer, from index: Int) -> Int {
        var index = index
        while index + 8 <= raw.count {
            let flags = flagged(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if flags != 0 { return index + flags.trailingZeroBitCount >> 3 }
            index += 8
        }
        return index
    }

    static func flagged(_ word: UInt64) -> UInt64 {
        func hasZeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highBits }
        let below20 = (word &- ones &* 0x20) & ~word & highBits
        return below20 | hasZeroByte(word ^ (ones &* 0x22)) | hasZeroByte(word ^ (ones &* 0x5C))
            | hasZeroByte(word ^ (ones &* 0x7F))
    }

    mutating func int<Integer: BinaryInteger>(_ value: Integer?) {
        guard let value else { return null() }
        separate()
        guard let small = Int64(exactly: value) else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        appendDecimal(small)
    }

    /// Decimal digits without building a String.
    private mutating func appendDecimal(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        guard magnitude > 0 else {
            bytes.append(0x30)
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for the 20 digits of UInt64.max
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            while magnitude > 0 {
                start -= 1
                buffer[start] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
                magnitude /= 10
            }
            bytes.append(contentsOf: buffer[start...])
        }
    }

    /// Finite numbers only, with at most four decimals (enough for scores).
    mutating func double(_ value: Double?) {
        guard let value, value.isFinite else { return null() }
        separate()
        let scaled = (value * 10_000).rounded() / 10_000
        if scaled == scaled.rounded(), abs(scaled) < 1e15 {
            appendDecimal(Int64(scaled))
        } else {
            bytes.append(contentsOf: String(scaled).utf8)
        }
    }

    mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes the comma between values, except right after a key.
    private mutating func separate() {
        if pendingValue {
            pendingValue = false
            return
        }
        guard !needsComma.isEmpty else { return }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }
}
