import Testing

@testable import Extraction

/// The seventeenth speed round's shortcuts (docs/parsing.md, "Parser speed, round 17") must answer as the plain
/// code they replace on every line.
@Suite("Parse speed, round 17")
struct ParseSpeedRoundSeventeenTests {
    @Test("Block features with the packed stoplist handed on unwrapped count what the String look-ups count")
    func unwrappedTableCountsTheSame() {
        let lines =
            ParseSpeedShortcutTests.lines + [
                "The mayor said that it was not over, and they would be back in the morning.",
                "Der Bürgermeister sagte, dass es nicht vorbei sei.", "We use cookies to improve your experience.",
                "Tags: Bridges Transport Council", "12 Comments", "Related articles",
            ]
        for line in lines {
            for language in ["en", "de", "und"] {
                let (words, packed, _) = LanguageIdentifier.stoplist(for: language)
                let plain = BlockFeatures(line, stopwords: words)
                let fast = BlockFeatures(line, stopwords: words, packed: packed)
                #expect(fast.words == plain.words && fast.stopwords == plain.stopwords, "\(line.debugDescription)")
                #expect(fast.letters == plain.letters && fast.capitalised == plain.capitalised)
                #expect(fast.hasFurniturePhrase == plain.hasFurniturePhrase && fast.isEndMarker == plain.isEndMarker)
                #expect(fast.looksLikeCaption == plain.looksLikeCaption && fast.endsSentence == plain.endsSentence)
            }
        }
    }
}
