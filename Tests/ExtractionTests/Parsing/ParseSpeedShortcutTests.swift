import Foundation
import Testing

@testable import Extraction

/// The sixth speed round's shortcuts (docs/parsing.md, "Parser speed, sixth round") each stand in for code that
/// still exists or is written out here; each must answer as that code does on every line.
@Suite("Parse speed shortcuts, sixth round")
struct ParseSpeedShortcutTests {
    static let lines =
        MetadataFastPathTests.lines + [
            "By", "by", "BY:", "bY:", "By :", "by.", "B\u{301}y", "Ｂｙ", "by\u{A0}", "Jane Smith Staff Writer",
            "JOHN DOE Staff Writer", "John Doe staff writer", "Al Jazeera Correspondent", "A B C Editor", "a b editor",
            "The Hill", "Read more at TheHill.com", "U.S. News", "e.g. this", "1. The", "Nothing here at all", "N.Y.",
        ]

    @Test("The byte test for a lone \"By\" label is the lowercased comparison")
    func byLabelMatchesLowercased() {
        for line in Self.lines {
            let lower = line.lowercased()
            #expect(TextMetadataReader.isByLabel(line) == (lower == "by" || lower == "by:"), "\(line.debugDescription)")
        }
    }

    @Test("The name-and-role test on bytes is the Character split's")
    func nameAndRoleOnBytes() {
        for line in Self.lines where ByteSearch.isASCII(line) {
            let written = line.split(separator: " ")
            let capitalsName =
                written.count >= 2
                && written.prefix(2).allSatisfy { w in
                    !w.unicodeScalars.contains { ScalarClass.isLetter($0) && !ScalarClass.isUppercase($0) }
                }
            let expected = written.dropFirst(2).contains { w in
                BylineParser.roleWords.contains(w.lowercased()) && (capitalsName || w == w.lowercased())
            }
            #expect(BylineParser.asciiNameAndRole(line) == expected, "\(line.debugDescription)")
        }
    }

    @Test("One pass over several phrase lists finds what each list's matcher finds")
    func phraseListsMatchSeparateMatchers() {
        let lists = [
            ParsingLexicon.furniturePhrases, TextMetadataReader.captionPhrases, ParsingLexicon.boilerplatePhrases,
        ]
        let combined = PhraseMatcher(lists: lists)
        let single = lists.map(PhraseMatcher.init)
        let texts =
            Self.lines + ParsingLexicon.boilerplatePhrases.map { "x \($0) y" }
            + TextMetadataReader.captionPhrases.map { "(Photo \($0)" } + ParsingLexicon.furniturePhrases.prefix(20)
        for text in texts {
            let lowered = PhraseMatcher.lowered(text)
            for wanted: UInt8 in [1, 3, 5, 7, 6, 0] {
                var expected: UInt8 = 0
                for (k, matcher) in single.enumerated() where wanted & (1 << k) != 0 && matcher.matches(lowered) {
                    expected |= 1 << k
                }
                #expect(combined.matchedLists(lowered, wanted: wanted) == expected, "\(text.debugDescription)")
            }
        }
    }

    @Test("End marker openings listed by first byte hold every opening that opens such a line")
    func openingsByLeadAreASuperset() {
        let openings = BlockFeatures.endMarkerOpenings.map(\.opening)
        let byLead = LineOpening.mayOpen(openings)
        let heads = Self.lines.filter(ByteSearch.isASCII) + ParsingLexicon.endMarkers.map { $0 + " more" }
        for head in heads {
            let listed = Set(byLead[Int(head.utf8.first ?? 0)])
            for k in openings.indices where openings[k].opens(head, ascii: true) {
                #expect(listed.contains(k), "\(head.debugDescription) \(openings[k].text)")
            }
        }
    }

