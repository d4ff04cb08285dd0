import Foundation
import Testing

@testable import Extraction

/// The seventh speed round's shortcuts (docs/parsing.md, "Parser speed, seventh round") each stand in for code
/// written out here as it was; each must answer as that code does, on every scalar or on random lines.
@Suite("Parse speed shortcuts, seventh round")
struct ParseFastSecondRoundTests {
    /// Every scalar of the Basic Multilingual Plane and a few beyond.
    static let scalars: [Unicode.Scalar] =
        (0..<0x1_0000).compactMap(Unicode.Scalar.init)
        + [0x1_F600, 0x1_0400, 0x2_0000, 0xE_0001].compactMap(Unicode.Scalar.init)

    /// Random lines of ASCII, news punctuation, accented and other scripts' letters, and marks.
    static let lines: [String] = {
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "a", "Z", " ", "  ", ".", "com", "www.", "The", "By ", "'s", "’", "“", "”", "—", "é", "É", "ß", "İ",
            "ǅ", "Σ", "ς", "Д", "д", "\u{301}", "日本", "한국", "\t", "\n", "1", "2024", "_", "©", "ℂ", "Ⓐ", "😀", "ﬁ",
            "\u{A0}", "\u{2003}", "example.org", "A.B", "9.x", ".e", "Ünïcödé", "K\u{212A}", "'", "!", "…", "·",
        ]
        var lines = pieces + MetadataFastPathTests.lines
        for _ in 0..<2_000 { lines += randomLines(of: pieces, using: &generator) }
        return lines
    }()

    @Test("The table of letters and capitals below U+2100 gives the Unicode properties' answers")
    func lowScalarTableIsTheProperties() {
        for s in Self.scalars {
            let letter = s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
            let expectedLetter = s.value < 0x80 ? ScalarClass.isASCIILetter(s) : letter
            let expectedUpper = s.value < 0x80 ? (s.value >= 0x41 && s.value <= 0x5A) : s.properties.isUppercase
            #expect(ScalarClass.isLetter(s) == expectedLetter, "\(s.value)")
            #expect(ScalarClass.isUppercase(s) == expectedUpper, "\(s.value)")
        }
    }

    @Test("The scalar classes' early answers are the full switches'")
    func earlyOutsKeepTheClasses() {
        for s in Self.scalars {
            let v = s.value
            let space: Bool
            switch v {
            case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: space = true
            default: space = false
            }
            let ideographic: Bool
            switch v {
            case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF: ideographic = true
            default: ideographic = false
            }
            let bullet: Bool
            switch v {
            case 0x2022, 0x25A1, 0x2606, 0x25E6, 0x25CB, 0x25AA, 0x25A0, 0x25CF, 0x25B6, 0x25BA, 0x2023, 0x2043,
                0x00B7, 0x2219, 0x2605, 0x25C6, 0x25C7:
                bullet = true
            default: bullet = false
            }
            let caseless: Bool
            switch v {
            case 0x2000...0x206F, 0x20A0...0x20CF, 0x2190...0x21FF, 0x2500...0x27BF, 0x3000...0x30FF, 0x4E00...0x9FFF,
                0xAC00...0xD7A3:
                caseless = true
            default: caseless = false
            }
            let wide: Bool
            switch v {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                0xFFE0...0xFFE6:
                wide = true
            default: wide = false
            }
            #expect(ScalarClass.isSpace(s) == space, "\(v)")
            #expect(ScalarClass.isIdeographic(s) == ideographic, "\(v)")
            #expect(ScalarClass.isBulletMarker(s) == bullet, "\(v)")
            #expect(ScalarClass.isCaseless(s) == caseless, "\(v)")
            #expect(TextBlockSplitter.isWide(s) == wide, "\(v)")
        }
    }

    @Test("Block features class an ASCII scalar by its bits as the scalar classes do")
    func asciiBitsAreTheClasses() {
        for v in UInt32(0)..<0x80 {
            let s = Unicode.Scalar(v)!
            #expect(
                BlockFeatures.asciiBit(v, BlockFeatures.wordOrApostropheBits)
                    == (ScalarClass.isWordScalar(s) || s == "'"), "\(v)")
            #expect(BlockFeatures.asciiBit(v, BlockFeatures.letterBits) == ScalarClass.isLetter(s), "\(v)")
        }
    }

    @Test("The byte answers are the String ones: ASCII, lowercasing, normalising")
    func byteAnswersAreTheStringOnes() {
        for line in Self.lines {
            #expect(ByteSearch.isASCII(line) == line.utf8.allSatisfy { $0 < 0x80 }, "\(line.debugDescription)")
            #expect(ScalarClass.lowercased(line) == line.lowercased(), "\(line.debugDescription)")
            #expect(
                Array(ScalarClass.lowercased(line).utf8) == Array(line.lowercased().utf8), "\(line.debugDescription)")
            #expect(
                Array(TextMetadataReader.scalarNormalised(line).utf8) == Array(Self.normalised(line).utf8),
                "\(line.debugDescription)")
        }
    }

    @Test("The byte pre-test for a host name is the scalar scan's")
    func domainPreTestIsTheScalarScan() {
        for line in Self.lines {
            var previous: Unicode.Scalar = " "
            var dotAfterWord = false
            var found = false
            for s in line.unicodeScalars {
                if dotAfterWord && ScalarClass.isASCIILetter(s) {
                    found = true
                    break
                }
                dotAfterWord = s == "." && (ScalarClass.isASCIILetter(previous) || ScalarClass.isDigit(previous))
                previous = s
            }
            #expect(TextMetadataReader.mayHoldDomain(line) == found, "\(line.debugDescription)")
        }
    }

    @Test("Words and line numbers counted on bytes are the counts on the String's scalars")
    func countsOnBytesAreTheScalarCounts() {
        for line in Self.lines {
            var count = 0
            var inWord = false
            for s in line.unicodeScalars {
                if ScalarClass.isIdeographic(s) {
                    count += 1
                    inWord = false
                } else if ScalarClass.isWordScalar(s) {
                    if !inWord { count += 1 }
                    inWord = true
                } else if !(inWord && (s == "'" || s == "’")) {
                    inWord = false
                }
            }
            #expect(ArticleParser.countWords(line) == count, "\(line.debugDescription)")
        }
        let text = Self.lines.prefix(400).joined(separator: "\n")
        let scalars = Array(text.unicodeScalars)
        var origins = stride(from: 0, through: scalars.count + 2, by: 7).map {
            FieldOrigin(field: "body", place: .text, detail: nil, start: $0, end: $0 + 1)
        }
        ArticleParser.addLineNumbers(&origins, in: text)
        for origin in origins {
            let start = origin.start!
            let expected = 1 + scalars.prefix(min(start, scalars.count)).count { $0 == "\n" }
            #expect(origin.line == expected, "\(start)")
        }
    }

    @Test("Byte look-ups through memchr are the UTF-8 view's")
    func byteLookUpsAreTheViewsOnes() {
        for line in Self.lines {
            for byte: UInt8 in [0x2F, 0x2E, 0x2C, 0x5B, 0x20, 0x0A, 0x80, 0xE2] {
                #expect(ByteSearch.holds(line, byte: byte) == line.utf8.contains(byte), "\(line.debugDescription)")
            }
            #expect(
                ByteSearch.holdsDigit(line) == line.utf8.contains { $0 >= 0x30 && $0 <= 0x39 },
                "\(line.debugDescription)")
        }
    }

    @Test("The byline rest of an ASCII line read on bytes is the Character split's answer")
    func bylineRestOnBytes() {
        let extra = [
            "Staff Writer", "staff writer", "Jane Smith Staff Writer", "A B C Editor", "jane@example.com", "@jane",
            "jane@", "Reporting from Madrid", "Reporting from Madrid and Paris and Rome and Lisbon", "  Staff  Writer ",
            "Senior Reporter", "EDITOR", "Editor", "1 Editor", "Reporting from", "X Y Z W Correspondent",
        ]
        for line in Self.lines + extra where ByteSearch.isASCII(line) {
            let words = line.split(separator: " ")
            var expected: Bool
            if words.count <= 8, line.hasPrefix("Reporting from ") {
                expected = true
            } else if let last = words.last, words.count <= 4 {
                expected =
                    (words.count == 1 && (last.contains("@") && !last.hasSuffix("@")))
                    || (BylineParser.roleWords.contains(last.lowercased())
                        && words.allSatisfy { $0.first.map { $0.isUppercase } ?? false })
            } else {
                expected = false
            }
            #expect(ArticleParser.isBylineRest(line) == expected, "\(line.debugDescription)")
        }
    }

    @Test("Squashed names and an address's words built on bytes are the scalar-view ones")
    func squashAndWordsOnBytes() {
        for line in Self.lines {
            var squashed = String.UnicodeScalarView()
            for scalar in line.lowercased().unicodeScalars
            where ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) {
                squashed.append(scalar)
            }
            #expect(
                Array(SiteNameMatcher.squash(line).utf8) == Array(String(squashed).utf8), "\(line.debugDescription)")
            guard !line.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { continue }
            var name = Substring(line)
            if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 5 {
                name = name[..<dot]
            }
            var words: [String] = []
            var current = String.UnicodeScalarView()
            for s in name.lowercased().unicodeScalars {
                if ScalarClass.isLetter(s) || ScalarClass.isDigit(s) {
                    current.append(s)
                } else if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            }
            if !current.isEmpty { words.append(String(current)) }
            let expected = words.filter { !$0.unicodeScalars.allSatisfy(ScalarClass.isDigit) }
            #expect(PageURL.words(of: line).map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(line)")
        }
    }

    @Test("A line opening answers as hasPrefix, its byte miss included, on every line")
    func lineOpeningIsHasPrefix() {
        let texts =
            ["by", "By ", "K ", "a;", "`x", "é", "e\u{301}", "related ", "about ", "\r\n", " ", "x"]
            + BlockFeatures.endMarkerOpenings.map(\.opening.text) + SourceFinder.linkPrefixes
        let extra = [
            "by\u{301}x", "By\u{301} Jane", "K\u{212A}", "\u{212A} x", "a\u{37E}", "e\u{301}x", "éx",
            "related articles",
            "related\u{301} x", "about\u{A0}us", "Ｂｙ", "\r\nx", "\r", "byé",
        ]
        for text in texts {
            let opening = LineOpening(text)
            for line in Self.lines + extra {
                #expect(
                    opening.opens(line, ascii: ByteSearch.isASCII(line)) == line.hasPrefix(text),
                    "\(text.debugDescription) \(line.debugDescription)")
            }
        }
    }

    /// `TextMetadataReader.scalarNormalised` as it was written before this round.
    static func normalised(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in s.lowercased().unicodeScalars {
            if ScalarClass.isWordScalar(scalar) {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(scalar)
            } else {
                space = true
            }
        }
        return String(out)
    }
}
