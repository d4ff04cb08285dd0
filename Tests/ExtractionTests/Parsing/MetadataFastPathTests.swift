import Foundation
import Testing

@testable import Extraction

/// The metadata reader's byte-level shortcuts stand in for Foundation and Character code on the hot path, so each
/// must answer exactly as the code it replaces, on every line (ASCII, punctuation-heavy, other scripts).
@Suite("Metadata reader fast paths")
struct MetadataFastPathTests {
    /// Lines like a page's furniture, plus every ASCII character and some that Foundation treats specially.
    static let lines: [String] = {
        var lines = [
            "", " ", "  ", "Fox News", "FOXBusiness.com's", "The Wall Street Journal.", "(AP) — Reuters", "’s",
            "'s", "...", "U.S. News & World Report", "\"Quoted\" [Bracketed] {Braced} <angled>", "a;b|c*d!e?f:g",
            "Copyright © 2019 The Hill. All rights reserved.", "Home › News › World", "Tom’s Hardware",
            "Ünïcödé Zeitung",
            "e\u{301}. x", ". \u{301}", "K\u{212A}", "a\u{37E}b", "\t tab\tbed \t", "x's's", "it's.", "'s's",
            "A . B .. C",
            "Eric SongBy Eric Song, IGN Staff", "By: Jane Doe | From: Fox News | Nov 19, 2019",
            "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM", "Published 10:30 a.m. ET Nov. 19, 2019 | Updated",
            "2. Astronomy & Space", "Site Logo", "“Quoted” ‘Tom’s’ •News• \u{A0}x\u{A0} — … x\u{2003} ©2019 ☆ 😀Emoji😀",
            "(Ünïcödé.)’s. «Le Monde» „Zeit“ ¿Qué? ¡Sí! Straße’s ΣΑΣ’s", "www.example.com", "https://example.com/a",
            "The Associated Press",
        ]
        var generator = SystemRandomNumberGenerator()
        let alphabet =
            Array((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }) + ["’", "“", "•", "—", "é", "\u{301}"]
        let common: [Character] = Array("aAsS.' '()\",;|")
        for c in 0..<128 {
            let ch = String(Unicode.Scalar(UInt8(c)))
            lines += [ch, "a\(ch)", "\(ch)b", "\(ch)a\(ch)s\(ch)", "The\(ch)the \(ch)://\(ch)|from:\(ch)"]
        }
        for length in 0..<300 {
            var line = ""
            for _ in 0..<(length % 24) {
                let pool = Int.random(in: 0..<3, using: &generator) == 0 ? alphabet : common
                line.append(pool.randomElement(using: &generator)!)
            }
            lines.append(line)
        }
        return lines
    }()

    @Test("Site-name words on bytes are the tokens Foundation's trimming gives")
    func siteNameWordsMatchTokens() {
        for line in Self.lines {
            #expect(SiteNameMatcher.words(line) == SiteNameMatcher.tokens(line), "\(line.debugDescription)")
        }
    }

    @Test("A full stop is found where Foundation's contains finds it")
    func fullStopMatchesFoundation() {
        for line in Self.lines {
            #expect(SiteNameMatcher.containsFullStop(line) == line.contains("."), "\(line.debugDescription)")
        }
    }

    @Test("Trimming spaces on bytes is Foundation's trimming")
    func whitespaceTrimMatchesFoundation() {
        for line in Self.lines + Self.lines.map({ " \t\($0)\u{A0} " }) + Self.lines.map({ "\u{2003}\($0)\t" }) {
            #expect(
                LineShortcuts.trimmingWhitespace(line) == line.trimmingCharacters(in: .whitespaces),
                "\(line.debugDescription)")
        }
    }

    @Test("A byline part is trimmed on bytes as Foundation trims it")
    func partTrimMatchesFoundation() {
        for line in Self.lines {
            for piece in line.split(separator: ",") + [Substring(line)] {
                let fast = LineShortcuts.trimming(
                    piece, BylineParser.partTrim, asciiMembers: BylineParser.partTrimASCII)
                #expect(fast == piece.trimmingCharacters(in: BylineParser.partTrim), "\(piece.debugDescription)")
            }
        }
    }

    @Test("Where the bytes decide a search, Foundation's contains answers the same")
    func decidedSearchesMatchFoundation() {
        for line in Self.lines {
            for needle in [" ", "://", "|", "from:", "the "] {
                if let decided = LineShortcuts.contains(line, Array(needle.utf8)) {
                    #expect(decided == line.contains(needle), "\(line.debugDescription) \(needle)")
                }
            }
        }
    }

    @Test("Headline candidates are normalised on bytes as on scalars")
    func asciiNormalisedMatchesScalars() {
        for line in Self.lines where ByteSearch.isASCII(line) {
            #expect(
                TextMetadataReader.asciiNormalised(line) == TextMetadataReader.scalarNormalised(line),
                "\(line.debugDescription)")
        }
    }

    @Test("A line is cut into date parts as Foundation and Character splitting cut it")
    func datePartsMatchFoundation() {
        for line in Self.lines + ["Updated 9:41 \u{37E} Posted 8:19", "a • b | c"] {
            let reference =
                line.contains(";") || line.contains("|") || line.contains("•")
                ? line.split(whereSeparator: { $0 == ";" || $0 == "|" || $0 == "•" }).map(String.init) : [line]
            #expect(TextMetadataReader.dateParts(line) == reference, "\(line.debugDescription)")
        }
    }

    @Test("A line without a digit gives no date")
    func noDigitNoDate() {
        for line in Self.lines where !line.unicodeScalars.contains(where: ScalarClass.isDigit) {
            #expect(!DateScanner.tokenize(line).contains { $0.kind == .number })
        }
    }

    @Test("A headline's repetitions are counted block by block as over the joined neighbourhood")
    func echoesMatchJoinedCount() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["Fed raises rates", "fed RAISES rates", "Ünïcödé Zeitung", "é", "a", " ", "-", "\n", "x"]
        for round in 0..<400 {
            let texts = randomLines(of: pieces, using: &generator)
            let blocks = texts.map { TextBlock(start: 0, end: 0, text: $0) }
            let whole = PhraseMatcher.lowered(texts.joined(separator: "\n"))
            let needle = round % 2 == 0 ? texts[0] : pieces.randomElement(using: &generator)!
            let echoes = HeadlineEchoes(blocks[...])
            let expected = SourceFinder.count(PhraseMatcher.lowered(needle), in: whole) > 1
            #expect(echoes.isRepeated(needle) == expected, "\(texts.debugDescription) \(needle.debugDescription)")
        }
    }

    @Test("Lowered bytes are the UTF-8 of the phrase matcher's lowering")
    func loweredBytesMatchPhraseMatcher() {
        for line in Self.lines + ["İSTANBUL ΣΑΣ Ǆ ǅ Straße ÉCOLE"] {
            let expected = PhraseMatcher.lowered(line).flatMap { Array(String($0).utf8) }
            #expect(HeadlineEchoes.loweredBytes(line) == expected, "\(line.debugDescription)")
        }
    }
}
