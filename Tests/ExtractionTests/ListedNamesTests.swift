import Testing

@testable import Extraction

@Suite("Names joined to an organization, names' own 's, and common nouns that open a sentence")
struct ListedNamesTests {
    @Test("A rule name read as something else is reported when 'and', 'or' or '&' joins it to an organization")
    func coordinated() {
        let text = "Honda and Nissan have issued recalls. On the Trading System, Gazprom rose."
        let scalars = Array(text.unicodeScalars)
        let honda = spanOf("Honda", in: text)
        let nissan = spanOf("Nissan", in: text, "MISC")
        let mention = Mention(start: nissan.start, end: nissan.end, text: "Nissan")
        #expect(CombinedOrganizationFinder.isCoordinatedWithOrganization(mention, entities: [honda, nissan], scalars))
        #expect(!CombinedOrganizationFinder.isCoordinatedWithOrganization(mention, entities: [nissan], scalars))
        // Since round 24 a person's reading of exactly the words gives way too.
        let person = EntitySpan(start: nissan.start, end: nissan.end, label: "PER")
        #expect(CombinedOrganizationFinder.isCoordinatedWithOrganization(mention, entities: [honda, person], scalars))
        let system = spanOf("Trading System", in: text)
        let gazprom = spanOf("Gazprom", in: text)
        let systemMention = Mention(start: system.start, end: system.end, text: "Trading System")
        #expect(!CombinedOrganizationFinder.isCoordinatedWithOrganization(systemMention, entities: [gazprom], scalars))
    }

    @Test("An 's that no noun follows is the name's own; a possessive's is not")
    func ownPossessive() {
        let text = "Ben & Jerry's, which Unilever bought. Lowe's was up. OM's plans. Google's search. Macy's.com"
        let scalars = ScalarText(text)
        func widened(_ form: String) -> String {
            let s = TaggedOrganizationFinder.withOwnPossessive(spanOf(form, in: text), scalars)
            return scalars.string(s.start, s.end)
        }
        #expect(widened("Ben & Jerry") == "Ben & Jerry's")
        #expect(widened("Lowe") == "Lowe's")
        #expect(widened("OM") == "OM")
        #expect(widened("Google") == "Google")
        #expect(widened("Macy") == "Macy")
    }

    @Test("A capitalised word opening a sentence that the article also writes in lowercase is no name")
    func commonNounOpeners() {
        let text = "Nurses at the hospital voted. The 1,600 nurses want more staff. Radio Red said. See radio.com."
        let scalars = Array(text.unicodeScalars)
        func organization(_ form: String) -> FoundOrganization { organizationOf(form, in: text) }
        func kept(_ form: String) -> [String] {
            CombinedOrganizationFinder.withoutCommonNounOpeners(
                [organization(form)], isRuleName: { _ in false }, scalars
            )
            .map(\.name)
        }
        #expect(kept("Nurses").isEmpty)
        #expect(kept("Radio") == ["Radio"])
        #expect(kept("Radio Red") == ["Radio Red"])
        let rule = CombinedOrganizationFinder.withoutCommonNounOpeners(
            [organization("Nurses")], isRuleName: { _ in true }, scalars)
        #expect(rule.map(\.name) == ["Nurses"])
    }

    @Test("A name that is another's plus corporate-form words joins it; business words do not")
    func corporateForms() {
        func organization(_ name: String, at start: Int) -> FoundOrganization {
            FoundOrganization(
                name: name, key: OrganizationKey.make(name),
                mentions: [Mention(start: start, end: start + name.count, text: name)])
        }
        let merged = CombinedOrganizationFinder.mergingCorporateForms([
            organization("Alibaba", at: 0), organization("Alibaba Group Holding", at: 20),
            organization("Tata", at: 60), organization("Tata Motors", at: 80),
        ])
        #expect(merged.map(\.name) == ["Alibaba", "Tata", "Tata Motors"])
        #expect(merged[0].mentions.map(\.start) == [0, 20] && merged[0].aliases == ["Alibaba Group Holding"])
    }

    @Test("'AI' is artificial intelligence, no organization")
    func artificialIntelligence() {
        let scalars = Array("AI chatbots".unicodeScalars)
        #expect(CombinedOrganizationFinder.namesNoOrganization(scalars, 0, 2))
    }
}
