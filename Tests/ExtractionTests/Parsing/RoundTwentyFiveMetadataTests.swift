import Testing

@testable import Extraction

/// Shapes of rendered pages whose authors or source round 25's probes found misread: a byline run into a long
/// caption by the text's hard wrapping, a press release's issuer under "News provided by", a writer's own
/// copyright on a newsletter, a logo drawn as its alt text, and a company's copyright that leaves only the last word
/// of the site's name.
@Suite("Round twenty-five metadata: wrapped captions, issuers, writers' copyrights and logos")
struct RoundTwentyFiveMetadataTests: PlainTextPageTests {
    /// The harbour story's paragraphs hard-wrapped at 100 columns, as `w3m -dump -cols 100` gives them.
    static let wrappedStory = ArticleFixtures.harbourStory.split(separator: "\n\n").map { paragraph in
        var lines: [String] = []
        var line = ""
        for word in paragraph.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > 100 {
                lines.append(line)
                line = String(word)
            } else {
                line = line.isEmpty ? String(word) : line + " " + word
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }.joined(separator: "\n\n")

    @Test("A byline under a long caption line of a hard-wrapped page is read from its label")
    func bylineRunIntoACaption() {
        let page = """
            Night ferry to run all winter

            [image] Passengers wait for the night ferry at the harbour pier on Tuesday. (AP Photo/Dara Quinn)
            By MAIRE TOLAND and PETER ODUYA
            Updated 6:27 PM GMT+1, December 1, 2026

            \(Self.wrappedStory)
            """
        let article = analyze(page)
        #expect(article.authors == ["MAIRE TOLAND", "PETER ODUYA"])
        #expect(article.title == "Night ferry to run all winter")
    }

    @Test("Only a caption's end opens a byline inside a block; a sentence's own 'By' does not")
    func bylineAfterCaptionNeedsTheCaptionsEnd() {
        #expect(
            TextMetadataReader.bylineAfterCaption("The pier at dusk. (Photo/Dara Quinn) By Jane Roe Updated today")
                == "By Jane Roe Updated today")
        #expect(TextMetadataReader.bylineAfterCaption("Boats stood by. By the evening the pier was full") == nil)
        #expect(TextMetadataReader.bylineAfterCaption("Passengers stood By Jane Roe") == nil)
    }

    @Test("The issuer under 'News provided by' is no author")
    func issuerIsNoAuthor() {
        let page = """
            Harbour Engines Opens Its First Ferry Yard

            News provided by
            Harbour Engines
            Dec 01, 2026, 09:00 ET

            \(ArticleFixtures.harbourStory)
            """
        let article = analyze(page)
        #expect(article.authors.isEmpty)
        #expect(article.title == "Harbour Engines Opens Its First Ferry Yard")
    }

    @Test("A newsletter writer's own copyright is not the source, and the writer stays the author")
    func writersCopyrightIsNoSource() {
        let page = """
            The Pier Letter
            Subscribe
            Sign in

            Night ferry to run all winter

            Short version: the boats are full.

            Laura Quinn
            Dec 01, 2026

            \(ArticleFixtures.harbourStory)

            Thanks for reading The Pier Letter! Subscribe for free to receive new posts.
            © 2026 Laura Quinn
            Privacy ∙ Terms
            """
        let article = analyze(page)
        #expect(article.authors == ["Laura Quinn"])
        #expect(article.source == "The Pier Letter")
    }

    @Test("A logo drawn as its alt text names the site over its owner's copyright")
    func logoAltText() {
        let page = """
            Skip to main content
            The Harbour Wire homepage
            The Harbour Wire logo.
              • Tech
              • Reviews

            Night ferry to run all winter

            By Maire Toland
            Dec 1, 2026, 4:21 PM UTC

            \(ArticleFixtures.harbourStory)

            © 2026 Quayside Media, LLC. All Rights Reserved
            """
        #expect(analyze(page).source == "The Harbour Wire")
        #expect(SourceFinder.labelledLogo("Site logo") == nil)
        #expect(SourceFinder.labelledLogo("The Harbour Wire logo.") == "The Harbour Wire")
    }

    @Test("The last word a company's copyright leaves lends its votes to the masthead ending with it")
    func companysLastWordLendsToTheMasthead() {
        let page = """
            The Harbour Herald
              • National
              • Business

            Night ferry to run all winter

            Published : Dec. 1, 2026 - 15:31
            By Maire Toland

            \(ArticleFixtures.harbourStory)

            By Maire Toland (maire@heraldcorp.com)
            The Harbour Herald by Herald Corporation. Copyright Herald Corporation. All Rights Reserved.
            """
        #expect(analyze(page).source == "The Harbour Herald")
    }
}
