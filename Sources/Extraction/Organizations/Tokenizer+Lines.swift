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
        for k in tokens.indices {
            let t = tokens[k]
            if t.newlinesBefore > 0 || k == 0 {
                tokens[k].sentenceStart = true
            } else if endsSentence {
                tokens[k].sentenceStart = true
            }
            if t.kind == .punctuation {
                // What follows an opening quote at a sentence start starts it too.
                endsSentence =
                    (Self.openers.contains(t.text) && tokens[k].sentenceStart) || Self.sentenceEnders.contains(t.text)
            } else {
                endsSentence = false
            }
        }
        var lineStart = 0
        for k in 0...tokens.count {
            if k == tokens.count || (k > lineStart && tokens[k].newlinesBefore > 0) {
                if isHeadline(tokens[lineStart..<k]) {
                    for m in lineStart..<k { tokens[m].inHeadline = true }
                }
                lineStart = k
            }
        }
    }

    private func isHeadline(_ line: ArraySlice<Token>) -> Bool {
        var words = 0
        var caps = 0
        var allCaps = 0
        var lower = 0
        for t in line where t.kind == .word {
            words += 1
            if t.isAllCaps { allCaps += 1 }
            if t.isCapitalized {
                caps += 1
            } else if t.isLowercase && (t.text.utf8.count > 5 || !Self.minorWords.contains(t.text)) {
                lower += 1
            }
        }
        if words >= 2 && allCaps * 10 >= words * 6 && lower == 0 { return true }
        if let last = line.last, last.text == "." || last.text == "," { return false }
        return words >= 4 && lower == 0 && caps >= 4
    }
}
