import Testing

@testable import Extraction

@Suite("Parties named by their members, leaders' posts, and Reuters' Asian datelines")
struct PartiesAndPostsTests {
    static let story = """
        House passes stopgap bill to avert government shutdown

        WASHINGTON (AP) — The House on Wednesday passed a stopgap spending bill, with Democrats and most Republicans \
        voting in favor. The Congressional Budget Office estimated the cost.

        Senate Majority Leader Chuck Schumer said he expected the Senate to approve the bill. The Sweden Democrats \
        and the Social Democrats were not asked.
        """

    @Test("'Democrats' and 'Republicans' are reported as the parties; not inside a longer party's name")
    func partyMembers() {
        let scalars = Array(Self.story.unicodeScalars)
        func mention(_ form: String, after anchor: String = "") -> Mention {
            let from = Array(Self.story.unicodeScalars).firstRange(of: Array(anchor.unicodeScalars))?.upperBound ?? 0
            let start = scalars[from...].firstRange(of: Array(form.unicodeScalars))!.lowerBound
            return Mention(start: start, end: start + form.unicodeScalars.count, text: form)
        }
        func reported(_ m: Mention) -> Bool {
            CombinedOrganizationFinder.isReportedThoughMissed(m, known: false, entities: [], scalars)
        }
        #expect(reported(mention("Democrats")))
        #expect(reported(mention("Republicans")))
        #expect(!reported(mention("Democrats", after: "Sweden")))
        #expect(!reported(mention("Democrats", after: "Social")))
    }

    @Test("'Senate Majority' before 'Leader' is the Senate; a span that was only the post goes")
    func leaderPost() {
        let scalars = ScalarText(Self.story)
        let senate = TaggedOrganizationFinder.withoutLeaderPost(spanOf("Senate Majority", in: Self.story), scalars)
        #expect(senate.map { scalars.string($0.start, $0.end) } == "Senate")
        #expect(TaggedOrganizationFinder.withoutLeaderPost(spanOf("Majority", in: Self.story), scalars) == nil)
        let budget = spanOf("Congressional Budget Office", in: Self.story)
        #expect(TaggedOrganizationFinder.withoutLeaderPost(budget, scalars) == budget)
    }

    @Test("'Mumbai, Aug 29 (Reuters) -' is a dateline naming its agency")
    func monthDayDateline() {
        let dateline = Dateline.read("Mumbai, Aug 29 (Reuters) - Reliance Industries will list its telecoms unit.")
        #expect(dateline?.place == "Mumbai")
        #expect(dateline?.agency == "Reuters")
        #expect(Dateline.read("Mumbai, 29 people (Reuters) - were hurt") == nil)
        #expect(Dateline.isMonthAndDay("Sept. 3"))
        #expect(!Dateline.isMonthAndDay("Aug 2025"))
    }
}
