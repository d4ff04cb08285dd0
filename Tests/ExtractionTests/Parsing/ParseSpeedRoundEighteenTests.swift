import Foundation
import Testing

@testable import Extraction

/// The eighteenth speed round's shortcuts (docs/parsing.md, "Parser speed, round 18") must answer as the plain
/// code they replace.
@Suite("Parse speed, round 18")
struct ParseSpeedRoundEighteenTests {
    /// Words of several scripts and languages, stopwords and not, with marks, digits and punctuation between.
    static let pieces: [String] = [
        "the ", "and ", "of ", "council ", "der ", "und ", "die ", "für ", "le ", "et ", "les ", "été ", "que ",
        "y ", "el ", "los ", "в ", "и ", "Москва ", "の", "は", "カタカナ", "漢字", "한국어 ", "العربية ", "في ",
        "e\u{301}te ", "Kelvin\u{212A} ", "2024 ", ", ", ". ", "— ", "“", "”", "\n", "Straße ", "İstanbul ",
        "ABCDEFGHIJ ", "supercalifragilistic ", "o'clock ", "don’t ",
    ]

    @Test("A sample's language told from its blocks' tallies is the language of the blocks' joined text")
    func talliesTellTheJoinedTextsLanguage() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let texts = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                    Self.pieces.randomElement(using: &generator)!
                }.joined()
            }
            let blocks = texts.map { TextBlock(start: 0, end: 0, text: $0) }
            var tallies = BlockTallies(scalars: blocks.map { ScalarClass.scalars(of: $0.text) })
            let indices = blocks.indices.filter { _ in Bool.random(using: &generator) }
            for separator in [" ", "\n\n"] {
                let joined = indices.map { texts[$0] }.joined(separator: separator)
                #expect(tallies.language(of: indices) == LanguageIdentifier.identify(joined))
            }
        }
    }

    @Test("Texts of the word limit or more together leave the answer to the joined text's own scan")
    func talliesStepAsideAtTheWordLimit() {
        let half = String(repeating: "the council said ", count: LanguageIdentifier.wordLimit / 6 + 1)
        let blocks = [half, half].map { TextBlock(start: 0, end: 0, text: $0) }
        var tallies = BlockTallies(scalars: blocks.map { ScalarClass.scalars(of: $0.text) })
        #expect(tallies.language(of: [0]) == LanguageIdentifier.identify(half))
        #expect(tallies.language(of: [0, 1]) == nil)
    }

    @Test("Bytes lowered in place are the UTF-8 of the lowered scalars, with uppercase scalars outside ASCII or not")
    func bytesLoweredInPlaceAreTheLoweredScalars() {
        let pieces = [
            "The ", "COUNCIL ", "said", " — ", "“", "”", "’", "é", "É", "Ä", "İ", "Σ", "ǅ", "ß", "Ω", "K\u{212A}", "€",
            "漢字", "😀", "\u{301}", "1,870 ", "\t", "\n", "", "Straße ", "ÖSTERREICH ",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let texts = randomLines(of: pieces, using: &generator)
            var bytes: [UInt8] = [0x41]
            for text in texts { HeadlineEchoes.appendLowered(text, to: &bytes) }
            var expected: [UInt8] = [0x41]
            for text in texts {
                expected += Array(String(String.UnicodeScalarView(PhraseMatcher.lowered(text))).utf8)
            }
            #expect(bytes == expected)
        }
    }

    @Test("Lines split at a space or a comma byte give the pieces splitting by Character gives")
    func byteSplitsAreCharacterSplits() {
        let pieces = [
            " ", "  ", ",", ", ", "Jane", "Doe", "\r\n", "\r", "\n", "\t", "é", "e\u{301}", " \u{301}", "K", "12",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<600 {
            for line in randomLines(of: pieces, using: &generator) {
                for (byte, separator) in [(UInt8(0x20), Character(" ")), (0x2C, Character(","))] {
                    for maxSplits in [0, 1, 2, Int.max] {
                        let expected = line.split(separator: separator, maxSplits: maxSplits)
                        #expect(LineShortcuts.split(line, at: byte, maxSplits: maxSplits) == expected)
                    }
                }
            }
        }
    }

    @Test("Block phrases found with capitals outside ASCII noted in the word pass are those of the lowered block")
    func phrasesWithCapitalsNotedInTheWordPass() {
        let pieces = [
            "Cookie ", "COOKIES ", "Ä", "É", "Σ", "ǅ", "Ⅳ", "漢字", "カ", "’", "“", "read more ", "Read More ", "share ",
            "Über uns ", "über uns ", "Photo: ", "© ", "all rights reserved", "the council ", ". ", "12 ",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<600 {
            let text = randomLines(of: pieces, using: &generator).joined(separator: " ")
            let features = BlockFeatures(text, stopwords: [])
            // The body selector reads a block's length in scalars from its features.
            #expect(features.scalarCount == ScalarClass.count(of: text))
            guard features.length <= 200 else { continue }
            let wanted: UInt8 = 1 | (features.length < 60 ? 2 : 0) | (features.length <= 40 ? 4 : 0)
            let matched = BlockFeatures.phraseLists.matchedLists(PhraseMatcher.lowered(text), wanted: wanted)
            #expect(features.hasFurniturePhrase == (matched & 1 != 0))
            #expect(features.looksLikeCaption == (matched & 2 != 0))
            #expect(features.hasBoilerplatePhrase == (matched & 4 != 0))
        }
        // No ideograph is uppercase: the word pass does not ask.
        for range in [0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF] {
            for value in range {
                guard let s = Unicode.Scalar(value), ScalarClass.isIdeographic(s) else { continue }
                #expect(!ScalarClass.isUppercase(s))
            }
        }
    }

    @Test("A line's bytes read in one pass say what its scalars say to the implied-byline test")
    func lineBytesAnswerAsTheScalars() {
        let pieces = [
            "Jane ", "DOE ", "by", "By", "bY", "b", "y", "Y", "@", "|", ",", "/", "7", " ", "é", "ŷ", "b\u{301}y", "ｂｙ",
            "Staff Writer", "\u{2009}",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1000 {
            for text in randomLines(of: pieces, using: &generator) {
                var previous: Unicode.Scalar = " "
                var hit = false
                for s in text.unicodeScalars {
                    if s == "@" || s == "|" || ScalarClass.isDigit(s) { hit = true }
                    if (s == "y" || s == "Y") && (previous == "b" || previous == "B") { hit = true }
                    previous = s
                }
                let line = BylineParser.LineBytes(text)
                #expect((line == nil) == hit)
                guard let line else { continue }
                #expect(line.comma == text.unicodeScalars.contains(","))
                #expect(line.ascii == ByteSearch.isASCII(text))
                if line.ascii { #expect(line.spacedWords == BylineParser.spacedWordCount(text)) }
            }
        }
    }

    @Test("A prefix of scalars cut on the bytes is the prefix of the text's scalars")
    func scalarPrefixCutOnBytes() {
        let pieces = ["a", "é", "e\u{301}", "漢", "😀", " ", "\r\n", "The council "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let text = randomLines(of: pieces, using: &generator).joined()
            for count in [0, 1, 2, 5, 60] {
                #expect(ScalarClass.prefix(text, scalars: count) == String(text.unicodeScalars.prefix(count)))
            }
        }
    }

    @Test("Clock lines are told apart before their bytes are copied, with the same answers")
    func clockLinesScreenedFirst() {
        for line in ["12:31", "9:05 pm", "12.31pm", "12.31 GMT", "10:45 a.m. ET", "09:00 BST"] {
            #expect(BodySelector.isClockLine(line), "\(line)")
        }
        for line in ["12.31", "At 12:31", " 12:31", "1:2", "12:31 on a long Tuesday", "", "x", "12:3"] {
            #expect(!BodySelector.isClockLine(line), "\(line)")
        }
    }

    @Test("Share tool labels screened by their first byte are found as the trimmed, lowered line finds them")
    func shareToolLabelsScreenedByFirstByte() {
        let pieces = [
            "Share", "SHARE", "share", " ", "\t", "this", " this", "Print", "É", "e-mail", "Listen", "x", "\u{A0}",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<600 {
            for line in randomLines(of: pieces, using: &generator) {
                let expected =
                    line.utf8.count <= 16
                    && ParsingLexicon.shareToolLabels.contains(line.trimmingCharacters(in: .whitespaces).lowercased())
                #expect(ParsingLexicon.isShareToolLabel(line) == expected, "\(line)")
            }
        }
    }
}
