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

/// `Tokenizer.keepsDot` asks the abbreviations by a word's packed lowercase form (`PackedASCII`) instead of a string
/// made for it: the answers are the list's, in any case, and a word beyond ASCII is still asked by its string.
@Suite("Abbreviations keep their dot")
struct AbbreviationDotTests {
    @Test("listed abbreviations keep the dot in any case; other words and long ones do not")
    func abbreviationDots() {
        let text =
            "Acme Inc. and ACME CORP. met Mr. Roe, Sgt. Ray, Messrs. Poe, Lt. Kay; mR. X. Acmeco. Dept. Sé. Assn."
        let tokens = Tokenizer().tokens(in: text).map(\.text)
        for kept in ["Inc.", "CORP.", "Mr.", "Sgt.", "Messrs.", "Lt.", "mR.", "Dept.", "Assn."] {
            #expect(tokens.contains(kept), "\(kept)")
        }
        // Not listed, longer than six, or beyond ASCII and not listed: the dot is a token of its own.
        #expect(tokens.contains("Acmeco") && tokens.contains("Sé") && !tokens.contains("Sé."))
        #expect(tokens.last == "Assn.")
    }
}
