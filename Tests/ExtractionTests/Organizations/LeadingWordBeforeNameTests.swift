import Testing

@testable import Extraction

@Suite("A name's first word written alone before the name is another organization")
struct LeadingWordBeforeNameTests {
    func groups(_ text: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for organization in RuleBasedOrganizationFinder().organizations(in: text, regions: nil) {
            out[organization.name] = organization.mentions.map(\.text)
        }
        return out
    }

    @Test("'The House … the House Freedom Caucus … The House' keeps the House apart from the caucus")
    func houseBeforeCaucus() {
        let found = groups(
            "House passes bill\n\nThe House on Wednesday passed a bill. But the House Freedom Caucus, a group of "
                + "conservatives, criticized the deal. The House will vote again.")
        #expect(found["House Freedom Caucus"] == ["House Freedom Caucus"])
    }

    @Test("After the full name, its first word is still the organization's short form")
    func shortFormAfterName() {
        let found = groups(
            "Goldman Sachs Group Inc. said on Tuesday it would cut jobs. Goldman has cut 3,000 jobs this year, "
                + "and Goldman shares fell.")
        #expect(found.values.contains { $0.count == 3 })
    }
}
