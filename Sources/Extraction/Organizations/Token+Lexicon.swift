extension Token {
    /// Could be part of a name: a capitalised word, a word with inner capitals ("eBay"), or a number
    /// with letters ("3M", "49ers").
    var isNameWord: Bool { lexicalFlags & Self.nameWordFlag != 0 }

    /// `isNameWord` worked out from the token's fields, once in `Token.init`: it is asked of almost every token
    /// many times over, and a number's answer walks its scalars.
    static func isNameWord(kind: Kind, text: String, capitalized: Bool, innerCapital: Bool) -> Bool {
        switch kind {
        case .word:
            if capitalized { return text != "I" }
            return innerCapital
        case .number:
            return innerCapital || text.unicodeScalars.contains { Tokenizer.isAlnum($0) && !Tokenizer.isDigit($0) }
        default:
            return false
        }
    }

    /// A lowercase word allowed inside a name ("of", "for", "&", "de"), or "the" after one of them.
    var isConnector: Bool { lexicalFlags & Self.connectorFlag != 0 }

    /// An organization head word ("Council", "Agency") or a legal suffix ("Inc.").
    var isHead: Bool { lexicalFlags & Self.headFlag != 0 }

    var isLegalSuffix: Bool { lexicalFlags & Self.legalSuffixFlag != 0 }

    var isTitle: Bool { lexicalFlags & Self.titleFlag != 0 }

    static let connectorFlag: UInt8 = 1
    static let headFlag: UInt8 = 2
    static let legalSuffixFlag: UInt8 = 4
    static let titleFlag: UInt8 = 8
    static let nameWordFlag: UInt8 = 16
    static let acronymShapeFlag: UInt8 = 32
    /// `text` is byte for byte `lower`, so that `lowerHash` is its hash too (an ASCII token knows it without
    /// comparing: no capital and no dropped dot).
    static let textIsLowerFlag: UInt8 = 64
    /// The text holds a "-" (so does `lower`: no letter lowercases to or from one).
    static let hyphenFlag: UInt8 = 128

    /// See `hyphenFlag`: asked of many words ("Oakland-based", "Post-Gazette", datelines, scores), few of which
    /// hold one, and a search of the string's bytes cost more than the answer.
    var containsHyphen: Bool { lexicalFlags & Self.hyphenFlag != 0 }

    /// `WordSet.asciiHash(text)`, taken from `lowerHash` when the text is its own lowercase form: the rules ask
    /// word lists about punctuation and short words by their text. (For a token of an array, `textHash(at:)`.)
    var textHash: UInt64? { lexicalFlags & Self.textIsLowerFlag != 0 ? lowerHash : WordSet.asciiHash(text) }

    /// `isConnector`, `isHead`, `isLegalSuffix` and `isTitle` as bits, worked out once per token: the scanner and
    /// the resolver ask them again and again of the same tokens, and each answer costs set look-ups of a string.
    /// `lowerHash` is `WordSet.asciiHash(lower)`, hashed once for all the look-ups of `lower`; `textIsLower` is
    /// `text == lower`, which an ASCII token knows from its counts without comparing the strings.
    static func lexicalFlags(
        kind: Kind, text: String, lower: String, lowerHash: UInt64?, textIsLower: Bool, capitalized: Bool,
        allCaps: Bool, hyphen: Bool, cues: CueLists
    ) -> UInt8 {
        var flags: UInt8 = 0
        // A lowercase word spelled as its own lowercase form ("the", "chairman") is a connector or a title only if
        // it is in their union: one look-up instead of two for most words.
        if kind == .word && !capitalized && !allCaps && textIsLower
            && !cues.lowercaseCueWords.contains(lower, asciiHash: lowerHash)
        {
            return flags
        }
        // Every connector is written in lowercase, so a word starting with a capital is none; skipping the look-up
        // saves one per name word. ("&" equals only itself: the byte count spares most tokens the comparison.)
        if kind == .word && !capitalized || (text.utf8.count == 1 && text == "&") {
            let textHash = textIsLower ? lowerHash : WordSet.asciiHash(text)
            if cues.connectors.contains(text, asciiHash: textHash) { flags |= connectorFlag }
        }
        guard kind == .word else { return flags }
        guard capitalized || allCaps else {
            if cues.titles.contains(lower, asciiHash: lowerHash) { flags |= titleFlag }
            return flags
        }
        // Most capitalised words are in none of the three lists: one look-up in their union answers for all three.
        if cues.cueWords.contains(lower, asciiHash: lowerHash) {
            if cues.titles.contains(lower, asciiHash: lowerHash) { flags |= titleFlag }
        } else if !hyphen {
            return flags
        }
        let legal = cues.legalSuffixes.contains(lower, asciiHash: lowerHash)
        if legal { flags |= legalSuffixFlag }
        if legal || cues.heads.contains(lower, asciiHash: lowerHash) {
            flags |= headFlag
        } else if hyphen, let dash = lower.lastIndex(of: "-") {
            // "Post-Gazette": the last part of a hyphenated word decides.
            if cues.heads.contains(String(lower[lower.index(after: dash)...])) { flags |= headFlag }
        }
        return flags
    }

    /// `lexicalFlags` of a token of `PackedASCII` (ASCII, at most `PackedASCII.capacity` bytes: nearly every one),
    /// asking the word lists by the packed text and lowercase form (`WordSet.contains(packed:asciiHash:)`): the same
    /// look-ups in the same order, without handing the token's two strings to a call (a retain and a release
    /// each, per token). `lowerHash` is `packedLower.asciiHash`.
    @inline(__always) static func lexicalFlags(
        kind: Kind, packedText text: PackedASCII, packedLower lower: PackedASCII, lowerHash: UInt64,
        textIsLower: Bool, capitalized: Bool, allCaps: Bool, hyphen: Bool, cues: CueLists, stringsInPlace: Bool
    ) -> UInt8 {
        var flags: UInt8 = 0
        if kind == .word && !capitalized && !allCaps && textIsLower
            && !cues.lowercaseCueWords.contains(packed: lower, asciiHash: lowerHash)
        {
            return flags
        }
        // `text == "&"`: one byte, and that byte "&".
        if kind == .word && !capitalized || (text.count == 1 && text.byte(0) == UInt8(ascii: "&")) {
            let textHash = textIsLower ? lowerHash : text.asciiHash
            if cues.connectors.contains(packed: text, asciiHash: textHash) { flags |= connectorFlag }
        }
        guard kind == .word else { return flags }
        guard capitalized || allCaps else {
            if cues.titles.contains(packed: lower, asciiHash: lowerHash) { flags |= titleFlag }
            return flags
        }
        if cues.cueWords.contains(packed: lower, asciiHash: lowerHash) {
            if cues.titles.contains(packed: lower, asciiHash: lowerHash) { flags |= titleFlag }
        } else if !hyphen {
            return flags
        }
        let legal = cues.legalSuffixes.contains(packed: lower, asciiHash: lowerHash)
        if legal { flags |= legalSuffixFlag }
        if legal || cues.heads.contains(packed: lower, asciiHash: lowerHash) {
            flags |= headFlag
        } else if hyphen {
            // "Post-Gazette": the last part decides, as in the general code (rare: asked as a string).
            let l = lower.string(inPlace: stringsInPlace)
            if let dash = l.lastIndex(of: "-"), cues.heads.contains(String(l[l.index(after: dash)...])) {
                flags |= headFlag
            }
        }
        return flags
    }

    /// The word lists `lexicalFlags` asks, in one value: reading a static list costs a `swift_once` call, several
    /// per token, so the tokenizer reads this value once per text and hands it to every token.
    struct CueLists: Sendable {
        /// Connectors and titles in one set, so that a lowercase word in neither costs one look-up.
        let lowercaseCueWords: WordSet
        let connectors: WordSet
        let titles: WordSet
        /// Titles, legal suffixes and head words in one set, so that a word in none of them costs one look-up.
        let cueWords: WordSet
        let legalSuffixes: WordSet
        let heads: WordSet

        static let shared = CueLists(
            lowercaseCueWords: WordSet(OrganizationCues.connectors.words.union(ExclusionLexicon.titles.words)),
            connectors: OrganizationCues.connectors, titles: ExclusionLexicon.titles,
            cueWords: WordSet(
                ExclusionLexicon.titles.words.union(OrganizationCues.legalSuffixes.words).union(
                    OrganizationCues.heads.words)),
            legalSuffixes: OrganizationCues.legalSuffixes, heads: OrganizationCues.heads)
    }

    /// An acronym candidate: 2–6 capitals, maybe with digits, "&" or dots ("CIIE", "AT&T", "U.N.").
    var isAcronymShaped: Bool { lexicalFlags & Self.acronymShapeFlag != 0 }

    /// `isAcronymShaped` worked out from the token's fields, once in `Token.init`: initials are looked for at
    /// every token of an article, and the answer walks the token's scalars.
    static func isAcronymShaped(kind: Kind, text: String, allCaps: Bool) -> Bool {
        guard kind == .word || kind == .number, allCaps else { return false }
        var letters = 0
        for s in text.unicodeScalars where Tokenizer.isAlnum(s) && !Tokenizer.isDigit(s) { letters += 1 }
        return letters >= 2 && letters <= 6 && text.unicodeScalars.count <= 9
    }
}

