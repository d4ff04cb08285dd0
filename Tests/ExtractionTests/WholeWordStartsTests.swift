import Testing

@testable import Extraction

@Suite("Whole-word starts indexed once")
struct WholeWordStartsTests {
    @Test("The index finds every acronym where the search does, or leaves it to the search")
    func agreesWithSearch() {
        var g = FinderRobustnessTests.Generator(state: 5)
        let pieces = ["RBI", "Sebi", "RBIs", "(RBI)", "xRBI", "RBI2", "É", "ÉTA", "US", "U", "-", " ", " ", ".", "\n"]
        for _ in 0..<100 {
            let text = Array((0..<40).map { _ in g.pick(pieces) }.joined().unicodeScalars)
            let index = WholeWordStarts(text)
            for word in ["RBI", "Sebi", "RBIs", "ÉTA", "US", "U", "RBI2", "rbi", "ABCDEFGHIJ"] {
                let scalars = Array(word.unicodeScalars)
                let searched = CombinedOrganizationFinder.wholeWordStarts(of: scalars, in: text)
                if let indexed = index.starts(of: scalars) { #expect(indexed == searched, "\(word)") }
            }
        }
    }
}
