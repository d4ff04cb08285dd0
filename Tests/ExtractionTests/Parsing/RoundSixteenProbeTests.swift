import Testing

@testable import Extraction

/// Shapes found by the sixteenth round's probe pages (probes16): the ad industry's consent dialog printed above the
/// masthead, meta fields set apart by a middle dot, an author's and a date's elements glued by minified markup, a
/// "Name | Updated: date" byline, an interviewer's byline, a desk and role after the name's comma, and a page whose
/// only publication day is labelled in its footer.
@Suite("Round sixteen: consent dialogs, glued and dotted meta lines, footer dates, interviewer and desk bylines")
struct RoundSixteenProbeTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    func analyze(_ text: String, url: String? = nil) -> AnalyzedArticle {
        analyzer.analyze(ArticleInput(content: text, format: .plainText, url: url))
    }

    static let story =
        (BridgeClosureStory.opening + [
            "The bridge, which opened in 1931, carries around nine thousand vehicles a day."
        ]).joined(separator: "\n\n")

    @Test("A consent dialog above the masthead is neither the headline nor the story")
    func consentDialogAboveMasthead() {
        let text = """
            Skip to main content

            We value your privacy
            We and our partners store and/or access information on a device, such as cookies, and process personal \
            data, such as unique identifiers and standard information sent by a device for personalised advertising \
            and content, ad and content measurement, and audience insights.
            Accept all
            Manage preferences

            The Riverside Echo
            News
            Sport

            Old bridge to close to lorries after cracks found in piers

            By Staff Reporter
            Published: 09:15, 12 March 2024

            \(Self.story)

            © 2024 Riverside Media Ltd. All rights reserved.
            """
        let article = analyze(text)
        #expect(article.title == "Old bridge to close to lorries after cracks found in piers")
        #expect(article.publishedAt?.hasPrefix("2024-03-12") == true)
        #expect(!article.body.contains("partners"))
        #expect(article.body.hasPrefix("The county council voted"))
    }

    @Test("The consent dialog's other title, \"We care about your privacy\", is furniture too")
    func consentDialogOtherTitle() {
        let features = BlockFeatures("We care about your privacy", stopwords: [])
        #expect(features.hasFurniturePhrase)
    }

    @Test("A topic label over the date line is not the headline under it")
    func kickerOverDateLine() {
        let text = """
            Weather

            Storm Watch
            Published 22 hours ago

            Old bridge to close to lorries after cracks found in two of its piers during inspection

            By Andy Carter | Valley News

            \(Self.story)
            """
        #expect(
            analyze(text).title
                == "Old bridge to close to lorries after cracks found in two of its piers during inspection")
    }

    @Test("A photo's title over its credit, between the headline and the byline, is not the headline")
    func photoTitleOverCredit() {
        let text = """
            Entertainment

            Old bridge to close to lorries after cracks found in piers

            Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM

            County Engineers Inspect River Crossing Ahead Of Winter

            Alex Wong | Getty Images

            Engineers examine one of the bridge's piers during an inspection in October.

            By Amy Carter | Valley Advance Media

            \(Self.story)
            """
        #expect(analyze(text).title == "Old bridge to close to lorries after cracks found in piers")
    }

    @Test("Meta fields set apart by a middle dot: the published day, not the updated one")
    func middleDotMetaLine() {
        #expect(
            TextMetadataReader.dateParts("Updated: March 7, 2024 · Published March 5, 2024 · 7 min read")
                == ["Updated: March 7, 2024 ", " Published March 5, 2024 ", " 7 min read"])
        let text = """
            Old bridge to close to lorries after cracks found in piers

            Updated: March 7, 2024 · Published March 5, 2024 · Words by Jonah Feld

            \(Self.story)
            """
        #expect(analyze(text).publishedAt?.hasPrefix("2024-03-05") == true)
    }

    @Test("A month glued to the author's name by minified markup is still read as a date")
    func monthGluedToName() {
        #expect(DateScanner().dates(in: "Ellie MarshMarch 6, 2024 - 9:30AM").first?.date.day10 == "2024-03-06")
        // A capital inside a word that is no month's name, or no number after it, stays one word.
        #expect(DateScanner().dates(in: "Ellie MarshMayhew 6 items").isEmpty)
        #expect(DateScanner().dates(in: "Read McMarch notes").isEmpty)
    }

    @Test("\"Name | Updated: date\": the name's field then the date's is a byline")
    func nameThenDateField() {
        #expect(
            BylineParser().parse("Anand Krishnan | Updated: Mar 05, 2024, 18:45 IST")?.authors == ["Anand Krishnan"])
        // Two capitalised words without a date in another field are not a byline.
        #expect(BylineParser().parse("Anand Krishnan | Markets")?.authors ?? [] == [])
    }

    @Test("An interviewer's byline, and a desk and role after the name's comma")
    func interviewerAndDeskRole() {
        #expect(BylineParser().parse("Interview by Owen Pritchard")?.authors == ["Owen Pritchard"])
        #expect(BylineParser().parse("By Priya Shah, Personal Finance Reporter")?.authors == ["Priya Shah"])
        // Without the comma the words after "and" are a second person with a role.
        #expect(
            BylineParser().parse("By Anna Smith and John Doe Political Reporter")?.authors == [
                "Anna Smith", "John Doe",
            ])
    }

    @Test("A page showing only \"2 hours ago\" above the story: the day labelled in its footer")
    func footerPublishedLine() {
        let text = """
            The Harbour Courier

            Old bridge to close to lorries after cracks found in piers

            Tom Harrow
            Transport writer

            2 hours ago

            \(Self.story)

            \(Self.moreStory)

            First published on March 6, 2024 at 5:12pm

            Recommended
            Ferry fares to rise in May
            """
        #expect(analyze(text).publishedAt?.hasPrefix("2024-03-06") == true)
        // Without the label, a date this far under the story (a related story's, a comment's) is not the page's.
        let unlabelled = text.replacingOccurrences(of: "First published on ", with: "")
        #expect(analyze(unlabelled).publishedAt == nil)
    }

    /// Eight more paragraphs: the footer stands well below the headline.
    static let moreStory = (1...8).map { n in
        "Residents of the villages on the diversion route raised the matter at meeting number \(n), saying the "
            + "lorries would pass a primary school and asking for a lower speed limit while the bridge is shut."
    }.joined(separator: "\n\n")
}
