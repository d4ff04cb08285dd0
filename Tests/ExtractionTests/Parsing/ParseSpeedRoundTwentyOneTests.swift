import Foundation
import Testing

@testable import Extraction

/// The twenty-first speed round's shortcuts (docs/parsing.md, "Parser speed, round 21") must answer as the plain
/// code they replace.
@Suite("Parse speed, round 21")
struct ParseSpeedRoundTwentyOneTests {
    @Test("The splitter's block scalars are the scalars of the blocks' texts")
    func splitterScalarsAreTheTextsScalars() {
        let pieces = [
            "Word", " ", "  ", "\t", "\n", "\n\n", "\r\n", "• ", "漢字", "。", "é", "e\u{301}", "Москва", "—", "\u{A0}",
            String(repeating: "wrapped words ", count: 6),
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let text = randomLines(of: pieces, using: &generator).joined(separator: "\n")
            let splitter = TextBlockSplitter(scalars: Array(text.unicodeScalars))
            let (blocks, scalars) = splitter.blocksAndScalars()
            #expect(blocks.map(\.text) == splitter.blocks().map(\.text), "\(text.debugDescription)")
            #expect(scalars == blocks.map { ScalarClass.scalars(of: $0.text) }, "\(text.debugDescription)")
        }
    }
}
