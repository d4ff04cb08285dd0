import Testing

@testable import Extraction

/// The mentions' texts of `organizations`, sorted, for comparing a pass's output in one line.
private func round28MentionTexts(_ organizations: [FoundOrganization]) -> [String] {
    organizations.flatMap { $0.mentions.map(\.text) }.sorted()
}

@Suite("Fresh news, round 28: products and columns, teams named for places, union locals, lists and trusts")
struct FreshNewsRound28Tests {
    @Test("A name right after a drug's or a programme's noun is that product, wherever the article repeats it")
    func productAfterItsKindIsNoOrganization() {
        let text = """
            Eli Lilly said its weight-loss drug Zepbound cut the risk. Zepbound sales rose. \
            The programme, Panorama, will return. Carmaker Stellantis and the drug regulator FDA agreed.
            """
        let reported = ["Eli Lilly", "Panorama", "Stellantis", "FDA"].map { organizationOf($0, in: text) }
        let again = mentionOf("Zepbound sales", in: text)
        let zepbound = FoundOrganization(
            name: "Zepbound", key: "zepbound",
            mentions: [
                mentionOf("Zepbound", in: text), Mention(start: again.start, end: again.start + 8, text: "Zepbound"),
            ])
        let result = CombinedOrganizationFinder.withoutWorksAndProducts(
            reported + [zepbound], Array(text.unicodeScalars))
        #expect(round28MentionTexts(result) == ["Eli Lilly", "FDA", "Stellantis"])
    }

    @Test("A name in apposition after a product's noun is dropped only when a comma closes the apposition")
    func appositionNeedsItsClosingComma() {
        let text = "The series, Netflix said in March. The series, Succession, ended."
        let reported = ["Netflix", "Succession"].map { organizationOf($0, in: text) }
        let result = CombinedOrganizationFinder.withoutWorksAndProducts(reported, Array(text.unicodeScalars))
        #expect(round28MentionTexts(result) == ["Netflix"])
    }

    @Test("A paper's column title names the column; the paper named elsewhere stays")
    func columnTitleIsNoMentionOfThePaper() {
        let text = "The Guardian view on water bills: act now\n\nThe Guardian reported the spills first."
        let first = mentionOf("The Guardian", in: text)
        let second = mentionOf("The Guardian reported", in: text).start
        let paper = FoundOrganization(
            name: "The Guardian", key: "the guardian",
            mentions: [first, Mention(start: second, end: second + 12, text: "The Guardian")])
        let result = CombinedOrganizationFinder.withoutWorksAndProducts([paper], Array(text.unicodeScalars))
        #expect(result.flatMap(\.mentions).map(\.start) == [second])
        #expect(!CombinedOrganizationFinder.opensColumnTitle(after: 3, Array("IMF views on debt".unicodeScalars)))
    }

    @Test("A place typed LOC and the nickname after it are the team; a state's senators are not")
    func placeAndNicknameAreTheTeam() {
        let text =
            "Mumbai Indians beat Chennai Super Kings by six wickets. Ohio Senators voted. In Boston Celtics fans cheered."
        let entities = ["Chennai", "Ohio", "Boston"].map { spanOf($0, in: text, "LOC") }
        let result = CombinedOrganizationFinder.addingTeamsNamedForPlaces(
            [organizationOf("Mumbai Indians", in: text)], entities: entities, regions: nil, Array(text.unicodeScalars))
        #expect(round28MentionTexts(result) == ["Chennai Super Kings", "Mumbai Indians"])
    }

    @Test("A span ending in 'Local' or 'Lodge' and its number is a union's unit; 'District 9' is not")
    func unionLocalIsAnOrganization() {
        let text = "Members of Teamsters Local 916 and Machinists Lodge 751 met; Blomkamp made Johannesburg District 9."
        let entities = [
            spanOf("Teamsters Local 916", in: text, "MISC"), spanOf("Machinists Lodge 751", in: text, "LOC"),
            spanOf("Johannesburg District 9", in: text, "MISC"),
        ]
        let result = CombinedOrganizationFinder.addingUnionLocals(
            [], entities: entities, regions: nil, Array(text.unicodeScalars))
        #expect(round28MentionTexts(result) == ["Machinists Lodge 751", "Teamsters Local 916"])
    }

    @Test("An untyped first name of a list of three organizations is reported; of a pair it is not")
    func untypedListOpenerIsAnOrganization() {
        let text = "Meta, TikTok and Snap called it rushed. Sony, Nintendo said no."
        let entities = ["TikTok", "Snap", "Nintendo"].map { spanOf($0, in: text) }
        let scalars = Array(text.unicodeScalars)
        let meta = organizationOf("Meta", in: text).mentions[0]
        let sony = organizationOf("Sony", in: text).mentions[0]
        #expect(CombinedOrganizationFinder.opensListOfOrganizations(meta, entities: entities, scalars))
        #expect(!CombinedOrganizationFinder.opensListOfOrganizations(sony, entities: entities, scalars))
    }

    @Test("A rule name ending in 'Trust' that the tagger typed a place is an institution")
    func trustTypedAPlaceIsAnInstitution() {
        let text = "It was funded by the Gates Foundation and the Wellcome Trust."
        let trust = organizationOf("Wellcome Trust", in: text).mentions[0]
        #expect(
            CombinedOrganizationFinder.isInstitutionReadAsPlace(
                trust, entities: [spanOf("Wellcome Trust", in: text, "LOC")], Array(text.unicodeScalars)))
    }
}
