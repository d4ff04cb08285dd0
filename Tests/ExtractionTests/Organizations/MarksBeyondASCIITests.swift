import Testing

@testable import Extraction

/// A punctuation mark beyond ASCII (curly quotes, dashes, bullets) gets its token's fields written straight down
/// (`Token.init(markBeyondASCII:…)`) instead of asked of Unicode one by one: every field must be the one
/// `Token.init(text:…)` gives, since the served predictions are compared byte for byte across builds.
@Suite("Punctuation marks beyond ASCII")
struct MarksBeyondASCIITests {
    /// Every scalar that is not a letter or digit (what the tokenizer makes a one-scalar punctuation token of) in
    /// the Basic Multilingual Plane and the emoji and symbol blocks.
    static var marks: [Unicode.Scalar] {
        let ranges = [0x80...0xD7FF, 0xE000...0xFFFF, 0x1_F000...0x1_FAFF]
        return ranges.joined().compactMap(Unicode.Scalar.init).filter { !Tokenizer.isAlnum($0) }
    }

    @Test("each mark's token is the one made from its text")
    func markTokensAgree() {
        var checked = 0
        for mark in Self.marks {
            let scalars: [Unicode.Scalar] = ["x", mark]
            let fast = Token.of(
                scalars, start: 1, end: 2, kind: .punctuation, spaceBefore: false, newlinesBefore: 3, region: 2)
            let general = Token(
                text: String(mark), start: 1, end: 2, kind: .punctuation, spaceBefore: false, newlinesBefore: 3,
                region: 2)
            #expect(fast == general, "U+\(String(mark.value, radix: 16))")
            #expect(fast.normalized == general.normalized)
            #expect(fast.textHash == general.textHash)
            checked += 1
        }
        #expect(checked > 10_000)
    }

    @Test("the curly apostrophe keeps its normalized straight form")
    func curlyApostrophe() {
        let tokens = Tokenizer().tokens(in: "the “Council’ — said")
        let marks = tokens.filter { $0.kind == .punctuation }
        #expect(marks.map(\.text) == ["“", "’", "—"])
        #expect(marks.map(\.normalized) == ["“", "'", "—"])
        #expect(marks.map(\.lower) == ["“", "'", "—"])
    }
}
