import Foundation
import Testing

@testable import Extraction

/// The twenty-fourth round's shortcuts (docs/parsing.md, "Parser speed, round 24") answer as the code they replace.
@Suite("Parser speed, round 24")
struct ParseSpeedRoundTwentyFourTests {
    /// Words of the lexicon's languages and other scripts, stopwords and not, with what splits the two walks' words
    /// apart (digits, "_", apostrophes, letters outside ASCII, ideographs) and the punctuation between.
    static let pieces: [String] = [
        "the ", "The ", "and ", "of ", "council ", "der ", "und ", "für ", "über ", "le ", "été ", "que ", "él ",
        "los ", "não ", "è ", "het ", "yang ", "в ", "и ", "Москва ", "の", "は", "カタカナ", "漢字", "한국어 ",
        "العربية ", "في ", "٣٤ ", "e\u{301}te ", "\u{212A}ein ", "Kelvin\u{212A} ", "2024 ", "G7 ", "x_y ",
        "it's ", "it’s ", "don’t ", "o'clock ", "’tis ", "'", "’", ", ", ". ", "! ", "— ", "“", "”", "» ", "| ",
        ">> ", "[", "; ", "`", "Straße ", "İstanbul ", "ÉCOLE ", "ABCDEFGHIJ ", "abcdefgh", "government ",
        "supercalifragilistic ", "Zürichsee ", "naïveté ", " ", "\t", "Tags: ", "12 comments", "Cookie ",
        "all rights reserved", "Related articles",
    ]

    /// Every language `LanguageIdentifier.stoplist(for:)` tells apart: each list's, one without a list, and one
    /// outside the lexicon.
    static let languages = ParsingLexicon.stopwords.map(\.language) + ["ja", "ar", "und", "sw"]

