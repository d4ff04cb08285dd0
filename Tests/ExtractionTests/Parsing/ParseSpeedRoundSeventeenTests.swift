import Foundation
import Testing

@testable import Extraction

/// The seventeenth speed round's shortcuts (docs/parsing.md, "Parser speed, round 17") must answer as the plain
/// code they replace on every line.
@Suite("Parse speed, round 17")
struct ParseSpeedRoundSeventeenTests {
    /// Phrases of every shape the matcher files apart: two and three ASCII scalars, four and more, a non-ASCII
    /// third or fourth scalar, a non-ASCII first one, one scalar.
    static let lists: [[String]] = [
        ["co", "cop", "copyright", "cookie policy", "re:", "(c)"],
        ["co©x", "coo©", "©", "ab", "abcd", "read more", "x"],
        ["über uns", "cookies", "©2024", "all rights reserved", "share this"],
    ]

    static let texts: [String] = [
        "", "c", "co", "cop", "copy", "copyright", "Copyright 2024", "COOKIE POLICY", "cookie polic", "read mor",
        "Read More", "co©x", "co©", "xco©x", "coo©", "©", "ab", "abc", "abcd", "zzabcd", "Über uns", "über", "re",
        "re:", "(c) 2023", "x", "We use cookies", "All Rights Reserved.", "share thi", "Share This story", "cOo©",
        "the council met on tuesday", "nothing at all here", "co co co cop", "ABCD", "A B C D",
    ]

    /// Which lists hold a phrase found anywhere in `lowered`, scalar by scalar.
    static func naiveLists(_ lowered: [Unicode.Scalar], wanted: UInt8) -> UInt8 {
        var found: UInt8 = 0
        for (k, list) in lists.enumerated() where wanted & (1 << k) != 0 {
            let holds = list.contains { phrase in
                let p = Array(phrase.unicodeScalars)
                guard p.count <= lowered.count else { return false }
                return (0...(lowered.count - p.count)).contains { i in Array(lowered[i..<(i + p.count)]) == p }
            }
            if holds { found |= 1 << k }
        }
        return found
    }

