import Testing

@testable import Extraction

@Suite("Article vocabulary")
struct ArticleVocabularyTests {
    @Test("the vocabulary answers exactly as a Set of the same words, ASCII or not, past several growths")
    func vocabularyAgreesWithSet() {
        var words: [String] = (0..<500).map { "word\($0 % 300)" }
        words += ["für", "café", "cafe\u{301}", "naïve", "", "a", "the", "of"]
        var vocabulary = ArticleVocabulary()
        var set: Set<String> = []
        for w in words {
            vocabulary.insert(w)
            set.insert(w)
        }
        let probes = words + ["word300", "word-1", "café", "cafe", "fur", "The", "ofs", "b"]
        for p in probes { #expect(vocabulary.contains(p) == set.contains(p), "\(p)") }
    }

    @Test("a stored Kelvin sign answers for the ASCII capital K it is canonically equivalent to")
    func kelvinSignMatchesASCII() {
        var vocabulary = ArticleVocabulary()
        vocabulary.insert("\u{212A}elvin")
        #expect(vocabulary.contains("Kelvin"))
        var ascii = ArticleVocabulary()
        ascii.insert("Kelvin")
        #expect(ascii.contains("\u{212A}elvin"))
        #expect(!ascii.contains("kelvin"))
    }
}
