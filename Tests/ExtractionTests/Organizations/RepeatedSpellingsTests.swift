import Testing

@testable import Extraction

/// A repeated spelling copies its first token's fields (`RepeatedSpellings`): every token must still be the one
/// `Token.of` makes at its place, whether the table found it, missed it, took no more spellings or was not used.
@Suite("Repeated spellings give the tokens made afresh")
struct RepeatedSpellingsTests {
    /// A story that repeats words of every kind: capitalised, lowercase, listed (titles, heads, legal suffixes),
    /// numbers, possessives (straight and curly, "'s" and a plural's lone "'"), punctuation beyond ASCII, words
    /// beyond ASCII and words longer than a packed token.
    static let paragraph = """
        Acme Corp. said on Tuesday that its chairman, Mr. O’Neill, met the Société Générale board. \
        The players' union and Acme’s rivals — AT&T Inc. and the U.S. Department of Commerce — said \
        1,250 jobs would go. “Internationalisation” of Pittsburgh Post-Gazette's printing, chairman said.

        """

    /// The tokens of `text` as `Token.of` makes each at its place, with the marks the tokenizer sets afterwards.
    static func madeAfresh(_ tokens: [Token], _ scalars: [Unicode.Scalar]) -> [Token] {
        tokens.map { t in
            var fresh = Token.of(
                scalars, start: t.start, end: t.end, kind: t.kind, spaceBefore: t.spaceBefore,
                newlinesBefore: t.newlinesBefore, region: t.region)
            fresh.sentenceStart = t.sentenceStart
            fresh.inHeadline = t.inHeadline
            return fresh
        }
    }

    @Test("a story of repeated words: every token as made afresh")
    func repeatedStory() {
        let scalars = Array(String(repeating: Self.paragraph, count: 6).unicodeScalars)
        #expect(scalars.count >= RepeatedSpellings.shortestRemembered)
        let tokens = Tokenizer().tokens(in: scalars)
        #expect(tokens.count > 300)
        #expect(tokens == Self.madeAfresh(tokens, scalars))
    }

    @Test("regions: the same words in two regions, counted from their own lines")
    func regions() {
        let scalars = Array(String(repeating: Self.paragraph, count: 6).unicodeScalars)
        let half = scalars.count / 2
        let tokens = Tokenizer().tokens(in: scalars, regions: [10..<half, half + 5..<scalars.count])
        #expect(Set(tokens.map(\.region)) == [0, 1])
        #expect(tokens == Self.madeAfresh(tokens, scalars))
    }

    @Test("more distinct words than the table takes: later ones made afresh, repeats still found")
    func fullTable() {
        // three-letter words, all different (four scalars each with the space: more words than the table, sized at
        // one entry per six scalars, takes), then some of them again
        let letters: [Character] = Array("abcdefghijklmnopqrstuvwxyz")
        let words: [String] = (0..<10_000).map { (n: Int) -> String in
            let first: Character = letters[n / 676 % 26]
            let second: Character = letters[n / 26 % 26]
            let third: Character = letters[n % 26]
            return String([first, second, third]).capitalized
        }
        let text = words.joined(separator: " ") + ". " + words.prefix(500).joined(separator: " ")
        let scalars = Array(text.unicodeScalars)
        let capacity = RepeatedSpellings.capacity(forScalars: scalars.count)
        #expect(words.count > capacity * 3 / 4)
        let tokens = Tokenizer().tokens(in: scalars)
        #expect(tokens.count == 10_501)
        #expect(tokens == Self.madeAfresh(tokens, scalars))
    }

    @Test("a short text is tokenized without the table")
    func shortText() {
        #expect(RepeatedSpellings.capacity(forScalars: RepeatedSpellings.shortestRemembered - 1) == 1)
        let scalars = Array("Acme’s Acme's Acme Corp. Acme Corp.".unicodeScalars)
        let tokens = Tokenizer().tokens(in: scalars)
        #expect(tokens == Self.madeAfresh(tokens, scalars))
    }
}
