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
    static func normalisedUTF8(_ text: String) -> [UInt8] {
        // Canonical composition can only change text holding a scalar at or above U+0300 (where combining marks
        // begin); most article text has none, and Foundation's composition is the costly step.
        let composed =
            text.unicodeScalars.allSatisfy { $0.value < 0x300 } ? text : text.precomposedStringWithCanonicalMapping
        var out: [UInt8] = []
        out.reserveCapacity(composed.utf8.count)
        var pendingSpace = false
        for scalar in composed.unicodeScalars {
            if scalar.value < 0x80 {
                // ASCII White_Space: TAB, LF, VT, FF, CR and SPACE.
                if scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) {
                    pendingSpace = !out.isEmpty
                    continue
                }
            } else if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(contentsOf: UTF8.encode(scalar)!)
        }
        return out
    }
}
