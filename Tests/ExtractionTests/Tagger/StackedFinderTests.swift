import OrganizationModel
import Testing

@testable import Extraction

@Suite("Rules as evidence for the tagger")
struct StackedFinderTests {
    @Test func ruleMentionsMarkTheTokensTheyCover() {
        let text = ScalarText("Shares of Kestrel Biotech Inc. rose. Kestrel said so.")
        let tokens = NewsTokenizer().tokens(in: text)
        let evidence = RuleEvidence([
            FoundOrganization(
                name: "Kestrel Biotech Inc.", key: "kestrel biotech",
                mentions: [
                    Mention(start: 10, end: 30, text: "Kestrel Biotech Inc."),
                    Mention(start: 37, end: 44, text: "Kestrel"),
                ])
        ])
        var traits = [TokenTraits](repeating: TokenTraits(), count: tokens.count)
        evidence.mark(&traits, tokens)
        let marked = zip(tokens, traits).map { (text.string($0.start, $0.end), $1.rule) }
        #expect(marked.first { $0.0 == "Shares" }?.1 == 0)
        #expect(marked.first { $0.0 == "Kestrel" }?.1 == 1 | 4)  // begins a mention of a twice-named organization
        #expect(marked.first { $0.0 == "Biotech" }?.1 == 2 | 4)
        #expect(marked.first { $0.0 == "rose" }?.1 == 0)
        #expect(evidence.mentions(within: 0..<36).map(\.start) == [10])
        #expect(evidence.mentions(within: 11..<60).map(\.start) == [37])
    }

    @Test func theRulesBoundaryWinsInsideALongerTaggerSpan() {
        let text = ScalarText("deputy director of International Affairs of the California Office of Business")
        let inner = 48  // "California Office of Business"
        let evidence = RuleEvidence([
            FoundOrganization(
                name: "California Office of Business", key: "california office of business",
                mentions: [Mention(start: inner, end: text.count, text: "California Office of Business")])
        ])
        let span = EntitySpan(start: 19, end: text.count, label: "ORG")
        #expect(TaggedOrganizationFinder.withinRuleBoundary(span, evidence, text)?.start == inner)
        let dangling = ScalarText("head of Global Initiatives & Operations")
        let cut = TaggedOrganizationFinder.withinRuleBoundary(
            EntitySpan(start: 8, end: 28, label: "ORG"), .none, dangling)
        #expect(cut.map { dangling.string($0.start, $0.end) } == "Global Initiatives")
    }

    @Test func theServedFinderLinksAcronymsAndInvertedNamesThroughTheRules() throws {
        let finder = CombinedOrganizationFinder(tagger: try OrganizationTagger(bytes: OrganizationModel.bytes()))
        let text = """
            Exporters look east
            The Export Center of the Sacramento Minority Business Development Agency joined the China International \
            Import Expo (CIIE) this year. Staff of the Sacramento Minority Business Development Agency Export Center \
            said the CIIE drew buyers from Shanghai.
            """
        let found = finder.organizations(in: text, regions: nil)
        let expo = try #require(found.first { $0.key == "china international import expo" })
        #expect(expo.aliases.contains("CIIE"))
        #expect(expo.mentions.count == 3)
        let center = found.filter { $0.key.contains("export center") }
        #expect(center.count == 1)
        #expect(center.first?.mentions.count == 2)
        #expect(!found.contains { $0.name == "Shanghai" })
        for organization in found {
            for mention in organization.mentions {
                #expect(text.unicodeScalars.count >= mention.end)
            }
        }
        #expect(found.map(\.salience) == found.map(\.salience).sorted(by: >))
    }

    @Test func theTaggerSkipsALongHeadAndFootButReadsAPlainArticleWhole() {
        // a page: menus before the title, related links after the body, half of the text
        #expect(CombinedOrganizationFinder.taggedPart([300..<320, 400..<600], 1_000) == [300..<600])
        // a plain article whose dateline and last line the parser left out: under a quarter of the text
        #expect(CombinedOrganizationFinder.taggedPart([0..<40, 60..<900], 1_000) == nil)
        #expect(CombinedOrganizationFinder.taggedPart(nil, 1_000) == nil)
        #expect(CombinedOrganizationFinder.taggedPart([], 1_000) == nil)
    }
}
