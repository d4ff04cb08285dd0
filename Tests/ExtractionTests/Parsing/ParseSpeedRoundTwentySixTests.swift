import Foundation
import Testing

@testable import Extraction

/// Round 26's shortcuts (docs/parsing.md, "Parser speed, round 26") stand in for code written out here as it was
/// before the round; each must answer as that code does on random lines of many scripts.
@Suite("Parse speed shortcuts, round 26")
struct ParseSpeedRoundTwentySixTests {
    /// Pieces of header lines: site names and their parts, connectors, capitals and digits that are a label's
    /// initial or not, trimmed punctuation, possessives, full stops, spaces, scripts beyond ASCII.
    static let pieces = [
        "The ", "the ", "Hill", "Kyiv ", "Post", "News ", "of ", "and ", "& ", "9to5Mac", "N.Y.", "Inc.", "...", " ",
        "  ", "-", "(", ")", "\"", "'s", "’s", ",", ": ", "|", "É", "\u{212A}", "Зеленский ", "東京", "k", "x.",
        "Daily ", "Wire ", "DE ", "Der ", "Kansas City ", "Star", "logo", "Logo.", "LOGO ", "Staff ", "Writer",
        "Reporter", "@jane", "Reporting from ", "Madrid", "a@", "\t",
    ]

    /// The site-name candidates' loop over a page's lines as it was before round 26: every line that passes the
    /// screen split into words (Strings), each word asked whether it starts a name.
    static func candidatesByWords(_ matcher: SiteNameMatcher, _ blocks: [TextBlock], _ features: [BlockFeatures])
        -> [SiteNameMatcher.Candidate]
    {
        var found: [String: SiteNameMatcher.Candidate] = [:]
        var order: [String] = []
        let initials = Set(matcher.url.siteLabels.compactMap { $0.unicodeScalars.first })
        func consider(_ name: String, weight: Double) {
            let short = weight >= 1 ? 1 : 0
            if var c = found[name] {
                c.weight += weight
                c.furniture += short
                found[name] = c
            } else if let (m, label) = matcher.match(name) {
                found[name] = SiteNameMatcher.Candidate(
                    name: name, match: m, label: label, weight: weight, furniture: short)
                order.append(name)
            }
        }
        for (b, block) in blocks.enumerated() where features[b].length <= 40 {
            let weight = features[b].length <= 12 ? 1.0 : 0.3
            let tokens = SiteNameMatcher.words(block.text)
            for i in tokens.indices {
                let token = tokens[i]
                guard let first = token.unicodeScalars.first else { continue }
                if SiteNameMatcher.containsFullStop(token) {
                    consider(token, weight: weight)
                    continue
                }
                guard ScalarClass.isUppercase(first) || ScalarClass.isDigit(first) else { continue }
                let lowerFirst = ScalarClass.lowercased([first][...]).unicodeScalars.first!
                guard initials.contains(lowerFirst) || token == "The" else { continue }
                var name = token
                consider(name, weight: weight)
                var k = i + 1
                while k < tokens.count && k < i + 6 {
                    let next = tokens[k]
                    guard let f = next.unicodeScalars.first, !SiteNameMatcher.containsFullStop(next) else { break }
                    let isConnector = SiteNameMatcher.connectors.contains(next.lowercased()) || next == "&"
                    guard ScalarClass.isUppercase(f) || ScalarClass.isDigit(f) || isConnector else { break }
                    name += " " + next
                    if !isConnector { consider(name, weight: weight) }
                    k += 1
                }
            }
        }
        return order.map { found[$0]! }
    }

