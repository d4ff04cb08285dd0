import Foundation
import Testing

@testable import Extraction

/// Round 28's shortcuts (docs/parsing.md, "Parser speed, round 28") stand in for code written out here as it was
/// before the round; each must answer as that code does.
@Suite("Parse speed shortcuts, round 28")
struct ParseSpeedRoundTwentyEightTests {
    /// Pieces of short lines: end markers and their openings in several cases, comment counts and signatures, tag
    /// labels, trailing colons, full stops and spaces, digits, and scalars beyond ASCII.
    static let pieces = [
        "Related", "related ", "RELATED ", "Articles", "articles", "Comments", "comments", "Read more", "more ",
        "Most Read", "most read from ", "Tags:", "tags: ", "About ", "about ", "Share", "12 ", "34 responses to ",
        "Comments:", "joe says:", "Maria sagt:", ":", ".", " ", "  ", "Leave a Reply", "You may also like",
        "See also", "Über ", "é", "Ü", "\u{212A}", "Newsletter", "Sign up", "x", "Q", "1.", "—", "’",
    ]

    /// `BlockFeatures.finish`'s tests after `cannotCloseStory` as they were before round 28, for every line (the
    /// ASCII ones now take `closesStory(ascii:length:)`): the comment tests and the end marker.
    static func closingTestsBefore(_ scalars: [Unicode.Scalar], length: Int, upperOutsideASCII: Bool)
        -> (opensComments: Bool, isEndMarker: Bool)?
    {
        let copied = upperOutsideASCII ? PhraseMatcher.lowered(scalars) : nil
        let read = copied ?? scalars
        guard
            (length <= 20 && ScalarClass.isDigit(read.first ?? " ")) || length <= 6
                || (read.count >= 5
                    && (0..<5).allSatisfy { k in
                        let v = read[k].value
                        return (v &- 0x41 < 26 ? v + 32 : v) == BlockFeatures.tagsLabel[k]
                    })
        else { return nil }
        if BlockFeatures.cannotCloseStory(ascii: read) { return (false, false) }
        var opensComments = false
        var lower = copied ?? BlockFeatures.loweredASCIICapitals(scalars)
        if length <= 20 && ScalarClass.isDigit(lower.first ?? " ") {
            opensComments = BlockFeatures.opensCommentThread(ScalarClass.string(lower[...]))
        }
        guard length <= 6 || (length <= 40 && ScalarClass.string(lower.prefix(5)) == "tags:") else {
            return (opensComments, false)
        }
        if lower.last == ":" {
            opensComments = opensComments || BlockFeatures.signsComment(ScalarClass.string(lower[...]))
        }
        while let c = lower.last, c == ":" || c == " " || c == "." { lower.removeLast() }
        let head = ScalarClass.string(lower[...])
        let ascii = lower.allSatisfy { $0.value < 0x80 }
        let mayOpen = !ascii || BlockFeatures.endMarkerLeads[Int(head.utf8.first ?? 0)]
        let orAbout = length <= 4
        var isEndMarker =
            mayOpen
            && (BlockFeatures.isEndMarker(head, ascii: ascii)
                || (orAbout && BlockFeatures.aboutPrefixes.contains { $0.opens(head, ascii: ascii) })
                || BlockFeatures.endMarkerOpenings.contains {
                    lower.count < $0.longest && $0.opening.opens(head, ascii: ascii)
                })
        if isEndMarker && head.hasPrefix("most read from ") { isEndMarker = false }
        return (opensComments, isEndMarker)
    }

    @Test("Short ASCII lines close the story and open comment threads as the scalar arrays and Strings said")
    func asciiClosingTestsMatchTheGeneralPath() {
        var generator = SystemRandomNumberGenerator()
        var markers = 0
        var comments = 0
        for _ in 0..<4_000 {
            for line in randomLines(of: Self.pieces, using: &generator) {
                let scalars = Array(line.unicodeScalars)
                let features = BlockFeatures(scalars: scalars, stopwords: [])
                let upper = scalars.contains { $0.value >= 0x80 && ScalarClass.isUppercase($0) }
                guard features.length <= 200,
                    let before = Self.closingTestsBefore(scalars, length: features.length, upperOutsideASCII: upper)
                else { continue }
                #expect(features.isEndMarker == before.isEndMarker, "\(line)")
                #expect(features.opensComments == before.opensComments, "\(line)")
                if before.isEndMarker { markers += 1 }
                if before.opensComments { comments += 1 }
            }
        }
        #expect(markers > 0)
        #expect(comments > 0)
    }

    @Test("Stopword lanes added a set bit at a time are the lanes the shifts gave")
    func lanesBySetBitsMatchShifts() {
        var generator = SystemRandomNumberGenerator()
        var values: [UInt64] = Array(0..<0x1_0000)
        values += (0..<2_000).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
        for value in values {
            var lanes = SIMD16<UInt32>(repeating: 3)
            LanguageTally.add(value, to: &lanes)
            #expect(lanes == SIMD16<UInt32>(repeating: 3) &+ LanguageTally.lanes(value))
        }
    }

