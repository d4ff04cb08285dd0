import OrganizationModel
import Testing

@testable import Extraction

@Suite("Organizations in a Title-Case headline")
struct HeadlineMentionsTests {
    @Test("Title Case is told from sentence case and from capitals")
    func titleCaseShape() {
        func titleCase(_ s: String) -> Bool { CombinedOrganizationFinder.isTitleCase(Array(s.unicodeScalars)[...]) }
        #expect(titleCase("Apple Unveils New iPad Pro As Tablet Sales Slow Across Europe"))
        #expect(titleCase("City Council Approves Budget After Marathon Session"))
        #expect(!titleCase("Californian companies enthusiastic about cooperation with China"))
        #expect(!titleCase("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ."))
        #expect(!titleCase("Bay Area Council visits"))
        #expect(titleCase("Helios Energy Partners Announces $250 Million Solar Project in Arizona"))
        #expect(titleCase("15 Helpful Tips to Overcome Binge Eating"))
        #expect(!titleCase("Boeing shares fall after FAA orders new inspections"))
        #expect(!titleCase("Bank of America in Talks"))
    }

    @Test("A headline run of capitals keeps only the names the story uses again")
    func headlineMentions() throws {
        let finder = CombinedOrganizationFinder(tagger: try OrganizationTagger(bytes: OrganizationModel.bytes()))
        let text = """
            Apple Unveils New iPad Pro As Tablet Sales Slow Across Europe

            Apple on Tuesday unveiled a new iPad Pro with a faster chip and a brighter screen, as tablet sales in \
            Europe fell for a third straight quarter, according to research firm Canalys.

            City Council Approves Budget After Marathon Session, Mayor Vows To Cut Waste
            """
        let found = finder.organizations(in: text, regions: nil)
        let apple = try #require(found.first { $0.key == "apple" })
        #expect(apple.mentions.first?.start == 0 && apple.mentions.first?.end == 5)
        #expect(!found.contains { $0.name.contains("Unveils") })
    }

    @Test("A headline names a company without the legal form its body gives it")
    func legalFormInBodyOnly() {
        func short(_ s: String) -> String? {
            CombinedOrganizationFinder.withoutLegalSuffix(Array(s.unicodeScalars)).map {
                String(String.UnicodeScalarView($0))
            }
        }
        #expect(short("NorthBay Robotics, Inc.") == "NorthBay Robotics")
        #expect(short("Fielder Automation GmbH") == "Fielder Automation")
        #expect(short("Acme Holdings Co., Ltd.") == "Acme Holdings")
        #expect(short("Kirkland & Ellis") == nil)
        #expect(short("Inc.") == nil)

        let story = """
            Harrow Sensors Announces Agreement to Acquire Lode Labs

            Harrow Sensors, Inc. today said it would buy Lode Labs.
            """
        let scalars = Array(story.unicodeScalars)
        let headline = mentionOf("Harrow Sensors Announces Agreement", in: story)
        let body = Mention(start: 57, end: 77, text: "Harrow Sensors, Inc.")
        let organization = FoundOrganization(
            name: "Harrow Sensors, Inc.", key: "harrow sensors", mentions: [headline, body])
        let result = CombinedOrganizationFinder.checkingTitleCaseHeadline(
            [organization], titleRange: 0..<55, scalars)
        #expect(result[0].mentions.map(\.text) == ["Harrow Sensors", "Harrow Sensors, Inc."])
    }

    @Test("A body name standing in a Title-Case headline is its mention, tagged there or not")
    func untaggedHeadlineNames() {
        let story = """
            Leverkusen Held As Dortmund Close Gap

            Leverkusen were held by Mainz, and Dortmund won at Union Berlin.
            """
        let scalars = Array(story.unicodeScalars)
        let body = story.range(of: "Leverkusen were")!.lowerBound
        let bodyText = String(story[body...])
        let offset = story.unicodeScalars.distance(from: story.unicodeScalars.startIndex, to: body)
        func organization(_ name: String) -> FoundOrganization {
            var mention = mentionOf(name, in: bodyText)
            mention = Mention(start: mention.start + offset, end: mention.end + offset, text: name)
            return FoundOrganization(name: name, key: name.lowercased(), mentions: [mention])
        }
        // The tagger typed only "Leverkusen" in the headline: "Dortmund" there is the body's name all the same.
        var leverkusen = organization("Leverkusen")
        leverkusen.mentions.insert(mentionOf("Leverkusen", in: story), at: 0)
        let result = CombinedOrganizationFinder.checkingTitleCaseHeadline(
            [leverkusen, organization("Dortmund")], titleRange: 0..<37, scalars)
        #expect(result.map { $0.mentions.map(\.start) } == [[0, 39], [19, 74]])
    }

    @Test("A label before a colon leaves the Title-Case headline after it")
    func labelledHeadline() {
        func headline(_ s: String) -> String? {
            let scalars = Array(s.unicodeScalars)
            return CombinedOrganizationFinder.titleCaseHeadline(in: 0..<scalars.count, scalars).map {
                String(String.UnicodeScalarView(scalars[$0]))
            }
        }
        #expect(
            headline("Press release: Helix Biotherapeutics Announces Positive Phase 2 Results")
                == "Helix Biotherapeutics Announces Positive Phase 2 Results")
        #expect(
            headline("Apple Unveils New iPad Pro As Tablet Sales Slow")
                == "Apple Unveils New iPad Pro As Tablet Sales Slow")
        #expect(headline("Live: Budget 2026 – Chancellor unveils tax changes") == nil)
        #expect(
            headline("What the long list of analysts said on Monday: Apple Unveils New iPad Pro As Sales Slow") == nil)
    }
}
