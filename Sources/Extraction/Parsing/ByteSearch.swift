/// Searches for ASCII needles on a string's UTF-8 bytes, to rule a Foundation search out before paying for it.
///
/// A byte search and Foundation's `contains` / `range(of:)` agree on ASCII text. On other text they may not
/// (Foundation compares whole characters, so "t" does not match "t\u{301}"), so callers use a hit on non-ASCII
/// text only as a reason to run the Foundation search they always ran. A miss is final for needles without "K",
/// ";" or "`": those are the only ASCII characters another scalar is canonically equivalent to (U+212A, U+037E,
/// U+1FEF), so any other ASCII needle's Foundation match lies on the same bytes. Other needles skip Foundation
/// only on ASCII text.
import Foundation

enum ByteSearch {
    /// Whether every scalar of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        // On the contiguous bytes, OR-ed together (a loop the compiler vectorises), rather than through the UTF-8
        // view's iterator a byte at a time.
        var text = text
        return text.withUTF8 { bytes in
            var all: UInt8 = 0
            for byte in bytes { all |= byte }
            return all < 0x80
        }
    }

    /// `text.utf8.contains(byte)`, with `memchr` over the contiguous bytes instead of the UTF-8 view's iterator.
    static func holds(_ text: String, byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// `text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }`: whether `text` holds an ASCII digit, on the contiguous
    /// bytes.
    static func holdsDigit(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.contains { $0 &- 0x30 < 10 } }
    }

    /// Whether `text` holds `needle`'s bytes.
    static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: text, foldingASCIICase: false) != nil
    }

    /// Whether `text`'s bytes hold at least `count` of `needles` (each counted once, however often it occurs).
    static func holds(atLeast count: Int, of needles: [[UInt8]], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var found = 0
            for needle in needles
            where firstIndex(of: needle, in: bytes, from: 0, foldingASCIICase: false) != nil {
                found += 1
                if found >= count { return true }
            }
            return found >= count
        }
    }

    /// Whether `text` holds `needle` (lowercase ASCII) ignoring ASCII case, as `text.lowercased()` would.
    static func containsFolded(_ text: String, _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: text, foldingASCIICase: true) != nil
    }

    /// Byte offset of the first occurrence of `needle` in `text`'s UTF-8.
    static func firstIndex(of needle: [UInt8], in text: String, foldingASCIICase: Bool) -> Int? {
        var text = text
        return text.withUTF8 { bytes in firstIndex(of: needle, in: bytes, from: 0, foldingASCIICase: foldingASCIICase) }
    }

    static func firstIndex(
        of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, foldingASCIICase: Bool
    ) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        let last = bytes.count - needle.count
        var i = start
        while i <= last {
            if fold(bytes[i], foldingASCIICase) == first {
                var k = 1
                while k < needle.count && fold(bytes[i + k], foldingASCIICase) == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    @inline(__always)
    private static func fold(_ byte: UInt8, _ folding: Bool) -> UInt8 {
        folding && byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
    }

    static let copyrightSign = Array("©".utf8)
    static let copyrightWord = Array("copyright".utf8)

    /// Whether a line says "©" or "copyright" (any case): exactly `text.contains("©") ||
    /// text.lowercased().contains("copyright")`, with the Foundation search run only when the bytes hit on
    /// non-ASCII text.
    static func mentionsCopyright(_ text: String) -> Bool {
        guard contains(text, copyrightSign) || containsFolded(text, copyrightWord) else { return false }
        if isASCII(text) { return true }
        return text.contains("©") || text.lowercased().contains("copyright")
    }

    /// How many times `needle` occurs in `text`, counted left to right without overlap (as splitting at it does).
    static func count(_ needle: [UInt8], in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var total = 0
            var from = 0
            while let k = firstIndex(of: needle, in: bytes, from: from, foldingASCIICase: false) {
                total += 1
                from = k + needle.count
            }
            return total
        }
    }

    /// `bytes` with each non-overlapping occurrence of `needle`, left to right, replaced by `replacement`: what
    /// Foundation's `replacingOccurrences(of:with:)` does on ASCII text.
    static func replacing(_ needle: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= needle.count else { return bytes }
        var out: [UInt8] = []
        var i = 0
        var copied = 0
        let found: Bool = bytes.withUnsafeBufferPointer { buffer in
            var any = false
            while let k = firstIndex(of: needle, in: buffer, from: i, foldingASCIICase: false) {
                if !any { out.reserveCapacity(buffer.count) }
                any = true
                out.append(contentsOf: buffer[copied..<k])
                out.append(contentsOf: replacement)
                i = k + needle.count
                copied = i
            }
            if any { out.append(contentsOf: buffer[copied...]) }
            return any
        }
        return found ? out : bytes
    }
}
