import Testing

@testable import Extraction

/// The tokenizer and `Token` answer their questions about a scalar of General Punctuation (U+2000–U+206F: curly
/// quotes and apostrophes, dashes, bullets) without Unicode's property tables (`Tokenizer.isGeneralPunctuation`).
/// Each answer must be the tables' own, since the served predictions are compared byte for byte across builds.
@Suite("General Punctuation beyond ASCII")
struct GeneralPunctuationTests {
    static var block: [Unicode.Scalar] { (0x2000...0x206F).compactMap(Unicode.Scalar.init) }

    @Test("every scalar of the block is answered as the property tables answer")
    func answersAgreeWithTheTables() {
        #expect(Self.block.count == 0x70)
        for c in Self.block {
            let name = "U+\(String(c.value, radix: 16))"
            #expect(Tokenizer.isGeneralPunctuation(c), "\(name)")
            #expect(Tokenizer.isAlnum(c) == (c.properties.isAlphabetic || c.properties.numericType != nil), "\(name)")
            #expect(Tokenizer.isSpace(c) == c.properties.isWhitespace, "\(name)")
            #expect(Character.isUpperScalar(c) == c.properties.isUppercase, "\(name)")
            #expect(Character.isLowerScalar(c) == c.properties.isLowercase, "\(name)")
            // `Token.init(text:)` counts a scalar beyond ASCII as a letter when it is alphabetic.
            #expect(!c.properties.isAlphabetic, "\(name)")
        }
    }

    @Test("scalars just outside the block still ask the tables")
    func neighboursAskTheTables() {
        #expect(!Tokenizer.isGeneralPunctuation("\u{1FFF}"))
        #expect(!Tokenizer.isGeneralPunctuation("\u{2070}"))
        // U+2071 SUPERSCRIPT LATIN SMALL LETTER I, past the block, is a lowercase letter.
        #expect(Tokenizer.isAlnum("\u{2071}"))
        #expect(Character.isLowerScalar("\u{2071}"))
        #expect(Tokenizer.isSpace("\u{3000}"))
    }

    @Test("words with a curly apostrophe keep their shape and forms")
    func curlyApostropheWords() {
        let tokens = Tokenizer().tokens(in: "It’s what O’Neill’s firm didn’t say\u{2003}today")
        #expect(tokens.map(\.text) == ["It", "’s", "what", "O’Neill", "’s", "firm", "didn’t", "say", "today"])
        let oNeill = tokens[3]
        #expect(oNeill.isCapitalized && oNeill.hasInnerCapital && !oNeill.isAllCaps && oNeill.isNameWord)
        #expect(oNeill.normalized == "O'Neill" && oNeill.lower == "o'neill")
        let didnt = tokens[6]
        #expect(didnt.isLowercase && !didnt.isCapitalized && !didnt.isNameWord)
        #expect(didnt.normalized == "didn't" && didnt.lower == "didn't")
        #expect(tokens[1].kind == .possessive && tokens[1].lower == "'s")
        // The em space (U+2003) separates words like any other space.
        #expect(tokens[8].spaceBefore)
    }
}
