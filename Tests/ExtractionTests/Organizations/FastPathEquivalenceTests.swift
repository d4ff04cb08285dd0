import Testing

@testable import Extraction

/// The finder's ASCII fast paths must answer exactly as the general code they bypass: the served predictions are
/// checked byte for byte against the previous build, and these tests pin the same promise per function.
@Suite("Fast paths agree with the general code")
struct FastPathEquivalenceTests {
    static let names = [
        "The Walt Disney Co.", "Acme, Inc.", "AT&T Inc", "Acme & Co", "U.S. Securities and Exchange Commission",
        "Lowe's Companies Inc.", "MEBO Group's", "McDonald's", "  Bay Area\nCouncil ", "The", "Inc", "the the",
        "Tokyo Soir Co Ltd", "Pittsburgh Post-Gazette", "3M Co", "A.B.C. Ltd.", "Smith's", "x's  ", "Co & &",
        "Barnes & Noble Inc", "", " ", "'s", "The Inc", "GmbH AG", "Wal-Mart Stores' ", "St. John's Hospital",
    ]

    @Test("an ASCII name's key is the general rules' key")
    func asciiKeysAgree() {
        for name in Self.names {
            #expect(OrganizationKey.asciiKey(name) == OrganizationKey.unicodeKey(name), "\(name)")
        }
        #expect(OrganizationKey.asciiKey("Nestlé SA") == nil)
    }

    @Test("an ASCII token has the fields the text initializer gives it")
    func asciiTokensAgree() {
        let words = [
            "Inc.", "U.S.", "I", "eBay", "NASA", "AT&T", "3M", "49ers", "1996", "a", "the", "Co.", "St.", "'s", "'",
            "Post-Gazette", "O'Neill", "CIIE", "ABCDEFG", "A1B2C3D4E5", "&", ",", ".", "...", "of", "Chairman",
            "president", "x.", "Ltd.", "Mr.", "SoftBank", "Bancorp",
        ]
        for word in words {
            let scalars = Array(word.unicodeScalars)
            for kind in [Token.Kind.word, .number, .possessive, .punctuation] {
                let fast = Token.of(
                    scalars, start: 0, end: scalars.count, kind: kind, spaceBefore: true, newlinesBefore: 1,
                    region: 0)
                let general = Token(
                    text: word, start: 0, end: scalars.count, kind: kind, spaceBefore: true, newlinesBefore: 1,
                    region: 0)
                #expect(fast == general, "\(word) \(kind)")
                #expect(fast.lexicalFlags == general.lexicalFlags, "\(word) \(kind)")
            }
        }
    }

    @Test("a word set answers exactly as a Set of the same words")
    func wordSetAgreesWithSet() {
        let words = Set((0..<3000).map { "name\($0)" } + ["für", "café", "a", "eight888", "sixteen-bytes-xx"])
        let wordSet = WordSet(words)
        let probes = Array(words) + ["name3000", "Name1", "cafe\u{301}", "fur", "", "eight88", "eight8888", "b"]
        for p in probes { #expect(wordSet.contains(p) == words.contains(p), "\(p)") }
    }
}

@Suite("Fast paths of the token forms and acronyms agree with the general code")
struct TokenFormFastPathTests {
    @Test("a token's normalized form is its text with the apostrophe straightened and an abbreviation's dot dropped")
    func normalizedForms() {
        let expected = [
            "Inc.": "Inc", "Mr.": "Mr", "U.S.": "U.S.", "x.": "x.", "O\u{2019}Neill": "O'Neill", "Acme": "Acme",
            "Caf\u{E9}.": "Caf\u{E9}", "\u{2019}s": "'s", ".": ".",
        ]
        for (text, form) in expected {
            let scalars = Array(text.unicodeScalars)
            let general = Token(
                text: text, start: 0, end: scalars.count, kind: .word, spaceBefore: true, newlinesBefore: 0, region: 0)
            let fast = Token.of(
                scalars, start: 0, end: scalars.count, kind: .word, spaceBefore: true, newlinesBefore: 0, region: 0)
            #expect(general.normalized == form, "\(text)")
            #expect(fast.normalized == form, "\(text)")
        }
    }

