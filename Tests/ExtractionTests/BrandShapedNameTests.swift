import Testing

@testable import Extraction

@Suite("One-word names shaped as no word or place: digits first, or a capital inside a lowercase start")
struct BrandShapedNameTests {
    @Test("A rule name such as 3M, 7-Eleven or eBay stands where the tagger typed it as no person")
    func brandShapes() {
        let story =
            "Shares of 3M rose, 7-Eleven fell, eBay gained, iRobot slid, and Zeta, 27-year-old Smith and 5 said."
        func reported(_ form: String, _ entities: [EntitySpan] = []) -> Bool {
            CombinedOrganizationFinder.isBrandShapedName(mentionOf(form, in: story), entities: entities)
        }
        #expect(reported("3M"))
        #expect(reported("7-Eleven"))
        #expect(reported("eBay", [spanOf("eBay", in: story, "MISC")]))
        #expect(reported("iRobot", [spanOf("iRobot", in: story, "LOC")]))
        // Typed a person, or inside a longer span: the tagger's reading stands.
        #expect(!reported("iRobot", [spanOf("iRobot", in: story, "PER")]))
        #expect(!reported("3M", [spanOf("of 3M", in: story, "MISC")]))
        // Shapes of ordinary words: a capitalised word, several words, digits alone.
        #expect(!reported("Zeta"))
        #expect(!reported("27-year-old Smith"))
        #expect(!reported("5"))
    }

    @Test("A rule name right after a lowercase kind of organization stands where the tagger typed it exactly")
    func afterKindWord() {
        let story =
            "Made by US drug firm Eli Lilly, sold by company N and the party Leader Jo Reed, and carmaker Volta."
        let scalars = Array(story.unicodeScalars)
        func reported(_ form: String, _ entities: [EntitySpan] = []) -> Bool {
            CombinedOrganizationFinder.followsKindWord(mentionOf(form, in: story), entities: entities, scalars)
        }
        #expect(reported("Eli Lilly", [spanOf("Eli Lilly", in: story, "PER")]))
        #expect(reported("Volta"))
        // A letter in capitals (a table's), a kind left out ("party"), a span the tagger ran on past the name.
        #expect(!reported("N"))
        #expect(!reported("Leader Jo Reed"))
        #expect(!reported("Eli Lilly", [spanOf("Eli Lilly, sold", in: story, "PER")]))
    }

    @Test("A rule name after two words only a firm follows is reported where the tagger typed it a place or nothing")
    func namesAfterCompanyPairs() {
        let story =
            "Data from Tracxn and analysts at Norvale agreed, shares of Quillon rose, a spokesman for Stansted airport "
            + "and a loan from Kenya followed, and analysts at Paris said so."
        let scalars = Array(story.unicodeScalars)
        func reported(_ form: String, _ entities: [EntitySpan] = []) -> Bool {
            CombinedOrganizationFinder.followsCompanyPair(mentionOf(form, in: story), entities: entities, scalars)
        }
        #expect(reported("Norvale", [spanOf("Norvale", in: story, "LOC")]))
        #expect(reported("Quillon"))
        // The pair's words in lowercase only, a pair a place follows, a place the rules know, a person's reading.
        #expect(!reported("Tracxn"))
        #expect(!reported("Stansted") && !reported("Kenya") && !reported("Paris"))
        #expect(!reported("Norvale", [spanOf("Norvale", in: story, "PER")]))
    }
}
