import Testing

@testable import Extraction

/// Body edges of round 27, on rendered page text: boxes marked out for screen readers ("Skip Facebook post" … "End
/// of Facebook post", "list of 4 items" … "end of list"), a carousel of other stories between paragraphs, captions
/// by their credit or their label, a live blog's relative stamps, and the site's promotions around the story.
@Suite("Round twenty-seven bodies: screen-reader boxes, carousels, captions, live stamps and site promotions")
struct RoundTwentySevenBodyTests: PlainTextPageTests {
    static let lead = ArticleFixtures.ferryLead
    static let rest = ArticleFixtures.ferryStoryAfterLead

    static func page(_ middle: String, _ end: String = "") -> String {
        ArticleFixtures.bylinedFerryPage(middle, end)
    }

    func expectWholeStory(_ body: String, without pieces: [String]) {
        #expect(body.hasPrefix("The county's ferry"))
        #expect(body.hasSuffix("looks for a second captain."))
        for piece in pieces { #expect(!body.contains(piece)) }
    }

    @Test("An embedded post between 'Skip … post' and 'End of … post' is left out, the story around it stays")
    func skippedEmbeddedPost() {
        let embed = """
            Skip Facebook post

            Allow Facebook content?

            This article contains content provided by Facebook. We ask for your permission before anything is \
            loaded, as they may be using cookies and other technologies.

            Accept and continue

            End of Facebook post
            """
        expectWholeStory(analyze(Self.page(embed)).body, without: ["Facebook", "Accept and continue"])
    }

    @Test("A newsletter promotion between its skip link and 'after newsletter promotion' is left out")
    func skippedNewsletterPromotion() {
        let promotion = """
            Skip past newsletter promotion

            Sign up to Island Weekly

            The week's island news, the good, the bad and the essential, in one email every Friday.

            Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by \
            outside parties.

            after newsletter promotion
            """
        expectWholeStory(analyze(Self.page(promotion)).body, without: ["newsletter", "Island Weekly", "Privacy"])
    }

    @Test("A skip link past the page's header, or a sentence opening 'Skip', marks no box")
    func skipLinksWithoutEnd() {
        let features = [BlockFeatures](repeating: BlockFeatures(), count: 3)
        let header = ["Skip to main content", "News", "End of main content"]
        #expect(BodySelector.skippedBoxEnd(0, header, features) == nil)
        // A sentence ends where a mark does not.
        var sentenceFeatures = features
        sentenceFeatures[0].endsSentence = true
        let sentence = ["Skip the queue, they said.", "x", "End of the queue"]
        #expect(BodySelector.skippedBoxEnd(0, sentence, sentenceFeatures) == nil)
    }

    @Test("A counted list of links under its heading is left out and does not end the story")
    func countedListBox() {
        let box = """
            Recommended Stories

            list of 3 items

              • list 1 of 3
                Harbour board names new chair after long search
              • list 2 of 3
                Island school wins county football title
              • list 3 of 3
                Coastal path reopens after winter landslide

            end of list
            """
        expectWholeStory(analyze(Self.page(box)).body, without: ["Recommended", "Harbour board", "end of list"])
    }

    @Test("A carousel of related articles between paragraphs does not cut the lead off")
    func carouselInsideStory() {
        let carousel = """
            RELATED ARTICLES

              • Previous
              • 1
              • Next

              • Harbour board names new chair after long search
              • Island school wins county football title

            Share this article
            """
        expectWholeStory(analyze(Self.page(carousel)).body, without: ["RELATED", "Harbour board", "Previous"])
    }

    @Test("Captions told by their label, a glued credit, a colon credit in parentheses or 'pictured' without a stop")
    func captionShapes() {
        let captions = [
            "Photo shows A farmer crouches in a dry paddock holding a handful of dirt after weeks without rain.",
            "Commuters waited for a train at the station in Brooklyn, where the signal project covers two lines."
                + "Credit...Jonah Markowitz for The Daily Ledger",
            "Farmer Neil Marsh says his crops need at least 25 millimetres of rain in the next month."
                + "(ABC Rural: Lucy Thackray)",
            "Doreen Latham (pictured with her daughter Karen) said she could not stop shaking when she realised the ticket had won",
            "The line will be closed from April 12 while engineers replace the worn track near the bridge (Image: Evening News)",
        ]
        for caption in captions {
            #expect(
                BodySelector.isPhotoCaptionParagraph(caption) || BodySelector.opensWithCaptionLabel(caption),
                "\(caption)")
        }
        let sentences = [
            "Mrs Latham (pictured) said she had bought the ticket at her local newsagent in November last year.",
            "The council said the budget (see table: spending by department) would be published on Friday.",
            "Credit card spending rose 4% in the month, the bank said, led by travel and eating out.",
        ]
        for sentence in sentences {
            #expect(
                !BodySelector.isPhotoCaptionParagraph(sentence) && !BodySelector.opensWithCaptionLabel(sentence),
                "\(sentence)")
        }
    }

    @Test("A live blog's relative stamps and update notes are stamps; other short lines are not")
    func liveStamps() {
        for stamp in ["1h ago", "35 mins ago", "2 hours ago", "Updated 3h ago", "Updated at 16.31 BST"] {
            #expect(BodySelector.isLiveStampLine(stamp), "\(stamp)")
        }
        for line in ["10 years ago", "Updated", "1 in 5", "Posted by Jane", "Ago"] {
            #expect(!BodySelector.isLiveStampLine(line), "\(line)")
        }
    }

    @Test("A site's app, live-coverage and newsletter-thanks promotions are promotions; story sentences are not")
    func sitePromotions() {
        let promos = [
            "Download The Courier News App for Latest City News.",
            "Get Current Updates on India News, Weather Today, Latest News at the Daily Times.",
            "Catch all the Latest News and Breaking News Events on the Daily Times.",
            "Thanks for reading The Ledger Line! This post is public so feel free to share it.",
        ]
        for promo in promos {
            #expect(BodySelector.isSitePromo(promo, words: promo.split(separator: " ").count), "\(promo)")
        }
        let sentences = [
            "Track officials said the news updates were posted late on Friday.",
            "Download speeds doubled in the town after the new cable was laid, the council said.",
            "Thanks for reading the minutes, the chair told the board before the vote.",
        ]
        for sentence in sentences {
            #expect(!BodySelector.isSitePromo(sentence, words: sentence.split(separator: " ").count), "\(sentence)")
        }
    }

    @Test("A pointer label with a colon over headlines, and 'Sign up here.', are left out between paragraphs")
    func pointerListAndSignUpLink() {
        let pointers = """
            Read more from the Courier:

            Harbour board names new chair after long search

            Island school wins county football title

            Sign up here.
            """
        expectWholeStory(analyze(Self.page(pointers)).body, without: ["Read more", "Harbour board", "Sign up"])
    }

    @Test("A science desk's editorial notes above the story are left out")
    func editorialNotes() {
        let page = """
            Editors' notes

            This article has been reviewed according to Science X's editorial process and policies. Editors have \
            highlighted the following attributes while ensuring the content's credibility: fact-checked

            proofread

            Ferry keeps winter timetable after islanders protest

            by Anna Berg, Island Courier

            \(Self.lead)

            \(Self.rest)
            """
        let body = analyze(page).body
        #expect(body.hasPrefix("The county's ferry"))
        #expect(!body.contains("editorial process"))
    }

    @Test("Bulleted headlines under 'Trending News' between two parts of the story are left out, and the rest stays")
    func headlineListInsideStory() {
        let box = """
            Trending News

              • Harbour board names new chair after long search
              • Island school wins county football title: "We did it!"
              • Coastal path reopens after winter landslide

            The transport board had warned in the autumn that the ferry's engines were due for an overhaul and that \
            the winter timetable could not be kept without a second crew, which it has not yet been able to hire.
            """
        let body = analyze(Self.page(box)).body
        expectWholeStory(body, without: ["Trending", "Harbour board", "Coastal path"])
        #expect(body.contains("engines were due for an overhaul"))
    }

    @Test("Bulleted headlines under an end marker after the story's last paragraph still end it")
    func headlineListClosingStory() {
        let end = """
            Related Stories

              • Harbour board names new chair after long search
              • Island school wins county football title

            Newsletter
            """
        let body = analyze(Self.page("", end)).body
        #expect(body.hasSuffix("looks for a second captain."))
        #expect(!body.contains("Harbour board"))
    }

    @Test("'Loading...' alone on a line is a placeholder")
    func loadingPlaceholder() {
        #expect(BodySelector.isLoadingPlaceholder("Loading..."))
        #expect(BodySelector.isLoadingPlaceholder("Loading\u{2026}"))
        #expect(!BodySelector.isLoadingPlaceholder("Loading bay"))
    }
}
