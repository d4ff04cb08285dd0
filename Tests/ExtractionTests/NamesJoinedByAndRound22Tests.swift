import Testing

@testable import Extraction

/// An organization named `form` with one mention, its first occurrence in `text`, keyed as the finder keys it.
private func named(_ form: String, in text: String) -> FoundOrganization {
    FoundOrganization(name: form, key: OrganizationKey.make(form), mentions: [mentionOf(form, in: text)])
}

@Suite("Names joined by 'and', round 22: a body's first items before its 'and'")
struct NamesJoinedByAndRound22Tests {
    @Test("A plain noun and 'and' before a body's head belong to its name, after 'the', a possessive or a line start")
    func firstItemsTakenIn() {
        let text =
            "The Kestrel and Orbis Board of Tamsin met. Vaduria's Ferrets and Quillon Union said.\nDrays and Tally Service"
        let found = CombinedOrganizationFinder.widenedOverPortfolioLists(
            ["Orbis Board of Tamsin", "Quillon Union", "Tally Service"].map { named($0, in: text) },
            Array(text.unicodeScalars))
        #expect(
            found.map(\.name) == [
                "Kestrel and Orbis Board of Tamsin", "Ferrets and Quillon Union", "Drays and Tally Service",
            ])
        #expect(found[0].mentions[0].start == spanOf("Kestrel and", in: text).start)
    }

    @Test("Not a name, an acronym, a place, a 'The' alone, a word after a lowercase one, nor a mention with no head")
    func firstItemsLeftOut() {
        let text =
            "The Kestrel and Orbis Board met. The KBC and Orbis Board met. The Paris and Orbis Board met. "
            + "Said Orbis and Ferro Council. The and Ferro Council. The Kestrel and Tamsin Holdings."
        let forms = ["Kestrel", "Orbis Board", "Ferro Council", "Tamsin Holdings"]
        var organizations = forms.map { named($0, in: text) }
        // Every "Orbis Board" mention, after a name the article reports alone ("Kestrel"), an acronym and a place.
        organizations[1].mentions = ["Kestrel and ", "KBC and ", "Paris and "].map {
            let before = spanOf($0, in: text)
            return Mention(start: before.end, end: before.end + 11, text: "Orbis Board")
        }
        let found = CombinedOrganizationFinder.widenedOverPortfolioLists(organizations, Array(text.unicodeScalars))
        #expect(found.map(\.name) == forms)
        #expect(found[1].mentions.count == 3)
    }

    @Test("The tagger's own reading of the first item: none or one organization through the mention; not another")
    func taggerReading() {
        let text = "The Kestrel and Orbis Board met. The Ferro and Tamsin Board met."
        let scalars = Array(text.unicodeScalars)
        let entities = [
            spanOf("Kestrel and Orbis Board", in: text), spanOf("Ferro", in: text),
            spanOf("Tamsin Board", in: text),
        ]
        let found = CombinedOrganizationFinder.widenedOverPortfolioLists(
            ["Orbis Board", "Tamsin Board"].map { named($0, in: text) }, entities: entities, scalars)
        #expect(found.map(\.name) == ["Tamsin Board", "Kestrel and Orbis Board"])
    }

    @Test("A body's first portfolio takes in the list after it where the tagger's span runs on over it; not otherwise")
    func portfolioListsAfter() {
        let text = "The Bureau of Kestrel, Orbis and Ferro said. The Office of Tamsin, Orbis and Ferro said."
        let scalars = Array(text.unicodeScalars)
        let entities = [
            spanOf("Bureau of Kestrel, Orbis and Ferro", in: text), spanOf("Office of Tamsin", in: text),
        ]
        let found = CombinedOrganizationFinder.widenedOverPortfolioLists(
            ["Bureau of Kestrel", "Office of Tamsin"].map { named($0, in: text) }, entities: entities, scalars)
        #expect(found.map(\.name) == ["Office of Tamsin", "Bureau of Kestrel, Orbis and Ferro"])
    }

    @Test("Two rule names read the same wherever asked: of one kind or each an institution, with or without strength")
    func ruleNamesOneReading() {
        var ofOneKind = JoinedNames(parts: ["Alder Bay Partners", "Corvid Ferro Partners"])
        ofOneKind.partsAreRuleNames = true
        ofOneKind.strongOrOneWord = [false, false]
        #expect(ofOneKind.isSeveralNames)
        var institutions = JoinedNames(parts: ["Kestrel University", "Orbis College"])
        institutions.partsAreRuleNames = true
        #expect(institutions.isSeveralNames)
        var oneName = JoinedNames(parts: ["Tamsin Post", "Ferro Administration"])
        oneName.partsAreRuleNames = true
        oneName.strongOrOneWord = [false, false]
        #expect(!oneName.isSeveralNames)
    }
}
