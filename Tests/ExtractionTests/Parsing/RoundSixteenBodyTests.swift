import Testing

@testable import Extraction

/// The story's edges on the sixteenth round's probe pages: a live blog's entry stamps, share buttons and entry
/// signatures, a long tag list, a market report's sentence of figures, a standfirst over the date line, a line of
/// two labelled stamps and the footer's "First published" line.
@Suite("Round sixteen: share buttons, entry signatures, tag lists, figure-heavy sentences, stamps around the story")
struct RoundSixteenBodyTests {
    let analyzer = ArticleAnalyzer(finder: NoOrganizations())

    func body(_ text: String) -> String {
        analyzer.analyze(ArticleInput(content: text, format: .plainText)).body
    }

    static let paragraphs =
        BridgeClosureStory.opening + [
            "The bridge, which opened in 1931, carries around nine thousand vehicles a day, and residents have asked "
                + "for a lower speed limit on the diversion while it is shut."
        ]

    @Test("A live blog's stamps, share buttons and entry signatures are not story")
    func liveBlogEntries() {
        let p = Self.paragraphs
        let text = """
            The Valley Ledger

            Live updates: Old bridge closes to lorries

            By Hannah Cole and Marcus Bell
            Updated 11:42 PM EST, March 5, 2024

            Share

            11:42 PM EST
            Marcus Bell

            \(p[0])

            Share

            6:15 PM EST
            Hannah Cole

            \(p[1])

            Share

            12:05 PM EST
            Marcus Bell

            \(p[2])

            Share
            """
        let story = body(text)
        #expect(story == [p[0], p[1], p[2]].joined(separator: "\n\n"))
    }

    @Test("A tag list of any length ends the story; the author box under it is not kept")
    func longTagList() {
        let text = """
            Old bridge to close to lorries after cracks found in piers

            Words by Mei Lin Tan
            Posted on 05/03/2024

            \(Self.paragraphs.joined(separator: "\n\n"))

            Tags: Bridges Transport Council Roads Infrastructure Lorries

            Mei Lin Tan
            Mei Lin is our transport editor. She has covered the county's roads and railways since 2012.
            """
        let story = body(text)
        #expect(story.hasSuffix("while it is shut."))
        #expect(!story.contains("Tags:"))
        #expect(!story.contains("transport editor"))
    }

    @Test("A sentence of names and figures with few stopwords still closes the story")
    func figureHeavySentence() {
        let figures =
            "Provisional exchange data showed foreign portfolio investors bought shares worth Rs 1,870 crore on "
            + "Monday, while domestic institutions were net sellers."
        let text = """
            Old bridge to close to lorries after cracks found in piers

            By Anand Krishnan

            \(Self.paragraphs.joined(separator: "\n\n"))

            \(figures)

            Also Read
            Gold prices climb to new high
            """
        #expect(body(text).hasSuffix(figures))
    }

    @Test("A standfirst of up to 30 words over the date line, the share button and two labelled stamps are header")
    func headerAboveTheLead() {
        let standfirst =
            "Schools that shorten the week to keep staff are treating a symptom. The disease is workload, and only "
            + "ministers can fix it"
        let opinion = """
            A four-day school week is a sticking plaster

            Sarah Kendall

            \(standfirst)

            Tue 5 Mar 2024 06.00 GMT

            Share

            \(Self.paragraphs.joined(separator: "\n\n"))
            """
        #expect(body(opinion).hasPrefix("The county council voted"))
        let stamps = """
            Old bridge to close to lorries after cracks found in piers

            By Tom Becker | tbecker@example.com

            PUBLISHED: March 5, 2024 at 6:00 a.m. | UPDATED: March 5, 2024 at 9:41 a.m.

            \(Self.paragraphs.joined(separator: "\n\n"))
            """
        #expect(body(stamps).hasPrefix("The county council voted"))
    }

    @Test("The footer's \"First published on …\" line and the share bar above it close the story")
    func footerStamp() {
        let text = """
            Old bridge to close to lorries after cracks found in piers

            Tom Harrow
            Transport writer

            2 hours ago

            \(Self.paragraphs.joined(separator: "\n\n"))

            Save
            Share

            First published on March 6, 2024 at 5:12pm

            Tom Harrow is a transport writer for the Courier.
            """
        #expect(body(text).hasSuffix("while it is shut."))
        #expect(ArticleBodyEdges.isTrailer("First published on March 6, 2024 at 5:12pm"))
        #expect(!ArticleBodyEdges.isTrailer("Published figures show the bridge carried 9,000 vehicles a day in 2023."))
    }
}

/// The story the sixteenth round's parsing tests put between page furniture: a local paper's report of a bridge
/// closure, plain prose of a few paragraphs.
enum BridgeClosureStory {
    static let opening = [
        "The county council voted on Tuesday to close the old bridge over the river to lorries from next month, "
            + "after engineers found cracks in two of its piers.",
        "Councillors said the closure would last at least a year while the piers were strengthened, and that a "
            + "signed diversion would take heavy traffic through the industrial estate.",
        "Hauliers said the diversion would add twenty minutes to each journey and asked the council to speed up "
            + "the repairs, which are expected to cost about four million pounds.",
    ]
}
