import Foundation
import Testing

@testable import Extraction

/// The twenty-second round's block parser shortcuts (docs/parsing.md, "Block parser speed, round 22") each answer
/// as the code they replace, written out here.
@Suite("Block parser speed, round 22")
struct ParseSpeedRoundTwentyTwoTests {
    static let lists = [
        ParsingLexicon.furniturePhrases, TextMetadataReader.captionPhrases, ParsingLexicon.boilerplatePhrases,
    ]

    /// Which lists hold a phrase occurring in `text`, by comparing every phrase at every position.
    static func naiveLists(_ text: [Unicode.Scalar], _ lists: [[String]], wanted: UInt8) -> UInt8 {
        var found: UInt8 = 0
        for (k, list) in lists.enumerated() where wanted & (1 << k) != 0 {
            let hit = list.contains { phrase in
                let p = Array(phrase.unicodeScalars)
                guard !p.isEmpty, p.count <= text.count else { return false }
                return (0...(text.count - p.count)).contains { i in (0..<p.count).allSatisfy { text[i + $0] == p[$0] } }
            }
            if hit { found |= 1 << k }
        }
        return found
    }

    static let pieces =
        [
            "cookie", "Cookie", "COOKIES", "uses", " ", "all rights", " reserved", "réservés", "RÉSERVÉS", "©", "(AP",
            " ap)", "photo", "by", "все права", "защищены", "x", "’", "漢", "terms & ", "conditions", "ａ", "K",
            "\u{212A}",
        ]
        + ParsingLexicon.boilerplatePhrases.prefix(12) + TextMetadataReader.captionPhrases.suffix(6)

