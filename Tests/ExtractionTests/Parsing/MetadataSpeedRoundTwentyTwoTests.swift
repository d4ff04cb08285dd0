import Foundation
import Testing

@testable import Extraction

/// The twenty-second round's shortcuts in the metadata reader (docs/parsing.md, "Metadata reader speed, round 22")
/// must answer as the plain code they replace, kept here as the reference.
@Suite("Metadata reader speed, round 22")
struct MetadataSpeedRoundTwentyTwoTests {
    static let asciiPieces = [
        "By", "by", "Jane", "DOE", "Staff", "writer", "Correspondent", "EDITOR", " ", "  ", ", ", " | ", " - ", " / ",
        " on ", " ON ", " am ", " Um ", " le ", " Le ", " el ", " em ", "@", "(", "\t", "2024", "x", "Copyright",
        "(C)", "(c)", "copyright", "Herald", "Herald ", "News", "home", "Home", " : ", ": ", "[", "]", "[logo]",
    ]
    static let widePieces =
        asciiPieces + ["©", "é", "e\u{301}", "Москва", " – ", " — ", "İ", "K", "\u{212A}", "от", "автор:"]

    @Test("The stops cut an ASCII line's names where the searches, one after the other, did")
    func asciiStopsEndMatchesSequentialSearches() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let line = randomLine(of: Self.asciiPieces, using: &generator)
            let bytes = Array(line.utf8)
            let expected = bytes.withUnsafeBufferPointer { buffer in
                var end = buffer.count
                for (stop, folds) in zip(BylineParser.asciiStops, BylineParser.asciiStopsFold) {
                    let prefix = UnsafeBufferPointer(rebasing: buffer[..<end])
                    if let k = ByteSearch.firstIndex(of: stop, in: prefix, from: 0, foldingASCIICase: folds) { end = k }
                }
                return end
            }
            let found = bytes.withUnsafeBufferPointer { BylineParser.asciiStopsEnd($0) }
            #expect(found == expected, "\(line.debugDescription)")
        }
        // No stop opens with a letter: the first byte is compared without folding its case.
        #expect(BylineParser.asciiStops.allSatisfy { !ScalarClass.isASCIILetter(Unicode.Scalar($0[0])) })
    }

    @Test("An ASCII cut's parts are its comma-split pieces, trimmed, the empty ones left out")
    func asciiPartsMatchSplitAndTrim() {
        var generator = SystemRandomNumberGenerator()
        let pieces = Self.asciiPieces + [",", ",,", " ,", ", ", ".", "!", "'", "-", "Jane Doe"]
        for _ in 0..<2000 {
            let cut = randomLine(of: pieces, using: &generator)
            let expected = cut.split(separator: ",").map {
                $0.trimmingCharacters(in: BylineParser.partTrim)
            }.filter { !$0.isEmpty }
            #expect(BylineParser.asciiParts(Array(cut.utf8)) == expected, "\(cut.debugDescription)")
        }
    }

    @Test("A name, a desk and a role are read on an ASCII line's bytes as on its words")
    func asciiNameAndRoleMatchesWords() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let line = randomLine(of: Self.asciiPieces, using: &generator)
            guard ByteSearch.isASCII(line) else { continue }
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            var expected = false
            if words.count >= 3 {
                let capitalsName = words.prefix(2).allSatisfy { !$0.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } }
                expected = words.dropFirst(2).contains { word in
                    let hasCapital = word.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
                    return (capitalsName || !hasCapital) && BylineParser.roleWords.contains(word.lowercased())
                }
            }
            #expect(BylineParser.asciiNameAndRole(line) == expected, "\(line.debugDescription)")
        }
    }

    @Test("A byline's opener is found on its bytes as by `hasPrefix`")
    func openerMatchesPrefixSearch() {
        var generator = SystemRandomNumberGenerator()
        let pieces = Self.widePieces + BylineParser.openers + ["By:", "BY ", "posted", "Written by"]
        for _ in 0..<2000 {
            let lower = ScalarClass.lowercased(randomLine(of: pieces, using: &generator))
            var expected: String? = nil
            for opener in BylineParser.openers where lower.hasPrefix(opener) {
                let after = lower.unicodeScalars.dropFirst(opener.unicodeScalars.count).first
                if opener.hasSuffix(":") || after.map({ ScalarClass.isSpace($0) || $0 == ":" }) == true
                    || (after == nil && opener == "by")
                {
                    expected = opener
                    break
                }
            }
            #expect(BylineParser.opener(of: lower) == expected, "\(lower.debugDescription)")
        }
    }

    @Test("An ASCII line's copyright mark ends where Foundation's search on the lowered line says")
    func asciiCopyrightMarkMatchesFoundation() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = randomLine(of: Self.asciiPieces, using: &generator)
            let lower = text.lowercased()
            let mark = lower.range(of: "©") ?? lower.range(of: "copyright") ?? lower.range(of: "(c)")
            let expected = mark.map { lower.utf8.distance(from: lower.startIndex, to: $0.upperBound) }
            #expect(TextMetadataReader.asciiCopyrightMarkEnd(text) == expected, "\(text.debugDescription)")
        }
        #expect(
            TextMetadataReader.copyrightOwner(in: "Copyright (c) 2024 Harbour Gazette Inc. All rights")
                == "Harbour Gazette")
        #expect(TextMetadataReader.copyrightOwner(in: "© 2019 Valley Ledger. All rights reserved.") == "Valley Ledger")
    }

    @Test("A copyright sign is found on the bytes where Foundation's search finds it")
    func copyrightSignMatchesFoundation() {
        var generator = SystemRandomNumberGenerator()
        let pieces = Self.widePieces + ["©", "©", "\u{301}", "\u{200D}", "😀", "\u{FE0F}", "İ"]
        for _ in 0..<3000 {
            let lower = ScalarClass.lowercased(randomLine(of: pieces, using: &generator))
            #expect(TextMetadataReader.copyrightSign(in: lower) == lower.range(of: "©"), "\(lower.debugDescription)")
        }
        #expect(
            TextMetadataReader.copyrightOwner(in: "© 2026 Harbour Gazette Ltd. Tous droits réservés")
                == "Harbour Gazette")
    }

    @Test("A name's matches in a line are Foundation's, one search after the other")
    func occurrencesMatchFoundation() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1500 {
            let text = randomLine(of: Self.widePieces, using: &generator)
            for name in ["Herald", "News", "Jane", "K"] {
                let needle = name + " "
                var expected: [Range<String.Index>] = []
                var from = text.startIndex
                while let range = text.range(of: needle, range: from..<text.endIndex) {
                    from = range.upperBound
                    expected.append(range)
                }
                let found = TextMetadataReader.occurrences(of: needle, bytes: Array(needle.utf8), in: text)
                #expect(found == expected, "\(text.debugDescription) \(name)")
            }
        }
    }

    @Test("Menus, trails, credits and desk lines are told as before")
    func headerShapesToldAsBefore() {
        #expect(TextMetadataReader.isMenu("Politics | Economy | World | Tech"))
        #expect(TextMetadataReader.isMenu("News • Sport • Weather"))
        #expect(TextMetadataReader.isMenu("News · Sport · Weather"))
        #expect(!TextMetadataReader.isMenu("Fed holds rates as inflation cools"))
        #expect(TextMetadataReader.isBreadcrumb("Blog > Health > Sleep"))
        #expect(TextMetadataReader.isBreadcrumb("Accueil » Monde » Europe"))
        #expect(TextMetadataReader.isBreadcrumb("Home News World"))
        #expect(!TextMetadataReader.isBreadcrumb("Council votes to close two pools"))
        #expect(TextMetadataReader.endsWithCredit("coast news wire services"))
        #expect(!TextMetadataReader.endsWithCredit("the wire services of the future are here"))
        #expect(TextMetadataReader.endsWithCredit("équipe staff reports"))
        #expect(TextMetadataReader.deskLine("BBC News, Boston") == "BBC News")
        #expect(TextMetadataReader.deskLine("  BBC News ,  Boston ") == "BBC News")
    }

    @Test("Picture placeholders and home links are read as before")
    func logoLinesReadAsBefore() {
        #expect(SourceFinder.withoutImages("[logo] Valley Ledger ") == "Valley Ledger")
        #expect(SourceFinder.withoutImages("Valley Ledger") == "Valley Ledger")
        #expect(SourceFinder.homeLinkedName("The Guardian - Back to home") == "The Guardian")
        #expect(SourceFinder.homeLinkedName("Valley Ledger | Home") == "Valley Ledger")
        #expect(SourceFinder.homeLinkedName("Le Monde – Accueil home") == nil)
        #expect(SourceFinder.homeLinkedName("Metro Herald — Homepage") == "Metro Herald")
        #expect(TextMetadataReader.domain(in: "Visit (TheHill.com).") == "TheHill.com")
    }

    private func randomLine(of pieces: [String], using generator: inout SystemRandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...9, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            .joined()
    }
}