    /// `BylineParser.isPersonName` as it was before round 28: a Set look-up per list and an array of each word's
    /// scalars.
    static func isPersonNameBefore(_ words: [String]) -> Bool {
        guard (1...5).contains(words.count) else { return false }
        if words.count > 1, let last = words.last,
            BylineParser.companyForms.contains(
                last.lowercased().trimmingCharacters(in: BylineParser.dotComma))
        {
            return false
        }
        var capitalised = 0
        var allCaps = 0
        for word in words {
            let lower = word.lowercased()
            if BylineParser.particles.contains(lower) { continue }
            guard let first = word.unicodeScalars.first, ScalarClass.isUppercase(first) else { return false }
            var letters = 0
            var upper = 0
            var dotInside = false
            let scalars = Array(word.unicodeScalars)
            for (k, s) in scalars.enumerated() {
                if ScalarClass.isLetter(s) {
                    letters += 1
                    if ScalarClass.isUppercase(s) { upper += 1 }
                } else if s == "." {
                    if k + 1 < scalars.count { dotInside = true }
                } else if !(s == "'" || s == "’" || s == "-") {
                    return false
                }
            }
            if dotInside && letters > 2 { return false }
            if let last = scalars.last, last == "'" || last == "’" { return false }
            if ParsingLexicon.nonPersonBylineWords.contains(lower) || BylineParser.calendarWords.contains(lower)
                || BylineParser.dateLabelsOfOtherLanguages.contains(lower)
            {
                return false
            }
            if DateScanner.months[lower.trimmingCharacters(in: BylineParser.dotComma)] != nil,
                !BylineParser.givenNamesAmongMonths.contains(lower)
            {
                return false
            }
            if upper == letters && letters >= 2 { allCaps += 1 }
            capitalised += 1
        }
        if capitalised == 1 && allCaps == 1 { return false }
        return capitalised >= 1
    }

    /// Words of bylines: names, particles, roles, months (given names among them), calendar and date labels in
    /// several languages, initials, addresses, possessives, trailing commas and full stops, capitals.
    static let nameWords = [
        "Jane", "DOE", "van", "de", "Le", "May", "May.", ",May", "Maja", "Marco", "April", "Jan.", "jan", "Staff",
        "Writer", "Monday", "Updated", "Actualizado", "R.", "O.", "cleveland.com", "Heights'", "O’Brien", "Jean-Luc",
        "Zürich", "ÉMILE", "MS", "CNN", "Inc.", "Ltd", "Novembre", "novembre,", "Juni", "Ö.", "x", "Bob’", "Ana,",
        "Müller", "Reuters", "the", "De", "Y", "y",
    ]

