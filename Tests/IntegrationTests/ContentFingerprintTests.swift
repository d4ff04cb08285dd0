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

    /// Random text from scalars on both sides of the quick path's edges (U+02FF / U+0300, U+2001 / U+2002,
    /// U+206F / U+2070, U+20BF / U+20C0, whitespace of every width), so that both paths are compared with the
    /// definition and a quick answer is never taken for text it does not cover.
    @Test func randomTextMatchesTheDefinitionOnEitherPath() {
        let pool: [Unicode.Scalar] = [
            "a", "Z", " ", "\t", "\n", "\r", ".", "\u{00A0}", "\u{00E9}", "\u{02FF}", "\u{0300}", "\u{0301}",
            "\u{0085}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{2003}", "\u{2019}", "\u{2014}", "\u{2028}",
            "\u{202F}", "\u{205F}", "\u{206F}", "\u{2070}", "\u{20AC}", "\u{20BF}", "\u{20C0}", "\u{212B}",
            "\u{3000}", "\u{1100}", "\u{1161}", "\u{1F600}", "e", "\u{0065}",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                scalars.append(pool.randomElement(using: &generator)!)
            }
            let text = String(scalars)
            #expect(ContentFingerprint.normalise(text) == reference(text), "\(Array(text.unicodeScalars))")
        }
    }

    /// Longer random text, mostly printable ASCII in runs of every length around eight (the quick path stores them
    /// eight bytes at a time) between whitespace, controls, DEL and multi-byte scalars, at every alignment.
    @Test func longRandomTextMatchesTheDefinition() {
        let pool: [String] = [
            "a", "Zq", "word", "sixsix", "seven77", "eight888", "ninenine9", "\u{21}", "~\u{7F}", " ", "  ", "\t", "\r\n",
            "\u{0B}\u{0C}", "\u{01}", "\u{1F}", "\u{00A0}", "\u{00E9}", "\u{2019}", "\u{3000}", "\u{1F600}", "\u{0301}",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                pool.randomElement(using: &generator)!
            }.joined()
            #expect(ContentFingerprint.normalise(text) == reference(text), "\(text.debugDescription)")
        }
    }

    /// The quick path's own White_Space test agrees with the standard library's on every scalar above ASCII.
    @Test func whitespaceBeyondASCIIIsUnicodeWhiteSpace() {
        var disagreements: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if ContentFingerprint.isWhitespaceBeyondASCII(value) != scalar.properties.isWhitespace {
                disagreements.append(value)
            }
        }
        #expect(disagreements.isEmpty)
    }

    @Test func theQuickPathTakesNewsTextAndLeavesTheRest() {
        func quick(_ text: String) -> Bool {
            var text = text
            return text.withUTF8(ContentFingerprint.collapsedIfComposed) != nil
        }
        #expect(quick("“Quoted” — dashed, café, 10\u{00A0}€ and\u{2009}thin spaces…"))
        #expect(!quick("Cafe\u{0301}"))
        #expect(!quick("\u{212B}ngstr\u{00F6}m"))
        #expect(!quick("\u{2000}en quad"))
        #expect(quick("日本語 Ё ☆ ━ ™ 😀"))
        #expect(!quick("\u{1100}\u{1161}"))
        #expect(!quick("\u{0915}\u{093F}"))
    }

    /// Every scalar of the quick path's blocks must be one the normaliser leaves alone, alone and after a letter it
    /// could join ("a", "e", a Hangul leading consonant and syllable).
    @Test func theQuickPathBlocksAreLeftAloneByComposition() {
        for block in ContentFingerprint.composedScalars {
            for value in block {
                let scalar = Unicode.Scalar(value)!
                #expect(scalar.properties.canonicalCombiningClass == .notReordered, "\(value)")
                for base in ["", "a", "e", "\u{1100}", "\u{AC00}"] {
                    let text = base + String(scalar)
                    var composed: [UInt8] = []
                    text._withNFCCodeUnits { composed.append($0) }
                    if composed != Array(text.utf8) { Issue.record("U+\(String(value, radix: 16)) after '\(base)'") }
                }
            }
        }
    }

    @Test func reWrappedAndRecomposedCopiesShareAFingerprint() {
        #expect(
            ContentFingerprint.sha256(of: "Cafe\u{0301} opens\n  today.")
                == ContentFingerprint.sha256(of: "Caf\u{00E9} opens today."))
        #expect(ContentFingerprint.sha256(of: "a b") != ContentFingerprint.sha256(of: "ab"))
    }
}
