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

    // The stored fields are ordered widest first and the small counts kept in 32 bits, so that a token takes 96
    // bytes instead of 144: the rules walk the token array many times over, and each walk reads a third fewer
    // cache lines. The strings come first; `normalized`, nearly always the text itself, is not stored (see
    // `normalized`), which also spares a release per token when the array is freed.

    /// The token's text exactly as in the input (curly apostrophes kept).
    public let text: String
    /// `normalized`, lowercased.
    public let lower: String
    /// Offset of the first scalar.
    public let start: Int
    /// Offset past the last scalar.
    public let end: Int
    /// `WordSet.asciiHash(lower)`, worked out once: the rules ask many word lists about `lower`, and each would
    /// otherwise hash it again (`WordSet.contains(_:asciiHash:)`).
    let lowerHash: UInt64?
    /// `newlinesBefore`, stored in 32 bits (clamped: every rule only asks whether it is 0, 1 or more).
    private let storedNewlinesBefore: Int32
    /// `WordSet.asciiHash(normalized)`, worked out once: the gazetteer and the article's own names are looked up by
    /// `normalized` at nearly every name word, several times over.
    let normalizedHash: UInt64?
    /// `region`, stored in 32 bits (a text has far fewer regions than that).
    private let storedRegion: Int32
    public let kind: Kind
    /// Whether whitespace separates this token from the previous one.
    public let spaceBefore: Bool
    /// First token of a sentence, of a line, or of a region.
    public var sentenceStart: Bool = false
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
    /// See `Token.lexicalFlags`; also holds `isNameWord` and `isAcronymShaped`.
    let lexicalFlags: UInt8
    /// `normalized` is not `text` (a curly apostrophe or a dropped dot): only then is it worked out again.
    private let normalizedDiffers: Bool

    /// `Int32(clamping:)`, written out: the generic initializer was a call at every token the tokenizer made.
    @inline(__always) static func clamped(_ count: Int) -> Int32 {
        Int32(truncatingIfNeeded: Swift.min(Swift.max(count, Int(Int32.min)), Int(Int32.max)))
    }

    /// Line breaks in the whitespace before this token; a region boundary counts as two.
    public var newlinesBefore: Int { Int(storedNewlinesBefore) }
    /// Index of the region the token lies in (0 when the whole text is one region).
    public var region: Int { Int(storedRegion) }

    /// The text for lexicon look-ups: curly apostrophes straightened, an abbreviation's dot dropped
    /// ("Inc." → "Inc"; initialisms such as "U.S." keep theirs). Worked out from `text` on demand for the few
    /// tokens where the two differ.
    public var normalized: String { normalizedDiffers ? Self.normalizedForm(text) : text }

    /// `text` with curly apostrophes straightened and an abbreviation's only dot dropped.
    static func normalizedForm(_ text: String) -> String {
        var n = text.unicodeScalars.contains("\u{2019}") ? String(text.map { $0 == "\u{2019}" ? "'" : $0 }) : text
        if Self.endsInItsOnlyDot(n) { n.removeLast() }
        return n
    }

    /// A token of `text` at `start..<end`; shape and normalized forms are computed once here.
    public init(
        text: String, start: Int, end: Int, kind: Kind, spaceBefore: Bool, newlinesBefore: Int, region: Int
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.spaceBefore = spaceBefore
        storedNewlinesBefore = Self.clamped(newlinesBefore)
        storedRegion = Int32(region)
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
            // (no letter in General Punctuation, see `Tokenizer.isGeneralPunctuation`)
            if upper || lowerCase
                || (c.value >= 128 && !Tokenizer.isGeneralPunctuation(c) && c.properties.isAlphabetic)
            {
                letters += 1
            }
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
        normalizedDiffers = curly || n.utf8.count != text.utf8.count
        let lower = Self.isLowercaseASCII(n) ? n : n.lowercased()
        self.lower = lower
        let lowerHash = WordSet.asciiHash(lower)
        self.lowerHash = lowerHash
        // Rare (non-ASCII) tokens hash `normalized` on its own.
        normalizedHash = WordSet.asciiHash(n)
        lexicalFlags =
            Self.lexicalFlags(
                kind: kind, text: text, lower: lower, lowerHash: lowerHash, textIsLower: text == lower,
                capitalized: isWord && capitalized, allCaps: isWord && !anyLower && letters >= 2,
                hyphen: lower.utf8.contains(UInt8(ascii: "-")), cues: .shared)
            | (text.utf8.contains(UInt8(ascii: "-")) ? Self.hyphenFlag : 0)
            | (text.utf8.elementsEqual(lower.utf8) ? Self.textIsLowerFlag : 0)
            | (Self.isNameWord(kind: kind, text: text, capitalized: isWord && capitalized, innerCapital: inner)
                ? Self.nameWordFlag : 0)
            | (Self.isAcronymShaped(kind: kind, text: text, allCaps: isWord && !anyLower && letters >= 2)
                ? Self.acronymShapeFlag : 0)
    }
}

