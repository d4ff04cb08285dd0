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
    public let text: String
    /// Offset of the first scalar.
    public let start: Int
    /// Offset past the last scalar.
    public let end: Int
    public let kind: Kind
    /// Whether whitespace separates this token from the previous one.
    public let spaceBefore: Bool
    /// Line breaks in the whitespace before this token; a region boundary counts as two.
    public let newlinesBefore: Int
    /// First token of a sentence, of a line, or of a region.
    public var sentenceStart: Bool = false
    /// Index of the region the token lies in (0 when the whole text is one region).
    public let region: Int
    /// The token lies on a line written in capitals or in title case (a headline), where capitals say little.
    public var inHeadline: Bool = false

    /// First scalar is an uppercase letter.
    public let isCapitalized: Bool
    /// Two or more letters and none lowercase ("NASA", "AT&T", "U.S.").
    public let isAllCaps: Bool
    /// First scalar is a lowercase letter.
    public let isLowercase: Bool
    /// An uppercase letter after the first scalar ("eBay", "SoftBank").
    public let hasInnerCapital: Bool
    /// The text for lexicon look-ups: curly apostrophes straightened, an abbreviation's dot dropped
    /// ("Inc." → "Inc"; initialisms such as "U.S." keep theirs).
    public let normalized: String
    /// `normalized`, lowercased.
    public let lower: String
    /// See `Token.lexicalFlags`; also holds `isNameWord` and `isAcronymShaped`.
    let lexicalFlags: UInt8

    /// A token of `text` at `start..<end`; shape and normalized forms are computed once here.
    public init(
        text: String, start: Int, end: Int, kind: Kind, spaceBefore: Bool, newlinesBefore: Int, region: Int
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.newlinesBefore = newlinesBefore
        self.region = region
        var first = true
        var capitalized = false
        var lowercaseFirst = false
        var inner = false
        var letters = 0
        var anyLower = false
        var curly = false
        for c in text.unicodeScalars {
            let upper = Character.isUpperScalar(c)
            let lowerCase = !upper && Character.isLowerScalar(c)
            if upper || lowerCase || (c.value >= 128 && c.properties.isAlphabetic) { letters += 1 }
            if lowerCase { anyLower = true }
            if first {
                capitalized = upper
                lowercaseFirst = lowerCase
                first = false
            } else if upper {
                inner = true
            }
            if c == "\u{2019}" { curly = true }
        }
        let isWord = kind == .word
        isCapitalized = isWord && capitalized
        isLowercase = isWord && lowercaseFirst
        isAllCaps = isWord && !anyLower && letters >= 2
        hasInnerCapital = inner
        var n = curly ? String(text.map { $0 == "\u{2019}" ? "'" : $0 }) : text
        if Self.endsInItsOnlyDot(n) { n.removeLast() }
        normalized = n
        let lower = Self.isLowercaseASCII(n) ? n : n.lowercased()
        self.lower = lower
        lexicalFlags =
            Self.lexicalFlags(
                kind: kind, text: text, lower: lower, capitalized: isWord && capitalized,
                allCaps: isWord && !anyLower && letters >= 2)
            | (Self.isNameWord(kind: kind, text: text, capitalized: isWord && capitalized, innerCapital: inner)
                ? Self.nameWordFlag : 0)
            | (Self.isAcronymShaped(kind: kind, text: text, allCaps: isWord && !anyLower && letters >= 2)
                ? Self.acronymShapeFlag : 0)
    }
}

extension Token {
    /// Runs `body` over the UTF-8 bytes of `s`, borrowed when the string lends them (native and small strings).
    @inline(__always) static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = s.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// More than two bytes, the last a dot and no other dot ("Inc.", not "U.S." or ".").
    static func endsInItsOnlyDot(_ s: String) -> Bool {
        withBytes(s) { b in
            guard b.count > 2, b[b.count - 1] == UInt8(ascii: ".") else { return false }
            for k in 0..<(b.count - 1) where b[k] == UInt8(ascii: ".") { return false }
            return true
        }
    }

    /// No byte outside ASCII and no ASCII capital: the string is its own lowercase.
    static func isLowercaseASCII(_ s: String) -> Bool {
        withBytes(s) { b in
            for byte in b where byte >= 0x80 || (byte >= 65 && byte <= 90) { return false }
            return true
        }
    }
}

extension Character {
    /// Uppercase letter, with an ASCII fast path.
    static func isUpperScalar(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
    }

    /// Lowercase letter, with an ASCII fast path.
    static func isLowerScalar(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value >= 97 && c.value <= 122) : c.properties.isLowercase
    }
}
