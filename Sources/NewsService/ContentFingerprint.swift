import Foundation

/// The identity of an article's content, used to answer a repeated POST with the stored copy.
///
/// Two submissions are the same article when their analysed text matches after Unicode canonical composition
/// and with every run of whitespace collapsed to one space, so re-wrapped or re-indented copies still match.
public enum ContentFingerprint {
    /// SHA-256 hex of the normalised text.
    public static func sha256(of text: String) -> String {
        SHA256.hex(of: Array(normalise(text).utf8))
    }

    static func normalise(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }
}