    @Test("an ASCII acronym is matched to a name as the Unicode rules match it")
    func asciiAcronymsAgree() {
        let cases = [
            ("CIIE", "China International Import Expo"), ("NYAG", "New York State Attorney General"),
            ("AG", "Acme Global Robotics Group"), ("SB", "SoftBank"), ("FBI", "Federal Bureau of Investigation"),
            ("U.N.", "United Nations"), ("PG&E", "Pacific Gas and Electric"), ("3M", "Minnesota Mining"),
            ("IDOT", "Illinois Department of Transportation"), ("KFC", "Kentucky Fried Chicken"),
            ("BBB", "Better Business Bureau"), ("ECB", "European Central Bank"), ("ab", "Alpha Beta"),
            ("XY", "Post-Gazette Xenon"), ("PG", "Post-Gazette"), ("NASA", "the National Aeronautics Space Agency"),
            ("EA", "\u{C9}lectricit\u{E9} Alsace"), ("OA", "Obras \u{C1}guas"), ("A", "Alpha"), ("IMF", "I M F"),
        ]
        for (acronym, name) in cases {
            let tokens = Tokenizer().tokens(in: name)
            let fast = AcronymLinker.asciiAbbreviates(acronym, tokens, 0..<tokens.count)
            let general = AcronymLinker.unicodeAbbreviates(acronym, tokens, 0..<tokens.count)
            if let fast { #expect(fast == general, "\(acronym) \(name)") }
            #expect(AcronymLinker.abbreviates(acronym, tokens, 0..<tokens.count) == general, "\(acronym) \(name)")
        }
        let accented = Tokenizer().tokens(in: "\u{C9}lectricit\u{E9} Alsace")
        #expect(AcronymLinker.asciiAbbreviates("EA", accented, 0..<accented.count) == nil)
    }

    @Test("a word set's find answers as contains, and names an ASCII member's entry")
    func wordSetFindAgreesWithContains() {
        let set: WordSet = ["bank", "council", "caf\u{E9}", "de"]
        for word in ["bank", "council", "caf\u{E9}", "cafe\u{301}", "de", "d", "banks", ""] {
            switch set.find(word, asciiHash: WordSet.asciiHash(word)) {
            case .absent: #expect(!set.contains(word), "\(word)")
            case .present(let entry):
                #expect(set.contains(word), "\(word)")
                if let entry { #expect(set.entries[entry] == word, "\(word)") }
            }
        }
    }

    @Test("an article is a sports report from its sixth game word on, however many follow")
    func sportsReportNeedsSixGameWords() {
        let words = ["goal", "coach", "season", "league", "match", "striker", "goalie", "playoff"]
        for n in 0...words.count {
            let text = "The Rovers said " + words.prefix(n).joined(separator: " and ") + " mattered."
            let sports = SportsContext(tokens: Tokenizer().tokens(in: text))
            #expect(sports.isSportsArticle == (n >= 6), "\(n) game words")
        }
    }

    @Test("the byte tests of a token's text answer as the string comparisons")
    func byteTestsAgree() {
        #expect(SportsContext.gameWords.words.map(\.utf8.count).min() == SportsContext.shortestGameWord)
        for text in ["(", ")", "&", ",", "the", "The", "thee", "th", "\u{FF08}", "(("] {
            let token = Tokenizer().tokens(in: text).first!
            #expect(token.isMark(UInt8(ascii: "(")) == (token.text == "("), "\(text)")
            #expect(token.isMark(UInt8(ascii: "&")) == (token.text == "&"), "\(text)")
            #expect(token.lowerIsThe == (token.lower == "the"), "\(text)")
        }
    }
}
