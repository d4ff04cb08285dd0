import Foundation
import Testing

@testable import Extraction

/// The byte searches stand in for Foundation's on the hot path, so they must answer as Foundation does.
@Suite("Byte searches")
struct ByteSearchTests {
    @Test(
        "A copyright mention is found exactly where the Foundation search finds it",
        arguments: [
            "© 2024 The Guardian", "COPYRIGHT 2019 Valley Ledger", "Copyright", "copyrights reserved", "News | Sport",
            "Für Copyright © Zeitung", "Café Politik", "COPYRİGHT", "", "(c) 2020 Example",
        ])
    func copyrightMentionMatchesFoundation(line: String) {
        let foundation = line.contains("©") || line.lowercased().contains("copyright")
        #expect(ByteSearch.mentionsCopyright(line) == foundation)
    }

    @Test("Replacing on bytes joins the way replacingOccurrences does, left to right without overlap")
    func replacingMatchesFoundation() {
        for text in ["Anna and Tom and Lee", "a and and b", " and ", "Tom & Jerry; Ann", "no joins here", ""] {
            let bytes = ByteSearch.replacing(Array(" and ".utf8), with: Array(",".utf8), in: Array(text.utf8))
            #expect(String(decoding: bytes, as: UTF8.self) == text.replacingOccurrences(of: " and ", with: ","))
        }
    }

    /// The names after a byline's opener ("By"), as `parse` hands them over.
    @Test(
        "An ASCII byline gives the same names on bytes as through Foundation's searches",
        arguments: [
            "Anna Keller and Tomas Brandt On March 3", "Jon Tran; Kate Lin (Reuters)", "Marcus Hale am 3 Uhr",
            "Troy Miller - Riverside.com", "Lena Ortiz y Paco Gil et Ann Roy", "Anna Keller  12 hours ago",
            "Mia Chen & Bo Li | Fox News",
        ])
    func asciiBylineMatchesFoundationPath(line: String) {
        let parser = BylineParser()
        // " — ü" makes the line non-ASCII, so it goes through Foundation; its first stop cuts the tail off again.
        let viaFoundation = parser.names(in: line + " — ü", explicit: true)
        let viaBytes = parser.names(in: line, explicit: true)
        #expect(viaBytes.0 == viaFoundation.0)
        #expect(viaBytes.1 == viaFoundation.1)
        #expect(viaBytes.2 == viaFoundation.2)
        #expect(!viaBytes.0.isEmpty)
    }
}

/// Packed stopword look-ups stand in for the String ones, so they must count the same words.
@Suite("Packed stopwords")
struct PackedStopwordTests {
    @Test(
        "Packed stopwords count what the String look-up counts",
        arguments: [
            "The mayor said that it WAS not over, and they'd be back in the morning.",
            "Der Bürgermeister sagte, dass es nicht vorbei sei und über die Brücke gehe.",
            "Ya está: el alcalde dijo que no había terminado y que volverían mañana.",
            "nevertheless notwithstanding THEREFORE however’s don't can’t 2024 x_y",
            "",
        ])
    func packedMatchesStrings(text: String) {
        for language in ["en", "de", "es", "und", "ja"] {
            let (words, packed, _) = LanguageIdentifier.stoplist(for: language)
            let plain = BlockFeatures(text, stopwords: words)
            let fast = BlockFeatures(text, stopwords: words, packed: packed)
            #expect(fast.stopwords == plain.stopwords)
            #expect(fast.words == plain.words)
        }
    }
}