    @Test("Person names are told by one look-up a word as by the lists one by one")
    func personNamesByOneLookupMatchTheLists() {
        var generator = SystemRandomNumberGenerator()
        let parser = BylineParser()
        var people = 0
        for _ in 0..<20_000 {
            let words = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                Self.nameWords.randomElement(using: &generator)!
            }
            let before = Self.isPersonNameBefore(words)
            #expect(parser.isPersonName(words) == before, "\(words)")
            if before { people += 1 }
        }
        #expect(people > 0)
    }

    /// Pieces of lines beyond ASCII: spaces beside letters, marks that join a space into a Character, dashes,
    /// quotes, Cyrillic and CJK.
    static let spacedPieces = [
        "Zürich ", " ", "  ", "é", "e\u{301}", " \u{301}", "\u{301}", "Москва ", "東京", "— ", "“", "”", "Jane ", "a",
        "\u{200D}", "👍🏽", "\u{0600}", " x",
    ]

    @Test("Lines beyond ASCII split at spaces on their bytes as by Character")
    func spaceSplitsBeyondASCIIMatchCharacters() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4_000 {
            for line in randomLines(of: Self.spacedPieces, using: &generator) {
                let byCharacter = line.split(separator: " ").map(String.init)
                #expect(LineShortcuts.split(line, at: 0x20).map(String.init) == byCharacter, "\(line)")
                #expect(BylineParser.wordsAtSpaces(line).map(String.init) == byCharacter, "\(line)")
                #expect(
                    BylineParser.looksLikePublication(line)
                        == Self.looksLikePublicationBefore(line), "\(line)")
            }
        }
    }

    /// `BylineParser.looksLikePublication` before round 28, splitting by Character.
    static func looksLikePublicationBefore(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), text.unicodeScalars.count <= 40 else { return false }
        guard !text.unicodeScalars.contains(where: { ScalarClass.isDigit($0) || $0 == "@" || $0 == ":" }) else {
            return false
        }
        if words.count == 1 && text.unicodeScalars.count <= 4 {
            let letters = text.unicodeScalars
            return letters.count >= 3 && letters.allSatisfy { ScalarClass.isUppercase($0) }
                && !BylineParser.credentials.contains(text)
        }
        return words.allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return false }
            return ScalarClass.isUppercase(first) || ["of", "for", "the", "and", "&"].contains(word.lowercased())
        } && !words.contains { BylineParser.roleWords.contains($0.lowercased()) }
    }

    /// `BylineParser.agencyAfterName` before round 28, splitting by Character.
    static func agencyAfterNameBefore(_ part: String) -> (String, String)? {
        let words = part.split(separator: " ")
        guard words.count >= 3, let last = words.last,
            BylineParser.agencyLastWords.contains(last.lowercased())
        else { return nil }
        for take in 1...min(3, words.count - 2) {
            let tail = words.suffix(take).joined(separator: " ")
            guard let named = ParsingLexicon.wireAgencies[tail.lowercased()] else { continue }
            let capitals = tail.unicodeScalars.filter { ScalarClass.isLetter($0) }.allSatisfy {
                ScalarClass.isUppercase($0)
            }
            guard tail.unicodeScalars.count > 4 || capitals,
                let initial = tail.unicodeScalars.first, ScalarClass.isUppercase(initial)
            else { continue }
            return (words.dropLast(take).joined(separator: " "), named)
        }
        return nil
    }

    @Test("A wire agency after a name is read from the words the Character split gave")
    func agencyAfterNameMatchesTheCharacterSplit() {
        var generator = SystemRandomNumberGenerator()
        let pieces =
            Self.spacedPieces + [
                "Karen ", "Lindqvist ", "Associated ", "Press", " AP", " Ap", " Reuters", " AFP", "Zoë ", "Müller ",
            ]
        var agencies = 0
        for _ in 0..<6_000 {
            for line in randomLines(of: pieces, using: &generator) {
                let before = Self.agencyAfterNameBefore(line)
                let after = BylineParser.agencyAfterName(line)
                #expect(after?.0 == before?.0 && after?.1 == before?.1, "\(line)")
                if before != nil { agencies += 1 }
            }
        }
        #expect(agencies > 0)
    }

    @Test("A role before the name is dropped as the Character split dropped it")
    func roleBeforeNameMatchesTheCharacterSplit() {
        var generator = SystemRandomNumberGenerator()
        let pieces = Self.spacedPieces + ["political ", "reporter ", "Staff ", "Writer ", "Senior ", "Tom ", "Lowery"]
        for _ in 0..<4_000 {
            for line in randomLines(of: pieces, using: &generator) {
                #expect(BylineParser.droppingRoleBeforeName(line) == Self.droppingRoleBeforeNameBefore(line), "\(line)")
            }
        }
    }

    /// `BylineParser.droppingRoleBeforeName` before round 28, splitting by Character.
    static func droppingRoleBeforeNameBefore(_ rest: String) -> String {
        let words = rest.split(separator: " ")
        guard words.count >= 3, let first = words.first?.unicodeScalars.first else { return rest }
        let lowercase = !ScalarClass.isUppercase(first)
        for k in 0..<min(4, words.count - 1) {
            let word = words[k].lowercased()
            if BylineParser.roleWords.contains(word) {
                if BylineParser.roleWords.contains(words[k + 1].lowercased()) { continue }
                let name = words[(k + 1)...]
                guard name.count >= 2,
                    name.prefix(2).allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false })
                else { return rest }
                return name.joined(separator: " ")
            }
            let isLowercase = words[k].unicodeScalars.first.map { !ScalarClass.isUppercase($0) } ?? false
            guard
                lowercase
                    ? isLowercase && !BylineParser.particles.contains(word) : BylineParser.rankWords.contains(word)
            else {
                return rest
            }
        }
        return rest
    }

    /// `BylineParser.nameWords(written:)` before round 28: a Set look-up for the particles and a trimmed copy of
    /// each later word for the months.
    static func nameWordsBefore(_ written: [Substring]) -> [String] {
        var words: [String] = []
        for raw in written {
            var word = String(raw)
            let lower = word.lowercased()
            if let first = word.unicodeScalars.first, !ScalarClass.isUppercase(first),
                !BylineParser.particles.contains(lower)
            {
                break
            }
            if !words.isEmpty && lower == "for" { break }
            if words.count >= 2 && BylineParser.buttonsAfterName.contains(word) { break }
            if !words.isEmpty, DateScanner.months[lower.trimmingCharacters(in: BylineParser.dotComma)] != nil {
                break
            }
            if let glue = BylineParser.gluedLabel(word) {
                word = glue
                if !word.isEmpty { words.append(word) }
                break
            }
            words.append(word)
        }
        return words
    }

    @Test("A name's words stop where the particle and month lists said")
    func nameWordsMatchTheLists() {
        var generator = SystemRandomNumberGenerator()
        let pieces = Self.nameWords + ["for", "Follow", "HiltzikBusiness", "MacLeod", "mai"]
        for _ in 0..<20_000 {
            let written = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                Substring(pieces.randomElement(using: &generator)!)
            }
            #expect(BylineParser.nameWords(written: written) == Self.nameWordsBefore(written), "\(written)")
        }
    }
}
