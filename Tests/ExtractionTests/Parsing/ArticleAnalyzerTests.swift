import Testing

@testable import Extraction

/// Records what the analyzer asked for and answers with a fixed organization found in the text.
struct RecordingFinder: OrganizationFinder {
    let names: [String]

    func organizations(in text: String, regions: [Range<Int>]?) -> [FoundOrganization] {
        let scalars = Array(text.unicodeScalars)
        var found: [FoundOrganization] = []
        for name in names {
            let needle = Array(name.unicodeScalars)
            var mentions: [Mention] = []
            var i = 0
            while i + needle.count <= scalars.count {
                if Array(scalars[i..<(i + needle.count)]) == needle,
                    regions?.contains(where: { $0.contains(i) }) ?? true
                {
                    mentions.append(Mention(start: i, end: i + needle.count, text: name))
                }
                i += 1
            }
            if !mentions.isEmpty {
                found.append(FoundOrganization(name: name, key: name.lowercased(), mentions: mentions))
            }
        }
        return found
    }
}

@Suite("Article analysis")
struct ArticleAnalyzerTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    func analyze(_ text: String, _ format: ContentFormat = .plainText) -> AnalyzedArticle {
        analyzer.analyze(ArticleInput(content: text, format: format))
    }

    @Test("Wire copy gives its headline, both authors, the agency as source and the dateline")
    func wireCopy() {
        let article = analyze(ArticleFixtures.wireCopy)
        #expect(article.title == "Copper hits two-month high as smelters curb output")
        #expect(article.authors == ["Lena Fischer", "Omar Haddad"])
        #expect(article.source == "Reuters")
        #expect(article.dateline == "LONDON")
        #expect(article.publishedAt == "2024-05-14T09:12:00Z")
        #expect(article.body.hasPrefix("LONDON (Reuters) - Copper prices rose"))
        #expect(article.body.components(separatedBy: "\n\n").count >= 3)
        #expect(!article.body.contains("By Lena Fischer and"))
        #expect(article.language == "en")
    }

    @Test("A press release gives the wire service as source, its dateline and its date")
    func pressRelease() {
        let article = analyze(ArticleFixtures.pressRelease)
        #expect(article.source == "PR Newswire")
        #expect(article.dateline == "SAN DIEGO")
        #expect(article.publishedAt == "2024-03-04")
        #expect(article.authors == [])
        #expect(article.body.contains("forty engineers"))
    }

    @Test("A local paper gives the dateline with its state, the staff writer and the US Eastern offset")
    func localPaper() {
        let article = analyze(ArticleFixtures.localPaper)
        #expect(article.title == "City council backs plan for riverside trail")
        #expect(article.authors == ["Maya Lindqvist"])
        #expect(article.dateline == "WATERLOO, Iowa")
        #expect(article.publishedAt == "2025-06-03T07:45:00-04:00")
        #expect(article.source == "Waterloo Daily Ledger")
        #expect(article.body.hasPrefix("WATERLOO, Iowa — The city council"))
        #expect(!article.body.contains("Related stories"))
        #expect(!article.body.contains("Council delays vote"))
        #expect(!article.body.contains("Subscribe"))
    }

    @Test("A pasted page keeps only the story: menus, share buttons, cookie notice and footer are dropped")
    func pastedPage() {
        let article = analyze(ArticleFixtures.pastedPage)
        #expect(article.title == "Ferry service to resume after winter break")
        #expect(article.authors == ["Jonas Eriksen"])
        #expect(article.publishedAt == "2023-03-01T08:15")
        #expect(article.body.components(separatedBy: "\n\n").count == 3)
        for furniture in ["Home", "Share on", "cookies", "Privacy Policy", "©", "Search"] {
            #expect(!article.body.contains(furniture), "body keeps \(furniture)")
        }
        #expect(article.text == ArticleFixtures.pastedPage)
    }

    @Test("A blog post gives the Posted-by author and leaves the comments out")
    func blogPost() {
        let article = analyze(ArticleFixtures.blogPost)
        #expect(article.title == "Why I stopped buying bread")
        #expect(article.authors == ["Hanna Becker"])
        #expect(article.publishedAt == "2021-09-15")
        #expect(!article.body.contains("Great post"))
        #expect(article.body.components(separatedBy: "\n\n").count == 3)
    }

    @Test("German text is recognised and its byline and date are read")
    func germanArticle() {
        let article = analyze(ArticleFixtures.german)
        #expect(article.language == "de")
        #expect(article.title == "Stadtrat beschließt neuen Radweg am Fluss")
        #expect(article.authors == ["Jana Roth"])
        #expect(article.publishedAt == "2018-09-25")
        #expect(article.body.components(separatedBy: "\n\n").count == 2)
    }

    @Test("An HTML page gives metadata from what the reader sees and its tags, and the article body")
    func htmlPage() {
        let article = analyze(ArticleFixtures.htmlPage, .html)
        #expect(article.title == "Harbour and rail plan approved")
        #expect(article.authors == ["Ida Berg"])
        #expect(article.source == "North Courier")
        #expect(article.url == "https://courier.example.com/news/harbour-rail-plan")
        #expect(article.publishedAt == "2024-05-14T09:00:00+02:00")
        #expect(article.dateline == "GENEVA")
        let paragraphs = article.body.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 3)
        #expect(paragraphs.last?.hasSuffix("the water & the old town.") == true)
        for furniture in ["Home", "Sport", "Share", "Port workers", "©"] {
            #expect(!article.body.contains(furniture), "body keeps \(furniture)")
        }
        #expect(article.text.contains("Harbour and rail plan approved"))
    }

    @Test("The client's source and URL win over what the page says")
    func inputOverrides() {
        let input = ArticleInput(
            content: ArticleFixtures.htmlPage, format: .html, url: "https://example.org/a", source: "Given Source")
        let article = analyzer.analyze(input)
        #expect(article.source == "Given Source")
        #expect(article.url == "https://example.org/a")
    }

    @Test("Empty and blank input give an empty article without inventing anything")
    func emptyInput() {
        for content in ["", "   \n\n  ", "<html></html>"] {
            let article = analyze(content, content.hasPrefix("<") ? .html : .plainText)
            #expect(article.title == nil)
            #expect(article.authors == [])
            #expect(article.publishedAt == nil)
            #expect(article.body == "")
            #expect(article.wordCount == 0)
            #expect(article.language == "und")
        }
    }

    @Test("Relative times are not publication dates")
    func relativeTimesAreNotDates() {
        let text = """
            Storm closes mountain pass for the weekend
            Updated 3 hours ago

            The mountain pass was closed on Friday evening after heavy snow, and the road authority said it would \
            stay shut at least until Monday while crews clear the drifts and check the tunnels for damage.
            """
        #expect(analyze(text).publishedAt == nil)
    }

    @Test("Broken HTML still gives the story")
    func brokenHTML() {
        let html = """
            <html><body><div class="content"><h1>Bridge reopens after repairs<p>The old bridge reopened on \
            Thursday after eight months of repairs, and the city said buses would use it again from next week \
            <b>without any <i>weight limits</b>.<p>Drivers had faced long detours while the work went on, and \
            shop owners on both banks said trade had fallen during the closure & were glad to see it end
            """
        let article = analyze(html, .html)
        #expect(article.title == "Bridge reopens after repairs")
        #expect(article.body.contains("without any weight limits."))
        #expect(article.body.contains("glad to see it end"))
    }

    @Test("The finder searches only the title and body, and organizations come out by salience")
    func organizationRegions() {
        let finder = RecordingFinder(names: ["Harbor Times", "Ferry Line"])
        let text = ArticleFixtures.pastedPage.replacingOccurrences(of: "The operator", with: "Ferry Line")
        let article = ArticleAnalyzer(finder: finder).analyze(ArticleInput(content: text))
        #expect(article.organizations.first?.name == "Ferry Line")
        #expect(article.organizations.allSatisfy { $0.salience > 0 })
        // "Harbor Times" stands only in the header, byline and footer, outside the searched regions.
        #expect(!article.organizations.contains { $0.name == "Harbor Times" })
        let scalars = Array(article.text.unicodeScalars)
        for mention in article.organizations.flatMap(\.mentions) {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
        }
    }
}

