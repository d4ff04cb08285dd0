import Testing

@testable import Extraction

@Suite("Tagger fast paths")
struct TaggerFastPathTests {
    /// Words of every shape the ASCII path handles: capitals, digits, inner punctuation, one scalar, clitics.
    static let asciiWords = [
        "IBM", "McDonald", "U.S.", "3.5", "e-mail", "A", ",", "Coca-Cola", "x86", "ALL-CAPS", "the", "Inc.", "'s",
        "n't", "250,000", "AT&T", "iPhone", "@handle", "#tag", "https://example.com/a", "Q3", "--", "O'Neill",
    ]

    @Test func theASCIIPathGivesTheTraitsOfTheGeneralOne() {
        let extractor = FeatureExtractor(bits: 16, lexicon: .empty, gazetteer: .empty)
        for word in Self.asciiWords {
            let scalars = Array(word.unicodeScalars)
            var exact = FeatureHash.offset
            for c in scalars { exact = FeatureHash.add(exact, c.value) }
            scalars.withUnsafeBufferPointer { s in
                let fast = extractor.asciiWordTraits(s, 0, s.count, exact: exact)
                let general = extractor.wordTraits(s, 0, s.count)
                #expect(fast.exact == general.exact, "\(word)")
                #expect(fast.lower == general.lower, "\(word)")
                #expect(fast.shape == general.shape, "\(word)")
                #expect(fast.shortShape == general.shortShape, "\(word)")
                #expect(
                    [fast.prefixes.0, fast.prefixes.1, fast.prefixes.2, fast.prefixes.3]
                        == [general.prefixes.0, general.prefixes.1, general.prefixes.2, general.prefixes.3], "\(word)")
                #expect(
                    [fast.suffixes.0, fast.suffixes.1, fast.suffixes.2, fast.suffixes.3]
                        == [general.suffixes.0, general.suffixes.1, general.suffixes.2, general.suffixes.3], "\(word)")
                #expect(fast.length == general.length, "\(word)")
                #expect(fast.capital == general.capital, "\(word)")
            }
        }
    }

    @Test func ownAndNeighbourFeaturesTogetherAreAllTheContextFeatures() throws {
        let reading = try SyntheticTaggerReading()
        let (tokens, sentences, extractor, traits) = (
            reading.tokens, reading.sentences, reading.extractor, reading.traits
        )
        var ownByKey: [UInt64: [UInt32]] = [:]
        var buffer = [UInt32](repeating: 0, count: 3 * FeatureExtractor.maximumPerToken)
        traits.withUnsafeBufferPointer { traits in
            buffer.withUnsafeMutableBufferPointer { buffer in
                for sentence in sentences {
                    for t in sentence {
                        func written(_ write: (inout FeatureWriter) -> Void) -> [UInt32] {
                            var writer = FeatureWriter(bits: extractor.bits, base: buffer.baseAddress!)
                            write(&writer)
                            return Array(buffer[0..<writer.count])
                        }
                        let whole = written { extractor.contextFeatures(traits, t, sentence, into: &$0) }
                        let own = written {
                            extractor.contextFeatures(traits, t, sentence, into: &$0, OwnContext.self)
                        }
                        let near = written {
                            extractor.contextFeatures(traits, t, sentence, into: &$0, NeighbourContext.self)
                        }
                        #expect((own + near).sorted() == whole.sorted())
                        let key = FeatureExtractor.ownKey(traits[t])
                        if let earlier = ownByKey[key] { #expect(earlier == own) } else { ownByKey[key] = own }
                    }
                }
            }
        }
        #expect(ownByKey.count < tokens.count)
    }
}