    @Test("The phrase automaton finds the lists a scan of every phrase at every position finds")
    func automatonMatchesNaiveScan() {
        let matcher = PhraseMatcher(lists: Self.lists)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            for line in randomLines(of: Self.pieces, using: &generator) {
                let lowered = PhraseMatcher.lowered(line)
                let raw = Array(line.unicodeScalars)
                for wanted: UInt8 in [1, 2, 4, 3, 5, 6, 7] {
                    let expected = Self.naiveLists(lowered, Self.lists, wanted: wanted)
                    #expect(matcher.matchedLists(lowered, wanted: wanted) == expected, "\(line.debugDescription)")
                    // Unlowered, the text's capitals are its own: a lowercase phrase does not match them.
                    #expect(
                        matcher.matchedLists(raw, wanted: wanted) == Self.naiveLists(raw, Self.lists, wanted: wanted),
                        "\(line.debugDescription)")
                    if !raw.contains(where: { $0.value >= 0x80 && ScalarClass.isUppercase($0) }) {
                        #expect(
                            matcher.matchedLists(raw, wanted: wanted, lowersASCII: true) == expected,
                            "\(line.debugDescription)")
                    }
                }
            }
        }
    }

    @Test("A phrase with a capital, or empty, never matches; a phrase inside another is found at the same place")
    func automatonEdgeCases() {
        let matcher = PhraseMatcher(lists: [["Cookie", ""], ["he", "she", "hers"], ["ü"]])
        #expect(matcher.matchedLists(Array("cookie".unicodeScalars), wanted: 7) == 0)
        #expect(matcher.matchedLists(Array("Cookie".unicodeScalars), wanted: 7) == 0)
        #expect(matcher.matchedLists(Array("ushers".unicodeScalars), wanted: 7) == 2)
        #expect(matcher.matchedLists(Array("über".unicodeScalars), wanted: 7) == 4)
        #expect(matcher.matchedLists(Array("ÜBER".unicodeScalars), wanted: 7, lowersASCII: true) == 0)
        #expect(matcher.matchedLists(Array("SHE".unicodeScalars), wanted: 7, lowersASCII: true) == 2)
        #expect(PhraseMatcher(lists: []).matchedLists(Array("anything".unicodeScalars), wanted: 255) == 0)
    }

    @Test("No scalar outside ASCII but the Kelvin sign lowers into ASCII alone")
    func onlyKelvinLowersIntoASCII() {
        // Above U+1FFFF no scalar has a case (ideographs, tags, private use).
        for v in UInt32(0x80)..<0x20000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let lowered = ScalarClass.lowercased(String(s))
            if lowered.utf8.allSatisfy({ $0 < 0x80 }) { #expect(v == 0x212A, "\(v)") }
        }
    }

    @Test("No scalar outside a plain key's decomposes or lowers into a plain key's scalars alone, but the Kelvin sign")
    func plainKeysStayPlain() {
        func plain(_ s: String) -> Bool {
            s.unicodeScalars.allSatisfy { v in
                (v.value < 0x80 && v != ";" && v != "`") || BlockFeatures.isPlainPunctuation(v.value)
            }
        }
        for v in UInt32(0x80)..<0x30000 where !BlockFeatures.isPlainPunctuation(v) {
            guard let s = Unicode.Scalar(v) else { continue }
            let text = String(s)
            if v != 0x212A && v != 0x37E && v != 0x1FEF {
                #expect(!plain(text.decomposedStringWithCanonicalMapping), "\(v)")
            }
            if plain(ScalarClass.lowercased(text)) { #expect(v == 0x212A, "\(v)") }
        }
        let punctuation = [0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0xAB, 0xBB, 0xA9]
        for q in punctuation.map({ String(Unicode.Scalar(UInt32($0))!) }) {
            #expect(q.decomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(q.unicodeScalars))
            #expect(ScalarClass.lowercased(q) == q && q.lowercased().unicodeScalars.elementsEqual(q.unicodeScalars))
            for a in (0x20..<0x7F).map({ String(Unicode.Scalar(UInt8($0))) }) {
                #expect(
                    (a + q).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual((a + q).unicodeScalars))
                #expect(
                    (q + a).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual((q + a).unicodeScalars))
            }
        }
    }

    @Test("A word's stopword languages are those a table of every stopword gives")
    func languagesOfStopwords() {
        var full: [String: UInt64] = [:]
        for (index, entry) in ParsingLexicon.stopwords.enumerated() {
            for word in entry.words { full[word, default: 0] |= 1 << UInt64(index) }
        }
        var words: [String] = []
        for entry in ParsingLexicon.stopwords {
            for word in entry.words.sorted() {
                words += [word, word.uppercased(), word.replacingOccurrences(of: "k", with: "\u{212A}")]
            }
        }
        words += ["\u{212A}ein", "\u{212A}EIN", "übe\u{212A}", "Ünd", "É", "é", "und", "KEIN"]
        for word in words {
            let scalars = Array(word.unicodeScalars)
            guard scalars.count <= 8, scalars.allSatisfy({ ScalarClass.isLetter($0) && !ScalarClass.isIdeographic($0) })
            else { continue }
            var expected = LanguageTally()
            expected.words = 1
            expected.count(full[ScalarClass.lowercased(scalars[...])] ?? 0)
            let got = LanguageIdentifier.tally(scalars)
            #expect(got.words == 1 && got.stopwords == expected.stopwords, "\(word)")
        }
    }

    /// `BodySelector.keyGroups` as the String dictionaries gave them.
    static func stringGroups(_ texts: [String]) -> (lowered: [Int], openings: [Int]) {
        var seen: [String: Int] = [:]
        var openings: [String: Int] = [:]
        var lowered = [Int](repeating: -1, count: texts.count)
        var opening = [Int](repeating: -1, count: texts.count)
        for (i, text) in texts.enumerated() {
            let count = ScalarClass.count(of: text)
            if count < 400 {
                let key = ScalarClass.lowercased(text)
                if seen[key] == nil { seen[key] = seen.count }
                lowered[i] = seen[key]!
            }
            if count >= 60 {
                let key = ScalarClass.prefix(text, scalars: 60)
                if openings[key] == nil { openings[key] = openings.count }
                opening[i] = openings[key]!
            }
        }
        return (lowered, opening)
    }

    @Test("Blocks numbered by their plain bytes get the numbers the String dictionaries gave")
    func keyGroupsMatchStrings() {
        let long = String(repeating: "The council met on Tuesday to vote. ", count: 2)
        let pieces = [
            "Menu", "MENU", "menu", "Home", "K", "\u{212A}", "k", ";", "\u{37E}", "`", "\u{1FEF}", "é", "e\u{301}", " ",
            "’", "“", "—", "…", "«", "©", "’\u{301}", "\u{2000}", "\u{2002}",
            long, long.uppercased(), "Ünited", String(repeating: "x", count: 390),
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let texts = randomLines(of: pieces, using: &generator) + randomLines(of: pieces, using: &generator)
            let features = texts.map { BlockFeatures($0, stopwords: []) }
            let got = BodySelector.keyGroups(texts, features)
            let expected = Self.stringGroups(texts)
            #expect(got.lowered == expected.lowered, "\(texts)")
            #expect(got.openings == expected.openings, "\(texts)")
        }
    }

    @Test("The plain prefix counts the leading ASCII scalars other than \";\" and \"`\"")
    func plainPrefixCounts() {
        for text in [
            "plain text", "it’s “so” — yes…", "a;b", "ab`c", "caf\u{E9}", "漢字", "’tis", "", "\u{212A}elvin", "x\u{301}",
        ] {
            let scalars = Array(text.unicodeScalars)
            let expected = scalars.firstIndex { $0.value >= 0x80 || $0 == ";" || $0 == "`" } ?? scalars.count
            let features = BlockFeatures(text, stopwords: [])
            #expect(features.plainPrefix == expected, "\(text)")
            #expect(features.hasKelvinSign == text.unicodeScalars.contains("\u{212A}"), "\(text)")
            let plainKey = scalars.allSatisfy { v in
                (v.value < 0x80 && v != ";" && v != "`") || BlockFeatures.isPlainPunctuation(v.value)
            }
            #expect(features.hasPlainKey == plainKey, "\(text)")
        }
    }
}

