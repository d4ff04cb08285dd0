import Testing

@testable import Extraction

/// The mentions' texts of `organizations`, sorted, for comparing a pass's output in one line.
private func round27MentionTexts(_ organizations: [FoundOrganization]) -> [String] {
    organizations.flatMap { $0.mentions.map(\.text) }.sorted()
}

@Suite("Fresh news, round 27: publications, lowercase legal forms, foreign firm words and datelines")
struct FreshNewsRound27Tests {
    @Test("A publication keeps its capital 'The'; a lowercase 'the' and a public body's 'The' stay out")
    func publicationKeepsItsThe() {
        let text = """
            The Daily Telegraph declined to comment. The Guardian first reported it, as the Jakarta Post did. \
            The White House said nothing to The Hill's reporter.
            """
        let reported = ["Daily Telegraph", "Jakarta Post", "White House"].map { organizationOf($0, in: text) }
        let result = CombinedOrganizationFinder.widenedOverPublicationArticles(
            reported, entities: [spanOf("Guardian", in: text, "MISC"), spanOf("Hill", in: text, "PER")], regions: nil,
            Array(text.unicodeScalars))
        #expect(
            round27MentionTexts(result) == [
                "Jakarta Post", "The Daily Telegraph", "The Guardian", "The Hill", "White House",
            ])
        #expect(result.flatMap(\.mentions).first { $0.text == "The Daily Telegraph" }?.start == 0)
    }

    @Test("A programme or an age typed MISC after 'The' is no publication")
    func miscAfterTheIsNoPublicationUnlessItsHeadSaysSo() {
        let text = "The Daily Show mocked it. The Stone Age ended. The Golden Globe went to her."
        let entities = ["Daily Show", "Stone Age", "Golden Globe"].map { spanOf($0, in: text, "MISC") }
        let result = CombinedOrganizationFinder.widenedOverPublicationArticles(
            [], entities: entities, regions: nil, Array(text.unicodeScalars))
        #expect(result.isEmpty)
        #expect(CombinedOrganizationFinder.isPublicationName("Sunday Telegraph"))
        #expect(CombinedOrganizationFinder.isPublicationName("Evening Standard"))
        #expect(!CombinedOrganizationFinder.isPublicationName("Royal Mail"))
        #expect(!CombinedOrganizationFinder.isPublicationName("American Express"))
    }

    @Test("A lowercase 'plc', 'ltd' or 'llc' after a company's name is part of it; a longer word is not")
    func lowercaseLegalFormJoinsTheName() {
        let text = "HSBC Holdings plc agreed, Acme ltd. said, and Tesco plcs were not; Wise plc"
        let reported = ["HSBC Holdings", "Acme", "Tesco", "Wise"].map { organizationOf($0, in: text) }
        let result = CombinedOrganizationFinder.widenedOverLowercaseLegalForms(reported, Array(text.unicodeScalars))
        #expect(round27MentionTexts(result) == ["Acme ltd", "HSBC Holdings plc", "Tesco", "Wise plc"])
    }

    @Test("A span opening with another language's word for a group or a bank is an organization")
    func foreignFirmWordOpensAnOrganization() {
        let text = "It sold to Grupo Financiero Galicia and Banco de Mexico, not to Grupo alone or Banco chairs."
        let entities = [
            spanOf("Grupo Financiero Galicia", in: text, "LOC"), spanOf("Banco de Mexico", in: text, "PER"),
            spanOf("Banco chairs", in: text, "MISC"),
        ]
        let result = CombinedOrganizationFinder.addingForeignFirmOpenings(
            [], entities: entities, regions: nil, Array(text.unicodeScalars))
        #expect(round27MentionTexts(result) == ["Banco de Mexico", "Grupo Financiero Galicia"])
    }

    @Test("A dateline's 'The' before a bank or a body named 'X of Y' is the sentence's article")
    func datelineTheBeforeABodyOfAPlaceIsCut() {
        #expect(CombinedOrganizationFinder.leadingWordToCut("The Central Bank of Nigeria") == 4)
        #expect(CombinedOrganizationFinder.leadingWordToCut("The University of Sydney") == 4)
        #expect(CombinedOrganizationFinder.leadingWordToCut("The Church of England") == nil)
        #expect(CombinedOrganizationFinder.leadingWordToCut("The Land of Ours") == nil)
    }

    @Test("A name ending in 'Industry' typed MISC is a firm's")
    func industryEndsAFirmsName() {
        let text = "Foxconn, formally known as Hon Hai Precision Industry, bid."
        let result = CombinedOrganizationFinder.addingNamesEndingInFirmWords(
            [], entities: [spanOf("Hon Hai Precision Industry", in: text, "MISC")], regions: nil,
            Array(text.unicodeScalars))
        #expect(round27MentionTexts(result) == ["Hon Hai Precision Industry"])
    }
}
