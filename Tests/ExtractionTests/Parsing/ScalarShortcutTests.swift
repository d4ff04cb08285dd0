import Testing

@testable import Extraction

/// The hot path decodes, counts, lowercases and searches scalars without the String views; each shortcut must give
/// what the String API it replaces gives, on ASCII, accented, CJK, emoji and combining-mark text.
@Suite("Scalar shortcuts")
struct ScalarShortcutTests {
    static let samples = [
        "", "a", "Plain ASCII line.", "Café Über ÅNGSTRÖM İstanbul", "東京（ロイター）トヨタ", "Emoji 👍🏽 and 𝔘nicode",
        "e\u{301} combining and K\u{212A} kelvin", "Curly “quotes” — dashes…", "МОСКВА, 12 марта", "ΣΑΣ ΟΔΟΣ",
    ]

    @Test("Scalars, their count and the String made from them are the String views' own", arguments: samples)
    func scalarsMatchTheStringViews(text: String) {
        let scalars = ScalarClass.scalars(of: text)
        #expect(scalars == Array(text.unicodeScalars))
        #expect(ScalarClass.count(of: text) == text.unicodeScalars.count)
        #expect(ScalarClass.string(scalars[...]) == String(String.UnicodeScalarView(scalars)))
        #expect(ScalarClass.string(scalars[...]).utf8.elementsEqual(text.utf8))
        #expect(PhraseMatcher.lowered(text) == PhraseMatcher.lowered(scalars))
    }

    @Test("A word lowercases to what String.lowercased gives", arguments: samples)
    func wordLowercasing(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(ScalarClass.lowercased(scalars[...]) == String(String.UnicodeScalarView(scalars)).lowercased())
    }

    @Test("A text lowercases to what String.lowercased gives", arguments: samples)
    func textLowercasing(text: String) {
        #expect(ScalarClass.lowercased(text) == text.lowercased())
        #expect(ScalarClass.lowercased(text).unicodeScalars.elementsEqual(text.lowercased().unicodeScalars))
    }

    @Test("The scalars taken as caseless have no lowercase mapping of their own")
    func caselessScalarsMapToThemselves() {
        for value in UInt32(0x80)..<0x10000 {
            guard let s = Unicode.Scalar(value), ScalarClass.isCaseless(s) else { continue }
            #expect(s.properties.lowercaseMapping.unicodeScalars.elementsEqual([s]), "U+\(String(value, radix: 16))")
        }
    }

    @Test("A line opens with a marker exactly when String.hasPrefix says so")
    func lineOpeningsAgreeWithHasPrefix() {
        let openings = ["about ", "über ", "à propos d", "related articles ", "\u{212A}elvin "].map(LineOpening.init)
        let lines = [
            "about us", "about", "über uns", "uber uns", "u\u{308}ber uns", "à propos de nous", "a propos de",
            "related articles from x", "related articles", "kelvin scale", "\u{212A}elvin scale", "", "about\r\n us",
        ]
        for opening in openings {
            for line in lines {
                let ascii = line.unicodeScalars.allSatisfy { $0.value < 0x80 }
                #expect(opening.opens(line, ascii: ascii) == line.hasPrefix(opening.text), "\(opening.text) \(line)")
            }
        }
    }

    @Test("The phrase matcher finds a phrase exactly where a plain scan over every position does")
    func phraseMatcherAgreesWithAPlainScan() {
        let phrases = ["cookie", "a", "ü", "über uns", "x\u{301}", "read more", "日本", "k"]
        let matcher = PhraseMatcher(phrases)
        let lowered = phrases.map { Array($0.unicodeScalars) }
        let texts = [
            "we use cookies", "nothing here", "Über uns", "ueber", "x\u{301}y", "read mor", "日本語", "KELVIN \u{212A}",
            "", "b", "zzz k",
        ]
        for text in texts {
            let scalars = PhraseMatcher.lowered(text)
            let plain = lowered.contains { phrase in
                scalars.count >= phrase.count
                    && (0...(scalars.count - phrase.count)).contains {
                        Array(scalars[$0..<($0 + phrase.count)]) == phrase
                    }
            }
            #expect(matcher.matches(scalars) == plain, "\(text)")
        }
    }

    @Test("The packed word table answers as the dictionary it was built from")
    func packedWordTableMatchesItsDictionary() {
        var generator = SystemRandomNumberGenerator()
        var entries: [UInt64: UInt64] = [:]
        for _ in 0..<500 { entries[UInt64.random(in: 1...50_000, using: &generator)] = UInt64.random(in: 1...99) }
        let table = PackedWordTable(entries)
        for key in UInt64(0)...60_000 { #expect(table.value(key) == (entries[key] ?? 0)) }
        let (_, packed, _) = LanguageIdentifier.stoplist(for: "en")
        #expect(
            packed.contains(UInt64(Character("t").asciiValue!) | UInt64(Character("h").asciiValue!) << 8 | 0x65 << 16))
        #expect(!PackedWordTable([:]).contains(0x65))
    }

    @Test("Skipping a script's content leaves the tokenizer where reading it does")
    func skippingRawTextEndsWhereReadingIt() {
        for html in ["var a = '<p>';</SCRIPT ><p>after", "no end tag <p>", "</scrip></script>x", ""] {
            var reading = HTMLTokenizer(html)
            var skipping = HTMLTokenizer(html)
            let content = reading.rawText(until: "script")
            let end = skipping.skipRawText(until: "script")
            #expect(reading.i == skipping.i)
            #expect(content == String(String.UnicodeScalarView(skipping.scalars[..<end])))
        }
    }
}
