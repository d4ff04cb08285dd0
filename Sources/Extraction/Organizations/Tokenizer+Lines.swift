extension Tokenizer {
    private static let sentenceEnders: WordSet = [".", "!", "?", ":", ";", "…", "|", ">", "•", "·", "—"]
    private static let openers: WordSet = ["\"", "“", "‘", "'", "(", "[", "«", "-", "–"]
    private static let minorWords: WordSet = [
        "a", "an", "the", "of", "for", "and", "in", "on", "at", "to", "with", "by", "as", "or", "from", "vs", "vs.",
        "is", "are", "be", "but", "nor", "over", "into", "after", "up", "its", "his", "her", "their", "says",
    ]

    /// Marks sentence starts, and the tokens of lines written like headlines (ALL CAPS, or Title Case
    /// with at least four words), where capitalisation is no evidence of a name.
    func markSentencesAndHeadlines(_ tokens: inout [Token]) {
        var endsSentence = false
        // Fields read in place: copying each token would retain and release its two strings.
        for k in tokens.indices {
            if tokens[k].newlinesBefore > 0 || k == 0 {
                tokens[k].sentenceStart = true
            } else if endsSentence {
                tokens[k].sentenceStart = true
            }
            if tokens[k].kind == .punctuation {
                // What follows an opening quote at a sentence start starts it too.
                let hash = tokens.textHash(at: k)
                endsSentence =
                    (tokens[k].sentenceStart && Self.openers.contains(tokens[k].text, asciiHash: hash))
                    || Self.sentenceEnders.contains(tokens[k].text, asciiHash: hash)
            } else {
                endsSentence = false
            }
        }
        var lineStart = 0
        for k in 0...tokens.count {
            if k == tokens.count || (k > lineStart && tokens[k].newlinesBefore > 0) {
                if isHeadline(tokens, lineStart..<k) {
                    for m in lineStart..<k { tokens[m].inHeadline = true }
                }
                lineStart = k
            }
        }
    }

    private func isHeadline(_ tokens: [Token], _ line: Range<Int>) -> Bool {
        var words = 0
        var caps = 0
        var allCaps = 0
        // By index: copying each token would retain and release its two strings. Both headline shapes have no
        // lowercase word but small ones, so the first such word settles a line of prose.
        for k in line where tokens[k].kind == .word {
            words += 1
            if tokens[k].isAllCaps { allCaps += 1 }
            if tokens[k].isCapitalized {
                caps += 1
            } else if tokens[k].isLowercase
                && (tokens[k].text.utf8.count > 5
                    || !Self.minorWords.contains(tokens[k].text, asciiHash: tokens.textHash(at: k)))
            {
                return false
            }
        }
        if words >= 2 && allCaps * 10 >= words * 6 { return true }
        if let last = line.last, tokens[last].text == "." || tokens[last].text == "," { return false }
        return words >= 4 && caps >= 4
    }
}