@Suite("Robustness")
struct RobustnessTests {
    @Test("Every prefix of every fixture is analysed without crashing, and offsets stay inside the text")
    func prefixes() {
        let analyzer = ArticleAnalyzer(finder: RecordingFinder(names: ["Ferry Line", "North Courier"]))
        let fixtures: [(String, ContentFormat)] = [
            (ArticleFixtures.wireCopy, .plainText), (ArticleFixtures.pastedPage, .plainText),
            (ArticleFixtures.localPaper, .plainText), (ArticleFixtures.htmlPage, .html),
        ]
        for (content, format) in fixtures {
            let scalars = Array(content.unicodeScalars)
            for end in Swift.stride(from: 0, through: scalars.count, by: 23) {
                let prefix = String(String.UnicodeScalarView(scalars[0..<end]))
                let article = analyzer.analyze(ArticleInput(content: prefix, format: format))
                let length = article.text.unicodeScalars.count
                #expect(article.organizations.flatMap(\.mentions).allSatisfy { $0.start >= 0 && $0.end <= length })
            }
        }
    }
}

@Suite("Fallbacks")
struct FallbackTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    @Test("A page that renders its story with scripts falls back to the JSON-LD articleBody")
    func structuredBody() {
        let sentence = "The museum reopened its east wing on Saturday after a two-year renovation of the old halls."
        let body = Array(repeating: sentence, count: 8).joined(separator: "\\n")
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Museum wing reopens",
            "articleBody":"\(body)"}</script></head><body><div id="app"></div><p>Loading…</p></body></html>
            """
        let article = analyzer.analyze(ArticleInput(content: html, format: .html))
        #expect(article.title == "Museum wing reopens")
        #expect(article.body.components(separatedBy: "\n\n").count == 8)
        #expect(article.wordCount > 100)
    }

    @Test("A bare name line under the headline is the byline")
    func nameLine() {
        let text = """
            Lake levels fall to a ten-year low
            Petra Lindholm

            The lake that supplies the town's water has fallen to its lowest level in ten years after a dry summer, \
            and the water board said on Monday that it would ask households to cut their use until the autumn rains.

            Farmers who draw water from the lake for their fields said they had already been told to reduce their \
            use by a fifth, and some said they would harvest early rather than risk losing the crop altogether.
            """
        let article = analyzer.analyze(ArticleInput(content: text))
        #expect(article.title == "Lake levels fall to a ten-year low")
        #expect(article.authors == ["Petra Lindholm"])
        #expect(!article.body.contains("Petra"))
    }

    @Test("A results page with no prose keeps its lines")
    func resultsPage() {
        let rows = (1...20).map { "Team \($0) d. Team \($0 + 20) \($0 + 50)-\($0 + 30)" }
        let text = "Weekend results\n\n" + rows.joined(separator: "\n") + "\n\nPrivacy Policy | Terms of Use"
        let article = analyzer.analyze(ArticleInput(content: text))
        #expect(article.body.contains("Team 7 d. Team 27"))
        #expect(!article.body.contains("Privacy"))
    }
}
