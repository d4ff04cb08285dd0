import Foundation
import Testing

@testable import NewsService

@Suite struct ContentFingerprintTests {
    /// The definition: canonical composition, then every run of whitespace as one space, trimmed.
    func reference(_ text: String) -> String {
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

    @Test(arguments: [
        "  Plain ASCII\ttext,\r\nre-wrapped   here.\n", "Caf\u{0065}\u{0301} and caf\u{00E9}",
        "no\u{00A0}break\u{2003}em space\u{3000}ideographic\u{2028}line", "• bullets – dashes ’quotes’ 日本語",
        "\u{1100}\u{1161}\u{11A8} jamo", "", "   ",
        // Marks out of canonical order, a singleton (Angstrom sign), NEL and a 4-byte scalar next to whitespace.
        "a\u{0307}\u{0323} dot\u{0085}\u{212B}ngstr\u{00F6}m \u{1F600}\u{2029}\u{1F600}",
        "\u{0301} leading mark, ’quotes’\u{00A0}\u{00A0}and ━━ rules ☆ • ",
        SampleArticles.harbourPage, SampleArticles.wireStory, SampleArticles.htmlPage,
    ])
    func theFastNormalisationMatchesTheDefinition(text: String) {
        #expect(ContentFingerprint.normalise(text) == reference(text))
    }

    @Test func reWrappedAndRecomposedCopiesShareAFingerprint() {
        #expect(
            ContentFingerprint.sha256(of: "Cafe\u{0301} opens\n  today.")
                == ContentFingerprint.sha256(of: "Caf\u{00E9} opens today."))
        #expect(ContentFingerprint.sha256(of: "a b") != ContentFingerprint.sha256(of: "ab"))
    }
}
