import Testing

@testable import Extraction

/// An organization named `form` with one mention, its first occurrence in `text`, keyed as the finder keys it.
private func named(_ form: String, in text: String) -> FoundOrganization {
    FoundOrganization(name: form, key: OrganizationKey.make(form), mentions: [mentionOf(form, in: text)])
}

@Suite("Names of round 21: trades opening a sentence, words with a capital inside")
struct RoundTwentyOneNamesTests {
    @Test("A trade noun that opens a sentence is cut from the name after it, and a trade alone in the plural dropped")
    func tradeNounsCut() {
        let text =
            "Broadcaster Kestrel TV said so. Carmaker Orbis Motors grew. Shipowners said no. Ferro Lender Co met."
        let found = CombinedOrganizationFinder.withoutLeadingTradeNouns(
            ["Broadcaster Kestrel TV", "Carmaker Orbis Motors", "Shipowners", "Ferro Lender Co"].map {
                named($0, in: text)
            }, Array(text.unicodeScalars))
        #expect(found.map(\.name) == ["Ferro Lender Co", "Kestrel TV", "Orbis Motors"])
        #expect(found[1].mentions.map(\.start) == [spanOf("Kestrel TV", in: text).start])
        #expect(found[2].mentions.map(\.text) == ["Orbis Motors"])
    }

    @Test("A trade word inside a sentence, or a team in the plural before a score, is kept")
    func tradeWordsInsideSentencesKept() {
        let text = "Hits for the Brewers rallied. Miners 5 Orbis 3. Mr Kestrel met Miner Orbis Ltd."
        let found = CombinedOrganizationFinder.withoutLeadingTradeNouns(
            ["Brewers", "Miners", "Miner Orbis Ltd"].map { named($0, in: text) }, Array(text.unicodeScalars))
        #expect(found.map(\.name) == ["Brewers", "Miners", "Miner Orbis Ltd"])
    }

    @Test("A name that opens with a bank, an airline or an all-capitals word keeps it")
    func namesOpeningWithOtherWordsKept() {
        #expect(CombinedOrganizationFinder.tradeNounCut("Bank of Kestrel") == nil)
        #expect(CombinedOrganizationFinder.tradeNounCut("Airline Pilots Association") == nil)
        #expect(CombinedOrganizationFinder.tradeNounCut("MINER Orbis") == nil)
        #expect(CombinedOrganizationFinder.tradeNounCut("Lender of Kestrel") == nil)
        #expect(CombinedOrganizationFinder.tradeNounCut("Miners") == 6)
        #expect(CombinedOrganizationFinder.tradeNounCut("Chipmaker Orbis") == 10)
    }

    @Test("A word with a capital inside that stands alone is a firm's name")
    func camelCaseNamesAdded() {
        let text =
            "KestrelEnergy, the seller, got funding from OrbiMed. Kestrel's AirPods sold. She stayed at OrbiSpring Suites. McCarthy and DeSantis met. JulAug 12. See site.com/FerroWorks now."
        let found = CombinedOrganizationFinder.addingCamelCaseNames(
            [], entities: [], regions: nil, Array(text.unicodeScalars))
        #expect(found.map(\.name) == ["KestrelEnergy", "OrbiMed"])
        #expect(found[1].mentions.map(\.start) == [spanOf("OrbiMed", in: text).start])
    }

    @Test("A word with a capital inside that the tagger typed exactly as a person is a firm's name")
    func camelCaseNamesTypedAsPersons() {
        let text = "KestrelEnergy, the seller, grew."
        let found = CombinedOrganizationFinder.addingCamelCaseNames(
            [], entities: [spanOf("KestrelEnergy", in: text, "PER")], regions: nil, Array(text.unicodeScalars))
        #expect(found.map(\.name) == ["KestrelEnergy"])
    }

    @Test("A word with a capital inside in a longer person's span, or typed as a miscellaneous name, is left")
    func camelCaseNamesTypedOtherwiseLeft() {
        let text = "KestrelVai Washington won. OrbiCup final."
        let found = CombinedOrganizationFinder.addingCamelCaseNames(
            [], entities: [spanOf("KestrelVai Washington", in: text, "PER"), spanOf("OrbiCup", in: text, "MISC")],
            regions: nil, Array(text.unicodeScalars))
        #expect(found.isEmpty)
        #expect(!CombinedOrganizationFinder.isCamelCaseName(ArraySlice("JPMorgan".unicodeScalars)))
        #expect(CombinedOrganizationFinder.isCamelCaseName(ArraySlice("ByteDance".unicodeScalars)))
    }
}
