import Testing

@testable import Extraction

@Suite("Gazetteer")
struct GazetteerTests {
    static let names: [(name: String, mask: UInt8)] = [
        ("Bank of America", Gazetteer.organization), ("Bank", Gazetteer.other), ("New York", Gazetteer.place),
        ("New York Stock Exchange", Gazetteer.organization), ("Reuters", Gazetteer.organization),
    ]

    /// The gazetteer marks of `text`'s tokens (`TokenTraits.gazetteer`), by token text.
    static func marks(_ text: String, _ gazetteer: Gazetteer) -> [(String, UInt64)] {
        let scalars = ScalarText(text)
        let tokens = NewsTokenizer().tokens(in: scalars)
        let extractor = FeatureExtractor(bits: 16, lexicon: .empty, gazetteer: gazetteer)
        let traits = extractor.traits(tokens, SentenceSplitter().sentences(tokens, in: scalars), scalars)
        return zip(tokens, traits).map { (scalars.string(of: $0.0), $0.1.gazetteer) }
    }

    @Test func everyFirstWordsOfALongerNameAreMarkedAsContinuing() {
        let gazetteer = Gazetteer(names: Self.names)
        func key(_ words: [String]) -> UInt64 {
            var key = Gazetteer.seed
            for word in words { key = Gazetteer.extend(key, FeatureHash.string(word)) }
            return key
        }
        #expect(gazetteer.entry(key(["bank"])) == Gazetteer.other | Gazetteer.continues)
        #expect(gazetteer.entry(key(["bank", "of"])) == Gazetteer.continues)
        #expect(gazetteer.entry(key(["bank", "of", "america"])) == Gazetteer.organization)
        #expect(gazetteer.entry(key(["new", "york"])) == Gazetteer.place | Gazetteer.continues)
        #expect(gazetteer.entry(key(["reuters"])) == Gazetteer.organization)
        #expect(gazetteer.mask(key(["bank"])) == Gazetteer.other)
        #expect(gazetteer.entry(key(["york"])) == 0)
    }

    @Test func theLongestNameIsFoundThroughItsFirstWords() {
        let gazetteer = Gazetteer(names: Self.names)
        let marks = Self.marks(
            "Bank of America and the New York Stock Exchange told Reuters of the Bank plan", gazetteer)
        let expected: [(String, UInt64)] = [
            ("Bank", 1 | 16 | 64), ("of", 1 | 32 | 64), ("America", 1 | 32 | 64), ("and", 0), ("the", 0),
            ("New", 1 | 16 | 64), ("York", 1 | 32 | 64), ("Stock", 1 | 32 | 64), ("Exchange", 1 | 32 | 64),
            ("told", 0), ("Reuters", 1 | 16), ("of", 0), ("the", 0), ("Bank", 8 | 16), ("plan", 0),
        ]
        #expect(marks.map(\.0) == expected.map(\.0))
        #expect(marks.map(\.1) == expected.map(\.1))
    }

    @Test func theFirstWordsOfLongerNamesSurviveTheModelBytes() throws {
        let gazetteer = Gazetteer(names: Self.names)
        // "bank", "bank of", "new", "new york", "new york stock"
        #expect(gazetteer.prefixes.count == 5)
        var bytes: [UInt8] = []
        gazetteer.encode(into: &bytes)
        var reader = ByteReader(bytes)
        let decoded = try Gazetteer(from: &reader)
        #expect(reader.atEnd)
        #expect(decoded == gazetteer)
    }
}
