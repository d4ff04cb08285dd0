import Foundation

/// The site-name matcher's word splitting on bytes: `tokens` (Foundation's trimming, Character splitting) is what
/// the words are; this computes the same list, trimming on bytes each word that is ASCII, where the two provably
/// agree, and through Foundation any other. `candidates` reads every short line of the page, so `tokens` was a
/// fifth of the parse.
extension SiteNameMatcher {
    /// Exactly `tokens(text)`.
    static func words(_ text: String) -> [String] {
        guard ByteSearch.isASCII(text) else {
            if let words = spacedWords(text) { return words }
            // Split as `tokens` splits (by Character), then each word on its own.
            return text.split(separator: " ").compactMap(word)
        }
        var text = text
        return text.withUTF8 { bytes in
            var spans: [Range<Int>] = []
            asciiWordSpans(bytes, into: &spans)
            return spans.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// The name's words squashed, empty ones left out: exactly
    /// `name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { squash(String($0)) }.filter { !$0.isEmpty }`,
    /// on the bytes of an ASCII name (without "\r", which joins "\n" into one Character, its Characters are its
    /// bytes, and squashing keeps a-z and 0-9 of the bytes lowered), where splitting by Character cost about 9,000
    /// instructions a name.
    static func squashedWords(_ name: String) -> [String] {
        var copy = name
        let ascii = copy.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var word: [UInt8] = []
            for byte in bytes {
                guard byte < 0x80, byte != 0x0D else { return nil }
                if byte == 0x20 || byte == 0x2D {
                    if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
                    word.removeAll(keepingCapacity: true)
                    continue
                }
                let lowered = byte &- 0x41 < 26 ? byte + 32 : byte
                if lowered &- 0x61 < 26 || lowered &- 0x30 < 10 { word.append(lowered) }
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
            return words
        }
        if let ascii { return ascii }
        return name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { squash(String($0)) }.filter { !$0.isEmpty }
    }

    /// One word of `tokens`, from a piece of the line between spaces.
    private static func word(_ raw: Substring) -> String? {
        if raw.utf8.allSatisfy({ $0 < 0x80 }) {
            if let word = raw.utf8.withContiguousStorageIfAvailable({ asciiWord($0, 0, $0.count) }) {
                return word
            }
            return asciiWord(Array(raw.utf8))
        }
        var word = bmpTrimmed(raw) ?? raw.trimmingCharacters(in: wordTrim)
        for possessive in ["'s", "’s"] where word.hasSuffix(possessive) { word = String(word.dropLast(2)) }
        while word.hasSuffix(".") { word.removeLast() }
        return word.isEmpty ? nil : word
    }

    /// `words` of a line that is not ASCII, split at its space bytes; nil when a space might not be a Character
    /// of its own. Splitting by Character at " " cuts exactly at the space bytes when each space stands alone as a
    /// grapheme: no scalar after it extends it (combining marks from U+0300, joiners, spacing marks, variation
    /// selectors) and none before it is a prepended one (from U+0600). Every space here has next to it only
    /// scalars known to be neither: below U+0300, Greek and Cyrillic letters (U+0370–U+0482), and general
    /// punctuation (U+2010–U+2027, U+2030–U+205E: dashes, curly quotes, bullets, ellipsis), arrows (U+2190–U+21FF)
    /// and box drawing, shapes, symbols and dingbats (U+2500–U+27BF: the "□", "☆" and "►" of copied lists,
    /// symbols all, none a mark: round 25 counts them for lines of menus set apart by them). The pieces are then
    /// the same Substrings, and each ASCII piece is trimmed on its bytes as the Character split's would be.
    private static func spacedWords(_ text: String) -> [String]? {
        let utf8 = text.utf8
        let n = utf8.count
        return utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            for i in 0..<n where bytes[i] == 0x20 {
                if i + 1 < n, bytes[i + 1] >= 0x80, !isPlainNeighbour(scalar(at: i + 1, in: bytes)) { return nil }
                if i > 0, bytes[i - 1] >= 0x80 {
                    var lead = i - 1
                    while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                    if !isPlainNeighbour(scalar(at: lead, in: bytes)) { return nil }
                }
            }
            var words: [String] = []
            var i = 0
            while i < n {
                while i < n && bytes[i] == 0x20 { i += 1 }
                guard i < n else { break }
                var end = i
                var ascii = true
                while end < n && bytes[end] != 0x20 {
                    if bytes[end] >= 0x80 { ascii = false }
                    end += 1
                }
                if ascii {
                    if let word = asciiWord(bytes, i, end) { words.append(word) }
                } else {
                    let lo = utf8.index(utf8.startIndex, offsetBy: i)
                    let hi = utf8.index(utf8.startIndex, offsetBy: end)
                    if let word = word(text[lo..<hi]) { words.append(word) }
                }
                i = end
            }
            return words
        } ?? nil
    }

    /// The value of the scalar whose UTF-8 lead byte is at `i` (valid UTF-8: a String's bytes).
    static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return b0 }
        if b0 < 0xE0 { return (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F) }
        if b0 < 0xF0 {
            return (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        }
        return (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
            | UInt32(bytes[i + 3] & 0x3F)
    }

    /// Scalars that neither extend a space before them nor hold on to a space after them (see `spacedWords`).
    static func isPlainNeighbour(_ v: UInt32) -> Bool {
        v < 0x300 || (v >= 0x370 && v <= 0x482) || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
            || (v >= 0x2190 && v <= 0x21FF) || (v >= 0x2500 && v <= 0x27BF)
    }

    /// `tokens`' trimming set (the same definition).
    static let wordTrim = CharacterSet(charactersIn: "\"'“”‘’()[]{}<>,;:!?•|*·—–…").union(.whitespaces)

    /// Foundation's trimming of a word without scalars beyond U+FFFF: it tests UTF-16 units one by one from each
    /// end, and each unit is then a whole scalar, so trimming scalars gives the same word. Nil for other words.
    static func bmpTrimmed(_ raw: Substring) -> String? {
        let scalars = raw.unicodeScalars
        guard scalars.allSatisfy({ $0.value <= 0xFFFF }) else { return nil }
        var lo = scalars.startIndex
        var hi = scalars.endIndex
        while lo < hi && wordTrim.contains(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo && wordTrim.contains(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
        return String(scalars[lo..<hi])
    }

    private static func asciiWord(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { asciiWord($0, 0, $0.count) }
    }

    /// One word of ASCII bytes as `tokens` makes it: trimmed, its possessive and trailing full stops removed.
    private static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        guard let span = asciiWordSpan(bytes, start, end) else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[span]), as: UTF8.self)
    }

