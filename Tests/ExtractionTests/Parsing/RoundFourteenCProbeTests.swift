import Testing

@testable import Extraction

/// Shapes found by the fourteenth round's third batch of probe pages (probes14c): the outlet after "FOR" in a
/// tabloid byline, a newsroom's bureau signing the copy, a portal's most-read box after the lead of the story it
/// carries, promotions and pledges under the story, and a local paper's contact line.
@Suite("Round fourteen, third batch: byline outlets, desks, portal boxes, promotions, contact lines")
struct RoundFourteenCProbeTests: PlainTextPageTests {
    static let story = """
        The harbour board agreed on Wednesday to dredge the inner channel before the summer, so that the larger \
        ferries can berth at low tide without waiting offshore.

        Board members said the work would take six weeks and that the spoil would be used to rebuild the eroded \
        beach north of the breakwater.

        Ferry operators welcomed the decision, saying delays at low tide had cost them passengers all winter.
        """

    @Test("\"FOR OUTLET\" after a byline's name is the source, not part of the author")
    func outletAfterFor() {
        let byline = BylineParser().parse("By Rebecca Hollis FOR MAILONLINE")
        #expect(byline?.authors == ["Rebecca Hollis"])
        #expect(byline?.source == "MAILONLINE")
        let titled = BylineParser().parse("By Owen Price for The Coastal Echo")
        #expect(titled?.authors == ["Owen Price"])
        #expect(titled?.source == "The Coastal Echo")
    }

    @Test("\"for\" followed by words that are no outlet's name gives no source")
    func forWithoutOutlet() {
        #expect(BylineParser.outletAfterFor("Jane Doe for the first time", nameWords: 2) == nil)
        #expect(BylineParser.outletAfterFor("Jane Doe", nameWords: 2) == nil)
    }

    @Test("A newsroom's bureau or desk after the name is neither an author nor the source")
    func bureauIsNoAuthor() {
        let byline = BylineParser().parse("By Priya Raghavan, Harbour Bureau")
        #expect(byline?.authors == ["Priya Raghavan"])
        #expect(byline?.source == nil)
    }

    @Test("A portal's \"Most Read from\" box after the lead does not end the story")
    func mostReadFromBoxInsideStory() {
        let page = """
            Finance Home
            Markets
            News

            Harbour Board Votes to Dredge Inner Channel Before Summer

            Nadia Brandt
            Wed, March 6, 2024 at 4:12 AM EST

            (Bloomberg) -- The harbour board voted to dredge the inner channel before the summer season, clearing the \
            way for larger ferries to berth at any tide.

            Most Read from Bloomberg

            \(Self.story)
            """
        let body = analyze(page).body
        #expect(body.hasPrefix("(Bloomberg) -- The harbour board voted"))
        #expect(!body.contains("Most Read from"))
    }

    @Test("An app promotion and a site's pledge under the story are not body")
    func promotionsAfterStory() {
        let page = """
            The Harbour Times

            Harbour board agrees to dredge inner channel before summer

            By Nadia Brandt
            March 6, 2024

            \(Self.story)

            The Harbour Times is committed to covering the port and its people. Support our journalism.

            Take Us With You
            Real-time updates and all local stories you want right in the palm of your hand.
            """
        let body = analyze(page).body
        #expect(body.hasSuffix("cost them passengers all winter."))
    }

    @Test("A business site's note on where to catch its news, under the story, is not body")
    func latestNewsUpdatesNote() {
        let page = """
            Harbour Market Times

            Harbour board agrees to dredge inner channel before summer

            By Nadia Brandt
            Last Updated: Mar 6, 2024, 04:12:00 PM IST

            \(Self.story)

            (Catch all the Business News, Market News and Latest News Updates on Harbour Market Times.)
            """
        #expect(analyze(page).body.hasSuffix("cost them passengers all winter."))
    }

    @Test("\"A can be reached at\" under the story, naming its reporter, is cut")
    func reachedAtContactLine() {
        #expect(
            ArticleBodyEdges.isReporterNote(
                "Nadia Brandt can be reached at nbrandt@example.com or 555-0142.", authors: ["Nadia Brandt"]))
        #expect(
            !ArticleBodyEdges.isReporterNote(
                "The harbour master can be reached by radio on channel 12.", authors: ["Nadia Brandt"]))
    }

    @Test("A blog's tagline under its name is not the title, the headline under it is")
    func taglineIsNoHeadline() {
        let page = """
            Tide and Timber
            A blog about boats and the people who mend them

            Dredging the inner channel: what it means for small boats

            Posted by Nadia Brandt on March 6, 2024 in Harbour

            \(Self.story)
            """
        let article = analyze(page)
        #expect(article.title == "Dredging the inner channel: what it means for small boats")
        #expect(article.authors == ["Nadia Brandt"])
    }

    @Test("Taglines open with an article, the kind of site and what it covers; headlines do not")
    func taglineShapes() {
        #expect(TextMetadataReader.isSiteTagline("A blog about walking the hills"))
        #expect(TextMetadataReader.isSiteTagline("A weekly newsletter on money and markets"))
        #expect(!TextMetadataReader.isSiteTagline("A blog post that changed the harbour debate"))
        #expect(!TextMetadataReader.isSiteTagline("Harbour board agrees to dredge inner channel"))
    }
}
