import Testing

@testable import Extraction

@Suite("Tagged organization finder")
struct TaggedOrganizationFinderTests {
    @Test func groupsMentionsByKeyAndFoldsAParenthesisedAcronymIntoItsName() {
        let text = "The China International Import Expo (CIIE) opened. CIIE organisers and Acme Inc. said Acme grew."
        let scalars = ScalarText(text)
        func span(_ s: String, from: Int = 0) -> EntitySpan {
            let all = Array(text.unicodeScalars)
            let needle = Array(s.unicodeScalars)
            var i = from
            while Array(all[i..<(i + needle.count)]) != needle { i += 1 }
            return EntitySpan(start: i, end: i + needle.count, label: "ORG")
        }
        let spans = [
            span("China International Import Expo"), span("CIIE"), span("CIIE", from: 45), span("Acme Inc."),
            span("Acme", from: 86),
        ]
        let found = TaggedOrganizationFinder.group(spans, in: scalars)
        #expect(found.count == 2)
        let expo = found.first { $0.key == "china international import expo" }
        #expect(expo?.name == "China International Import Expo")
        #expect(expo?.aliases == ["CIIE"])
        #expect(expo?.mentions.count == 3)
        let acme = found.first { $0.key == "acme" }
        #expect(acme?.mentions.map(\.text) == ["Acme Inc.", "Acme"])
        #expect(found[0].salience >= found[1].salience)
        for organization in found {
            for mention in organization.mentions {
                #expect(scalars.string(mention.start, mention.end) == mention.text)
            }
        }
    }

    @Test func aNameEndingInAnAbbreviationAtALineEndKeepsItsDot() {
        let text = ScalarText("Founder of Ceres Robotics Inc.\nShares of Acme rose.")
        let inc = EntitySpan(start: 11, end: 29, label: "ORG")
        #expect(TaggedOrganizationFinder.withAbbreviationDot(inc, text).end == 30)
        let acme = EntitySpan(start: 41, end: 45, label: "ORG")
        #expect(TaggedOrganizationFinder.withAbbreviationDot(acme, text) == acme)
    }

    @Test func canonicalKeysDropTheLegalFormsAndPunctuation() {
        #expect(OrganizationKey.make("The Walt Disney Co.") == "walt disney")
        #expect(OrganizationKey.make("MEBO Group’s") == "mebo group")
        #expect(OrganizationKey.make("U.S. Steel Corp") == "us steel")
        #expect(OrganizationKey.make("AT&T Inc.") == "at&t")
        #expect(OrganizationKey.make("The Hill") == "hill")
    }

    @Test func findsOrganizationsOnlyInTheGivenRegions() throws {
        let bytes = TaggerTraining.train(SyntheticNews.documents(count: 40), options: SyntheticNews.smallOptions).model
        let finder = try TaggedOrganizationFinder(modelBytes: bytes)
        let text =
            "Shares of Hooli rose 3 percent in Lima trading.\n\nMary Jones joined Oscorp last year as chief executive."
        let all = finder.organizations(in: text, regions: nil)
        #expect(Set(all.map(\.name)) == ["Hooli", "Oscorp"])
        let firstParagraph = finder.organizations(in: text, regions: [0..<48])
        #expect(firstParagraph.map(\.name) == ["Hooli"])
        #expect(firstParagraph.first?.mentions == [Mention(start: 10, end: 15, text: "Hooli")])
    }
}

@Suite("Tagger edge cases")
struct TaggerEdgeCaseTests {
    @Test func emptyBlankOddAndHugeTextsAreHandled() throws {
        let bytes = TaggerTraining.train(SyntheticNews.documents(count: 10), options: SyntheticNews.smallOptions).model
        let finder = try TaggedOrganizationFinder(modelBytes: bytes)
        for text in [
            "", "\n\n", "   ", "👍🏽🇨🇭", "\u{FEFF}Acme Corp said.\r\nHooli rose.\r\n",
            String(repeating: "A", count: 100_000),
            String(repeating: "Acme Corp said so. ", count: 2_000), "(((", "U.S.", "'s", "n't",
        ] {
            let found = finder.organizations(in: text, regions: nil)
            let count = text.unicodeScalars.count
            for organization in found {
                for mention in organization.mentions {
                    #expect(0 <= mention.start && mention.start < mention.end && mention.end <= count)
                }
            }
        }
        #expect(finder.organizations(in: "Shares of Hooli rose.", regions: []).isEmpty)
    }
}
