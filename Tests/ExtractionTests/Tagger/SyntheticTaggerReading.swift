@testable import Extraction

/// A small tagger trained on synthetic news and the features' inputs for a text it reads (the training stories and
/// an all-capitals line with an acronym), for tests that compare two ways of writing the same context features.
struct SyntheticTaggerReading {
    let tagger: OrganizationTagger
    let tokens: [NewsToken]
    let sentences: [Range<Int>]
    let extractor: FeatureExtractor
    let traits: [TokenTraits]

    init() throws {
        let documents = SyntheticNews.documents(count: 6)
        tagger = try OrganizationTagger(
            bytes: TaggerTraining.train(documents, options: SyntheticNews.smallOptions).model)
        let text = ScalarText(documents.map(\.text).joined(separator: "\n\n") + "\n\nTHE BANK OF HOOLI (HOOLI) SAID")
        tokens = NewsTokenizer().tokens(in: text)
        sentences = SentenceSplitter().sentences(tokens, in: text)
        extractor = FeatureExtractor(bits: tagger.first.bits, lexicon: tagger.lexicon, gazetteer: tagger.gazetteer)
        traits = extractor.traits(tokens, sentences, text)
    }
}
