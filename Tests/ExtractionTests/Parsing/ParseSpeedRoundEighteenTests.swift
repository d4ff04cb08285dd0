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
            var tallies = BlockTallies(blocks)
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
        var tallies = BlockTallies(blocks)
        #expect(tallies.language(of: [0]) == LanguageIdentifier.identify(half))
        #expect(tallies.language(of: [0, 1]) == nil)
    }
}