extension Token {
    /// The token of `scalars[start..<end]`, as `init(text:…)` makes it from that text. A token of ASCII (nearly every
    /// one) has its shape and forms worked out in one pass over the scalars and its strings written at their exact
    /// size, so that short words are stored inline; any other token goes through `init(text:…)`. The tokenizer passes
    /// `cues`, read once per text (see `CueLists`).
    static func of(
        _ s: [Unicode.Scalar], start: Int, end: Int, kind: Kind, spaceBefore: Bool, newlinesBefore: Int, region: Int,
        cues: CueLists = .shared, stringsInPlace: Bool = PackedASCII.stringsInPlace
    ) -> Token {
        s.withUnsafeBufferPointer { buffer in
            of(
                s, buffer, start: start, end: end, kind: kind, spaceBefore: spaceBefore, newlinesBefore: newlinesBefore,
                region: region, cues: cues, stringsInPlace: stringsInPlace)
        }
    }

    /// `of(_:start:…)` with the tokenizer's buffer pointer over `s`, which the packing reads without a bounds check
    /// per scalar.
    @inline(__always) static func of(
        _ s: [Unicode.Scalar], _ buffer: UnsafeBufferPointer<Unicode.Scalar>, start: Int, end: Int, kind: Kind,
        spaceBefore: Bool, newlinesBefore: Int, region: Int, cues: CueLists, stringsInPlace: Bool
    ) -> Token {
        if let packed = PackedASCII(buffer, start: start, end: end) {
            return Token(
                packed: packed, start: start, end: end, kind: kind, spaceBefore: spaceBefore,
                newlinesBefore: newlinesBefore, region: region, cues: cues, stringsInPlace: stringsInPlace)
        }
        var ascii = end > start
        for k in start..<end where s[k].value >= 0x80 {
            ascii = false
            break
        }
        guard ascii else {
            if kind == .punctuation && end == start + 1 {
                return Token(
                    markBeyondASCII: s[start], start: start, spaceBefore: spaceBefore, newlinesBefore: newlinesBefore,
                    region: region)
            }
            return Token(
                text: Tokenizer.string(s, start..<end), start: start, end: end, kind: kind, spaceBefore: spaceBefore,
                newlinesBefore: newlinesBefore, region: region)
        }
        return Token(
            ascii: s, start: start, end: end, kind: kind, spaceBefore: spaceBefore, newlinesBefore: newlinesBefore,
            region: region, cues: cues)
    }

