import Foundation

/// The identity of an article's content, used to answer a repeated POST with the stored copy.
///
/// Two submissions are the same article when their analysed text matches after Unicode canonical composition
/// and with every run of whitespace collapsed to one space, so re-wrapped or re-indented copies still match.
public enum ContentFingerprint {
    /// SHA-256 hex of the normalised text.
    public static func sha256(of text: String) -> String {
        SHA256.hex(of: normalisedUTF8(text))
    }

    static func normalise(_ text: String) -> String {
        String(decoding: normalisedUTF8(text), as: UTF8.self)
    }

    /// The normalised text's UTF-8 bytes, written straight into one array (building a String scalar by scalar
    /// cost more than the rest of the fingerprint).
    ///
    /// Composition comes from the standard library's own NFC normaliser (`_withNFCCodeUnits`, public though
    /// underscored; Foundation's `precomposedStringWithCanonicalMapping` on Linux decomposes the whole text first and
    /// cost ~4 M instructions per 10 KB page, more than storing the article). It has a quick check, so text already
    /// in NFC — almost all article text, curly quotes and dashes included — streams through unchanged. Both follow
    /// the Unicode NFC algorithm; they could differ only for characters one table knows and the other does not.
    static func normalisedUTF8(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8(collapsedIfComposed) ?? composedAndCollapsed(text)
    }

