import Testing

@testable import Extraction

/// Body edges found wrong by the fourteenth round of probe pages: an editor's note holding a furniture word, a press
/// office's label and value lines between the standfirst and the lead, a newsletter's invitation and a transcript's
/// disclaimer under the story, and the press-release wire's own spelling.
@Suite("Round fourteen bodies: editor's notes, press office fields, newsletter and transcript footers")
struct RoundFourteenBodyTests: PlainTextPageTests {
    static let story = ArticleFixtures.ferryLead + "\n\n" + ArticleFixtures.ferryStoryAfterLead

    @Test("An editor's note above the lead stays in the body, though it says \"comments\"")
    func editorsNote() {
        let page = """
            Ferry keeps winter timetable after islanders protest

            By Colm Darragh
            Nov. 12, 2024 at 5:45 p.m.

            Editor's note: This story has been updated with comments from the transport board's chair.

            \(Self.story)
            """
        let article = analyze(page)
        #expect(article.body.hasPrefix("Editor's note: This story has been updated"))
        #expect(BodySelector.isEditorsNote("CORRECTION: An earlier version misstated the fare."))
        #expect(!BodySelector.isEditorsNote("Comments are closed."))
    }

    @Test("A press office's \"From:\" and \"Published\" fields under the standfirst are header, not story")
    func pressOfficeFields() {
        let page = """
            Press release

            Ferry keeps winter timetable after islanders protest

            Islanders will keep two sailings a day through the winter months.

            From:
            Department for Island Transport
            Published
            12 November 2024

            \(Self.story)
            """
        let article = analyze(page)
        #expect(article.body.hasPrefix("The county's ferry between the harbour"))
        #expect(article.publishedAt == "2024-11-12")
    }

    @Test("A newsletter's invitation and a transcript's disclaimer under the story are not story")
    func newsletterAndTranscriptFooters() {
        let page = """
            Ferry keeps winter timetable after islanders protest

            Colm Darragh
            Nov 12, 2024

            \(Self.story)

            Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.

            This transcript was generated automatically and may contain errors.
            """
        let article = analyze(page)
        #expect(article.body.hasSuffix("while it looks for a second captain."))
    }

    @Test("A release tagged \"/PRNewswire/\" has the wire's own name for source")
    func pressReleaseWireName() {
        let page = """
            Harbourline Ferries Orders Two Electric Vessels

            BELFAST, Nov. 12, 2024 /PRNewswire/ -- Harbourline Ferries Ltd., an operator of island ferry routes, \
            today announced an order for two battery-electric vessels from a shipyard in Norway.

            The vessels will enter service in 2026 and cut the company's fuel use by about 4,000 tonnes a year.

            "Our islanders asked for quieter, cleaner ferries," said Chief Executive Aoife Byrne.
            """
        #expect(analyze(page).source == "PR Newswire")
    }
}
