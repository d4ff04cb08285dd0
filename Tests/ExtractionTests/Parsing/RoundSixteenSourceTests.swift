import Testing

@testable import Extraction

/// The site's full name on the sixteenth round's probe pages: a portal whose host's subdomain completes its name
/// ("news.daybreak.com", "Daybreak News"), and a copyright owner's company name ("… News & Media Limited").
@Suite("Round sixteen: the host's subdomain completes the name; a company's \"News & Media\" does not")
struct RoundSixteenSourceTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    static let story = BridgeClosureStory.opening.joined(separator: "\n\n")

    func source(_ text: String, url: String) -> String? {
        analyzer.analyze(ArticleInput(content: text, format: .plainText, url: url)).source
    }

    @Test("\"Daybreak News\" in the masthead of news.daybreak.com is the site's name")
    func subdomainCompletesName() {
        let text = """
            Daybreak News

            Mail
            Finance
            Sports

            Old bridge to close to lorries after cracks found in piers

            By Jane Okafor, Associated Press
            Published 3:04 PM EST, Tue March 5, 2024

            \(Self.story)

            © 2024 Daybreak. All rights reserved.
            """
        #expect(source(text, url: "https://news.daybreak.com/old-bridge-to-close-204512887.html") == "Daybreak News")
        // Without the subdomain one line below the story is not enough to extend the name (the masthead at the top
        // is: round nineteen's `RoundNineteenSourceTests.mastheadExtendsShortName`).
        let footer = text.replacingOccurrences(of: "Daybreak News\n", with: "Home\n") + "\n\nDaybreak News"
        #expect(source(footer, url: "https://www.daybreak.com/old-bridge-to-close-204512887.html") == "Daybreak")
    }

    @Test("\"© 2024 Northern Chronicle News & Media Limited\" does not make the site \"Northern Chronicle News\"")
    func companyNameInCopyright() {
        let text = """
            Support the Northern Chronicle

            News
            Opinion

            Old bridge to close to lorries after cracks found in piers

            Sarah Kendall
            Tue 5 Mar 2024 06.00 GMT

            \(Self.story)

            © 2024 Northern Chronicle News & Media Limited or its affiliated companies. All rights reserved.
            """
        let found = source(text, url: "https://www.northernchronicle.co.uk/news/2024/mar/05/old-bridge")
        #expect(found != "Northern Chronicle News")
        #expect(found?.hasSuffix("Northern Chronicle") == true)
    }
}
