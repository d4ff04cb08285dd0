import Testing

@testable import Extraction

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("words keep initialism dots, inner ampersands and hyphens; possessives split off")
    func wordShapes() {
        let tokens = Tokenizer().tokens(in: "U.S.-listed AT&T’s Post-Gazette, Acme Inc. and O'Neill's 3M.")
        #expect(
            tokens.map(\.text) == [
                "U.S.", "-", "listed", "AT&T", "’s", "Post-Gazette", ",", "Acme", "Inc.", "and", "O'Neill", "'s", "3M",
                ".",
            ])
        #expect(tokens[4].kind == .possessive)
        #expect(tokens[12].kind == .number)
    }

    @Test("an apostrophe after a word is a possessive only as 's, or alone after a plural; otherwise a mark")
    func apostrophesAfterWords() {
        let tokens = Tokenizer().tokens(in: "the Smiths' house, rock 'n' roll, Acme’s end, Acme' Ross'")
        #expect(
            tokens.map(\.text) == [
                "the", "Smiths", "'", "house", ",", "rock", "'", "n", "'", "roll", ",", "Acme", "’s", "end", ",",
                "Acme", "'", "Ross", "'",
            ])
        let possessives = tokens.indices.filter { tokens[$0].kind == .possessive }
        #expect(possessives == [2, 12, 18])
    }

    @Test("offsets count Unicode scalars")
    func scalarOffsets() {
        let text = "🎉 “Émile” Acme"
        let tokens = Tokenizer().tokens(in: text)
        let scalars = Array(text.unicodeScalars)
        for t in tokens {
            #expect(String(String.UnicodeScalarView(scalars[t.start..<t.end])) == t.text)
        }
        #expect(tokens.last?.start == 10)
    }

    @Test("regions restrict tokens and start new lines")
    func regions() {
        let tokens = Tokenizer().tokens(in: "Alpha beta Gamma delta", regions: [0..<5, 11..<16])
        #expect(tokens.map(\.text) == ["Alpha", "Gamma"])
        #expect(tokens.map(\.region) == [0, 1])
        #expect(tokens[1].sentenceStart)
    }

    @Test("lines in capitals or Title Case are marked as headlines")
    func headlines() {
        let tokens = Tokenizer().tokens(
            in: "SOCCER - LEEDS WIN AGAIN\nAcme Signs Deal With Beta Group\nAcme signs a deal.")
        #expect(tokens.first { $0.text == "LEEDS" }?.inHeadline == true)
        #expect(tokens.first { $0.text == "Signs" }?.inHeadline == true)
        #expect(tokens.last { $0.text == "Acme" }?.inHeadline == false)
    }
}

@Suite("Tokenizer regions")
struct TokenizerRegionTests {
    @Test("regions are clamped, ordered and merged so no text is read twice")
    func overlappingRegions() {
        let text = "Alpha Beta Gamma"
        let tokens = Tokenizer().tokens(in: text, regions: [6..<16, 0..<10, 40..<50])
        #expect(tokens.map(\.text) == ["Alpha", "Beta", "Gamma"])
    }

    @Test("Windows line endings count as line breaks")
    func crlf() {
        let tokens = Tokenizer().tokens(in: "Acme Group\r\nBeta Council")
        #expect(tokens.map(\.newlinesBefore) == [0, 0, 1, 0])
    }
}