    /// The quick path, for text whose every scalar is one that canonical composition leaves alone and never joins
    /// to a neighbour (`composedScalars`); then NFC is the identity and only whitespace needs collapsing, byte by
    /// byte. Any other scalar (a combining mark, a Hangul vowel jamo, a singleton such as U+212B) returns nil, and the
    /// text takes the standard library's normaliser.
    ///
    /// Writes straight into the result's storage: collapsing only drops bytes (a space is written only in place of
    /// at least one whitespace byte), so the input's length is enough, and appending byte by byte to an array
    /// (capacity and uniqueness checks per byte) cost five times as much.
    static func collapsedIfComposed(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var composed = true
        let out = [UInt8](unsafeUninitializedCapacity: utf8.count) { buffer, written in
            var count = 0
            var pendingSpace = false
            var index = 0
            let raw = UnsafeRawBufferPointer(utf8)
            while index < utf8.count {
                // Eight bytes at a time, the run of printable ASCII at `index` (up to the first whitespace, control
                // or non-ASCII byte) is stored whole: the output trails the input (`count <= index`), so eight bytes
                // stored at `count` stay inside the result's capacity, and the bytes past the run are overwritten
                // by what follows or lie beyond `written`. Byte by byte this loop cost ~23 instructions a byte.
                if index + 8 <= utf8.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let flags = Self.spaceControlOrBeyondASCII(word)
                    let run = flags == 0 ? 8 : flags.trailingZeroBitCount >> 3
                    if run > 0 {
                        if pendingSpace {
                            buffer[count] = 0x20
                            count += 1
                            pendingSpace = false
                        }
                        UnsafeMutableRawPointer(buffer.baseAddress! + count).storeBytes(of: word, as: UInt64.self)
                        count += run
                        index += run
                        // A shorter run ends at a flagged byte inside the word: it goes through the byte path below.
                        if run == 8 { continue }
                    }
                }
                let byte = utf8[index]
                if byte < 0x80 {
                    index += 1
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = count > 0
                        continue
                    }
                    if pendingSpace {
                        buffer[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    buffer[count] = byte
                    count += 1
                    continue
                }
                // A String's UTF-8 is valid, so a lead byte is followed by its continuation bytes.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                guard composedScalars.contains(where: { $0.contains(value) }) else {
                    composed = false
                    break
                }
                if isWhitespaceBeyondASCII(value) {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        buffer[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    for offset in 0..<length { buffer[count + offset] = utf8[index + offset] }
                    count += length
                }
                index += length
            }
            written = count
        }
        return composed ? out : nil
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of every byte of `word` that is at most 0x20 (space, whitespace and other controls) or at least
    /// 0x80 (part of a multi-byte scalar); the lowest flagged byte is exact (a borrow only runs upwards from a true
    /// hit), which is all the caller reads.
    @inline(__always)
    static func spaceControlOrBeyondASCII(_ word: UInt64) -> UInt64 {
        ((word &- ones &* 0x21) & ~word & highBits) | (word & highBits)
    }

    /// Unicode's White_Space scalars above U+007F (NEL, no-break space, Ogham space mark, the U+2000 spaces, line
    /// and paragraph separators, narrow no-break, medium mathematical and ideographic space): the same answer as
    /// `Unicode.Scalar.Properties.isWhitespace`, without its table look-up per scalar (`ContentFingerprintTests`
    /// compares the two over every scalar).
    @inline(__always)
    static func isWhitespaceBeyondASCII(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Blocks of scalars, assigned by Unicode 14, that have canonical combining class 0, are their own NFC and are
    /// never the second of a composed pair (NFC_Quick_Check = Yes): Latin to U+02FF, Cyrillic, Hebrew and Arabic
    /// letters, punctuation, currency and letterlike signs, arrows, technical and geometric symbols, box drawing,
    /// dingbats, CJK punctuation, kana and ideographs, Hangul syllables, private use, variation selectors, fullwidth
    /// forms and the emoji blocks. Checked against Python's unicodedata when written; `ContentFingerprintTests`
    /// checks each against the standard library. The 84 of the 91 dev pages that use nothing else take the quick path.
    static let composedScalars: [ClosedRange<UInt32>] = [
        0x80...0x2FF, 0x2002...0x2064, 0x2190...0x2328, 0x2460...0x2ADB, 0x20A0...0x20C0, 0x2100...0x2125,
        0x232B...0x2426, 0x2ADD...0x2B73, 0x1F300...0x1F6D7, 0x1F900...0x1FA53, 0xFE00...0xFE19, 0x400...0x482,
        0x48A...0x52F, 0x5D0...0x5EA, 0x621...0x64A, 0x3000...0x3029, 0x3041...0x3096, 0x309B...0x30FF,
        0x3220...0xA48C, 0xAC00...0xD7A3, 0xE000...0xF8FF, 0xFF01...0xFFBE,
    ]

    /// Any text: composed by the standard library's normaliser, then collapsed as its bytes stream out.
    static func composedAndCollapsed(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        // A multi-byte scalar being assembled: its bytes, how many there are, how many are still to come, its value.
        var sequence: UInt32 = 0
        var length = 0
        var missing = 0
        var value: UInt32 = 0
        text._withNFCCodeUnits { byte in
            if missing > 0 {
                sequence |= UInt32(byte) << (8 * UInt32(length))
                length += 1
                value = value << 6 | UInt32(byte & 0x3F)
                missing -= 1
                guard missing == 0 else { return }
                // The normaliser emits valid UTF-8, so the value is a scalar.
                if let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace {
                    pendingSpace = !out.isEmpty
                    return
                }
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                for index in 0..<length { out.append(UInt8(truncatingIfNeeded: sequence >> (8 * UInt32(index)))) }
                return
            }
            if byte >= 0xC0 {
                sequence = UInt32(byte)
                length = 1
                missing = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
                value = UInt32(byte) & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F)
                return
            }
            appendASCII(byte, to: &out, pendingSpace: &pendingSpace)
        }
        return out
    }

    /// One ASCII byte of either path: White_Space (TAB, LF, VT, FF, CR, SPACE) is held back as one pending space,
    /// written only before the next other byte, so runs collapse and the ends are trimmed.
    @inline(__always)
    private static func appendASCII(_ byte: UInt8, to out: inout [UInt8], pendingSpace: inout Bool) {
        if byte == 0x20 || (0x09...0x0D).contains(byte) {
            pendingSpace = !out.isEmpty
            return
        }
        if pendingSpace {
            out.append(0x20)
            pendingSpace = false
        }
        out.append(byte)
    }
}