    @Test("Phrases screened by their four opening scalars are found where a plain scan finds them")
    func quadScreenMatchesPlainScan() {
        let matcher = PhraseMatcher(lists: Self.lists)
        for text in Self.texts {
            let lowered = PhraseMatcher.lowered(text)
            // ASCII capitals lowered as they are read: the same scalars as `lowered`.
            let asciiCapitalsOnly = text.unicodeScalars.allSatisfy { $0.value < 0x80 || !ScalarClass.isUppercase($0) }
            for wanted: UInt8 in [1, 2, 4, 3, 5, 6, 7, 0] {
                let expected = Self.naiveLists(lowered, wanted: wanted)
                #expect(matcher.matchedLists(lowered, wanted: wanted) == expected, "\(text.debugDescription)")
                if asciiCapitalsOnly {
                    let raw = Array(text.unicodeScalars)
                    #expect(
                        matcher.matchedLists(raw, wanted: wanted, lowersASCII: true) == expected,
                        "\(text.debugDescription)")
                }
            }
        }
    }

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

    @Test("A byline part split once gives the name's words and the outlet that splitting it each time gives")
    func splitOnceNameWordsAndOutlet() {
        let parts = [
            "Jane Doe", "TOM HARRIS FOR MAILONLINE", "Jane Doe for The Northern Echo", "Jane Doe for the first time",
            "Dana  Whitford Follow", "HiltzikBusiness Columnist", "May Chen", "Olga R. Rodriguez", "van der Berg",
            "a b c", "", " ", "José  Ñúñez for El País", "Jane Doe Nov. 5", "Anna Lee\u{A0}Park for X Y",
        ]
        for part in parts {
            let spaced = part.split(separator: " ")
            let words = BylineParser.nameWords(part)
            #expect(BylineParser.nameWords(written: spaced) == words, "\(part.debugDescription)")
            for count in [words.count, 0, 1, 2, 3] {
                #expect(
                    BylineParser.outletAfterFor(written: spaced, nameWords: count)
                        == BylineParser.outletAfterFor(part, nameWords: count), "\(part.debugDescription)")
            }
        }
    }

    /// Lines outside ASCII with the stops' letters in every shape a search could confuse them with: capitals,
    /// the scalars that case-fold to text holding them ("ẚ", "ŉ", "ﬂ", "ﬄ", "ẙ"), combining marks, Kelvin and long s.
    static let foldLines: [String] = [
        "Jane Doe — ON Monday", "Jane Doe · Am 5. Mai", "José Núñez el 12 de marzo", "Marie Dupont — Le 12 mars",
        "Ana Souza — em 5 de maio", "Jörg Müller Um 10 Uhr", "Jane Doe ẚm Monday", "Jane Doe oŉ Monday",
        "Jane Doe ﬂe Monday", "Jane Doe eﬂ Monday", "Jane Doe ﬄ Monday", "Jane Doe bẙ Monday", "Jane Doe B\u{1E99} x",
        "Jane Doe o\u{301}n Monday", "Jane Doe \u{212A}on ſon", "Jane Doe İon", "José — BY Ana", "José — bY ana",
        "Zoë Hart for Le Monde", "Zoë Hart,  EL País", "Zoë  Hart", "“Jane Doe”", "Jane Doe\u{A0}on Monday",
    ]

    @Test("A byte miss of a stop with letters, or of \" by \", is Foundation's miss on lines outside ASCII")
    func letterStopScreensMissOnlyWhereFoundationMisses() {
        for line in Self.foldLines {
            for (stop, screen) in zip(BylineParser.stops, BylineParser.letterStopScreens) {
                guard let screen else { continue }
                let hit =
                    screen.anyCase
                    ? ByteSearch.containsFolded(line, screen.bytes) : ByteSearch.contains(line, screen.bytes)
                let options: String.CompareOptions = BylineParser.lowercaseStops.contains(stop) ? [] : .caseInsensitive
                if !hit { #expect(line.range(of: stop, options: options) == nil, "\(line.debugDescription) \(stop)") }
            }
            if !ByteSearch.containsFolded(line, BylineParser.spacedBy) {
                #expect(line.range(of: " by ", options: .caseInsensitive) == nil, "\(line.debugDescription)")
            }
            if LineShortcuts.contains(line.lowercased(), BylineParser.associatedPress) == false {
                #expect(!line.lowercased().contains("associated press"))
            }
        }
        // Every stop with letters is screened, and the screens find the stops they stand for.
        #expect(BylineParser.letterStopScreens.compactMap { $0 }.count == 6)
        #expect(BylineParser().parse("By José Núñez on Monday")?.authors == ["José Núñez"])
    }

    @Test("Short lines read the same end markers, comment counts and phrases in any case, copied lowered or not")
    func shortLinesReadTheSameInAnyCase() {
        let lines = [
            "Tags: Bridges Transport Council Roads Infrastructure Lorries", "Related articles", "12 Comments",
            "34 responses to “Harbour plan”", "Maria says:", "About Brightwater Labs", "Share this", "Read more",
            "We use cookies", "Photo: Jane Doe", "Über uns", "Most read", "The council met on Tuesday.",
            "Sign up for our newsletter today", "Advertisement",
        ]
        let (words, packed, _) = LanguageIdentifier.stoplist(for: "en")
        for line in lines {
            let lowered = BlockFeatures(line.lowercased(), stopwords: words, packed: packed)
            for variant in [line, line.uppercased(), line.lowercased()] {
                let f = BlockFeatures(variant, stopwords: words, packed: packed)
                #expect(f.isEndMarker == lowered.isEndMarker, "\(variant.debugDescription)")
                #expect(f.opensComments == lowered.opensComments, "\(variant.debugDescription)")
                #expect(f.hasFurniturePhrase == lowered.hasFurniturePhrase, "\(variant.debugDescription)")
                #expect(f.hasBoilerplatePhrase == lowered.hasBoilerplatePhrase, "\(variant.debugDescription)")
                #expect(f.looksLikeCaption == lowered.looksLikeCaption, "\(variant.debugDescription)")
            }
        }
        let tags = BlockFeatures("TAGS: Bridges Transport Council Roads Infrastructure Lorries", stopwords: words)
        #expect(tags.isEndMarker)
        #expect(BlockFeatures("12 COMMENTS", stopwords: words).opensComments)
        #expect(BlockFeatures("RELATED ARTICLES", stopwords: words).isEndMarker)
        #expect(!BlockFeatures("The council met on Tuesday.", stopwords: words).isEndMarker)
    }

    @Test("Attribute values decode their references as before; values without \"&\" come back as they are")
    func decodeAllFindsReferencesByByte() {
        let cases: [(String, String)] = [
            ("Tom &amp; Jerry", "Tom & Jerry"), ("caf&eacute; Zürich", "café Zürich"), ("no refs ü", "no refs ü"),
            ("&#8217;s", "’s"), ("a&b", "a&b"), ("&", "&"), ("", ""), ("&#x41;&#66;C", "ABC"), ("é&lt;ü", "é<ü"),
        ]
        for (raw, decoded) in cases { #expect(HTMLEntities.decodeAll(raw) == decoded, "\(raw.debugDescription)") }
    }

    /// `PageMetadata.titleParts` as it was: Foundation's `contains` for every separator.
    static func titlePartsByFoundation(_ title: String) -> [String] {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", ": "] where title.contains(separator)
        {
            let parts = title.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            return parts.sorted { $0.count > $1.count }
        }
        return []
    }

    @Test("Title parts found on bytes are the parts Foundation's search finds")
    func titlePartsOnBytes() {
        let titles = [
            "Harbour plan approved | Valley Ledger", "Harbour plan approved - Valley Ledger", "Zürich vote – Tagblatt",
            "Zürich vote — Tagblatt", "Zürich vote · Tagblatt", "Zürich vote \u{387} Tagblatt", "A :: B :: C",
            "« Le plan » : vote", "Markets: stocks rise", "Zürich: Börse", "No separator here", "Zürich -\u{301} x",
            "K\u{212A} - x", "", " | ", "Café | ", "a - b | c",
        ]
        for title in titles {
            #expect(PageMetadata.titleParts(title) == Self.titlePartsByFoundation(title), "\(title.debugDescription)")
        }
    }

    /// `HTMLRenderer.wordClasses` as it was: the three lists asked in turn, the prefixes with `hasPrefix`.
    static func wordClassesByLists(_ value: String) -> UInt8 {
        var classes: UInt8 = 0
        for word in HTMLRenderer.words(value) {
            if HTMLRenderer.strongNegativeWords.contains(word)
                || HTMLRenderer.negativePrefixes.contains(where: { word.hasPrefix($0) })
            {
                classes |= HTMLRenderer.strongClass
            } else if HTMLRenderer.negativeWords.contains(word) {
                classes |= HTMLRenderer.weakClass
            } else if HTMLRenderer.positiveWords.contains(word) {
                classes |= HTMLRenderer.positiveClass
            }
        }
        return classes
    }

    @Test("Class words read with one table and prefixes by first letter class a value as the lists did")
    func classWordsByTable() {
        let lists =
            HTMLRenderer.strongNegativeWords.sorted() + HTMLRenderer.negativeWords.sorted()
            + HTMLRenderer.positiveWords.sorted() + HTMLRenderer.negativePrefixes
        var values = lists + lists.map { "x-\($0)-y" } + lists.map { $0 + "s" } + lists.map { "pre" + $0 }
        values += [
            "article-body entry-content", "commentList", "shareBar social-icons", "sidebarWidget", "main-nav",
            "post__content story-text", "relatedArticles", "advertisement", "c-byline", "site-header", "", "é-nav",
            "commentary", "sharepoint", "recommendations", "promoted", "footerLinks", "breadcrumbTrail",
        ]
        for value in values {
            #expect(HTMLRenderer.wordClasses(value) == Self.wordClassesByLists(value), "\(value)")
        }
        // Words are split at non-letters and camelCase humps, lowercased, whether made Strings or not.
        #expect(
            HTMLRenderer.words("mainNav__item-2 ArticleBODY é-x") == ["main", "nav", "item", "article", "body", "x"])
    }

    @Test("Collapsing an ASCII value's whitespace on bytes gives the Character split's words")
    func collapseOnBytes() {
        let values = [
            "", " ", "a", "  Harbour   plan\tapproved  ", "line\r\nbreak", "a\u{0B}b\u{0C}c\rd\ne", "\u{1C}a\u{1F}b",
            "Zürich  vote", "a\u{A0}b", "x \u{301}y", "trailing\n", "\t\tlead", "one two",
        ]
        for value in values {
            let expected = value.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(HTMLRenderer.collapse(value) == expected, "\(value.debugDescription)")
        }
    }

    @Test("An element's traits are the lists its name is in")
    func elementTraitsAreListMembership() {
        let lists: [(Set<String>, UInt8)] = [
            (HTMLRenderer.voidElements, HTMLRenderer.voidTrait),
            (HTMLRenderer.skippedElements, HTMLRenderer.skippedTrait),
            (HTMLRenderer.blockElements, HTMLRenderer.blockTrait),
            (HTMLRenderer.furnitureElements, HTMLRenderer.furnitureTrait),
        ]
        let names = lists.flatMap { $0.0.sorted() } + ["span", "a", "em", "time", "x-widget", "", "DIV", "td"]
        for name in names {
            let traits = HTMLRenderer.elementTraits[name] ?? 0
            for (list, bit) in lists { #expect((traits & bit != 0) == list.contains(name), "\(name)") }
        }
    }
}
