import Testing

@testable import Extraction

@Suite("A name ending in dotted initials keeps the dot the sentence shares")
struct DottedInitialsTests {
    static let story = "Shares went to Varela Foods S.A. The loan came from Keel Bank N.A. Then the U.S. Navy left A.B."

    @Test("'S.A' and 'N.A' before a full stop get their dot; a word of three letters or a lone initial does not")
    func dotsBack() {
        let text = ScalarText(Self.story)
        func shaped(_ form: String) -> String {
            let span = TaggedOrganizationFinder.withAbbreviationDot(spanOf(form, in: Self.story), text)
            return text.string(span.start, span.end)
        }
        #expect(shaped("Varela Foods S.A") == "Varela Foods S.A.")
        #expect(shaped("Keel Bank N.A") == "Keel Bank N.A.")
        #expect(shaped("Keel Bank") == "Keel Bank")
        #expect(shaped("U.S. Navy") == "U.S. Navy")
        #expect(!TaggedOrganizationFinder.endsInDottedInitials(spanOf("Foods", in: Self.story), text.scalars))
        let cut = spanOf("Varela Foods S.A", in: Self.story)
        #expect(TaggedOrganizationFinder.withInitialsDot(cut, text).end == cut.end + 1)
    }
}