@Suite("Block parser speed, round 22: lowered bytes")
struct LoweredBytesRoundTwentyTwoTests {
    @Test("Eight ASCII bytes lowered together are each byte lowered")
    func foldedWordsAreFoldedBytes() {
        var generator = SystemRandomNumberGenerator()
        let edges: [UInt8] = [0, 0x20, 0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7F]
        for _ in 0..<2000 {
            let bytes = (0..<8).map { _ in
                Bool.random(using: &generator)
                    ? edges.randomElement(using: &generator)! : UInt8.random(in: 0..<0x80, using: &generator)
            }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
            let expected = bytes.enumerated().reduce(UInt64(0)) { total, item in
                let b = item.element
                return total | UInt64(b &- 0x41 < 26 ? b + 32 : b) << UInt64(8 * item.offset)
            }
            #expect(HeadlineEchoes.foldedASCII(word) == expected, "\(bytes)")
        }
    }

    @Test("Long lines lower to the bytes of PhraseMatcher.lowered, whatever falls in which word")
    func longLinesLowered() {
        let pieces = ["The QUICK brown Fox ", "É", "é", "ß", "Σ", "漢字", "x", "AZ[`@", "\u{212A}", "ǅ", "İ", " "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let line = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let expected = PhraseMatcher.lowered(line).flatMap { Array(String($0).utf8) }
            var got: [UInt8] = [0x41]
            HeadlineEchoes.appendLowered(line, to: &got)
            #expect(got == [0x41] + expected, "\(line.debugDescription)")
        }
    }
}

@Suite("Block parser speed, round 22: key numbers")
struct KeyGroupsRoundTwentyTwoTests {
    @Test("A hash taken by an unequal key sends a key to the Strings; an equal one shares the claimant's number")
    func collidingHashes() {
        let keys = ["alpha", "beta", "alpha", "gamma", "beta", "gamma", "delta"]
        var groups = BodySelector.KeyGroups(capacity: keys.count)
        // Every key hashed alike: only the first ("alpha") takes the hash; the others go through the Strings.
        let numbers = keys.indices.map { i in
            groups.group(plain: 42, block: i, equals: { keys[$0] == keys[i] }, key: { keys[i] })
        }
        #expect(numbers == [0, 1, 0, 2, 1, 2, 3])
        #expect(groups.count == 4)
    }

    @Test("Many distinct hashes fill the table without losing a key")
    func manyHashes() {
        var groups = BodySelector.KeyGroups(capacity: 300)
        for i in 0..<300 {
            #expect(groups.group(plain: UInt64(i) << 40, block: i, equals: { $0 == i }, key: { "\(i)" }) == i)
        }
        for i in 0..<300 {
            #expect(groups.group(plain: UInt64(i) << 40, block: i, equals: { $0 == i }, key: { "\(i)" }) == i)
        }
    }
}
