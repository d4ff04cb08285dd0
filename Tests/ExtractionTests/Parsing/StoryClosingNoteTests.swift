import Foundation
import Testing

@testable import Extraction

@Suite("Notes under a story: contributors, the agency's stamp, how to reach the reporter, the reporter's bio")
struct StoryClosingNoteTests {
    @Test("The short AP contribution line names a trade; a story's own 'contributed.' sentence does not")
    func shortContribution() {
        #expect(ArticleBodyEdges.isTrailer("Associated Press writer Sam Okafor in Abuja contributed."))
        #expect(ArticleBodyEdges.isTrailer("AP reporters Ann Lee and Tom Gray contributed"))
        #expect(!ArticleBodyEdges.isTrailer("Both goalkeepers and the whole back line contributed."))
    }

    @Test("'This report by The Canadian Press was first published …' is the agency's stamp")
    func agencyStamp() {
        #expect(ArticleBodyEdges.isTrailer("This report by The Canadian Press was first published May 2, 2024."))
        #expect(!ArticleBodyEdges.isTrailer("This report by the auditor was first made public in March."))
    }

    @Test("'Contact Jane Doe at jdoe@… ' is how to reach the reporter; a sentence without an address is not")
    func contactLine() {
        #expect(ArticleBodyEdges.isTrailer("Contact Lena Ortiz at lortiz@example-news.com or 555-0199."))
        #expect(ArticleBodyEdges.isTrailer("Reach Tom Bell at tbell@example.org."))
        #expect(!ArticleBodyEdges.isTrailer("Contact tracing ended in May, officials said."))
        #expect(!ArticleBodyEdges.isTrailer("Reach Street will close for repairs next week."))
    }

    @Test("A note opening with a byline's name or surname and saying what the reporter is or covers")
    func reporterNote() {
        let authors = ["Lena Ortiz", "Tom Bell"]
        #expect(
            ArticleBodyEdges.isReporterNote(
                "Lena Ortiz is a statehouse reporter for the Example Post.", authors: authors))
        #expect(ArticleBodyEdges.isReporterNote("Bell covers courts and crime for the paper.", authors: authors))
        #expect(!ArticleBodyEdges.isReporterNote("Mayor Ann Reed is a former teacher.", authors: authors))
        #expect(!ArticleBodyEdges.isReporterNote("Lena Ortiz is a statehouse reporter.", authors: []))
    }

    @Test("A story keeps its last paragraph and loses the contributor line and the reporter's bio under it")
    func storyEnd() {
        let page = """
            River port reopens after spring floods

            By Lena Ortiz and Tom Bell
            May 6, 2024

            The river port at Hannibal reopened to barge traffic on Monday, three weeks after floodwater covered its \
            docks and washed away two grain conveyors.

            Port managers said about 40 barges had been waiting downstream and would be loaded over the next week.

            "We lost most of April," the port's director said. "Farmers have been patient with us."

            Associated Press writer Sam Okafor in St. Louis contributed.

            Lena Ortiz is a statehouse reporter for the Example Post. Tom Bell covers agriculture.
            """
        let article = ArticleAnalyzer(finder: NoOrganizations()).analyze(ArticleInput(content: page))
        #expect(article.body.hasSuffix("Farmers have been patient with us.\""))
        #expect(article.authors == ["Lena Ortiz", "Tom Bell"])
    }
}
