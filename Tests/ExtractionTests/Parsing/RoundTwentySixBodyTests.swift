import Testing

@testable import Extraction

/// Body edges of round 26, on rendered page text: a box of dateless cards under the story (label, headline and
/// summary pairs), a "read also" label with its headline between paragraphs, a newsletter box set inside the story,
/// a paywall's note, an invitation to follow the site, and a press release's description of its issuer in two
/// paragraphs.
@Suite("Round twenty-six bodies: dateless cards, read-also pointers, sign-up boxes and paywall notes")
struct RoundTwentySixBodyTests: PlainTextPageTests {
    static let lead = ArticleFixtures.ferryLead
    static let rest = ArticleFixtures.ferryStoryAfterLead

    static func page(_ middle: String, _ end: String = "") -> String {
        ArticleFixtures.bylinedFerryPage(middle, end)
    }

    @Test("Headline and summary cards under a label, without dates, are left out")
    func datelessCards() {
        let cards = """
            Read more

            Harbour board names new chair after long search

            The former port manager takes over in January and will serve a three-year term.

            Island school wins county football title

            The under-16 team beat three larger schools on the way to the final.

            Coastal path reopens after winter landslide

            Walkers can use the whole route again from the weekend, the council said.
            """
        let body = analyze(Self.page("", cards)).body
        #expect(body.hasSuffix("looks for a second captain."))
        for card in ["Harbour board names", "under-16", "Coastal path", "Read more"] {
            #expect(!body.contains(card))
        }
    }

    @Test("A list of subheads and short paragraphs closing the story stays")
    func subheadedListStays() {
        let list = """
            What changes

            Morning sailing

            The first ferry leaves the harbour at 7:15 a.m., as it did last winter.

            Evening sailing

            The last ferry leaves the island at 6:30 p.m. on weekdays.
            """
        let body = analyze(Self.page("", list)).body
        #expect(body.contains("leaves the island at 6:30 p.m."))
        #expect(body.contains("Morning sailing"))
    }

    @Test("A read-also label and the headline under it between paragraphs are left out")
    func readAlsoPointer() {
        let pointer = """
            Leggi anche

            Harbour board names new chair after long search
            """
        let body = analyze(Self.page(pointer)).body
        #expect(body.hasPrefix("The county's ferry"))
        #expect(body.hasSuffix("looks for a second captain."))
        #expect(!body.contains("Leggi anche"))
        #expect(!body.contains("Harbour board names"))
    }

    @Test("A newsletter box inside the story is left out with its title and pitch")
    func newsletterBox() {
        let box = """
            Get the Island Courier briefing

            Our reporters' take on island life, every weekday morning.

            Enter your email address

            Sign up
            """
        let body = analyze(Self.page(box)).body
        #expect(body.hasPrefix("The county's ferry"))
        #expect(body.hasSuffix("looks for a second captain."))
        for piece in ["Island Courier briefing", "every weekday morning", "Sign up", "email"] {
            #expect(!body.contains(piece))
        }
    }

    @Test("A paragraph above an e-mail field without a box title stays")
    func paragraphAboveFieldStays() {
        let middle = """
            Island life

            The ferry is the only link to the mainland for the island's 1,400 residents.

            Email address

            Subscribe
            """
        let body = analyze(Self.page(middle)).body
        #expect(body.contains("the only link to the mainland"))
    }

    @Test("A paywall's note under the story is left out")
    func paywallNote() {
        let body = analyze(Self.page("", "You have read 3 of 5 free articles this month.")).body
        #expect(body.hasSuffix("looks for a second captain."))
        #expect(!body.contains("free articles"))
    }

    @Test("An invitation to follow the site on social networks is left out")
    func followInvitation() {
        #expect(BodySelector.isFollowInvitation("Follow the Island Courier on Facebook, Instagram and X.", words: 9))
        #expect(!BodySelector.isFollowInvitation("Follow the ferry's route on the council's map.", words: 8))
        let body = analyze(Self.page("", "Follow the Island Courier on Facebook, Instagram and TikTok.")).body
        #expect(body.hasSuffix("looks for a second captain."))
    }

    @Test("A caption behind a screen reader's label and a post's report button are left out")
    func captionLabelAndReportButton() {
        let middle = """
            Image caption The morning ferry leaves the harbour in a storm last January

            Report
            """
        let body = analyze(Self.page(middle)).body
        #expect(body.hasPrefix("The county's ferry"))
        #expect(body.hasSuffix("looks for a second captain."))
        #expect(!body.contains("Image caption"))
        #expect(!body.contains("Report"))
    }

    @Test("A tabloid's box of kicker and headline cards inside the story is left out")
    func kickerCards() {
        let box = """
            [gif]

            SEA CHANGE

            Harbour board names new chair after long search

            [gif]

            GOAL RUSH

            Island school wins county football title after penalty drama

            BACK ON TRACK

            Coastal path reopens after winter landslide closed it for months
            """
        let body = analyze(Self.page(box)).body
        #expect(body.hasPrefix("The county's ferry"))
        #expect(body.hasSuffix("looks for a second captain."))
        for piece in ["SEA CHANGE", "Harbour board", "Coastal path"] { #expect(!body.contains(piece)) }
    }

    @Test("Subheads in capitals over paragraphs stay")
    func capitalSubheadsStay() {
        let middle = """
            WHAT ISLANDERS SAID

            Many had written to the board to say the cut would leave them stranded in winter storms.

            WHAT HAPPENS NEXT

            The board will review the timetable again in the spring.
            """
        let body = analyze(Self.page(middle)).body
        #expect(body.contains("WHAT HAPPENS NEXT"))
        #expect(body.contains("stranded in winter storms"))
    }

    @Test("A press release's description of its issuer in two paragraphs closes the story")
    func issuerDescriptionInTwoParagraphs() {
        #expect(
            ArticleBodyEdges.isIssuerDescription(
                "Harbourline Ferries is an operator of passenger ferries on the west coast.", words: 12,
                next: "The company is headquartered in Oban and employs 300 people. Learn more at harbourline.example."
            ))
        #expect(
            !ArticleBodyEdges.isIssuerDescription(
                "Harbourline Ferries is an operator of passenger ferries on the west coast.", words: 12,
                next: "Islanders said the company was founded in 1962 and had never cut a winter sailing."))
        // A story's next paragraph about the business's past goes on with the story.
        #expect(
            !ArticleBodyEdges.isIssuerDescription(
                "Harbourline Ferries is an operator of passenger ferries on the west coast.", words: 12,
                next: "It was founded in 1962 and is based in Oban, where the council now owns a third of it."))
    }
}
