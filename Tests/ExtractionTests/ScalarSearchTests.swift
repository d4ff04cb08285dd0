import Testing

@testable import Extraction

@Suite("Scalars found with memchr")
struct ScalarSearchTests {
    /// Texts with the marks the glue looks for, and scalars whose bytes hold them ("ⰰ" U+2C30 holds a comma's
    /// byte, "Ā" U+0100 a zero low byte, "–" U+2013 is a mark itself).
    static let pieces = [
        "Wisconsin", "24-17", " ", " ", ",", ", the ", "(", "/", "coach", "c", "MP", "M", "T", "ⰰ", "Ā", "–", "2",
        "\n", "Penn State", "(5-4", "2021-22", "1234-5", "Labour", "é", "🎉",
    ]

    static func texts() -> [[Unicode.Scalar]] {
        var g = FinderRobustnessTests.Generator(state: 15)
        return (0..<300).map { _ in
            Array((0..<Int(g.next() % 30)).map { _ in g.pick(pieces) }.joined().unicodeScalars)
        }
    }

    @Test("Every offset of the targets is reported once, in text order")
    func findsEveryOffset() {
        for text in Self.texts() {
            for targets: [Unicode.Scalar] in [[","], ["/", "("], ["M", "T", "c"], ["-", "–", "c"], ["Ā"], ["ⰰ"]] {
                var found: [Int] = []
                ScalarSearch.forEachOffset(of: targets, in: text) { found.append($0) }
                #expect(found == text.indices.filter { targets.contains(text[$0]) })
            }
        }
    }

    @Test("A game report is found as a scan of every space finds it")
    func gameReportAgreesWithScan() {
        for text in Self.texts() {
            #expect(CombinedOrganizationFinder.isGameReport(text) == Self.scannedGameReport(text))
        }
    }

    @Test("A text that ends in a name and an opening bracket is read to its end, not past it")
    func bracketAtTheEnd() {
        let text = Array("Penn State (".unicodeScalars)
        #expect(!CombinedOrganizationFinder.isGameReport(text))
        #expect(!CombinedOrganizationFinder.hasTeamSign(after: 10, text))
    }

    @Test("The word-at-a-time scan stops at each capital, scalar beyond ASCII and asked-for comma, from any start")
    func nextCapitalStopsWhereTheScanWould() {
        for text in Self.texts() {
            for orComma in [false, true] {
                let stops = text.indices.filter { k in
                    let value = text[k].value
                    return (value >= 0x41 && value <= 0x5A) || value >= 0x80 || (orComma && value == 0x2C)
                }
                text.withUnsafeBufferPointer { buffer in
                    for start in 0...text.count {
                        let expected = stops.first { $0 >= start } ?? text.count
                        #expect(ScalarSearch.nextCapital(in: buffer, from: start, orComma: orComma) == expected)
                    }
                }
            }
        }
    }

    @Test("A lowercase paragraph longer than eight scalars is passed over to the capital that follows it")
    func nextCapitalCrossesLongLowercaseRuns() {
        let text = Array("shares of the carmaker rose sharply in early trading on friday, before Volvo".unicodeScalars)
        text.withUnsafeBufferPointer { buffer in
            #expect(ScalarSearch.nextCapital(in: buffer, from: 0) == 71)
            #expect(ScalarSearch.nextCapital(in: buffer, from: 0, orComma: true) == 62)
            #expect(ScalarSearch.nextCapital(in: buffer, from: 72) == text.count)
        }
    }

    /// The scan `isGameReport` replaced: every space followed by a digit, "(" or "c", after a capitalised word.
    static func scannedGameReport(_ text: [Unicode.Scalar]) -> Bool {
        var k = 1
        while k + 1 < text.count {
            let next = text[k + 1].value
            if text[k] == " ", (next >= 0x30 && next <= 0x39) || next == 0x28 || next == 0x63,
                CombinedOrganizationFinder.isNameScalar(text[k - 1])
            {
                var start = k - 1
                while start > 0 && CombinedOrganizationFinder.isNameScalar(text[start - 1]) { start -= 1 }
                if text[start].value >= 0x41 && text[start].value <= 0x5A
                    && CombinedOrganizationFinder.hasTeamSign(after: k, text)
                {
                    return true
                }
            }
            k += 1
        }
        return false
    }
}
