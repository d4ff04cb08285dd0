extension Tokenizer {
    /// The marks that end a sentence. `isSentenceEnder` answers for them.
    static let sentenceEnders: WordSet = [".", "!", "?", ":", ";", "…", "|", ">", "•", "·", "—"]
    /// The marks that open a quotation or an aside. `isOpener` answers for them.
    static let openers: WordSet = ["\"", "“", "‘", "'", "(", "[", "«", "-", "–"]

    /// Whether the one-scalar string of `mark` is in `sentenceEnders`, from the scalar's value: every punctuation
    /// token was asked, and a set look-up cost a hash and a comparison of strings. A string equals another when
    /// they are canonically equivalent, so two more scalars count: U+037E (Greek question mark), which is ";", and
    /// U+0387 (Greek ano teleia), which is "·" (a test holds this to the list over every scalar).
    @inline(__always) static func isSentenceEnder(_ mark: UInt32) -> Bool {
        switch mark {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2026, 0x7C, 0x3E, 0x2022, 0xB7, 0x2014, 0x37E, 0x387: return true
        default: return false
        }
    }

    /// Whether the one-scalar string of `mark` is in `openers` (no other scalar is equivalent to one of them).
    @inline(__always) static func isOpener(_ mark: UInt32) -> Bool {
        switch mark {
        case 0x22, 0x201C, 0x2018, 0x27, 0x28, 0x5B, 0xAB, 0x2D, 0x2013: return true
        default: return false
        }
    }
    private static let minorWords: WordSet = [
        "a", "an", "the", "of", "for", "and", "in", "on", "at", "to", "with", "by", "as", "or", "from", "vs", "vs.",
        "is", "are", "be", "but", "nor", "over", "into", "after", "up", "its", "his", "her", "their", "says",
    ]

    /// Marks sentence starts, and the tokens of lines written like headlines (ALL CAPS, or Title Case
    /// with at least four words), where capitalisation is no evidence of a name. `scalars` is the text the tokens
    /// were cut from.
    func markSentencesAndHeadlines(_ tokens: inout [Token], _ scalars: [Unicode.Scalar]) {
        var endsSentence = false
        // Fields read in place: copying each token would retain and release its two strings.
        for k in tokens.indices {
            if tokens[k].newlinesBefore > 0 || k == 0 {
                tokens[k].sentenceStart = true
            } else if endsSentence {
                tokens[k].sentenceStart = true
            }
            if tokens[k].kind == .punctuation {
                // What follows an opening quote at a sentence start starts it too. (A punctuation token is one
                // scalar: its value answers for the word lists, see `isSentenceEnder`.)
                let mark = scalars[tokens[k].start].value
                endsSentence = (tokens[k].sentenceStart && Self.isOpener(mark)) || Self.isSentenceEnder(mark)
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
