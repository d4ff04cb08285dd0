import Testing

@testable import Extraction

/// Body edges of round 20: photo captions as long as a paragraph over and inside a rendered story.
@Suite("Round twenty bodies: paragraph-long photo captions")
struct RoundTwentyBodyTests: PlainTextPageTests {
    static let lead = "HARBOURTON (AP) — " + ArticleFixtures.ferryLead
    static let rest = ArticleFixtures.ferryStoryAfterLead

    @Test("A wire caption over the lead and one between paragraphs are left out; the story around them stays")
    func captionsAroundTheLead() {
        let page = """
            Ferry keeps winter timetable after islanders protest

            In this Nov. 12, 2024, file photo, passengers leave the island ferry at the harbour pier in Harbourton \
            as the transport board meets to decide the winter timetable, which islanders had protested for weeks. \
            (AP Photo/Jane Doe)

            \(Self.lead)

            Passengers wait for the morning ferry at the harbour pier in Harbourton on Tuesday, as the transport \
            board met to decide whether the winter timetable would keep two sailings a day. (Mary Roe via AP)

            \(Self.rest)
            """
        let body = analyze(page).body
        #expect(body.hasPrefix("HARBOURTON (AP) — The county's ferry"))
        #expect(!body.contains("file photo"))
        #expect(!body.contains("Passengers wait"))
        #expect(body.hasSuffix("looks for a second captain."))
    }

    @Test("Only the caption's own shapes count: a story's parenthesis or an 'In this' sentence is prose")
    func captionShapes() {
        #expect(BodySelector.isPhotoCaptionParagraph("In this photo provided by the city, crews clear the road. "))
        #expect(
            BodySelector.isPhotoCaptionParagraph("Crews clear the road on Tuesday. (Photo by Jane Doe/Getty Images)"))
        #expect(BodySelector.isPhotoCaptionParagraph("Crews clear the road on Tuesday. (ITV via AP)"))
        #expect(!BodySelector.isPhotoCaptionParagraph("In this image-obsessed age, voters want more than slogans."))
        #expect(!BodySelector.isPhotoCaptionParagraph("In this case the court sided with the city."))
        #expect(!BodySelector.isPhotoCaptionParagraph("In this case, the photo shows the pier before the storm."))
        #expect(
            BodySelector.isPhotoCaptionParagraph("In this undated handout photo, the pier stands before the storm."))
        #expect(
            !BodySelector.isPhotoCaptionParagraph("The rules were set by the Environmental Protection Agency (EPA)"))
        #expect(!BodySelector.isPhotoCaptionParagraph("The board met on Tuesday, the agency said (AP)"))
        #expect(
            !BodySelector.isPhotoCaptionParagraph("The ferry will keep its winter timetable, the board said. (AFP)"))
        #expect(BodySelector.isPhotoCaptionParagraph("Passengers board the ferry on Tuesday. (REUTERS/Jane Doe)"))
        #expect(!BodySelector.isPhotoCaptionParagraph("The board met on Tuesday (see the photo above)."))
    }
}
