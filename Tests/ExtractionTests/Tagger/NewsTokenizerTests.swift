import Testing

@testable import Extraction

/// Token texts of `text`.
private func words(_ text: String) -> [String] {
    let scalars = ScalarText(text)
    return NewsTokenizer().tokens(in: scalars).map { scalars.string(of: $0) }
}

@Suite("News tokenizer")
struct NewsTokenizerTests {
    @Test func offsetsCountUnicodeScalarsAfterNonASCIIText() {
        let text = "Zürich’s café — 🇨🇭👍🏽 Nestlé SA said"
        let scalars = Array(text.unicodeScalars)
        let tokens = NewsTokenizer().tokens(in: text)
        for token in tokens {
            #expect(token.start < token.end && token.end <= scalars.count)
        }
        let nestle = tokens.first { ScalarText(text).string(of: $0) == "Nestlé" }
        #expect(nestle != nil)
        if let nestle {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[nestle.start..<nestle.end])
            #expect(String(view) == "Nestlé")
            // 🇨🇭 is two scalars and 👍🏽 two more: the offset counts scalars, not characters or UTF-16 units
            #expect(nestle.start == Array("Zürich’s café — 🇨🇭👍🏽 ".unicodeScalars).count)
        }
    }

    @Test func emojiSequencesStayWhole() {
        #expect(words("Go 👍🏽 now") == ["Go", "👍🏽", "now"])
        #expect(words("flag 🇨🇭 here") == ["flag", "🇨🇭", "here"])
    }

    @Test func curlyQuotesAreTokensOfTheirOwn() {
        #expect(words("“Apple” said") == ["“", "Apple", "”", "said"])
        #expect(words("‘Meta’") == ["‘", "Meta", "’"])
    }

    @Test func abbreviationsKeepTheirDot() {
        #expect(
            words("Acme Inc. and Globex Co. met Dr. Who in Jan. in Sacramento, Calif. today") == [
                "Acme", "Inc.", "and", "Globex", "Co.", "met", "Dr.", "Who", "in", "Jan.", "in", "Sacramento", ",",
                "Calif.", "today",
            ])
    }

    @Test func anAbbreviationEndingALineGivesItsDotToTheSentence() {
        #expect(words("shares of Acme Inc.\nNext") == ["shares", "of", "Acme", "Inc", ".", "Next"])
        #expect(words("sold to Lear Corp.") == ["sold", "to", "Lear", "Corp", "."])
        #expect(words("Founder of Ceres Robotics Inc.”") == ["Founder", "of", "Ceres", "Robotics", "Inc.", "”"])
    }

    @Test func dottedAcronymsAndInitialsAreOneToken() {
        #expect(
            words("The U.S. and U.K. said J. Smith left at 5 p.m.") == [
                "The", "U.S.", "and", "U.K.", "said", "J.", "Smith", "left", "at", "5", "p.m.",
            ])
    }

    @Test func aSentenceFinalDotIsSeparate() {
        #expect(words("He joined Boeing.") == ["He", "joined", "Boeing", "."])
    }

    @Test func possessivesSplitOffTheName() {
        #expect(words("MEBO Group's plan") == ["MEBO", "Group", "'s", "plan"])
        #expect(words("MEBO Group’s plan") == ["MEBO", "Group", "’s", "plan"])
        #expect(words("the Workers' Party") == ["the", "Workers", "'", "Party"])
        #expect(words("O'Neill didn't") == ["O'Neill", "did", "n't"])
    }

    @Test func ampersandsJoinOnlyWithoutSpaces() {
        #expect(words("Johnson & Johnson and AT&T") == ["Johnson", "&", "Johnson", "and", "AT&T"])
        #expect(words("S&P 500") == ["S&P", "500"])
    }

    @Test func hyphensNumbersAndURLs() {
        #expect(
            words("Coca-Cola paid $250,000 (3.5%) on 1996-08-22") == [
                "Coca-Cola", "paid", "$", "250,000", "(", "3.5", "%", ")", "on", "1996-08-22",
            ])
        #expect(
            words("See https://example.com/a?b=1, or www.bbc.co.uk.") == [
                "See", "https://example.com/a?b=1", ",", "or", "www.bbc.co.uk", ".",
            ])
        #expect(words("Amazon.com rose") == ["Amazon.com", "rose"])
    }

    @Test func lineBreaksAreCountedNotTokenized() {
        let tokens = NewsTokenizer().tokens(in: "Bay Area\nCouncil said\n\nNext")
        #expect(tokens.map(\.newlinesBefore) == [0, 0, 1, 0, 2])
    }
}

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let scalars = ScalarText(text)
        let tokens = NewsTokenizer().tokens(in: scalars)
        return SentenceSplitter().sentences(tokens, in: scalars).map {
            scalars.string(tokens[$0.lowerBound].start, tokens[$0.upperBound - 1].end)
        }
    }

    @Test func splitsAfterFinalPunctuationBeforeACapital() {
        #expect(
            sentences("Shares rose. The Bank of England said so! Why? Nobody knows.") == [
                "Shares rose.", "The Bank of England said so!", "Why?", "Nobody knows.",
            ])
    }

    @Test func titlesAndAcronymsDoNotEndASentence() {
        #expect(sentences("Dr. Smith met U.S. officials.") == ["Dr. Smith met U.S. officials."])
    }

    @Test func aNameWrappedInAParagraphStaysInOneSentence() {
        let text = "Officials from the regional planning commission and the Bay Area\nCouncil met on Tuesday."
        #expect(sentences(text).count == 1)
    }

    @Test func headlinesBylinesAndParagraphsAreSentences() {
        #expect(
            sentences("MARKETS RALLY\nBy Jane Doe\n\nStocks rose") == ["MARKETS RALLY", "By Jane Doe", "Stocks rose"])
    }
}

