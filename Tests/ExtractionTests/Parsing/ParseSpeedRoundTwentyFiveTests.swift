import Foundation
import Testing

@testable import Extraction

/// Round 25's shortcuts (docs/parsing.md, "Parser speed, round 25") stand in for code written out here; each must
/// answer as that code does on random lines of many scripts.
@Suite("Parse speed shortcuts, round 25")
struct ParseSpeedRoundTwentyFiveTests {
    /// Pieces of lines: capitals that are initials in ASCII and beyond (the Kelvin sign lowers to "k"), quotes,
    /// dashes, full stops, spaces with and without marks beside them.
    static let pieces = [
        "Hill ", "hill", "The", "the ", "N.Y.", "Inc.", "...", " ", "  ", "-", "É", "é", "Ωmega", "\u{212A}ansas",
        "İstanbul", "’s", "'s", "“", "”", " — ", "\u{A0}", "\u{301}", " \u{301}x", "ǅ", "9", "Ünïcödé", "a.b", ". ",
        "Зеленский", "東京", "😀", "k", "x.",
    ]

    @Test("A line the candidate screen rules out, in any script, has no word that could start a site name")
    func candidateScreenOnLinesOfAnyScript() {
        var generator = SystemRandomNumberGenerator()
        for labels in [["thehill"], ["kyivpost"], ["9to5mac"], ["example", "edition"], ["istanbulnews"]] {
            let initials = Set(labels.compactMap { $0.unicodeScalars.first })
            let screen = CandidateLineScreen(initials: initials)
            var ruledOut = 0
            for _ in 0..<300 {
                for line in randomLines(of: Self.pieces, using: &generator) where screen.rulesOut(line) {
                    ruledOut += 1
                    for token in SiteNameMatcher.words(line) {
                        #expect(
                            !ParseSpeedShortcutTests.mayStartSiteName(token, initials),
                            "\(line.debugDescription) \(token.debugDescription)")
                    }
                }
            }
            #expect(ruledOut > 0)
        }
        // Lines beyond ASCII are screened too: these start no name on thehill.com.
        let screen = CandidateLineScreen(initials: ["t"])
        #expect(screen.rulesOut("“Quoted” — élan"))
        #expect(!screen.rulesOut("Élan \u{301}Vital"))
        #expect(screen.rulesOut("Ŧhe"))
        #expect(!CandidateLineScreen(initials: ["k"]).rulesOut("“\u{212A}ansas”"))
    }

    @Test("A name's squashed words on bytes are the Character split's")
    func squashedWordsMatchCharacterSplit() {
        var generator = SystemRandomNumberGenerator()
        let names = ["The Hill", "Fox-Business", "CT Post", "9to5Mac.com", "New  York -- Times", "\r\nX", "Ünï-Cödé"]
        for name in names + (0..<500).flatMap({ _ in randomLines(of: Self.pieces, using: &generator) }) {
            let expected = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map {
                SiteNameMatcher.squash(String($0))
            }
            .filter { !$0.isEmpty }
            #expect(SiteNameMatcher.squashedWords(name) == expected, "\(name.debugDescription)")
        }
    }

    @Test("A line sharing two words with the slug holds two slug words in its lowered bytes")
    func slugScreenKeepsEveryLineThatSharesTwoWords() {
        var generator = SystemRandomNumberGenerator()
        let words = ["hill", "the", "istanbul", "зеленский", "news", "9", "ünïcödé", "kansas", "x"]
        var kept = 0
        for _ in 0..<2000 {
            let slug = Set((0..<Int.random(in: 3...5, using: &generator)).map { _ in words.randomElement()! })
            let slugBytes = slug.map { Array($0.utf8) }
            for line in randomLines(of: Self.pieces + ["News", "KANSAS", "Hill."], using: &generator) {
                let shared = Set(PageURL.words(of: line)).intersection(slug).count
                let held = ByteSearch.holds(atLeast: 2, of: slugBytes, in: ScalarClass.lowercased(line))
                if shared >= 2 {
                    kept += 1
                    #expect(held, "\(line.debugDescription) \(slug)")
                }
            }
        }
        #expect(kept > 0)
    }

    /// `PageURL.readableName` as it was written before round 25, on Characters.
    static func characterReadableName(_ label: String) -> String {
        if label.count > 3, label.hasPrefix("the") {
            return "The " + characterReadableName(String(label.dropFirst(3)))
        }
        for word in PageURL.longestFirst where label.count > word.count + 1 {
            if label.hasSuffix(word) {
                return characterReadableName(String(label.dropLast(word.count))) + " " + PageURL.capitalised(word)
            }
        }
        for word in PageURL.longestFirst where label.count >= word.count + 5 {
            if label.hasPrefix(word) {
                return PageURL.capitalised(word) + " " + characterReadableName(String(label.dropFirst(word.count)))
            }
        }
        return PageURL.looksLikeAcronym(label) ? label.uppercased() : PageURL.capitalised(label)
    }

    @Test("A host label's readable name on bytes is the Character reading's")
    func readableNameOnBytes() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["the", "news", "times", "deccan", "herald", "fox", "ny", "post", "x", "9", "wsj", "é", "\r\n"]
        let labels = ["deccanherald", "thehill", "thesun", "nypost", "cnn", "techcrunch", "timesunion", "the", "news"]
        let joined = (0..<2000).map { _ in
            let count = Int.random(in: 1...4, using: &generator)
            return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        for label in labels + joined {
            #expect(PageURL.readableName(label) == Self.characterReadableName(label), "\(label.debugDescription)")
        }
    }

    @Test("An ASCII address is read on its bytes as on its Characters")
    func asciiAddressReadAsCharacters() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "https://", "www.", "news.", "example", ".co.uk", ".com", "/", "2019", "/11/", "18", "-", "story-title",
            "?q=1", "#top", ":8080", "user@", "a", "2019-11-18-", "20191118", "//", "\r\n", " ",
        ]
        var read = 0
        for _ in 0..<3000 {
            let count = Int.random(in: 2...9, using: &generator)
            let address = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined() + "x"
            // A fragment beyond ASCII sends the same address down the Characters' path and changes nothing else.
            let plain = PageURL(address)
            #expect(plain == PageURL(address + "#é"), "\(address.debugDescription)")
            if plain != nil { read += 1 }
        }
        #expect(read > 0)
    }

    /// `LoweredPage.count` as it was before round 25: a comparison at each place the needle's first byte occurs.
    static func naiveCount(_ n: [UInt8], in h: [UInt8], atMost limit: Int) -> Int {
        guard limit > 0, !n.isEmpty, n.count <= h.count else { return 0 }
        return h.withUnsafeBufferPointer { page in
            var total = 0
            var i = 0
            while i <= h.count - n.count {
                guard h[i...].starts(with: n) else {
                    i += 1
                    continue
                }
                if !HeadlineEchoes.isLetter(before: i, page) && !HeadlineEchoes.isLetter(at: i + n.count, page) {
                    total += 1
                    if total >= limit { return total }
                    i += n.count
                } else {
                    i += 1
                }
            }
            return total
        }
    }

    @Test("Counting by Horspool's skips finds the matches a byte-by-byte scan finds")
    func skippingCountIsTheScansCount() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "b", "ab", "aab", " ", "é", "ba", "\n", "x"]
        for _ in 0..<3000 {
            let page = Array(randomLines(of: pieces, using: &generator).joined(separator: "\n").utf8)
            let needle = Array(randomLines(of: pieces, using: &generator)[0].utf8)
            for limit in [1, 2, 10] {
                let counted = page.withUnsafeBufferPointer { h in
                    needle.withUnsafeBufferPointer { n in LoweredPage.count(n, in: h, atMost: limit) }
                }
                #expect(
                    counted == Self.naiveCount(needle, in: page, atMost: limit),
                    "\(String(decoding: needle, as: UTF8.self).debugDescription)")
            }
        }
    }

    @Test("A space beside a plain neighbour is a Character of its own, as splitting at space bytes needs")
    func plainNeighboursLeaveSpacesAlone() {
        for value in UInt32(0x80)...0x2FFF where SiteNameMatcher.isPlainNeighbour(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(("a " + String(scalar) + " b").split(separator: " ").count == 3, "U+\(String(value, radix: 16))")
            #expect(("x " + String(scalar)).count == 3 && (String(scalar) + " x").count == 3)
        }
    }
}
