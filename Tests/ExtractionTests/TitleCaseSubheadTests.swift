import OrganizationModel
import Testing

@testable import Extraction

@Suite("Organizations in Title-Case lines inside an article")
struct TitleCaseSubheadTests {
    /// One organization per name, each mention where its name is written first at or after `from`.
    private func organizations(_ names: [String], in text: String, from: Int = 0) -> [FoundOrganization] {
        let scalars = Array(text.unicodeScalars)
        return names.map { name in
            let starts = CombinedOrganizationFinder.wholeWordStarts(of: Array(name.unicodeScalars), in: scalars)
            let mentions = starts.filter { $0 >= from }.map {
                Mention(start: $0, end: $0 + name.unicodeScalars.count, text: name)
            }
            return FoundOrganization(name: name, key: name.lowercased(), mentions: mentions)
        }
    }

    @Test("A subhead, a related story or a tour date is a Title-Case line; names and tables are not")
    func subheadLines() {
        let text = """
            Microsoft agrees deal
            Microsoft said on Tuesday it would buy the studio.
            Samsung Struggles With Chip Shortage As Apple Gains
            Sept. 18 -- The Forum, Los Angeles, CA
            Bank of America Merrill Lynch
            Arsenal 2 Tottenham Hotspur 1 Chelsea 0
            Analysts at Morgan Stanley said Samsung and Apple would gain.
            """
        let scalars = Array(text.unicodeScalars)
        let found = organizations(
            [
                "Samsung Struggles With Chip Shortage As Apple Gains", "The Forum", "Bank of America Merrill Lynch",
                "Arsenal", "Morgan Stanley",
            ], in: text)
        let title = 0..<21
        let lines = CombinedOrganizationFinder.titleCaseSubheads(found, outside: title, scalars)
            .map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(
            lines == ["Samsung Struggles With Chip Shortage As Apple Gains", "Sept. 18 -- The Forum, Los Angeles, CA"])
    }

    @Test("A run of capitals in a subhead gives way to the names the story writes in sentences")
    func subheadMentions() throws {
        let finder = CombinedOrganizationFinder(tagger: try OrganizationTagger(bytes: OrganizationModel.bytes()))
        let text = """
            Chipmakers race to meet demand

            Samsung said on Thursday that a shortage of memory chips would cut its phone shipments, while Apple \
            reported record sales of its new handsets.

            Samsung Struggles With Chip Shortage As Apple Gains

            Analysts at Morgan Stanley expect the shortage to last into next year.
            """
        let found = finder.organizations(in: text, regions: nil)
        #expect(!found.contains { $0.name.contains("Struggles") || $0.name.contains("Gains") })
        let subhead = try #require(text.range(of: "Samsung Struggles"))
        let subheadStart = text.unicodeScalars.distance(from: text.startIndex, to: subhead.lowerBound)
        let samsung = try #require(found.first { $0.key == "samsung" })
        #expect(samsung.mentions.contains { $0.start == subheadStart && $0.text == "Samsung" })
    }

    @Test("A page of one long line is read in bounded steps per mention")
    func longLine() {
        let text = String(repeating: "Acme Widgets With Parts As Gadgets ", count: 2_000)
        let scalars = Array(text.unicodeScalars)
        let found = organizations(["Acme Widgets"], in: text)
        #expect(CombinedOrganizationFinder.titleCaseSubheads(found, outside: 0..<0, scalars).isEmpty)
    }
}
