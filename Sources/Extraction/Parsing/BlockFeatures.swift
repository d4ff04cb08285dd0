/// Counts taken from one block's text that tell article prose from page furniture.
struct BlockFeatures: Sendable {
    var words = 0
    var stopwords = 0
    var capitalised = 0
    var letters = 0
    /// Scalars of scripts written without spaces (CJK), each a word of its own for length purposes.
    var ideographs = 0
    var sentenceEnds = 0
    var endsSentence = false
    /// Menu separators: "|", ">>", "»", "›".
    var separators = 0
    var brackets = 0
    var hasBoilerplatePhrase = false
    var isEndMarker = false
    /// "34 responses to …": the reader comments start here, and the article has ended.
    var opensComments = false
    /// A cookie or consent notice: furniture whatever its length.
    var hasFurniturePhrase = false
    /// `TextMetadataReader.looksLikeCaption(text)`, worked out from the lowered scalars for blocks of fewer than
    /// 60 words (false for longer ones, whose callers do not ask).
    var looksLikeCaption = false
    /// The block's length in scalars (`ScalarClass.count(of:)` of its text), for the body selector.
    var scalarCount = 0
    /// How many of the block's first scalars are ASCII other than ";" and "`" (`scalarCount` when all are): such a
    /// run is its own UTF-8 bytes, and a String of them equals another String only if that one's normalization is
    /// the same bytes (see `BodySelector.KeyGroups`).
    var plainPrefix = 0
    /// The block holds the Kelvin sign (U+212A), the one scalar outside ASCII that lowers into it ("k").
    var hasKelvinSign = false
    /// Every scalar is ASCII other than ";" and "`", or one of the quotes and dashes `isPlainPunctuation` names: the
    /// block's lowered text is a plain key (see `BodySelector.KeyGroups`).
    var hasPlainKey = true

