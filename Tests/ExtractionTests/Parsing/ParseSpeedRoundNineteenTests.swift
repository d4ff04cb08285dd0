import Foundation
import Testing

@testable import Extraction

/// The nineteenth speed round's shortcuts (docs/parsing.md, "Parser speed, round 19") must answer as the plain
/// code they replace.
@Suite("Parse speed, round 19")
struct ParseSpeedRoundNineteenTests {
    @Test("A word's scalars lowered byte by byte are the String of those scalars lowered")
    func wordScalarsLoweredAsTheirString() {
        let pieces = [
            "don", "’", "t", "Über", "ÉTÉ", "Σ", "ς", "İ", "ß", "ǅ", "K\u{212A}", "e\u{301}", "漢字", "Москва", "ΑΘΗΝΑ",
            "ﬂ", "Ⅳ", "ǰ", "x", "7", "_", "'",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<600 {
            for word in randomLines(of: pieces, using: &generator) {
                let scalars = Array(word.unicodeScalars)
                #expect(ScalarClass.lowercased(scalars[...]) == word.lowercased(), "\(word)")
                #expect(ScalarClass.lowercased(scalars[...]).utf8.elementsEqual(word.lowercased().utf8), "\(word)")
                #expect(ScalarClass.lowercased(word).utf8.elementsEqual(word.lowercased().utf8), "\(word)")
            }
        }
    }

    @Test("The scalars the table says lower to themselves are those whose lowercase mapping is themselves")
    func scalarsLoweringToThemselves() {
        for value in UInt32(0)..<ScalarClass.tableEnd {
            guard let s = Unicode.Scalar(value) else { continue }
            let mapping = Array(s.properties.lowercaseMapping.unicodeScalars)
            #expect(ScalarClass.lowersToItself(s) == (mapping == [s]), "\(value)")
        }
    }

    @Test("A short ASCII line screened out by its first and last scalars is no end marker and opens no comments")
    func screenedLinesCloseNoStory() {
        let pieces =
            ParsingLexicon.endMarkers.map { $0.capitalized } + ParsingLexicon.endMarkers + [
                "About ", "about us", "12 ", "Comments", ":", ".", " ", "Home", "News", "Sport", "Tags:", "K", ";", "`",
                "Über uns", "x",
            ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            for line in randomLines(of: pieces, using: &generator) {
                let scalars = Array(line.unicodeScalars)
                guard BlockFeatures.cannotCloseStory(ascii: scalars) else { continue }
                #expect(ByteSearch.isASCII(line), "\(line)")
                let lower = line.lowercased()
                #expect(!(lower.first?.isNumber ?? false) && !lower.hasSuffix(":"), "\(line)")
                var head = Substring(lower)
                while let c = head.last, c == ":" || c == " " || c == "." { head.removeLast() }
                let text = String(head)
                #expect(!BlockFeatures.endMarkers.contains(text), "\(line)")
                #expect(!BlockFeatures.aboutPrefixes.contains { text.hasPrefix($0.text) }, "\(line)")
                #expect(!BlockFeatures.endMarkerOpenings.contains { text.hasPrefix($0.opening.text) }, "\(line)")
                let features = BlockFeatures(line, stopwords: [])
                #expect(!features.isEndMarker && !features.opensComments, "\(line)")
            }
        }
        // Lines that are end markers or comment counts are never screened out.
        for line in ["Related Articles", "Comments:", "12 Comments", "Tags: Bridges Roads", "...", "About Acme"] {
            #expect(!BlockFeatures.cannotCloseStory(ascii: Array(line.unicodeScalars)), "\(line)")
        }
    }

    @Test("A text whose scalars outside ASCII lower to themselves, lowered in place, is the text lowered")
    func textsLoweredInPlace() {
        let pieces = [
            "The ", "COUNCIL ", "said", " — ", "“", "”", "’", "é", "É", "Ä", "İ", "Σ", "ǅ", "ß", "Ω", "\u{212A}", "€",
            "漢字", "😀", "\u{301}", "1,870 ", "\t", "\r\n", "Straße ", "ÖSTERREICH ", "ⓐ", "Ⓐ", "Ⅳ", "…",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<600 {
            let text = randomLines(of: pieces, using: &generator).joined(separator: " ")
            #expect(ScalarClass.lowercased(text).utf8.elementsEqual(text.lowercased().utf8), "\(text)")
            // Above the table only the caseless blocks are said to lower to themselves ("😀" is left to the mapping).
            let keeps = text.unicodeScalars.allSatisfy { s in s.value < 0x80 || ScalarClass.lowersToItself(s) }
            for s in text.unicodeScalars where ScalarClass.lowersToItself(s) {
                #expect(s.properties.lowercaseMapping.unicodeScalars.elementsEqual(CollectionOfOne(s)))
            }
            let inPlace = ScalarClass.lowercasedKeepingBytes(text)
            #expect((inPlace != nil) == keeps, "\(text)")
            if let inPlace { #expect(inPlace.utf8.elementsEqual(text.lowercased().utf8), "\(text)") }
        }
    }

    @Test("Line openings tested on the line's bytes answer as hasPrefix")
    func lineOpeningsOnBytes() {
        let pieces = [
            "Related", "related ", "RELATED ", "articles", "about ", "About", "über ", "Über uns", "u\u{308}ber ",
            "tags:", "Tags: ", "by", "\u{301}", " ", "K", "\u{212A}", ";", "\u{37E}", "`", "\u{1FEF}", "é",
            "more from ",
        ]
        let openings =
            BlockFeatures.endMarkerOpenings.map(\.opening) + BlockFeatures.aboutPrefixes + [
                LineOpening("k"), LineOpening(";x"), LineOpening("`"), LineOpening("\u{212A}"), LineOpening(""),
            ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            for line in randomLines(of: pieces, using: &generator) {
                let ascii = ByteSearch.isASCII(line)
                for opening in openings {
                    #expect(opening.opens(line, ascii: ascii) == line.hasPrefix(opening.text), "\(line)")
                }
            }
        }
    }

    @Test("Every ASCII end marker opens with one of the end marker leads, so an ASCII head without one is none")
    func asciiEndMarkersHaveLeads() {
        for marker in BlockFeatures.endMarkers where ByteSearch.isASCII(marker) {
            #expect(BlockFeatures.endMarkerLeads[Int(marker.utf8.first ?? 0)], "\(marker)")
        }
        #expect(!BlockFeatures.endMarkers.contains(""))
    }

    @Test("A block without capitals outside ASCII lowered by its ASCII capitals alone is the block lowered")
    func asciiCapitalsLowered() {
        let pieces = [
            "Related ", "TAGS:", "é", "’", "“", "漢字", "ǆ", "ß", "12 ", "@", "[", "`", "Z", "z", "\u{301}", "Σ", "É",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<600 {
            for line in randomLines(of: pieces, using: &generator) {
                let scalars = Array(line.unicodeScalars)
                guard !scalars.contains(where: { $0.value >= 0x80 && ScalarClass.isUppercase($0) }) else { continue }
                #expect(BlockFeatures.loweredASCIICapitals(scalars) == PhraseMatcher.lowered(scalars), "\(line)")
            }
        }
    }
}
