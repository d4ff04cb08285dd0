import Testing

@testable import Extraction

@Suite("An article's capitals found once for the glue passes")
struct ArticleCapitalsTests {
    /// Pieces of news text with capitals at word starts and inside words, commas, marks beyond ASCII (a comma's
    /// byte in "ⰰ" U+2C30, a capital's in "Ł" U+0141) and lowercase runs longer than eight scalars.
    static let pieces = [
        "QatarEnergy", "GameSquare", "McCarthy", "Thames Water", "White House", "Crusaders", "the", "broadcaster",
        " ", " ", ",", ", which", "\n", "-", "'", "’", "ⰰ", "Ł", "é", "🎉", "2", "A", "Z", "AT&T", "shareholders",
        "Nvidia", "the Verdi union", "site.com/WeWork", "@OrbiMed",
    ]

    static func texts() -> [[Unicode.Scalar]] {
        var g = FinderRobustnessTests.Generator(state: 27)
        return (0..<300).map { _ in
            Array((0..<Int(g.next() % 40)).map { _ in g.pick(pieces) }.joined().unicodeScalars)
        }
    }

    @Test("The stops are the word-at-a-time scan's, from any start")
    func stopsAreTheScansStops() {
        for text in Self.texts() {
            let capitals = ArticleCapitals(text)
            #expect(capitals.count == text.count)
            #expect(
                capitals.stops
                    == text.indices.filter { k in
                        let value = text[k].value
                        return (value >= 0x41 && value <= 0x5A) || value >= 0x80 || value == 0x2C
                    })
            text.withUnsafeBufferPointer { buffer in
                var cursor = 0
                for start in 0...text.count {
                    let expected = ScalarSearch.nextCapital(in: buffer, from: start, orComma: true)
                    #expect(capitals.stop(atOrAfter: start, cursor: &cursor) == expected)
                }
            }
        }
    }

    @Test("Each letter's offsets are its capitals in text order, and no other scalar has any")
    func offsetsByLetter() {
        for text in Self.texts() {
            let capitals = ArticleCapitals(text)
            for letter in "AZQGMTWCNxé,".unicodeScalars {
                let expected =
                    letter.value >= 0x41 && letter.value <= 0x5A ? text.indices.filter { text[$0] == letter } : []
                #expect(Array(capitals.offsets(of: letter)) == expected)
            }
        }
    }

    @Test("Whole words are found from the capitals where the search finds them")
    func wholeWordStartsAgree() {
        for text in Self.texts() {
            let capitals = ArticleCapitals(text)
            for word in ["Thames Water", "White House", "Crusaders", "AT&T", "A", "Nvidia", "Łódź", "the", "WeWork"] {
                let name = Array(word.unicodeScalars)
                #expect(
                    CombinedOrganizationFinder.wholeWordStarts(of: name, in: text, capitals: capitals)
                        == CombinedOrganizationFinder.wholeWordStarts(of: name, in: text), "\(word)")
            }
        }
    }

    @Test("A pass given the article's index finds what it finds with an index of its own")
    func passesAgreeWithTheirOwnIndex() {
        for text in Self.texts() {
            let capitals = ArticleCapitals(text)
            let reread = ArticleCapitals(text + [])
            let camel = CombinedOrganizationFinder.addingCamelCaseNames([], entities: [], regions: nil, text)
            let firms = CombinedOrganizationFinder.addingUntaggedFirmNames([], entities: [], regions: nil, text)
            #expect(
                CombinedOrganizationFinder.addingCamelCaseNames(
                    [], entities: [], regions: nil, text, capitals: capitals) == camel)
            #expect(
                CombinedOrganizationFinder.addingUntaggedFirmNames(
                    [], entities: [], regions: nil, text, capitals: reread) == firms)
        }
    }

    @Test("Capitals inside a long lowercase paragraph and at its very end are found")
    func capitalsAfterLongRuns() {
        let text = Array(
            "shares of the carmaker rose sharply in early trading on friday, before Volvo. X".unicodeScalars)
        let capitals = ArticleCapitals(text)
        #expect(capitals.stops == [62, 71, text.count - 1])
        #expect(Array(capitals.offsets(of: "V")) == [71])
        #expect(Array(capitals.offsets(of: "X")) == [text.count - 1])
    }
}
