import Testing

@testable import Extraction

@Suite("A party named before a member's post ('Green MP', 'Alba TD')")
struct MemberPostPartyTests {
    static let story = """
        Harbour Party MP Jonah Wick quit on Friday. The Greenway TD Ciara Moss and a Moorland councillor objected.
        Independent MP Lola Reyes abstained, as did the Westfield MP and one British MP. Prime Minister Ama Osei \
        spoke.
        """

    @Test("The words before the post are the party, where the tagger typed them as nothing or ran them on")
    func partiesAdded() {
        let scalars = Array(Self.story.unicodeScalars)
        let entities = [
            // the tagger's reading of "Harbour Party MP Jonah Wick" as one miscellaneous name
            ArticleDefinedNamesTests.span(at: "Harbour", length: 27, "MISC", in: Self.story),
            spanOf("Westfield", in: Self.story, "LOC"), spanOf("British", in: Self.story, "MISC"),
            spanOf("Lola Reyes", in: Self.story, "PER"),
        ].sorted { $0.start < $1.start }
        let found = CombinedOrganizationFinder.addingPartiesBeforePosts([], entities: entities, regions: nil, scalars)
        #expect(found.map(\.name) == ["Harbour Party", "Greenway", "Moorland"])
    }

    @Test("Qualifiers of the member, a seat typed as a place and a nationality are no party")
    func notParties() {
        let s = Array(Self.story.unicodeScalars)
        func run(before post: String) -> String? {
            let start = spanOf(post, in: Self.story).start
            return CombinedOrganizationFinder.partyRun(endingAt: start - 1, s).map {
                String(String.UnicodeScalarView(s[$0]))
            }
        }
        #expect(run(before: "MP Lola") == nil)
        #expect(run(before: "TD Ciara") == "Greenway")
    }

    @Test("A tagger span running over the post ends before it")
    func spanEndsBeforePost() {
        let text = ScalarText(Self.story)
        func cut(_ form: String) -> String {
            let span = TaggedOrganizationFinder.beforeMemberPost(spanOf(form, in: Self.story), text)
            return text.string(span.start, span.end)
        }
        #expect(cut("Greenway TD Ciara Moss") == "Greenway")
        #expect(cut("Harbour Party MP") == "Harbour Party")
        #expect(cut("Prime Minister Ama Osei") == "Prime Minister Ama Osei")
    }
}
