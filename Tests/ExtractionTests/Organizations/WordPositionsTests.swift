import Testing

@testable import Extraction

@Suite("Word positions of long articles")
struct WordPositionsTests {
    /// What `DocumentResolver.standsAlone` answers by scanning: a word token `word` before `end` whose next token's
    /// word is not `next`.
    static func scanned(_ tokens: [Token], _ word: String, before end: Int, unlessBefore next: String) -> Bool {
        for i in 0..<end where tokens[i].kind == .word && tokens[i].normalized == word {
            if i + 1 < tokens.count && tokens[i + 1].normalized == next { continue }
            return true
        }
        return false
    }

    @Test("The index answers as the scan does, for every word, every end and every following word")
    func indexAgreesWithScan() {
        var g = FinderRobustnessTests.Generator(state: 7)
        let pieces = ["Acme", "Group", "Acme’s", "U.S.", "Inc.", "the", "Bank", ",", ".", "Acme\n\nGroup", "of"]
        for _ in 0..<40 {
            let text = (0..<60).map { _ in g.pick(pieces) }.joined(separator: " ")
            let tokens = Tokenizer().tokens(in: text)
            let index = WordPositions(tokens)
            let words = Set(tokens.map(\.normalized))
            for word in words {
                for next in words {
                    for end in 0...tokens.count {
                        #expect(
                            index.stands(word, before: end, unlessBefore: next)
                                == Self.scanned(tokens, word, before: end, unlessBefore: next))
                    }
                }
            }
        }
    }

    @Test("A name's first word written alone long before the name keeps it apart, past the scan's reach")
    func leadingWordFarBefore() {
        let filler = String(repeating: "Officials met on Monday and talked for a long time. ", count: 500)
        let text =
            "The House on Wednesday passed a bill. " + filler
            + "But the House Freedom Caucus, a group of conservatives, criticized the deal. The House will vote again."
        #expect(Tokenizer().tokens(in: text).count > DocumentResolver.longestScan)
        let names = RuleBasedOrganizationFinder().organizations(in: text, regions: nil).map(\.name)
        #expect(names.contains("House Freedom Caucus"))
        let caucus = RuleBasedOrganizationFinder().organizations(in: text, regions: nil).first {
            $0.name == "House Freedom Caucus"
        }
        #expect(caucus?.mentions.map(\.text) == ["House Freedom Caucus"])
    }
}