    /// `init(ascii:…)` for a text of at most 15 bytes (nearly every token), counted a word at a time: one pass
    /// over the scalars packs them (`PackedASCII`), and the counts, forms and hashes come from the packed words.
    // Inlined into the tokenizer's loop, as `init(ascii:…)` was: called, it copied `cues` (two dozen retains and
    // releases per token).
    @inline(__always) init(
        packed word: PackedASCII, start: Int, end: Int, kind: Kind, spaceBefore: Bool, newlinesBefore: Int,
        region: Int, cues: CueLists, stringsInPlace: Bool
    ) {
        let count = word.count
        let capitals = word.bytes(from: 65, through: 90)
        let uppers = capitals.low.nonzeroBitCount + capitals.high.nonzeroBitCount
        // A capital after the first byte: any marker but byte 0's (bit 7).
        let inner = capitals.low & ~0x80 != 0 || capitals.high != 0
        let letters = uppers + word.count(from: 97, through: 122)
        let dots = word.count(from: 46, through: 46)
        let hyphens = word.count(from: 45, through: 45)
        let first = word.byte(0)
        // `endsInItsOnlyDot`: more than two bytes, the last a dot and no other.
        let dropsDot = count > 2 && word.byte(count - 1) == 46 && dots == 1
        let normalized = dropsDot ? word.prefix(count - 1) : word
        let normalizedHash = normalized.asciiHash
        // `normalized` is its own lowercase form when it has no capital (and without a dropped dot it is the text).
        let packedLower = uppers == 0 ? normalized : normalized.lowercased()
        let lowerHash = uppers == 0 ? normalizedHash : packedLower.asciiHash
        // Each string is made from its own packed form, even when `lower` spells the text: a copy of `text` was
        // retained, a call per token.
        let text = word.string(inPlace: stringsInPlace)
        let lower = packedLower.string(inPlace: stringsInPlace)
        self.init(
            counted: text, lower: lower, lowerHash: lowerHash, normalizedHash: normalizedHash, start: start, end: end,
            kind: kind, spaceBefore: spaceBefore, newlinesBefore: newlinesBefore, region: region, cues: cues,
            first: UInt32(first), count: count, letters: letters, uppers: uppers, hyphens: hyphens, inner: inner,
            dropsDot: dropsDot, packed: (word, packedLower, lowerHash), stringsInPlace: stringsInPlace)
    }

    /// `earlier`'s spelling and everything read from it (forms, hashes, shape, word-list flags: all follow from the
    /// scalars and the kind alone) at another place of the text; the tokenizer's `RepeatedSpellings` hands it the
    /// first token of that spelling. The line and headline marks are set later, for every token alike.
    @inline(__always) init(
        repeating earlier: Token, start: Int, end: Int, spaceBefore: Bool, newlinesBefore: Int, region: Int
    ) {
        text = earlier.text
        lower = earlier.lower
        self.start = start
        self.end = end
        lowerHash = earlier.lowerHash
        storedNewlinesBefore = Self.clamped(newlinesBefore)
        normalizedHash = earlier.normalizedHash
        storedRegion = Int32(region)
        kind = earlier.kind
        self.spaceBefore = spaceBefore
        isCapitalized = earlier.isCapitalized
        isAllCaps = earlier.isAllCaps
        isLowercase = earlier.isLowercase
        hasInnerCapital = earlier.hasInnerCapital
        lexicalFlags = earlier.lexicalFlags
        normalizedDiffers = earlier.normalizedDiffers
    }

