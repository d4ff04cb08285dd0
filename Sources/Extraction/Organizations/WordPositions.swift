/// Where each word of a long article stands, and each pair of words, so that "does this word stand before token
/// `end`, other than before that word?" is two binary searches instead of a scan of everything before `end`.
///
/// The resolver asks that once per name it registers; by scanning, a long article with many names took time
/// quadratic in its length (a 1.3 MB list of company names took 6 s). Short articles keep the scan, which needs
/// no index; see `DocumentResolver.standsAlone`.
struct WordPositions {
    /// Positions of word tokens by normalised word, ascending.
    private var ofWord: [String: [Int]] = [:]
    /// Positions of word tokens by normalised word and the next token's normalised word, ascending.
    private var ofPair: [WordPair: [Int]] = [:]

    private struct WordPair: Hashable {
        let word: String
        let next: String
    }

    init(_ tokens: [Token]) {
        for i in tokens.indices where tokens[i].kind == .word {
            let word = tokens[i].normalized
            ofWord[word, default: []].append(i)
            if i + 1 < tokens.count {
                ofPair[WordPair(word: word, next: tokens[i + 1].normalized), default: []].append(i)
            }
        }
    }

    /// Whether `word` stands as a word token before `end` other than right before `next`.
    func stands(_ word: String, before end: Int, unlessBefore next: String) -> Bool {
        let all = Self.count(ofWord[word], below: end)
        return all > Self.count(ofPair[WordPair(word: word, next: next)], below: end)
    }

    private static func count(_ positions: [Int]?, below end: Int) -> Int {
        guard let positions else { return 0 }
        var lo = 0
        var hi = positions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if positions[mid] < end { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
