import Testing

@testable import Extraction

/// Body edges of round 21: what pages set between a story's paragraphs (pointers to other stories, "Story continues
/// below", newsletter pitches), a site's "More <Site>" headline box, and the notes under a press release or a
/// science news story. Embedded posts stay, as the dev pages' gold keeps them.
@Suite("Round twenty-one bodies: inserts, headline boxes and closing notes")
struct RoundTwentyOneBodyTests: PlainTextPageTests {
    static let lead = ArticleFixtures.ferryLead
    static let rest = ArticleFixtures.ferryStoryAfterLead

    @Test("A pointer line, a continuation note and a newsletter pitch are left out of the story")
    func insertsBetweenParagraphs() {
        let page = """
            Ferry keeps winter timetable after islanders protest

            \(Self.lead)

            READ MORE: Harbour board names new chair after months of talks

            Dozens of islanders came to the meeting in the harbour hall to hear the vote, many of them carrying \
            signs that asked the board to keep the winter sailings.

            Story continues below

            Get the week's island news delivered to your inbox every Friday morning.

            \(Self.rest)
            """
        let body = analyze(page).body
        #expect(body.hasPrefix("The county's ferry"))
        #expect(body.contains("Dozens of islanders came to the meeting"))
        #expect(body.hasSuffix("looks for a second captain."))
        for insert in ["READ MORE", "Story continues", "inbox"] {
            #expect(!body.contains(insert))
        }
    }

    @Test("The shapes of inserts, and lines that only look like them")
    func insertShapes() {
        #expect(BodySelector.isPointerLine("Related: Harbour board names new chair"))
        #expect(BodySelector.isPointerLine("SEE MORE: Ferry fares: what changes in January"))
        #expect(!BodySelector.isPointerLine("Related:"))
        #expect(!BodySelector.isPointerLine("Note: the board meets again in March."))
        #expect(!BodySelector.isPointerLine("More: it will cost less than expected."))
        #expect(BodySelector.isContinuationNote("Article continues below advertisement"))
        #expect(!BodySelector.isContinuationNote("Story continues below gallery"))
        #expect(
            BodySelector.storyInsertCost(
                "Ferry keeps winter timetable after islanders protest", words: 7, role: .heading) == nil)
        #expect(BodySelector.storyInsertCost("Related: Harbour board names new chair", words: 6, role: .barrier) == 1.5)
    }

    @Test("A 'More <Site>' heading over headlines is furniture; a subhead opening with 'More' is the story's")
    func headlineBox() {
        let boxed = """
            \(Self.lead)

            \(Self.rest)

            More Harbour Gazette

            Police name driver in pier crash

            Island school wins county title

            About Us
            """
        let body = analyze(boxed).body
        #expect(body.hasSuffix("looks for a second captain."))
        #expect(!body.contains("More Harbour Gazette"))
        let subhead = """
            \(Self.lead)

            More Money for the Crossing

            Islanders had collected more than 900 signatures against the cut, saying it would make it harder to \
            reach hospital appointments and jobs on the mainland, and the board found the money in its reserves.

            The board said it would pay for the extra sailings from its reserves while it looks for a second captain.
            """
        #expect(analyze(subhead).body.hasSuffix("looks for a second captain."))
        #expect(analyze(subhead).body.contains("900 signatures"))
    }

    @Test("A release's self-description, legalese and contact close it; a story's sentence about a firm does not")
    func releaseNotes() {
        let page = """
            \(ArticleFixtures.pressRelease)

            Brightwater Labs is a leading provider of water sensors for farms and irrigation districts. Founded in \
            2015, the company is headquartered in San Diego. For more information, visit www.brightwater.example.

            Forward-Looking Statements

            This press release contains forward-looking statements that involve risks and uncertainties, and actual \
            results may differ materially from those expressed or implied in them.

            SOURCE Brightwater Labs
            """
        let body = analyze(page).body
        #expect(body.contains("reach customers next spring"))
        #expect(!body.contains("leading provider"))
        #expect(!body.contains("forward-looking"))
        #expect(!body.contains("SOURCE"))
        #expect(
            !ArticleBodyEdges.isIssuerDescription(
                "Northgate Capital is a venture firm that has backed three of the region's farm technology makers.",
                words: 16))
        #expect(
            ArticleBodyEdges.isIssuerDescription(
                "Acme Corp. is a global leader in sensors. Learn more at acme.example.", words: 12))
    }

    @Test("A science story's citation, copyright notice and 'Explore further' close it; its reference stays")
    func scienceNotes() {
        let page = """
            \(Self.lead)

            \(Self.rest)

            More information: Jane Doe et al, Winter ferry timetables and island economies, Journal of Island \
            Studies (2026). DOI: 10.1000/jis.2026.1

            Provided by University of the Isles

            Citation: Ferry keeps winter timetable (2026, November 30) retrieved 30 November 2026 from \
            https://example.org/news/ferry.html

            This document is subject to copyright. Apart from any fair dealing for the purpose of private study or \
            research, no part may be reproduced without the written permission.
            """
        let body = analyze(page).body
        #expect(body.hasSuffix("Provided by University of the Isles"))
        #expect(body.contains("More information: Jane Doe et al"))
        #expect(!body.contains("retrieved"))
        #expect(!ArticleBodyEdges.isClosingNote("Citation: the board cited the law.", words: 6))
        #expect(ArticleBodyEdges.isClosingNote("Explore further", words: 2))
    }
}