    /// The fields of an ASCII token from its forms and counts, shared by `init(packed:…)` and `init(ascii:…)`:
    /// `isNameWord` and `isAcronymShaped` from the counts (in ASCII a letter is A-Z or a-z, and there is one scalar
    /// per byte). Inlined into both, as they are into the tokenizer's loop. `packed` holds the text and `lower` as
    /// `PackedASCII` with `lower`'s hash when the token has them (`init(packed:…)`): the word lists are then asked by
    /// those (`lexicalFlags(kind:packedText:…)`).
    @inline(__always) private init(
        counted text: String, lower: String, lowerHash: UInt64?, normalizedHash: UInt64?, start: Int, end: Int,
        kind: Kind, spaceBefore: Bool, newlinesBefore: Int, region: Int, cues: CueLists, first: UInt32, count: Int,
        letters: Int, uppers: Int, hyphens: Int, inner: Bool, dropsDot: Bool,
        packed: (text: PackedASCII, lower: PackedASCII, lowerHash: UInt64)? = nil, stringsInPlace: Bool = false
    ) {
        let isWord = kind == .word
        let capitalized = isWord && first >= 65 && first <= 90
        let allCaps = isWord && letters == uppers && letters >= 2
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.spaceBefore = spaceBefore
        storedNewlinesBefore = Self.clamped(newlinesBefore)
        storedRegion = Int32(region)
        isCapitalized = capitalized
        isLowercase = isWord && first >= 97 && first <= 122
        isAllCaps = allCaps
        hasInnerCapital = inner
        normalizedDiffers = dropsDot
        self.lower = lower
        let nameWord: Bool
        switch kind {
        // `text != "I"` from the bytes: an unequal string comparison is a call into the runtime.
        case .word: nameWord = capitalized ? count != 1 || first != 73 : inner
        case .number: nameWord = inner || letters > 0
        default: nameWord = false
        }
        let acronymShaped = (isWord || kind == .number) && allCaps && letters <= 6 && count <= 9
        self.lowerHash = lowerHash
        // Without capitals `normalized` is `lower`, and without a dropped dot as well `text` is.
        self.normalizedHash = normalizedHash
        let textIsLower = uppers == 0 && !dropsDot
        let listed =
            if let packed {
                Self.lexicalFlags(
                    kind: kind, packedText: packed.text, packedLower: packed.lower, lowerHash: packed.lowerHash,
                    textIsLower: textIsLower, capitalized: capitalized, allCaps: allCaps, hyphen: hyphens > 0,
                    cues: cues, stringsInPlace: stringsInPlace)
            } else {
                Self.lexicalFlags(
                    kind: kind, text: text, lower: lower, lowerHash: lowerHash, textIsLower: textIsLower,
                    capitalized: capitalized, allCaps: allCaps, hyphen: hyphens > 0, cues: cues)
            }
        lexicalFlags =
            listed
            | (nameWord ? Self.nameWordFlag : 0) | (acronymShaped ? Self.acronymShapeFlag : 0)
            | (textIsLower ? Self.textIsLowerFlag : 0) | (hyphens > 0 ? Self.hyphenFlag : 0)
    }

    /// `init(text:…)` for a punctuation mark beyond ASCII (a curly quote, a dash, a bullet: one scalar that the
    /// tokenizer found to be neither letter nor digit): half the tokens beyond ASCII in the dev pages' text.
    /// `init(text:…)` asks Unicode properties of it and lowercases it, about 6,000 instructions a mark; its answers
    /// follow from the definitions instead. Unicode derives Alphabetic from Uppercase, Lowercase and the other
    /// letter classes, so a scalar that is not alphabetic is neither upper- nor lowercase: the mark counts no letter
    /// and no capital. Only cased letters have a different lowercase form, so the mark is its own, except that "’"
    /// is normalized to "'" first. Its UTF-8 holds no "-" and no ".", every byte being 0x80 or more. Kept out of
    /// the tokenizer's loop, as `init(ascii:…)` is: inlined there, it cost the ASCII tokens of CoNLL dev about 0.5 M
    /// instructions a pass.
    @inline(never) private init(
        markBeyondASCII mark: Unicode.Scalar, start: Int, spaceBefore: Bool, newlinesBefore: Int, region: Int
    ) {
        let text = String(mark)
        let curly = mark == "\u{2019}"
        self.text = text
        self.start = start
        end = start + 1
        kind = .punctuation
        self.spaceBefore = spaceBefore
        storedNewlinesBefore = Self.clamped(newlinesBefore)
        storedRegion = Int32(region)
        isCapitalized = false
        isLowercase = false
        isAllCaps = false
        hasInnerCapital = false
        normalizedDiffers = curly
        lower = curly ? "'" : text
        // beyond ASCII the hash is nil; "'" has one
        lowerHash = WordSet.asciiHash(lower)
        normalizedHash = lowerHash
        // `lexicalFlags(kind: .punctuation, …)` lists nothing; `lower` spells the text unless normalized
        lexicalFlags = curly ? 0 : Self.textIsLowerFlag
    }

