import Testing

@testable import Extraction

@Suite("A publication's name read from the page's host")
struct SiteNameFromHostTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    @Test("Labels split where a publication's word begins or ends; initials are upper-cased")
    func readableNames() {
        #expect(PageURL.readableName("deccanherald") == "Deccan Herald")
        #expect(PageURL.readableName("timesunion") == "Times Union")
        #expect(PageURL.readableName("thehill") == "The Hill")
        #expect(PageURL.readableName("foxnews") == "Fox News")
        #expect(PageURL.readableName("cbsnews") == "CBS News")
        #expect(PageURL.readableName("nypost") == "NY Post")
        #expect(PageURL.readableName("cnn") == "CNN")
        #expect(PageURL.readableName("techcrunch") == "Techcrunch")
        #expect(PageURL.readableName("newsweek") == "Newsweek")
        #expect(
            PageURL(
                "https://www.valley-courier.co.uk/a")?.siteNameFromHost == "Valley Courier")
        #expect(PageURL("https://profootballtalk.nbcsports.com/x")?.siteNameFromHost == "Profootballtalk")
        #expect(PageURL("http://10.0.0.7/news/story")?.siteNameFromHost == nil)
        #expect(PageURL("http://127.0.0.1:8080/a")?.siteNameFromHost == nil)
    }

    static let wireStory = """
        • Sports
        • Business

        Islanders edge Rangers in overtime

        NEW YORK (AP) — Brock Nelson scored in overtime and the New York Islanders beat the New York Rangers 4-3
        on Monday night, their fourth straight win on the road this month.

        The Rangers had tied the game with less than a minute left in regulation when their goalie was pulled
        for an extra skater, but the Islanders won the faceoff to open the extra period and never gave it back.

        Copyright 2019 The Associated Press. All rights reserved.
        """

    @Test("A page that names no publication is its host's; the provenance says so")
    func pageWithoutName() {
        let text = """
            Council approves budget for the new library

            The city council approved the budget for the new central library on Tuesday after a debate that
            lasted most of the evening, with six members voting in favour and three against the plan.

            Work on the building is expected to start in the spring and take about two years to finish.
            """
        let article = analyzer.analyze(
            ArticleInput(content: text, format: .plainText, url: "https://www.rivertonherald.com/2023/05/02/library"))
        #expect(article.source == "Riverton Herald")
        #expect(article.provenance.first { $0.field == "source" }?.place == .url)
        let without = analyzer.analyze(ArticleInput(content: text, format: .plainText, url: nil))
        #expect(without.source == nil)
    }

    // Round 27: on apnews.com the agency's site names itself "AP News" (its nameplate), as a reader cites it.
    @Test("A wire story on a newspaper's site is the newspaper's; on the agency's own site it is the site's name")
    func wireStoryOnNewspaperSite() {
        let onPaper = analyzer.analyze(
            ArticleInput(
                content: Self.wireStory, format: .plainText, url: "https://www.lakesideexaminer.com/sports/islanders"))
        #expect(onPaper.source == "Lakeside Examiner")
        let onAgency = analyzer.analyze(
            ArticleInput(content: Self.wireStory, format: .plainText, url: "https://apnews.com/article/islanders"))
        #expect(onAgency.source == "AP News")
        let unsplittable = analyzer.analyze(
            ArticleInput(content: Self.wireStory, format: .plainText, url: "https://www.yahoo.com/news/islanders"))
        #expect(unsplittable.source == "Associated Press")
    }
}