    /// Where the word of `asciiWord` lies among the bytes, or nil when trimming leaves nothing.
    @inline(__always)
    static func asciiWordSpan(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int>? {
        var lo = start
        var hi = end
        // ASCII bytes of `tokens`' trimming set: its quotes, brackets and punctuation, space and tab.
        while lo < hi && isTrimmedASCII(bytes[lo]) { lo += 1 }
        while hi > lo && isTrimmedASCII(bytes[hi - 1]) { hi -= 1 }
        // The possessive "'s" (the curly one cannot occur), then trailing full stops.
        if hi - lo >= 2 && bytes[hi - 2] == 0x27 && bytes[hi - 1] == 0x73 { hi -= 2 }
        while hi > lo && bytes[hi - 1] == 0x2E { hi -= 1 }
        return hi > lo ? lo..<hi : nil
    }

    /// The spans of `words(text)` of an ASCII line (each word's bytes), appended to `spans`: the words are its
    /// pieces between space bytes, trimmed on their bytes, as `words` cuts them.
    static func asciiWordSpans(_ bytes: UnsafeBufferPointer<UInt8>, into spans: inout [Range<Int>]) {
        let n = bytes.count
        var i = 0
        while i < n {
            while i < n && bytes[i] == 0x20 { i += 1 }
            var end = i
            while end < n && bytes[end] != 0x20 { end += 1 }
            if let span = asciiWordSpan(bytes, i, end) { spans.append(span) }
            i = end
        }
    }

    /// Exactly Foundation's `word.contains(".")`: a byte miss is final for ".", a byte hit is one on ASCII text.
    static func containsFullStop(_ word: String) -> Bool {
        guard ByteSearch.holds(word, byte: 0x2E) else { return false }
        return ByteSearch.isASCII(word) || word.contains(".")
    }

    @inline(__always)
    static func isTrimmedASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x3C, 0x3E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x7C,
            0x2A:
            return true
        default: return false
        }
    }
}
