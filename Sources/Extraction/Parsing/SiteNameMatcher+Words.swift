import Foundation

/// The site-name matcher's word splitting on bytes: `tokens` (Foundation's trimming, Character splitting) is what
/// the words are; this computes the same list, trimming on bytes each word that is ASCII, where the two provably
/// agree, and through Foundation any other. `candidates` reads every short line of the page, so `tokens` was a
/// fifth of the parse.
extension SiteNameMatcher {
    /// Exactly `tokens(text)`.
    static func words(_ text: String) -> [String] {
        guard ByteSearch.isASCII(text) else {
            // Split as `tokens` splits (by Character), then each word on its own.
            return text.split(separator: " ").compactMap { raw in
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
        }
        var text = text
        return text.withUTF8 { bytes in
            var words: [String] = []
            let n = bytes.count
            var i = 0
            while i < n {
                while i < n && bytes[i] == 0x20 { i += 1 }
                var end = i
                while end < n && bytes[end] != 0x20 { end += 1 }
                if let word = asciiWord(bytes, i, end) { words.append(word) }
                i = end
            }
            return words
        }
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
        var lo = start
        var hi = end
        // ASCII bytes of `tokens`' trimming set: its quotes, brackets and punctuation, space and tab.
        while lo < hi && isTrimmedASCII(bytes[lo]) { lo += 1 }
        while hi > lo && isTrimmedASCII(bytes[hi - 1]) { hi -= 1 }
        // The possessive "'s" (the curly one cannot occur), then trailing full stops.
        if hi - lo >= 2 && bytes[hi - 2] == 0x27 && bytes[hi - 1] == 0x73 { hi -= 2 }
        while hi > lo && bytes[hi - 1] == 0x2E { hi -= 1 }
        guard hi > lo else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
    }

    /// Exactly Foundation's `word.contains(".")`: a byte miss is final for ".", a byte hit is one on ASCII text.
    static func containsFullStop(_ word: String) -> Bool {
        guard word.utf8.contains(0x2E) else { return false }
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
