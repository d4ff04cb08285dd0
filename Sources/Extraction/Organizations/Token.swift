/// A word, number or punctuation mark of the analysed text, with its Unicode-scalar offsets.
///
/// Produced by `Tokenizer`; shared by the rule-based finder and, later, the trained tagger.
public struct Token: Sendable, Equatable {
    /// What kind of text the token covers.
    public enum Kind: Sendable, Equatable {
        /// Letters, possibly with digits, inner hyphens, apostrophes, "&" (AT&T) or initialism dots (U.S.).
        case word
        /// Starts with a digit.
        case number
        /// A possessive ending ("'s", "’s", or a lone "'" after a plural), split off its word.
        case possessive
        /// Any other single character.
        case punctuation
    }

    /// The token's text exactly as in the input (curly apostrophes kept).
    public var text: String
    /// Offset of the first scalar.
    public var start: Int
    /// Offset past the last scalar.
    public var end: Int
    public var kind: Kind
    /// Whether whitespace separates this token from the previous one.
    public var spaceBefore: Bool
    /// Line breaks in the whitespace before this token; a region boundary counts as two.
    public var newlinesBefore: Int
    /// First token of a sentence, of a line, or of a region.
    public var sentenceStart: Bool = false
    /// Index of the region the token lies in (0 when the whole text is one region).
    public var region: Int
    /// The token lies on a line written in capitals or in title case (a headline), where capitals say little.
    public var inHeadline: Bool = false

    /// First scalar is an uppercase letter.
    public var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Two or more letters and none lowercase ("NASA", "AT&T", "U.S.").
    public var isAllCaps: Bool {
        guard kind == .word else { return false }
        var letters = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }

    /// First scalar is a lowercase letter.
    public var isLowercase: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }

    /// The text for lexicon look-ups: curly apostrophes straightened, an abbreviation's dot dropped
    /// ("Inc." → "Inc"; initialisms such as "U.S." keep theirs).
    public var normalized: String {
        var s = text.contains("\u{2019}") ? String(text.map { $0 == "\u{2019}" ? "'" : $0 }) : text
        if s.count > 2, s.hasSuffix("."), s.firstIndex(of: ".") == s.index(before: s.endIndex) { s.removeLast() }
        return s
    }
}
