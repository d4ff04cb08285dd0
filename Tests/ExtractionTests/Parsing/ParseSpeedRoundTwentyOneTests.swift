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

    @Test("The blocks the page's lowered bytes say hold a needle are those whose lowered texts hold it")
    func blocksHoldingMatchesEachBlocksSearch() {
        let pieces = [
            "©", "Copyright", "COPYRIGHT", "copy", "right", "İ", "Ünïcödé", " ", "2026", "x", "c", "\u{A9}\u{301}",
        ]
        let needles = [ByteSearch.copyrightSign, ByteSearch.copyrightWord]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let texts = randomLines(of: pieces, using: &generator)
            let blocks = texts.map { TextBlock(start: 0, end: 0, text: $0) }
            let holding = LoweredPage(blocks).blocksHolding(needles)
            for (k, text) in texts.enumerated() {
                let lowered = HeadlineEchoes.loweredBytes(text)
                let expected = needles.contains { needle in
                    lowered.count >= needle.count
                        && (0...(lowered.count - needle.count)).contains {
                            Array(lowered[$0..<($0 + needle.count)]) == needle
                        }
                }
                #expect(holding[k] == expected, "\(texts.debugDescription)")
                // A line the page rules out says no copyright.
                if !holding[k] { #expect(!ByteSearch.mentionsCopyright(text), "\(text.debugDescription)") }
            }
        }
    }

    @Test("A footer's copyright owner still votes for the source")
    func copyrightOwnerStillVotes() {
        let texts = ["Menu", "Story headline about the harbour", "Some text.", "© 2026 Harbour Gazette"]
        let blocks = texts.map { TextBlock(start: 0, end: 0, text: $0) }
        let features = texts.map { BlockFeatures($0, stopwords: []) }
        #expect(SourceFinder(blocks: blocks, features: features).find() == "Harbour Gazette")
    }

    @Test("A doubled logo is found on an ASCII line's own bytes as on its scalars")
    func doubledOnBytesAsOnScalars() {
        let pieces = ["Bikes", "More", " ", "Billboard", "é", "x", "MoreBikes"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            for half in randomLines(of: pieces, using: &generator) {
                for text in [half + half, half + " " + half, half + " " + half + "x", half] {
                    let scalars = Array(text.unicodeScalars)
                    let n = scalars.count
                    var expected: String? = nil
                    if n >= 6, n <= 80, text.utf8.count <= 320 {
                        if n % 2 == 0, Array(scalars[0..<(n / 2)]) == Array(scalars[(n / 2)...]) {
                            expected = ScalarClass.string(scalars[0..<(n / 2)])
                        } else if n % 2 == 1, scalars[n / 2] == " ",
                            Array(scalars[0..<(n / 2)]) == Array(scalars[(n / 2 + 1)...])
                        {
                            expected = ScalarClass.string(scalars[0..<(n / 2)])
                        }
                    }
                    #expect(SourceFinder.doubled(text) == expected, "\(text.debugDescription)")
                }
            }
        }
    }

    @Test("Home links and domains are read as before the byte screens")
    func homeLinksAndDomainsUnchanged() {
        #expect(SourceFinder.homeLinkedName("The Guardian - Back to home") == "The Guardian")
        #expect(SourceFinder.homeLinkedName("Valley Ledger | Home") == "Valley Ledger")
        let long = "Valley Ledger " + String(repeating: "é", count: 30) + " | Home"
        #expect(long.utf8.count > 60 && long.unicodeScalars.count <= 60)
        #expect(SourceFinder.homeLinkedName(long) == "Valley Ledger " + String(repeating: "é", count: 30))
        #expect(SourceFinder.homeLinkedName(String(repeating: "é", count: 61) + " | Home") == nil)
        #expect(SourceFinder.homeLinkedName("Ünïcödé Ledger | Home") == "Ünïcödé Ledger")
        #expect(TextMetadataReader.domain(in: "Visit SpaceNews.com today") == "SpaceNews.com")
        #expect(TextMetadataReader.domain(in: "https://spacenews.com or example.org/path") == nil)
        #expect(TextMetadataReader.domain(in: "mail desk@example.com or news.example.com") == "news.example.com")
    }

    @Test("A block's features count its words as the body's word count does")
    func featuresCountWordsAsTheBody() {
        let pieces = ["word", " ", "'", "’", "漢", "字", "7", "_", "é", "e\u{301}", "-", ".", "don't", "dogs'", "\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<600 {
            let texts = randomLines(of: pieces, using: &generator)
            let counted = texts.map { BlockFeatures($0, stopwords: []).wordCount }
            for (text, count) in zip(texts, counted) {
                #expect(count == ArticleParser.countWords(text), "\(text.debugDescription)")
            }
            #expect(
                counted.reduce(0, +) == ArticleParser.countWords(texts.joined(separator: "\n\n")),
                "\(texts.debugDescription)")
        }
    }
}
