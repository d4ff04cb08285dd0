import Testing

@testable import Extraction

/// The rule finder's shortcuts of rules15 answer exactly as the look-ups they replace.
@Suite("Rule finder shortcuts agree with the word lists")
struct RuleFinderSpeedPathTests {
    @Test("a punctuation mark ends a sentence or opens a quotation exactly when the word lists say so")
    func markClassesMatchTheLists() {
        // Every scalar, since a string equals another by canonical equivalence (U+037E is ";").
        for value in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let mark = String(Character(scalar))
            #expect(Tokenizer.isSentenceEnder(value) == Tokenizer.sentenceEnders.contains(mark), "U+\(value)")
            #expect(Tokenizer.isOpener(value) == Tokenizer.openers.contains(mark), "U+\(value)")
        }
    }

    @Test("a packed word is in a word set exactly when its string is")
    func packedLookUpsMatchStrings() {
        let sets: [WordSet] = [
            Token.CueLists.shared.connectors, Token.CueLists.shared.titles, Token.CueLists.shared.heads,
            Token.CueLists.shared.cueWords, Token.CueLists.shared.legalSuffixes, ["a", "abcdefghijklmnopq", ";"],
        ]
        let words = [
            "of", "the", "and", "&", "chairman", "council", "inc", "Inc", "co", "ltd", "x", "abcdefghijklmnopq",
            "abcdefghijklmno", "post-gazette", "department", "ministry", "president", ";", "", "university",
        ]
        for set in sets {
            for word in words {
                let scalars = Array(word.unicodeScalars)
                guard let packed = PackedASCII(scalars, start: 0, end: scalars.count) else { continue }
                #expect(set.contains(packed: packed, asciiHash: packed.asciiHash) == set.contains(word), "\(word)")
            }
        }
    }

    @Test("the gazetteer's first-word filter never turns away a first word it holds")
    func firstWordFilterKeepsItsWords() {
        let firsts = WordSet(
            Set(KnownOrganizations.names.compactMap { $0.split(separator: " ").first.map(String.init) }))
        for word in firsts.entries {
            #expect(!firsts.rejects(asciiHash: WordSet.asciiHash(word)!), "\(word)")
        }
        // And the look-up through it still finds a gazetteer name.
        let tokens = Tokenizer().tokens(in: "Officials of the United Nations said so.")
        let match = RuleBasedOrganizationFinder.gazetteer.longestMatch(in: tokens, at: 3, limit: tokens.count)
        #expect(match?.words == ["United", "Nations"])
    }

    @Test("initials are the capitals of a name's words, Unicode ones included")
    func initialsOfNames() {
        let cases: [(String, Bool, String?)] = [
            ("Federal Bureau of Investigation", false, "FBI"),
            ("Illinois Department of Transportation", true, "IDOT"),
            ("Acme Inc", false, nil),
            ("Éditions Gallimard", false, "ÉG"),
            ("Procter & Gamble", true, "PG"),
        ]
        for (name, connectors, expected) in cases {
            let tokens = Tokenizer().tokens(in: name)
            #expect(AcronymLinker.initials(tokens, tokens.indices, connectors: connectors) == expected, "\(name)")
        }
    }

    @Test("a span that spells a place the article names is told from one that starts like it")
    func placeLikeRunsGateTheirPhrase() {
        let text = "Officials in Sakai City said the Sakai City Council met. Sakai officials agreed."
        let tokens = Tokenizer().tokens(in: text)
        let runs = CandidateScanner.placeLikeRuns(tokens)
        #expect(runs == ["Sakai City"])
        // A run of one word is the word itself, as joining it would give.
        let oneWord = CandidateScanner.placeLikeRuns(
            Tokenizer().tokens(in: "Talks in Geneva and near Basel’s rail hub."))
        #expect(oneWord == ["Geneva", "Basel"])
        let scanner = CandidateScanner(
            tokens: tokens, gazetteer: NameLexicon(), gazetteerUpper: [:],
            lowercaseWords: ArticleVocabulary(),
            placeLike: runs)
        #expect(scanner.placeLikeStarts?.contains("Sakai") == true)
        #expect(scanner.placeLikeStarts?.contains("City") == false)
    }
}