@Suite("Scalar text")
struct ScalarTextTests {
    @Test func decodesTheSameScalarsAsTheStandardLibrary() {
        let samples = [
            "", "plain ASCII text", "Zürich — “quoted” café", "naïve e\u{301} combining", "日本語のテキスト",
            "emoji 👩‍👩‍👧 and flags 🇫🇷", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "line\r\nbreaks\u{2029}",
            String(repeating: "Acme Corp. 😀 ", count: 200),
            // ASCII runs of eight bytes and more (decoded eight at a time) against every offset of a wider scalar
            "abcdefgh\u{E9}ijklmnopq\u{1F600}rstuvwxyz12345\u{20AC}67", "12345678", "1234567", "123456789",
        ]
        for text in samples {
            #expect(ScalarText(text).scalars == Array(text.unicodeScalars))
        }
    }

    @Test func regionsAreTokenizedAloneWithOffsetsIntoTheWholeText() {
        let text = "Menu Sport\n\nAcme Corp wins\r\n\r\nShare\nIt said Acme Corp grew.\nFooter"
        let scalars = ScalarText(text)
        let title = 12..<26  // "Acme Corp wins"
        let body = 36..<59  // "It said Acme Corp grew."
        let tokens = NewsTokenizer().tokens(in: scalars, regions: [body, title])
        #expect(
            tokens.map { scalars.string(of: $0) } == [
                "Acme", "Corp", "wins", "It", "said", "Acme", "Corp", "grew", ".",
            ])
        #expect(tokens.allSatisfy { title.contains($0.start) || body.contains($0.start) })
        // the first region opens the text; the next follows the gap's line breaks ("\r\n" is one), as in the text
        #expect(tokens[0].newlinesBefore == 0 && tokens[0].spaceBefore)
        #expect(tokens[3].newlinesBefore == 3 && tokens[3].spaceBefore)
        #expect(NewsTokenizer().tokens(in: scalars, regions: nil) == NewsTokenizer().tokens(in: scalars))
    }

    /// A region ends as a line does: "Inc." at its end gives the sentence its dot.
    @Test func aRegionAfterOneOnTheSameLineStillStartsALine() {
        let scalars = ScalarText("Acme Corp. Globex Inc.")
        let tokens = NewsTokenizer().tokens(in: scalars, regions: [0..<10, 11..<22])
        #expect(tokens.map { scalars.string(of: $0) } == ["Acme", "Corp", ".", "Globex", "Inc", "."])
        #expect(tokens[3].newlinesBefore == 1)
    }
}