    /// `init(text:…)` for a non-empty run of ASCII scalars (those longer than `PackedASCII.capacity`). Kept out of the
    /// tokenizer's loop: few tokens are that long, and inlined there it grew the loop until the token array's
    /// `append` was left a call (about 50 instructions a token).
    @inline(never) private init(
        ascii s: [Unicode.Scalar], start: Int, end: Int, kind: Kind, spaceBefore: Bool, newlinesBefore: Int,
        region: Int, cues: CueLists
    ) {
        let count = end - start
        var uppers = 0
        var letters = 0
        var dots = 0
        var hyphens = 0
        var inner = false
        for k in start..<end {
            let v = s[k].value
            let upper = v >= 65 && v <= 90
            if upper {
                uppers += 1
                if k > start { inner = true }
            }
            if upper || (v >= 97 && v <= 122) { letters += 1 }
            if v == 46 { dots += 1 }
            if v == 45 { hyphens += 1 }
        }
        let first = s[start].value
        let lastIsDot = s[end - 1].value == 46
        // `endsInItsOnlyDot`: more than two bytes, the last a dot and no other.
        let dropsDot = count > 2 && lastIsDot && dots == 1
        let n = dropsDot ? count - 1 : count
        // Each form is hashed from the bytes just written, rather than read back out of the new string.
        var normalizedHash: UInt64? = nil
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count { buffer[k] = UInt8(truncatingIfNeeded: s[start + k].value) }
            normalizedHash = WordSet.asciiHash(bytes: UnsafeBufferPointer(rebasing: buffer[0..<n]))
            return count
        }
        let normalized = dropsDot ? String(text.utf8.dropLast())! : text
        let lower: String
        var lowerHash = normalizedHash
        if uppers == 0 {
            lower = normalized
        } else {
            lower = String(unsafeUninitializedCapacity: n) { buffer in
                for k in 0..<n {
                    let v = s[start + k].value
                    buffer[k] = UInt8(truncatingIfNeeded: v >= 65 && v <= 90 ? v + 32 : v)
                }
                lowerHash = WordSet.asciiHash(bytes: UnsafeBufferPointer(rebasing: buffer[0..<n]))
                return n
            }
        }
        self.init(
            counted: text, lower: lower, lowerHash: lowerHash, normalizedHash: normalizedHash, start: start, end: end,
            kind: kind, spaceBefore: spaceBefore, newlinesBefore: newlinesBefore, region: region, cues: cues,
            first: UInt32(first), count: count, letters: letters, uppers: uppers, hyphens: hyphens, inner: inner,
            dropsDot: dropsDot)
    }

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
    // The ASCII answers inline and the Unicode ones out of line: the tokenizer's `wordEnd` asks these, and with the
    // property look-up inlined it set up the Unicode tables in its prologue at every word.

    /// Uppercase letter, with an ASCII fast path.
    @inline(__always) static func isUpperScalar(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value >= 65 && c.value <= 90) : isUppercaseBeyondASCII(c)
    }

    /// Lowercase letter, with an ASCII fast path.
    @inline(__always) static func isLowerScalar(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value >= 97 && c.value <= 122) : isLowercaseBeyondASCII(c)
    }

    // General Punctuation holds no cased letter (`Tokenizer.isGeneralPunctuation`): a curly apostrophe inside a word
    // ("don’t") was asked both properties whenever its token was made.
    @inline(never) private static func isUppercaseBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        !Tokenizer.isGeneralPunctuation(c) && c.properties.isUppercase
    }

    @inline(never) private static func isLowercaseBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        !Tokenizer.isGeneralPunctuation(c) && c.properties.isLowercase
    }
}