    /// Curly quotes, guillemets, dashes, the ellipsis and "©": none has a canonical decomposition or a case, none
    /// composes with a neighbour, and no other scalar decomposes or lowers into them and ASCII alone (checked over
    /// every scalar in `ParseSpeedRoundTwentyTwoTests`). News text is full of them.
    static func isPlainPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0xAB, 0xBB, 0xA9: return true
        default: return false
        }
    }

    /// The furniture phrases, the caption phrases and the boilerplate phrases in one matcher (bits 1, 2, 4): a
    /// block is scanned once for all three.
    static let phraseLists = PhraseMatcher(lists: [
        ParsingLexicon.furniturePhrases, TextMetadataReader.captionPhrases, ParsingLexicon.boilerplatePhrases,
    ])
    static let endMarkers = Set(ParsingLexicon.endMarkers)
    /// "About Brightwater Labs": the company boilerplate that closes a press release.
    static let aboutPrefixes = ["about ", "über ", "sobre ", "à propos d", "acerca de ", "tentang "].map(
        LineOpening.init)
    /// An end marker opening a longer line ("Related articles from …"), with the longest such line in scalars.
    /// A label with a colon ("Tags: Foldables Kestrel Smartphones Reviews") heads a list of any length.
    static let endMarkerOpenings = ParsingLexicon.endMarkers.map {
        (opening: LineOpening($0 + " "), longest: $0.unicodeScalars.count + ($0.hasSuffix(":") ? 200 : 25))
    }
    /// The bytes an ASCII line must open with for an end marker's opening or an "about" prefix to open it.
    static let endMarkerLeads = LineOpening.asciiLeads(endMarkerOpenings.map(\.opening) + aboutPrefixes)

    /// "tags:", the label of a tag list, as scalar values.
    static let tagsLabel: [UInt32] = "tags:".unicodeScalars.map(\.value)

    /// "34 responses to “…”", "12 Comments".
    static func opensCommentThread(_ head: String) -> Bool {
        let words = LineShortcuts.split(head, at: 0x20, maxSplits: 2)
        guard words.count >= 2, words[0].allSatisfy(\.isNumber) else { return false }
        return ParsingLexicon.commentCountWords.contains(String(words[1]))
    }

    /// "12. joetoronto says:", "Maria sagt:": a reader's comment signed the way comment systems print it. A
    /// pronoun ("He says:") introduces a quotation in the story instead.
    static func signsComment(_ lowered: String) -> Bool {
        guard let ending = ParsingLexicon.commentSignatures.first(where: { lowered.hasSuffix($0) }) else {
            return false
        }
        let name = lowered.dropLast(ending.count).split(separator: " ").filter {
            !$0.allSatisfy { $0.isNumber || $0 == "." }
        }
        guard (1...3).contains(name.count) else { return false }
        return !(name.count == 1 && ParsingLexicon.quotingPronouns.contains(String(name[0])))
    }

    /// ASCII scalars as bits of a pair of words (values 0–63 in the first, 64–127 in the second): letters, and
    /// what continues a word (letters, digits, "_" and "'").
    static let letterBits: (UInt64, UInt64) = (0, 0x07FF_FFFE_07FF_FFFE)
    static let wordOrApostropheBits: (UInt64, UInt64) = (0x03FF_0080_0000_0000, 0x07FF_FFFE_87FF_FFFE)

    /// Whether the ASCII value `v` (below 0x80) is one of `bits`.
    @inline(__always)
    static func asciiBit(_ v: UInt32, _ bits: (UInt64, UInt64)) -> Bool {
        v < 64 ? (bits.0 >> UInt64(v)) & 1 != 0 : (bits.1 >> UInt64(v &- 64)) & 1 != 0
    }

    /// `ArticleParser.countWords` of the block's text: its words and its ideographs, each a word there. The
    /// same rule: a word opens with a word scalar and runs on through word scalars and apostrophes ("'", "’"), and
    /// an ideograph ends it.
    var wordCount: Int { words + ideographs }

    /// Word count with ideographs counted two to a word.
    var length: Int { words + ideographs / 2 }
    var stopwordDensity: Double { words == 0 ? 0 : Double(stopwords) / Double(words) }
    var capitalisedShare: Double { words == 0 ? 0 : Double(capitalised) / Double(words) }

    /// A table of no words, standing in for a missing one.
    static let noWords = PackedWordTable([:])

    /// The stoplist's ASCII words of up to 8 bytes, each packed into an integer (byte k at bits 8k): a word is looked
    /// up by hashing one integer instead of building and hashing a String. Packing is one-to-one for words of
    /// 1...8 non-zero bytes, and an ASCII word equals a stopword exactly when their bytes are equal (no other
    /// scalar is canonically equivalent to a lowercase letter, a digit, "_" or "'"), so the answer is the same.
    static func packedStopwords(_ stoplist: Set<String>) -> PackedWordTable {
        var packed = Set<UInt64>()
        for word in stoplist where word.utf8.count <= 8 && word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0 }) {
            packed.insert(word.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) })
        }
        var table = PackedWordTable(words: packed)
        table.holdsEveryASCIIWord = stoplist.allSatisfy { word in
            !word.utf8.allSatisfy { $0 < 0x80 } || (word.utf8.count <= 8 && !word.utf8.contains(0))
        }
        return table
    }

    init(_ text: String, stopwords stoplist: Set<String>, packed: PackedWordTable? = nil) {
        self.init(scalars: ScalarClass.scalars(of: text), stopwords: stoplist, packed: packed)
    }

    /// The features of a block already decoded (`ScalarClass.scalars(of:)` of its text).
    init(scalars: [Unicode.Scalar], stopwords stoplist: Set<String>, packed: PackedWordTable? = nil) {
        self.init(scalars: scalars, stoplist: stoplist, table: packed ?? Self.noWords, hasPacked: packed != nil)
    }

    /// The counts of a block's scalars, with the stoplist's packed table unwrapped by the caller: where the optional
    /// was in scope, the compiler tested it again in the word loop, copying it (two arrays retained and released)
    /// once a word.
    private init(scalars: [Unicode.Scalar], stoplist: Set<String>, table: PackedWordTable, hasPacked: Bool) {
        let n = scalars.count
        scalarCount = n
        plainPrefix = n
        let packedHoldsEveryASCIIWord = table.holdsEveryASCIIWord
        var i = 0
        var lastNonSpace: Unicode.Scalar? = nil
        var beforeLast: Unicode.Scalar? = nil
        // Whether a scalar outside ASCII is uppercase, noted as each is read (the phrase pass below asks): an
        // ideograph never is (no script written with them has case).
        var upperOutsideASCII = false
        while i < n {
            let s = scalars[i]
            if ScalarClass.isIdeographic(s) {
                if plainPrefix > i { plainPrefix = i }
                hasPlainKey = false
                ideographs += 1
                letters += 1
                i += 1
                beforeLast = lastNonSpace
                lastNonSpace = s
                continue
            }
            if ScalarClass.isWordScalar(s) {
                let start = i
                var hasLetter = false
                // The word lowercased and packed a byte at a time while it stays ASCII and within 8 scalars.
                var key: UInt64 = 0
                var packable = true
                while i < n {
                    let c = scalars[i]
                    let v = c.value
                    // An ASCII scalar is classed by two bit tests (none is ideographic); others as before.
                    if v < 0x80 {
                        guard Self.asciiBit(v, Self.wordOrApostropheBits) else { break }
                        if Self.asciiBit(v, Self.letterBits) { hasLetter = true }
                    } else {
                        guard ScalarClass.isWordScalar(c) || c == "’", !ScalarClass.isIdeographic(c) else { break }
                        if plainPrefix > i { plainPrefix = i }
                        if v == 0x212A { hasKelvinSign = true }
                        if !Self.isPlainPunctuation(v) { hasPlainKey = false }
                        if ScalarClass.isLetter(c) { hasLetter = true }
                        if ScalarClass.isUppercase(c) { upperOutsideASCII = true }
                    }
                    if packable {
                        if v < 0x80 && i - start < 8 {
                            key |= UInt64(v >= 0x41 && v <= 0x5A ? v + 32 : v) << UInt64(8 * (i - start))
                        } else {
                            packable = false
                        }
                    }
                    i += 1
                }
                words += 1
                if hasLetter {
                    letters += i - start
                    if ScalarClass.isUppercase(scalars[start]) { capitalised += 1 }
                    if hasPacked && packable {
                        if table.contains(key) { stopwords += 1 }
                    } else if i - start <= 12,
                        // A longer ASCII word lowers to ASCII, which only an ASCII stopword can equal (no other
                        // scalar is equivalent to a lowercase letter, digit, "_" or "'"), and those are all packed.
                        !(hasPacked && packedHoldsEveryASCIIWord && scalars[start..<i].allSatisfy { $0.value < 0x80 }),
                        stoplist.contains(ScalarClass.lowercased(scalars[start..<i]))
                    {
                        stopwords += 1
                    }
                }
                beforeLast = lastNonSpace
                lastNonSpace = scalars[i - 1]
                continue
            }
            if s.value >= 0x80 || s == ";" || s == "`" {
                if plainPrefix > i { plainPrefix = i }
                if s.value == 0x212A { hasKelvinSign = true }
                if !Self.isPlainPunctuation(s.value) { hasPlainKey = false }
                if s.value >= 0x80 && ScalarClass.isUppercase(s) { upperOutsideASCII = true }
            }
            if ScalarClass.isSentenceEnd(s) {
                let next = i + 1 < n ? scalars[i + 1] : " "
                if ScalarClass.isSpace(next) || ScalarClass.isClosingQuote(next) || s.value >= 0x3000 {
                    sentenceEnds += 1
                }
            }
            switch s {
            case "|", "»", "›": separators += 1
            case ">" where i + 1 < n && scalars[i + 1] == ">": separators += 1
            case "[": brackets += 1
            default: break
            }
            if !ScalarClass.isSpace(s) {
                beforeLast = lastNonSpace
                lastNonSpace = s
            }
            i += 1
        }
        finish(scalars, lastNonSpace: lastNonSpace, beforeLast: beforeLast, upperOutsideASCII: upperOutsideASCII)
    }

    /// What the walk over the words leaves: whether the block ends a sentence, and the phrase and end-marker tests,
    /// given its last two scalars other than spaces and whether a scalar outside ASCII is uppercase.
    mutating func finish(
        _ scalars: [Unicode.Scalar], lastNonSpace: Unicode.Scalar?, beforeLast: Unicode.Scalar?,
        upperOutsideASCII: Bool
    ) {
        if let last = lastNonSpace {
            if ScalarClass.isSentenceEnd(last) {
                endsSentence = true
            } else if ScalarClass.isClosingQuote(last), let b = beforeLast, ScalarClass.isSentenceEnd(b) || b == "," {
                endsSentence = true
            }
        }
        guard length <= 200 else { return }
        // `looksLikeCaption` lowers the text as the phrases are matched: the same scalars.
        let wanted: UInt8 = 1 | (length < 60 ? 2 : 0) | (length <= 40 ? 4 : 0)
        guard length <= 40 else {
            // A paragraph whose only capitals are ASCII is matched on its own scalars, lowered as they are read.
            let lowersASCII = !upperOutsideASCII
            let text = lowersASCII ? scalars : PhraseMatcher.lowered(scalars)
            let matched = Self.phraseLists.matchedLists(text, wanted: wanted, lowersASCII: lowersASCII)
            hasFurniturePhrase = matched & 1 != 0
            looksLikeCaption = matched & 2 != 0
            return
        }
        // A line whose only capitals are ASCII is matched on its own scalars, lowered as they are read (as a
        // paragraph is above), and copied lowered only when a test below reads the copy: lowering it maps each
        // scalar to one, changing only "A" to "Z", so its first scalar and its first five lowered as ASCII are the
        // copy's.
        let lowersASCII = !upperOutsideASCII
        let copied = lowersASCII ? nil : PhraseMatcher.lowered(scalars)
        let matched = Self.phraseLists.matchedLists(copied ?? scalars, wanted: wanted, lowersASCII: lowersASCII)
        hasFurniturePhrase = matched & 1 != 0
        looksLikeCaption = matched & 2 != 0
        hasBoilerplatePhrase = matched & 4 != 0
        // The tests below (a comment count, a tag list, a short line's end marker) ask nothing of other lines. A
        // String of five scalars equals "tags:" only if they are these (none has another canonical equivalent).
        let read = copied ?? scalars
        guard
            (length <= 20 && ScalarClass.isDigit(read.first ?? " ")) || length <= 6
                || (read.count >= 5
                    && (0..<5).allSatisfy { k in
                        let v = read[k].value
                        return (v &- 0x41 < 26 ? v + 32 : v) == Self.tagsLabel[k]
                    })
        else { return }
        if Self.cannotCloseStory(ascii: read) { return }
        // An ASCII line is read on its lowered bytes (`closesStory(ascii:length:)`): the same answers without an
        // array of lowered scalars and a String of them per short line.
        if copied == nil, scalars.allSatisfy({ $0.value < 0x80 }) {
            closesStory(ascii: scalars, length: length)
            return
        }
        var lower = copied ?? Self.loweredASCIICapitals(scalars)
        if length <= 20 && ScalarClass.isDigit(lower.first ?? " ") {
            opensComments = Self.opensCommentThread(ScalarClass.string(lower[...]))
        }
        // "Tags: Bridges Transport Council Roads Infrastructure Lorries": a tag list is an end marker at any length.
        guard length <= 6 || (length <= 40 && ScalarClass.string(lower.prefix(5)) == "tags:") else { return }
        // Every comment signature ends with ":", and only a String ending in the scalar ":" can end in a
        // Character equal to it.
        if lower.last == ":" { opensComments = opensComments || Self.signsComment(ScalarClass.string(lower[...])) }
        while let c = lower.last, c == ":" || c == " " || c == "." { lower.removeLast() }
        let head = ScalarClass.string(lower[...])
        let ascii = lower.allSatisfy { $0.value < 0x80 }
        // Most short lines open with a byte no opening does: then only the whole-line markers are asked.
        let mayOpen = !ascii || Self.endMarkerLeads[Int(head.utf8.first ?? 0)]
        // An ASCII head equals an end marker only if its first byte is one of their leads, as it opens with an
        // opening only then (see `cannotCloseStory`): without it, no test can answer yes.
        isEndMarker =
            mayOpen
            && (Self.isEndMarker(head, ascii: ascii)
                || Self.opensWithEndMarker(head, scalars: lower.count, ascii: ascii, orAbout: length <= 4))
        // "Most Read from Bloomberg": a portal sets the provider's most-read box inside the story it carries, after
        // the lead; it is furniture ("most read" is a boilerplate phrase), and the story goes on after it.
        if isEndMarker && head.hasPrefix("most read from ") { isEndMarker = false }
    }

    /// `PhraseMatcher.lowered(scalars)` of a block without an uppercase scalar outside ASCII (`copied` is nil
    /// only then): that lowering changes only "A" to "Z" there, and this one maps the scalars in one pass without
    /// asking each whether it is uppercase.
    static func loweredASCIICapitals(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.map { s in s.value &- 0x41 < 26 ? Unicode.Scalar(UInt8(truncatingIfNeeded: s.value + 32)) : s }
    }

    /// Whether an ASCII line (`read`, lowered or not) is sure to be no end marker and to open no comment thread,
    /// so that the tests after it in `init` can be skipped without lowering it into a String. They ask only of a
    /// line whose first scalar (lowered) is a digit (a comment count), whose last is ":" (a comment signature),
    /// or of its head, the line lowered and trimmed of trailing ":", " " and ".": a head keeps the line's first
    /// byte unless the line is only those scalars, and an ASCII head equals an end marker or opens with an end
    /// marker's opening or an "about" prefix only if that byte is one of `endMarkerLeads` (see
    /// `LineOpening.asciiLeads`; a marker holding a scalar outside ASCII equals no ASCII head, or sets every lead).
    static func cannotCloseStory(ascii read: [Unicode.Scalar]) -> Bool {
        guard let first = read.first, let last = read.last, last != ":", read.allSatisfy({ $0.value < 0x80 }) else {
            return false
        }
        let v = first.value
        let lead = v &- 0x41 < 26 ? v + 32 : v
        return !(0x30...0x39).contains(lead) && lead != 0x3A && lead != 0x20 && lead != 0x2E
            && !endMarkerLeads[Int(lead)]
    }

    /// `endMarkerOpenings.contains { scalars < $0.longest && $0.opening.opens(head, ascii: ascii) }`, asking an
    /// ASCII line only the openings that may open a line with its first byte; with `orAbout`, or an "about" prefix
    /// opens it. The head's bytes are taken out once for all the openings' byte tests.
    private static func opensWithEndMarker(_ head: String, scalars: Int, ascii: Bool, orAbout: Bool) -> Bool {
        var copy = head
        return copy.withUTF8 { bytes in
            if orAbout, aboutPrefixes.contains(where: { $0.opens(head, bytes: bytes, ascii: ascii) }) { return true }
            guard ascii else {
                return endMarkerOpenings.contains {
                    scalars < $0.longest && $0.opening.opens(head, bytes: bytes, ascii: false)
                }
            }
            return endMarkerOpeningsByLead[Int(bytes.first ?? 0)].contains { k in
                scalars < endMarkerOpenings[k].longest
                    && endMarkerOpenings[k].opening.opens(head, bytes: bytes, ascii: true)
            }
        }
    }

    /// Exactly `endMarkers.contains(head)`; `ascii` says whether every scalar of `head` is ASCII. An ASCII head is
    /// its own normal form, so it equals an ASCII marker only if they have the same bytes, and a marker holding a
    /// scalar beyond ASCII other than U+212A, U+037E and U+1FEF (equivalent to "K", ";" and "`") never: its
    /// decomposition keeps a scalar beyond ASCII. So an ASCII head is compared with the ASCII markers sharing its
    /// first byte, where the Set hashed the whole head (about 750 instructions a short line).
    static func isEndMarker(_ head: String, ascii: Bool) -> Bool {
        guard ascii, foreignEndMarkersEqualNoASCII else { return endMarkers.contains(head) }
        var head = head
        return head.withUTF8 { bytes in
            guard let first = bytes.first else { return endMarkers.contains("") }
            return asciiEndMarkersByLead[Int(first)].contains { $0.elementsEqual(bytes) }
        }
    }

    /// The ASCII `endMarkers` as bytes, by their first byte.
    static let asciiEndMarkersByLead: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for marker in ParsingLexicon.endMarkers where !marker.isEmpty && marker.utf8.allSatisfy({ $0 < 0x80 }) {
            table[Int(marker.utf8.first!)].append(Array(marker.utf8))
        }
        return table
    }()

    /// Whether every marker beyond ASCII holds a scalar that no ASCII String's decomposition holds.
    static let foreignEndMarkersEqualNoASCII = ParsingLexicon.endMarkers.allSatisfy { marker in
        marker.utf8.allSatisfy { $0 < 0x80 }
            || marker.unicodeScalars.contains { $0.value >= 0x80 && ![0x212A, 0x37E, 0x1FEF].contains($0.value) }
    }

    /// For each first byte of an ASCII line (0: an empty line), the end marker openings that may open it.
    static let endMarkerOpeningsByLead = LineOpening.mayOpen(endMarkerOpenings.map(\.opening))
}