    static func randomText(_ generator: inout some RandomNumberGenerator, pieces: Int) -> String {
        (0..<Int.random(in: 0...pieces, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }
            .joined()
    }

    @Test("A block read once has the features and the language tally its two walks gave, for every stoplist")
    func oneWalkGivesBothWalksCounts() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let text = Self.randomText(&generator, pieces: Bool.random(using: &generator) ? 8 : 60)
            let scalars = ScalarClass.scalars(of: text)
            let reading = BlockReading(scalars: scalars)
            #expect("\(reading.tally)" == "\(LanguageIdentifier.tally(scalars))", "\(text.debugDescription)")
            for language in Self.languages {
                let (stoplist, packed, _) = LanguageIdentifier.stoplist(for: language)
                let expected = BlockFeatures(scalars: scalars, stopwords: stoplist, packed: packed)
                let got = reading.features(
                    of: scalars, stoplist: stoplist, packed: packed,
                    choice: LanguageIdentifier.stoplistChoice(for: language))
                #expect("\(got)" == "\(expected)", "\(language) \(text.debugDescription)")
            }
        }
    }

    @Test("A block too long for the tally's word limit is tallied as the tally reads it")
    func longBlocksStopAtTheWordLimit() {
        for text in [
            String(repeating: "the council and ", count: LanguageIdentifier.wordLimit),
            String(repeating: "a b ", count: LanguageIdentifier.wordLimit) + "der die das",
            String(repeating: "a ", count: LanguageIdentifier.wordLimit - 1) + "und",
        ] {
            let scalars = ScalarClass.scalars(of: text)
            #expect("\(BlockReading(scalars: scalars).tally)" == "\(LanguageIdentifier.tally(scalars))")
        }
    }

    @Test("Stopwords are counted a lane a list, as one count a list gave")
    func stopwordLanesCountEachList() {
        var tally = LanguageTally()
        #expect(tally.stopwords.isEmpty)
        tally.count(0b1_0000_0101)
        tally.count(0b1)
        tally.count(0)
        var expected = [Int](repeating: 0, count: ParsingLexicon.stopwords.count)
        expected[0] = 2
        expected[2] = 1
        expected[8] = 1
        #expect(tally.stopwords == expected)
        var sum = LanguageTally()
        sum.add(tally)
        sum.add(tally)
        #expect(sum.stopwords == expected.map { $0 * 2 })
        #expect(ParsingLexicon.stopwords.count <= 16)
    }

    @Test("Line numbers counted sixteen bytes at a time are those a scan of the scalars gives")
    func lineNumbersOverLongStretches() {
        var generator = SystemRandomNumberGenerator()
        let lines = ["Markets rallied on Tuesday.", "", "Zürich — “Straße”", "漢字かな", "a\r", "x"]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in lines.randomElement()! }
                .joined(separator: "\n")
            let scalars = Array(text.unicodeScalars)
            var origins = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                let start = Int.random(in: 0...(scalars.count + 3), using: &generator)
                return FieldOrigin(field: "body", place: .text, detail: nil, start: start, end: start + 1)
            }
            ArticleParser.addLineNumbers(&origins, in: text)
            for origin in origins {
                let start = origin.start!
                let expected = 1 + scalars.prefix(min(start, scalars.count)).count { $0 == "\n" }
                #expect(origin.line == expected, "\(start) \(text.debugDescription)")
            }
        }
    }

    @Test("A line's printable ASCII runs are copied into its block as its words joined by single spaces")
    func splitterCopiesRunsAsWords() {
        let pieces = [
            "Council", "votes", "a", "!", "~", "\u{7F}", "\u{1}", " ", "  ", "\t", "\u{A0}", "\u{2003}", "é", "Москва",
            "“quoted”", "—", "3.5%", "e\u{301}",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let line = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement()! }.joined()
            let scalars = Array(line.unicodeScalars)
            let words = scalars.split(whereSeparator: ScalarClass.isSpace).map { ScalarClass.string($0) }
            let (blocks, blockScalars) = TextBlockSplitter(scalars: scalars).blocksAndScalars()
            #expect(
                blocks.map(\.text) == (words.isEmpty ? [] : [words.joined(separator: " ")]), "\(line.debugDescription)")
            #expect(blockScalars == blocks.map { ScalarClass.scalars(of: $0.text) }, "\(line.debugDescription)")
        }
    }

    @Test("Lines found eight scalars at a time are those a scan of every scalar finds")
    func linesEightAtATime() {
        let pieces = [
            "Council votes", " ", "\t", "\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{B}", "\u{E}",
            "\u{84}",
            "漢字", "\u{3000}", "한국", "é", String(repeating: "wrapped words ", count: 3),
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement()! }.joined()
            let s = Array(text.unicodeScalars)
            var expected: [[Int]] = []
            var i = 0
            while i <= s.count {
                let start = i
                while i < s.count && !ScalarClass.isNewline(s[i]) { i += 1 }
                var a = start
                while a < i && ScalarClass.isSpace(s[a]) { a += 1 }
                var b = i
                while b > a && ScalarClass.isSpace(s[b - 1]) { b -= 1 }
                expected.append([start, a, b, s[a..<b].count(where: TextBlockSplitter.isWide)])
                if i < s.count && s[i] == "\r" && i + 1 < s.count && s[i + 1] == "\n" { i += 1 }
                i += 1
            }
            let got = TextBlockSplitter(scalars: s).lines().map { [$0.start, $0.contentStart, $0.contentEnd, $0.wide] }
            #expect(got == expected, "\(text.debugDescription)")
        }
    }

    @Test("A rendered block's text is the rendered text's scalars in its range")
    func renderedBlocksAreTheirRanges() {
        let page = """
            <html><head><title>Harbour Board</title></head><body><nav><ul><li>Home</li><li>Wörld   News</li></ul>
            </nav><article><h1>Harbour  Board approves “terminal”</h1><p>By <a href="/ana">Ana Ruiz</a></p>
            <p>WELLINGTON — The board&nbsp;approved it.\n\tIt costs €5m.</p><figure><figcaption>漢字 かな</figcaption>
            </figure><table><tr><td>a</td><td>b</td></tr></table></article><footer>© 2026</footer></body></html>
            """
        let rendered = HTMLRenderer.render(page)
        let scalars = Array(rendered.text.unicodeScalars)
        #expect(rendered.blocks.count >= 8)
        for block in rendered.blocks {
            #expect(Array(block.text.unicodeScalars) == Array(scalars[block.start..<block.end]), "\(block.text)")
        }
        let parsed = ArticleParser().parse(ArticleInput(content: page, format: .html))
        #expect(parsed.scalars == scalars)
    }

    @Test("A plain text's scalars are handed to the finder")
    func parsedScalarsReachTheFinder() {
        let story = """
            Harbour Board approves new terminal

            By Ana Ruiz

            WELLINGTON — The Wellington Harbour Board on Tuesday approved a new ferry terminal, and the \
            Greater Wellington Regional Council said it would fund half of the work with KiwiRail.
            """
        let parsed = ArticleParser().parse(ArticleInput(content: story))
        #expect(parsed.scalars == Array(story.unicodeScalars))
        let finder = RuleBasedOrganizationFinder()
        let regions = ArticleAnalyzer.findingRegions(parsed)
        let handed = finder.organizations(in: parsed.text, scalars: parsed.scalars!, regions: regions)
        #expect(handed == finder.organizations(in: parsed.text, regions: regions))
        let input = ArticleInput(content: story)
        #expect(
            ArticleAnalyzer(finder: finder).analyze(input)
                == ArticleAnalyzer(finder: StringReadingFinder(rules: finder)).analyze(input))
    }
}

/// A finder that reads only the text's String, and so decodes it itself (the protocol's default for scalars).
private struct StringReadingFinder: OrganizationFinder {
    let rules: RuleBasedOrganizationFinder

    func organizations(in text: String, regions: [Range<Int>]?) -> [FoundOrganization] {
        rules.organizations(in: text, regions: regions)
    }
}
