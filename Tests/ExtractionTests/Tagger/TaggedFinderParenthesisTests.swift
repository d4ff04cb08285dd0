import Testing

@testable import Extraction

@Suite("Tagged finder, a span that took the opening parenthesis")
struct TaggedFinderParenthesisTests {
    /// A model once tagged "… Democracy in Rwanda (" as one organization and "RDR)" as the next (CoNLL dev,
    /// conll-dev-0180): the acronym check then walked the text from the first span's end back to the "(" before
    /// the second, an inverted range, and trapped.
    @Test func aPreviousSpanEndingAfterTheParenthesisIsNoAcronymAndNoCrash() {
        let text = ScalarText("Rally in Rwanda (RDR) urged calm.")
        let spans = [
            EntitySpan(start: 0, end: 17, label: "ORG"),  // "Rally in Rwanda ("
            EntitySpan(start: 17, end: 20, label: "ORG"),  // "RDR"
        ]
        let found = TaggedOrganizationFinder.group(spans, in: text)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.aliases.isEmpty })
    }
}