/// The opening of a line, tested as `String.hasPrefix` does (whole characters, canonical equivalence), with the
/// answer for an all-ASCII line taken from the bytes where that cannot differ.
struct LineOpening: Sendable {
    let text: String
    /// The opening's bytes, if it is all ASCII and ends in a letter or a space (never inside a "\r\n" pair).
    let asciiBytes: [UInt8]?
    /// The opening holds a scalar outside ASCII other than U+212A, U+037E and U+1FEF (canonically equivalent to
    /// "K", ";" and "`"): its decomposition then holds a non-ASCII scalar, which no ASCII line's can.
    let foreign: Bool
    /// The opening's bytes, if it is all ASCII without "K", ";" or "`" and not empty: no other scalar is then
    /// canonically equivalent to any of its Characters, so a line whose bytes do not start with these is opened
    /// by it nowhere, whatever the line holds.
    let plainBytes: [UInt8]?

    init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        let last = bytes.last ?? 0
        let endsWell = last == 0x20 || (last >= 0x61 && last <= 0x7A)
        asciiBytes = bytes.allSatisfy { $0 < 0x80 } && endsWell ? bytes : nil
        let plain = !bytes.isEmpty && bytes.allSatisfy { $0 < 0x80 && $0 != 0x4B && $0 != 0x3B && $0 != 0x60 }
        plainBytes = plain ? bytes : nil
        foreign = text.unicodeScalars.contains { $0.value >= 0x80 && ![0x212A, 0x37E, 0x1FEF].contains($0.value) }
    }

    /// For each byte, whether an ASCII line opening with it (0: an empty line) may be opened by one of `openings`:
    /// on an ASCII line an opening is either foreign (opens none), compared on its bytes (opens only lines sharing
    /// its first byte) or, lacking bytes, asked of `hasPrefix` (may open any line).
    static func asciiLeads(_ openings: [LineOpening]) -> [Bool] {
        var leads = [Bool](repeating: false, count: 256)
        for opening in openings where !opening.foreign {
            if let first = opening.asciiBytes?.first {
                leads[Int(first)] = true
            } else {
                leads = [Bool](repeating: true, count: 256)
            }
        }
        return leads
    }

    /// For each byte, the indices of `openings` that may open an ASCII line opening with it (0: also an empty
    /// line): every opening `opens` could answer true for on such a line (see `asciiLeads`), and maybe others.
    static func mayOpen(_ openings: [LineOpening]) -> [[Int]] {
        (0..<256).map { lead in
            openings.indices.filter { k in
                let opening = openings[k]
                guard !opening.foreign else { return false }
                guard let first = opening.asciiBytes?.first else { return true }
                return Int(first) == lead
            }
        }
    }

    /// `line.hasPrefix(text)`; `ascii` says whether every scalar of `line` is ASCII.
    func opens(_ line: String, ascii: Bool) -> Bool {
        if ascii {
            if foreign { return false }
            // Its first byte tells most lines apart before the generic comparison.
            if let asciiBytes {
                return (asciiBytes.isEmpty || line.utf8.first == asciiBytes[0]) && line.utf8.starts(with: asciiBytes)
            }
        }
        // A byte miss is final for a plain opening (see `plainBytes`); a byte hit on a line that is not ASCII may
        // still end inside a Character ("by" + U+0301), which `hasPrefix` decides.
        if let plainBytes, line.utf8.first != plainBytes[0] || !line.utf8.starts(with: plainBytes) { return false }
        return line.hasPrefix(text)
    }

    /// `opens(line, ascii:)` with the line's UTF-8 at hand (`bytes`), for a caller asking many openings of one
    /// line: the byte tests compare the buffers, where asking the String's UTF-8 view for its first byte and a
    /// prefix cost about 200 instructions an opening. (Taking the bytes out for a single opening costs more than
    /// it saves, a short String's bytes being copied out of it.)
    func opens(_ line: String, bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> Bool {
        if ascii {
            if foreign { return false }
            if let asciiBytes { return Self.bytes(bytes, open: asciiBytes) }
        }
        // A byte miss is final for a plain opening (see `plainBytes`); a byte hit on a line that is not ASCII may
        // still end inside a Character ("by" + U+0301), which `hasPrefix` decides.
        if let plainBytes, !Self.bytes(bytes, open: plainBytes) { return false }
        return line.hasPrefix(text)
    }

    /// Whether `line` starts with the bytes `opening`.
    @inline(__always)
    private static func bytes(_ line: UnsafeBufferPointer<UInt8>, open opening: [UInt8]) -> Bool {
        guard line.count >= opening.count else { return false }
        for k in opening.indices where line[k] != opening[k] { return false }
        return true
    }
}