    @Test("A line the candidate screen rules out has no word that could start a site name")
    func candidateScreenRulesOutOnlyNamelessLines() {
        for labels in [["thehill"], ["nytimes"], ["9to5mac"], ["ctpost", "hearst"]] {
            let initials = Set(labels.compactMap { $0.unicodeScalars.first })
            let screen = CandidateLineScreen(initials: initials)
            for line in Self.lines where screen.rulesOut(line) {
                for token in SiteNameMatcher.words(line) {
                    #expect(
                        !Self.mayStartSiteName(token, initials), "\(line.debugDescription) \(token.debugDescription)")
                }
            }
        }
    }

    /// What the screen must never rule out: a word that could start a site name (a full stop in it, "The", or a
    /// capital or digit among the host labels' initials).
    static func mayStartSiteName(_ token: String, _ initials: Set<Unicode.Scalar>) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        let lowerFirst = ScalarClass.lowercased([first][...]).unicodeScalars.first!
        return SiteNameMatcher.containsFullStop(token) || token == "The"
            || ((ScalarClass.isUppercase(first) || ScalarClass.isDigit(first)) && initials.contains(lowerFirst))
    }

    @Test("Lowering into bytes is the phrase matcher's lowering, for every scalar up to U+FFFF and in mixed lines")
    func loweredBytesForEveryScalar() {
        var texts: [String] = []
        var chunk = String.UnicodeScalarView()
        for value in UInt32(0x20)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            chunk.append(scalar)
            if chunk.count == 48 {
                texts.append("Ab " + String(chunk) + " Zé’s")
                chunk = String.UnicodeScalarView()
            }
        }
        texts += ["😀 Émoji ΣΑΣ İstanbul Ǆ ǅ", "\u{10400}\u{1D400}x", "plain ASCII Line", ""]
        for text in texts + Self.lines {
            let expected = PhraseMatcher.lowered(text).flatMap { Array(String($0).utf8) }
            #expect(HeadlineEchoes.loweredBytes(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test("A date line's opener is found without lowering as it is in the lowered line")
    func dateLineOpenerWithoutLowering() {
        let openers = TextMetadataReader.dateLineOpeners
        for line in Self.lines + openers.map { $0.uppercased() + " 5 May" } + openers.map { "x" + $0 } {
            #expect(
                TextMetadataReader.lineOpensDateLine(line) == TextMetadataReader.opensDateLine(line.lowercased()),
                "\(line.debugDescription)")
        }
    }

    @Test("The host screen read on bytes answers as the lowered and squashed copies of the name do")
    func hostScreenOnBytes() throws {
        for address in [
            "https://thehill.com/a", "https://www.nytimes.com/b", "https://9to5mac.com/", "https://ctpost.com/x",
        ] {
            let url = try #require(PageURL(address))
            let screen = try #require(HostScreen(url))
            for name in Self.lines + ["The Hill", "TheHill.com", "THEHILL.COM", "New York Times", "9to5Mac", "CT Post"]
            {
                var expected = false
                if ByteSearch.isASCII(name) {
                    let lowered = Array(name.lowercased().utf8)
                    let squashed =
                        Array("the".utf8) + lowered.filter { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
                    expected =
                        lowered != Array(url.host.utf8)
                        && !url.siteLabels.contains { HostScreen.isSubsequence(Array($0.utf8), of: squashed) }
                }
                #expect(screen.rulesOut(name) == expected, "\(address) \(name.debugDescription)")
            }
        }
    }

    @Test("A lowered name is counted on the page's lowered bytes as over the joined, lowered scalars")
    func pageCountMatchesJoinedCount() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["Fox News", "fox news", "FOX NEWS", "Ünïcödé", "é", "a", " ", "-", "\n", "x", "Foxes"]
        for round in 0..<400 {
            let texts = randomLines(of: pieces, using: &generator)
            let blocks = texts.map { TextBlock(start: 0, end: 0, text: $0) }
            let whole = PhraseMatcher.lowered(lines: texts)
            let needle = Array(
                (round % 2 == 0 ? texts[0] : pieces.randomElement(using: &generator)!).lowercased()
                    .unicodeScalars)
            let page = LoweredPage(blocks)
            let bytes = needle.flatMap { Array(String($0).utf8) }
            for limit in [1, 3, 10] {
                let expected = min(SourceFinder.count(needle, in: whole), limit)
                #expect(
                    page.count(bytes, inBlocks: blocks.indices, atMost: limit) == expected, "\(texts.debugDescription)")
                // Any run of whole blocks, as the headline's neighbourhood is.
                let first = Int.random(in: 0..<blocks.count, using: &generator)
                let run = first..<Int.random(in: (first + 1)...blocks.count, using: &generator)
                let joined = PhraseMatcher.lowered(lines: run.map { texts[$0] })
                #expect(
                    page.count(bytes, inBlocks: run, atMost: limit)
                        == min(SourceFinder.count(needle, in: joined), limit))
                let own = PhraseMatcher.lowered(texts[run.lowerBound])
                #expect(
                    page.count(blockBytes: run.lowerBound, inBlocks: run, atMost: limit)
                        == min(SourceFinder.count(own, in: joined), limit))
            }
        }
    }

    @Test("The source's block is found on bytes where Foundation finds it")
    func plainNeedleSearchMatchesFoundation() {
        for needle in ["Fox News", "The Hill", "KTLA", "a;b", "", "Zeitung", "é"] {
            for line in Self.lines {
                let bytes = ArticleParser.plainNeedle(needle)
                let fast = bytes.flatMap { LineShortcuts.contains(line, $0) } ?? line.contains(needle)
                #expect(fast == line.contains(needle), "\(line.debugDescription) \(needle)")
            }
        }
    }
}