    @Test("Site-name candidates read on an ASCII line's bytes are the ones its words give")
    func siteNameCandidatesOnBytesMatchWords() throws {
        var generator = SystemRandomNumberGenerator()
        let addresses = [
            "https://thehill.com/a", "https://www.kyivpost.com/b", "https://9to5mac.com/c", "https://nypost.com/d",
            "https://www.kansascity.com/e", "https://dailywire.example.de/f",
        ]
        var named = 0
        for address in addresses {
            let matcher = SiteNameMatcher(url: try #require(PageURL(address)))
            for _ in 0..<150 {
                let texts = randomLines(of: Self.pieces, using: &generator)
                let blocks = texts.map { TextBlock(start: 0, end: 0, text: $0) }
                let features = texts.map { BlockFeatures($0, stopwords: []) }
                let fast = matcher.candidates(in: blocks, features: features)
                let plain = Self.candidatesByWords(matcher, blocks, features)
                named += plain.count
                #expect(fast.map(\.name) == plain.map(\.name), "\(texts)")
                #expect(fast.map(\.weight) == plain.map(\.weight), "\(texts)")
                #expect(fast.map(\.furniture) == plain.map(\.furniture), "\(texts)")
                #expect(fast.map(\.label) == plain.map(\.label), "\(texts)")
            }
        }
        #expect(named > 0)
    }

    /// `ArticleParser.asciiIsBylineRest` as it was before round 26: the words split into an array of slices.
    static func bylineRestBySplit(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        let words = bytes.split(separator: 0x20)
        if words.count <= 8, bytes.starts(with: ArticleParser.reportingFrom) { return true }
        guard let last = words.last, words.count <= 4 else { return false }
        if words.count == 1 && (last.contains(0x40) && last.last != 0x40) { return true }
        let lowered = String(decoding: last.map { $0 &- 0x41 < 26 ? $0 + 32 : $0 }, as: UTF8.self)
        return BylineParser.roleWords.contains(lowered) && words.allSatisfy { $0.first! &- 0x41 < 26 }
    }

    @Test("A byline's rest (\"Senior Staff Writer\", \"@handle\") is told on the line's bytes as by its split words")
    func bylineRestInPlaceMatchesSplit() {
        var generator = SystemRandomNumberGenerator()
        let ascii = Self.pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        var rests = 0
        for line in [
            "Staff Writer", "Senior  Reporter ", "@jane", "jane@", "Reporting from Madrid", "", " ", "a Writer",
        ]
            + (0..<3000).flatMap({ _ in randomLines(of: ascii, using: &generator) })
        {
            let plain = Self.bylineRestBySplit(line)
            if plain { rests += 1 }
            #expect(ArticleParser.asciiIsBylineRest(line) == plain, "\(line.debugDescription)")
        }
        #expect(rests > 0)
    }

    /// `SourceFinder.labelledLogo` as it was before round 26, without the screen of its last bytes.
    static func labelledLogoBySplit(_ text: String) -> String? {
        var words = text.split(separator: " ")
        guard (2...5).contains(words.count), let last = words.last, ["logo", "logo."].contains(last.lowercased())
        else { return nil }
        words.removeLast()
        guard words.allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }),
            !SourceFinder.genericLogoWords.contains(words.map { $0.lowercased() }.joined(separator: " "))
        else { return nil }
        return words.joined(separator: " ")
    }

    @Test("A logo's alt text (\"The Kyiv Post logo.\") is found behind the screen of the line's last bytes")
    func labelledLogoScreenKeepsEveryLogo() {
        var generator = SystemRandomNumberGenerator()
        var logos = 0
        for line in ["The Kyiv Post logo.", "Daily Wire LOGO ", "Site logo", "Kansas City Star Logo\u{301}"]
            + (0..<3000).flatMap({ _ in randomLines(of: Self.pieces, using: &generator) })
        {
            let plain = Self.labelledLogoBySplit(line)
            if plain != nil { logos += 1 }
            #expect(SourceFinder.labelledLogo(line) == plain, "\(line.debugDescription)")
        }
        #expect(logos > 0)
    }

    /// `TextMetadataReader.capitalsNameOverDate` as it was before round 26: every line split into words.
    static func capitalsNameBySplit(_ reader: TextMetadataReader, _ i: Int) -> String? {
        let (blocks, features) = (reader.blocks, reader.features)
        guard (2...3).contains(features[i].words), features[i].words == features[i].length, i + 1 < blocks.count,
            features[i + 1].words <= 12, !blocks[i].isBullet
        else { return nil }
        let text = blocks[i].text
        let words = text.split(separator: " ")
        guard words.count == features[i].words,
            words.allSatisfy({ word in
                word.unicodeScalars.count >= 2
                    && word.unicodeScalars.allSatisfy { ScalarClass.isUppercase($0) || $0 == "-" || $0 == "'" }
            }),
            BylineParser().isPersonName(words), ParsingLexicon.wireAgencies[text.lowercased()] == nil,
            !DateScanner().dates(in: blocks[i + 1].text).isEmpty
        else { return nil }
        return words.joined(separator: " ")
    }

    @Test("A writer's name in capitals over the filing line (\"JAVIER CASQUERO\") is found behind the byte screen")
    func capitalsNameScreenKeepsEveryName() {
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "JAVIER ", "CASQUERO", "MARÍA ", "O'NEIL", "SMITH-JONES", "Jane ", "doe", "AP", "2024", "\u{301}", " ",
            "ÉLODIE ", "DURAND", "REUTERS", "x",
        ]
        var names = 0
        for line in ["JAVIER CASQUERO", "MARÍA O'NEIL", "Javier Casquero"]
            + (0..<1500).flatMap({ _ in randomLines(of: pieces, using: &generator) })
        {
            let texts = [line, "Madrid - 14 mar 2024 - 05:30 CET"]
            let reader = TextMetadataReader(
                blocks: texts.map { TextBlock(start: 0, end: 0, text: $0) },
                features: texts.map { BlockFeatures($0, stopwords: []) },
                selection: BodySelector.Selection(blocks: [], run: nil), language: "en")
            let plain = Self.capitalsNameBySplit(reader, 0)
            if plain != nil { names += 1 }
            #expect(reader.capitalsNameOverDate(0, parser: BylineParser()) == plain, "\(line.debugDescription)")
        }
        #expect(names > 0)
    }

    @Test("A short line's head (\"Related stories\", \"Kommentare\") is an end marker on its bytes as in the Set")
    func endMarkerOnBytesMatchesSet() {
        var generator = SystemRandomNumberGenerator()
        let pieces =
            ParsingLexicon.endMarkers + ["related", " ", "more", "x", "k", "\u{212A}", "über", "uber", ":", ""]
        var markers = 0
        for _ in 0..<3000 {
            for head in randomLines(of: pieces, using: &generator) {
                let expected = BlockFeatures.endMarkers.contains(head)
                if expected { markers += 1 }
                let ascii = head.unicodeScalars.allSatisfy { $0.value < 0x80 }
                #expect(BlockFeatures.isEndMarker(head, ascii: ascii) == expected, "\(head.debugDescription)")
            }
        }
        #expect(markers > 0)
    }

    @Test("The blocks whose lowered bytes hold a site's name are found in one pass as line by line")
    func blocksHoldingNameInOnePass() {
        var generator = SystemRandomNumberGenerator()
        let needles = ["kyiv post ", "the hill ", "news ", "k", "post", "зеленский ", "ünïcödé"].map { Array($0.utf8) }
        var held = 0
        for _ in 0..<1500 {
            let texts = randomLines(of: Self.pieces + ["Kyiv Post ", "THE HILL ", "NEWS"], using: &generator)
            let page = LoweredPage(texts.map { TextBlock(start: 0, end: 0, text: $0) })
            for needle in needles {
                let expected = texts.map { text in
                    let lowered = HeadlineEchoes.loweredBytes(text)
                    return lowered.count >= needle.count
                        && (0...(lowered.count - needle.count)).contains {
                            lowered[$0..<($0 + needle.count)].elementsEqual(needle)
                        }
                }
                held += expected.filter { $0 }.count
                #expect(page.blocksHolding(one: needle) == expected, "\(texts) \(needle)")
            }
        }
        #expect(held > 0)
    }
}
