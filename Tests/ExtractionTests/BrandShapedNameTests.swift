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
}
