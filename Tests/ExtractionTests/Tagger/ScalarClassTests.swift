import Testing

@testable import Extraction

@Suite("Scalar classes beyond ASCII")
struct ScalarClassTests {
    /// Every scalar `BeyondASCII` answers without Unicode's properties.
    static let answeredByBlock = Array(0x2000..<0x2070) + Array(0x2500..<0x2700)

    @Test func punctuationAndSymbolBlocksGetThePropertiesAnswers() throws {
        for v in Self.answeredByBlock {
            let c = try #require(Unicode.Scalar(UInt32(v)))
            let p = c.properties
            #expect(BeyondASCII.isPunctuationOrSymbol(c))
            #expect(BeyondASCII.isSpace(c) == (p.isWhitespace || v == 0x200B), "U+\(String(v, radix: 16))")
            #expect(BeyondASCII.isLetter(c) == p.isAlphabetic, "U+\(String(v, radix: 16))")
            #expect(BeyondASCII.isDigit(c) == (p.numericType == .decimal), "U+\(String(v, radix: 16))")
            #expect(
                BeyondASCII.isUpper(c) == (p.isUppercase || p.generalCategory == .titlecaseLetter),
                "U+\(String(v, radix: 16))")
            #expect(BeyondASCII.isLower(c) == p.isLowercase, "U+\(String(v, radix: 16))")
            #expect(
                BeyondASCII.isMark(c) == (p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark),
                "U+\(String(v, radix: 16))")
            #expect(
                BeyondASCII.modifiesSymbol(c)
                    == (p.isVariationSelector || p.generalCategory == .nonspacingMark
                        || p.generalCategory == .enclosingMark),
                "U+\(String(v, radix: 16))")
        }
    }

    @Test func scalarsJustOutsideTheBlocksStillAskTheProperties() throws {
        // superscript i (U+2071) is a lowercase letter, the combining enclosing circle (U+20DD) an enclosing mark,
        // the Roman numeral one (U+2160) an uppercase letter, a circled A (U+24B6) one too, U+FEFF a space
        let superscriptI = try #require(Unicode.Scalar(UInt32(0x2071)))
        #expect(!BeyondASCII.isPunctuationOrSymbol(superscriptI))
        #expect(BeyondASCII.isLetter(superscriptI) && BeyondASCII.isLower(superscriptI))
        #expect(BeyondASCII.modifiesSymbol(try #require(Unicode.Scalar(UInt32(0x20DD)))))
        #expect(BeyondASCII.isUpper(try #require(Unicode.Scalar(UInt32(0x2160)))))
        #expect(BeyondASCII.isUpper(try #require(Unicode.Scalar(UInt32(0x24B6)))))
        #expect(BeyondASCII.isSpace(try #require(Unicode.Scalar(UInt32(0xFEFF)))))
        #expect(!BeyondASCII.isPunctuationOrSymbol(try #require(Unicode.Scalar(UInt32(0x24FF)))))
        #expect(!BeyondASCII.isPunctuationOrSymbol(try #require(Unicode.Scalar(UInt32(0x2700)))))
    }
}