extension Token {
    /// `text.contains(character)` (Foundation's search) for a text already known to hold the one ASCII byte of
    /// `character`: in ASCII text every byte is a character of its own, so the search is needed only beyond ASCII.
    static func holds(_ text: String, _ character: String) -> Bool {
        withBytes(text) { b in !b.contains(where: { $0 >= 0x80 }) } || text.contains(character)
    }
}

extension Token {
    /// `lower == "the"`, asked of many words: an unequal `String ==` is a call into the runtime, and a byte count
    /// settles nearly every word first. Only "the" itself is canonically equivalent to "the" (no scalar of it has
    /// another spelling), so a different byte count means a different string.
    var lowerIsThe: Bool { lower.utf8.count == 3 && lower == "the" }

    /// `text == String(mark)` for an ASCII mark that is equal only to itself (any but ";", "`" and "K", which
    /// U+037E, U+1FEF and U+212A equal), answered from the bytes.
    func isMark(_ mark: UInt8) -> Bool { text.utf8.count == 1 && text.utf8.first == mark }
}

extension Array where Element == Token {
    /// `self[k].textHash` read in place: the property of `self[k]` copies the token, retaining its two strings.
    @inline(__always) func textHash(at k: Int) -> UInt64? {
        self[k].lexicalFlags & Token.textIsLowerFlag != 0 ? self[k].lowerHash : WordSet.asciiHash(self[k].text)
    }
}
