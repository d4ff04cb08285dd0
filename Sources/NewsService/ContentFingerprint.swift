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
            // ASCII White_Space: TAB, LF, VT, FF, CR and SPACE.
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
        return out
    }
}
