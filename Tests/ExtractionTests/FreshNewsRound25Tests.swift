import Testing

@testable import Extraction

/// An organization named `form` with one mention, its first occurrence in `text`, keyed as the finder keys it.
private func named(_ form: String, in text: String) -> FoundOrganization {
    FoundOrganization(name: form, key: OrganizationKey.make(form), mentions: [mentionOf(form, in: text)])
}

@Suite("Fresh news, round 25: names beside 'and'")
struct FreshNewsRound25Tests {
    @Test("Two sides that say the same head word are two names; a name joining two different words stays whole")
    func sharedHeadWordSplits() {
        let text = "Toronto-Dominion Bank and Bank of Nova Scotia report. The Food and Drug Administration ruled."
        let found = CombinedOrganizationFinder.splittingNamesJoinedByAnd(
            [
                named("Toronto-Dominion Bank and Bank of Nova Scotia", in: text),
                named("Food and Drug Administration", in: text),
            ], Array(text.unicodeScalars))
        #expect(
            found.map(\.name).sorted() == [
                "Bank of Nova Scotia", "Food and Drug Administration", "Toronto-Dominion Bank",
            ])
        #expect(JoinedNames.shareHeadWord("University of Oxford", "University of Cambridge"))
        #expect(!JoinedNames.shareHeadWord("Department of Health", "Human Services"))
        #expect(!JoinedNames.shareHeadWord("The Bank", "Bank"))
    }

    @Test("A one-word side the gazetteer knows beside a company's name is two names; surnames joined stay one")
    func knownOneWordSideSplits() {
        let text = "Toyota Motor and Honda report next week. Marks and Spencer and Procter and Gamble did not."
        let found = CombinedOrganizationFinder.splittingNamesJoinedByAnd(
            [named("Toyota Motor and Honda", in: text), named("Procter and Gamble", in: text)],
            Array(text.unicodeScalars))
        #expect(found.map(\.name).sorted() == ["Honda", "Procter and Gamble", "Toyota Motor"])
        #expect(!JoinedNames.hasKnownOneWordSide("Marks", "Spencer", []))
        #expect(JoinedNames.hasKnownOneWordSide("Li Auto", "Zeekr", ["li auto", "zeekr"]))
    }

    @Test("A tagger span's first name, lost to the rules' boundary at its 'and', is added when it names a body")
    func nameBeforeAnd() {
        let text =
            "Bank of Montreal and Royal Bank of Canada beat forecasts. The Securities and Exchange Commission sued."
        let scalars = Array(text.unicodeScalars)
        let reported = [named("Royal Bank of Canada", in: text), named("Exchange Commission", in: text)]
        let entities = [
            spanOf("Bank of Montreal and Royal Bank of Canada", in: text),
            spanOf("Securities and Exchange Commission", in: text),
        ]
        let result = CombinedOrganizationFinder.addingNamesBeforeAnd(
            reported, entities: entities, regions: nil, scalars)
        #expect(result.map(\.name).sorted() == ["Bank of Montreal", "Exchange Commission", "Royal Bank of Canada"])
    }

    @Test("A one-word name typed a place beside a reported name and 'and' is an organization; a known place is not")
    func placeBesideOrganization() {
        let story = """
            Suits against Coinbase and Kraken followed. Airbus and Paris agreed. Wipro and HCLTech report. The \
            towns of Barentsburg and Pyramiden, and Breisach, Kehl and Freiburg. Plumes from Europa and Enceladus.
            """
        let scalars = Array(story.unicodeScalars)
        let reported = ["Coinbase", "Airbus", "Wipro", "Barentsburg", "Kehl", "Europa"].map {
            organizationOf($0, in: story)
        }
        let entities = ["Kraken", "Paris", "HCLTech", "Pyramiden", "Freiburg", "Enceladus"].map {
            spanOf($0, in: story, "LOC")
        }
        let result = CombinedOrganizationFinder.addingListedOrganizations(
            reported, entities: entities, regions: nil, scalars)
        // Not a place's pair after "of" or "from", nor the end of a longer list.
        #expect(
            result.map(\.name).sorted() == [
                "Airbus", "Barentsburg", "Coinbase", "Europa", "HCLTech", "Kehl", "Kraken", "Wipro",
            ])
    }
}
