import Testing

@testable import Extraction

@Suite("An exchange's name before 'Composite' is the index")
struct CompositeIndexTests {
    @Test("'Nasdaq' of 'Nasdaq Composite' and 'Jakarta' of 'Jakarta Composite' are indexes; 'Composites' is a word")
    func composite() {
        let text = "The Nasdaq Composite rose, the Jakarta Composite fell and Nasdaq Composites Ltd said nothing."
        let scalars = Array(text.unicodeScalars)
        func isIndex(_ form: String, after anchor: String = "") -> Bool {
            let offset = anchor.isEmpty ? 0 : spanOf(anchor, in: text).end
            let rest = String(String.UnicodeScalarView(scalars[offset...]))
            let span = spanOf(form, in: rest)
            return CombinedOrganizationFinder.isMarketIndex(scalars, offset + span.start, offset + span.end)
        }
        #expect(isIndex("Nasdaq"))
        #expect(isIndex("Jakarta"))
        #expect(!isIndex("Nasdaq", after: "fell and"))
    }
}
