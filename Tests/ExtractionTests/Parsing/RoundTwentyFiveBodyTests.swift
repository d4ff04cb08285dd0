import Testing

@testable import Extraction

/// Body edges of round 25, on rendered page text: a box of other stories' cards under the story (headline, author,
/// date line, summary), a box about the author closing a blog post, and a list of figures (tour dates, results)
/// closing the story.
@Suite("Round twenty-five bodies: story cards, author boxes and lists of figures")
struct RoundTwentyFiveBodyTests: PlainTextPageTests {
    static let lead = ArticleFixtures.ferryLead
    static let rest = ArticleFixtures.ferryStoryAfterLead

    static let cards = """
        Police name driver in pier crash

        Anna Berg

        Tuesday November 19, 2019

        The driver, a 54-year-old man from the mainland, was taken to hospital with minor injuries after his van \
        left the road.

        Island school wins county title

        Tom Reyes

        Posted 2h ago

        The under-16 team beat three larger schools on the way to the final and will play for the regional cup in May.
        """

    @Test("Cards pointing to other stories under the story are left out")
    func storyCards() {
        let page = """
            Ferry keeps winter timetable after islanders protest

            \(Self.lead)

            \(Self.rest)

            Ferries

            Island life

            \(Self.cards)

            About Us  Contact  Privacy
            """
        let body = analyze(page).body
        #expect(body.hasPrefix("The county's ferry"))
        #expect(body.hasSuffix("looks for a second captain."))
        for card in ["Police name driver", "54-year-old", "under-16", "Island life"] {
            #expect(!body.contains(card))
        }
    }

    @Test("A table of figures closing the story stays when cards follow it; tags and a date line above them do not")
    func tableAboveCards() {
        let page = """
            Ferry keeps winter timetable after islanders protest

            \(Self.lead)

            \(Self.rest)

            Pos  Crew            Races  Points

            1    North Harbour       9      48

            2    Kelp Point          9      41

            3    Island Rowers       8      37

            4    Quay Street RC      9      30

            Ferries

            Updated Nov 19, 2019

            \(Self.cards)
            """
        let body = analyze(page).body
        #expect(body.contains("Kelp Point"))
        #expect(body.hasSuffix("30"))
        for card in ["Police name driver", "Ferries", "Nov 19"] {
            #expect(!body.contains(card))
        }
    }

    @Test("A timeline's dates over its paragraphs and one card alone stay in the story")
    func datesInsideStories() {
        let timeline = """
            \(Self.lead)

            March 3, 2024

            The board first proposed cutting the winter service to three days a week to save money on fuel and crews.

            May 12, 2024

            Islanders began collecting signatures against the cut and asked the board to hold a public meeting.

            \(Self.rest)
            """
        let body = analyze(timeline).body
        #expect(body.contains("first proposed cutting"))
        #expect(body.contains("Islanders began collecting"))
        #expect(body.hasSuffix("looks for a second captain."))
        #expect(!ArticleBodyEdges.isCardDateLine("Nov 19, 2019 10:05 AM", features(of: "Nov 19, 2019 10:05 AM")))
        #expect(ArticleBodyEdges.isCardDateLine("Sept. 22, 2025", features(of: "Sept. 22, 2025")))
        #expect(ArticleBodyEdges.isCardDateLine("Updated: 3 hours ago", features(of: "Updated: 3 hours ago")))
        let tourDate = "Sept. 22, 2025 -- Coral Sky Amphitheatre"
        #expect(!ArticleBodyEdges.isCardHeadLine(tourDate, features(of: tourDate)))
        #expect(ArticleBodyEdges.firstCardRun([(3, 5), (7, 9)]) == nil)
        #expect(ArticleBodyEdges.firstCardRun([(3, 5), (6, 8)]) == 3)
    }

    @Test("The box about the author closing a post is left out; a story naming its author later is kept")
    func authorBox() {
        let page = """
            Ferry keeps winter timetable after islanders protest

            By Maria Lund

            \(Self.lead)

            \(Self.rest)

            Maria Lund

            Maria Lund has covered the islands for the Harbour Gazette since 2009 and writes a weekly column on \
            island life.
            """
        let parsed = analyze(page)
        #expect(parsed.authors == ["Maria Lund"])
        #expect(parsed.body.hasSuffix("looks for a second captain."))
        #expect(!parsed.body.contains("since 2009"))
    }

    @Test("A list of figures closing the story is taken with it; a numbered list of headlines is not")
    func trailingFigures() {
        let page = """
            Ferry keeps winter timetable after islanders protest

            \(Self.lead)

            \(Self.rest)

            Winter sailings
            Dec. 1 -- 7:10 from the harbour, 16:40 from the island
            Dec. 8 -- 7:10 from the harbour, 16:40 from the island
            Dec. 15 -- 8:00 from the harbour, 15:30 from the island
            Dec. 22 -- 8:00 from the harbour, 15:30 from the island

            About Us  Contact  Privacy
            """
        let body = analyze(page).body
        #expect(body.contains("Winter sailings"))
        #expect(body.hasSuffix("15:30 from the island"))
        let photos = """
            Ferry keeps winter timetable after islanders protest

            \(Self.lead)

            \(Self.rest)

            harbour-ferry-winter-timetable-2024-01
            harbour-ferry-winter-timetable-2024-02
            harbour-ferry-winter-timetable-2024-03
            harbour-ferry-winter-timetable-2024-04

            About Us  Contact  Privacy
            """
        // Photos' file names hold figures, but they are no list of the story's.
        #expect(analyze(photos).body.hasSuffix("looks for a second captain."))
        #expect(BodySelector.holdsFigure("Palm Bay d. Rockledge 70-44"))
        #expect(!BodySelector.holdsFigure("1. Man dies after tree falls on car"))
        #expect(BodySelector.holdsFigure("1. Mercedes 25 points"))
    }

    @Test("A short story wrapped at 100 columns among many short lines is read as wrapped")
    func shortWrappedStory() {
        let wrapped = [
            "The City of Winnipeg will freeze property taxes next year for the first time in more than a decade,",
            "Mayor Scott Gillingham announced Thursday.",
            "",
            "The freeze is made possible by a one-time transfer of $38 million from the province and savings from",
            "a hiring pause in administrative departments, the mayor said.",
            "",
            "Coun. Sherri Rollins warned the city was putting off hard choices. \"A freeze this year means a much",
            "bigger increase next year,\" she said.",
        ]
        let furniture = (1...8).map { "Snowstorm number \($0) to bring 20 cm to southern Manitoba this week" }
        let text = (furniture + [""] + wrapped + [""] + furniture).joined(separator: "\n")
        let blocks = TextBlockSplitter(scalars: Array(text.unicodeScalars)).blocks().map(\.text)
        #expect(blocks.contains { $0.hasPrefix("The freeze is made possible") && $0.hasSuffix("the mayor said.") })
        // Without the fallback the paragraphs' lines stand apart (the furniture outnumbers them).
        #expect(TextBlockSplitter.wrapWidth(TextBlockSplitter(scalars: Array(text.unicodeScalars)).lines()) == 100)
    }

    func features(of text: String) -> BlockFeatures {
        BlockFeatures(text, stopwords: [])
    }
}
