/// Cheap character classes on Unicode scalars, so the hot path never builds `Character`s.
enum ScalarClass {
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        // ASCII first: one comparison instead of the chain of ranges below for most scalars.
        if s.value < 0x80 { return s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0C && s.value != 0x0A) }
        switch s.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always)
    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x0A || s.value == 0x0D || s.value == 0x2028 || s.value == 0x2029 || s.value == 0x85
    }

    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool { isSpace(s) || isNewline(s) }

    @inline(__always)
    static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Letters of any script (and combining marks), as a word character.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIILetter(s) }
        if s.value < tableEnd { return lowScalarClasses[Int(s.value)] & 1 != 0 }
        return propertiesSayLetter(s)
    }

    /// `isLetter` from the Unicode properties (alphabetic, or a combining mark).
    static func propertiesSayLetter(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    /// The scalars below this have their classes in `lowScalarClasses`: Latin, Greek, Cyrillic and the other
    /// alphabets up to the general punctuation (curly quotes, dashes) and currency signs news text is full of.
    static let tableEnd: UInt32 = 0x2100

    /// For each scalar value below `tableEnd`: bit 1 `propertiesSayLetter`, bit 2 `properties.isUppercase`, bit 4
    /// `properties.lowercaseMapping` is the scalar itself. Built from those very properties, so a look-up gives
    /// their answers without asking Unicode's tables each time.
    static let lowScalarClasses: [UInt8] = (0..<tableEnd).map { v in
        guard let s = Unicode.Scalar(v) else { return 0 }
        let lowersToItself = s.properties.lowercaseMapping.unicodeScalars.elementsEqual(CollectionOfOne(s))
        return (propertiesSayLetter(s) ? 1 : 0) | (s.properties.isUppercase ? 2 : 0) | (lowersToItself ? 4 : 0)
    }

    /// Whether `s.properties.lowercaseMapping` is `s` alone: below `tableEnd` read from `lowScalarClasses` (most
    /// scalars of Latin, Greek and Cyrillic text are lowercase letters, whose mapping costs a String each to ask
    /// for), above it true of the caseless blocks (`isCaseless`) and asked of the mapping otherwise.
    @inline(__always)
    static func lowersToItself(_ s: Unicode.Scalar) -> Bool {
        if s.value < tableEnd { return lowScalarClasses[Int(s.value)] & 4 != 0 }
        return isCaseless(s)
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || isLetter(s) || s.value == 0x5F
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        if s.value < tableEnd { return lowScalarClasses[Int(s.value)] & 2 != 0 }
        return s.properties.isUppercase
    }

    /// Scripts written without spaces between words: each scalar counts as a word.
    @inline(__always)
    static func isIdeographic(_ s: Unicode.Scalar) -> Bool {
        // Below the first range: one comparison rules out ASCII and the alphabets.
        if s.value < 0x3040 { return false }
        switch s.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF: return true
        default: return false
        }
    }

    /// Marks that commonly open a list item or a menu entry in rendered text.
    @inline(__always)
    static func isBulletMarker(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0xB7 { return false }
        switch s.value {
        case 0x2022, 0x25A1, 0x2606, 0x25E6, 0x25CB, 0x25AA, 0x25A0, 0x25CF, 0x25B6, 0x25BA, 0x2023, 0x2043, 0x00B7,
            0x2219, 0x2605, 0x25C6, 0x25C7:
            return true
        default: return false
        }
    }

    /// Sentence-final punctuation, including closing quotes after it.
    @inline(__always)
    static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F, 0x2026: return true
        default: return false
        }
    }

    @inline(__always)
    static func isClosingQuote(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x29, 0x201D, 0x2019, 0xBB, 0x300D, 0x300F: return true
        default: return false
        }
    }

    /// Lowercases a word for stopword lookup (ASCII fast path: the bytes written straight into the String).
    static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.allSatisfy({ $0.value < 0x80 }) {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                var k = 0
                for s in scalars {
                    let v = UInt8(truncatingIfNeeded: s.value)
                    buffer[k] = v >= 0x41 && v <= 0x5A ? v + 32 : v
                    k += 1
                }
                return k
            }
        }
        // `String.lowercased()` of these scalars is each one's `lowercaseMapping` in turn (see `lowercased(_:)` of a
        // String), written here as bytes: a String built scalar by scalar and lowered cost about 5,000 instructions
        // a word ("don’t", "über").
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count * 4)
        for s in scalars { appendLowered(s, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 of `s.properties.lowercaseMapping` to `out`, without asking for the mapping (a String) of
    /// ASCII and caseless scalars.
    @inline(__always)
    static func appendLowered(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        let v = s.value
        if v < 0x80 {
            out.append(UInt8(truncatingIfNeeded: v >= 0x41 && v <= 0x5A ? v + 32 : v))
        } else if lowersToItself(s) {
            UTF8.encode(s) { out.append($0) }
        } else {
            out.append(contentsOf: s.properties.lowercaseMapping.utf8)
        }
    }

    /// `text.lowercased()`, which is each scalar's `lowercaseMapping` in turn: ASCII and the scalars of blocks
    /// without case (general punctuation, currency signs, CJK, kana, hangul) are copied without asking for their
    /// mapping, which costs a String each.
    static func lowercased(_ text: String) -> String {
        if let ascii = asciiLowercased(text) { return ascii }
        if let lowered = lowercasedKeepingBytes(text) { return lowered }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        forEachScalar(in: text) { s in appendLowered(s, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `lowercased(text)` for an ASCII text, written straight into the String's storage (no byte array between);
    /// nil when the text holds a byte outside ASCII.
    @inline(__always)
    static func asciiLowercased(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var all: UInt8 = 0
            for byte in bytes { all |= byte }
            guard all < 0x80 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for k in 0..<bytes.count {
                    let b = bytes[k]
                    buffer[k] = b &- 0x41 < 26 ? b + 32 : b
                }
                return bytes.count
            }
        }
    }

    /// `lowercased(text)` for a text whose scalars outside ASCII all lower to themselves (`lowersToItself`: curly
    /// quotes, dashes, lowercase letters), written straight into the String's storage: each such scalar is then
    /// copied as its own bytes, and an ASCII capital moves by 32, so the text's bytes lowered in place are the
    /// lowered text. Nil when a scalar outside ASCII changes ("É", "Σ"). Appending byte by byte cost about ten
    /// times as much on news text, whose curly quotes and dashes kept it off the ASCII path.
    static func lowercasedKeepingBytes(_ text: String) -> String? {
        var keeps = true
        forEachScalar(in: text) { s in
            if s.value >= 0x80 && !lowersToItself(s) { keeps = false }
        }
        guard keeps else { return nil }
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for k in 0..<bytes.count {
                    let b = bytes[k]
                    buffer[k] = b &- 0x41 < 26 ? b + 32 : b
                }
                return bytes.count
            }
        }
    }

    /// Blocks whose scalars have no case mapping (checked scalar by scalar in the tests).
    @inline(__always)
    static func isCaseless(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x2000 { return false }
        switch s.value {
        // Arrows, box drawing, blocks, geometric shapes, symbols and dingbats: the bullets ("□", "☆", "►") of
        // copied menus and lists.
        case 0x2000...0x206F, 0x20A0...0x20CF, 0x2190...0x21FF, 0x2500...0x27BF, 0x3000...0x30FF, 0x4E00...0x9FFF,
            0xAC00...0xD7A3:
            return true
        default: return false
        }
    }

    /// A String of `scalars`: `String(String.UnicodeScalarView(scalars))`, written straight into UTF-8 storage of
    /// exactly its size: a string of up to 15 bytes (most words) is then stored inline, with no allocation and no
    /// reference counting, where a larger capacity would allocate storage even for a short word.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var size = 0
        for s in scalars { size += UTF8.width(s) }
        return String(unsafeUninitializedCapacity: size) { buffer in
            var k = 0
            for s in scalars {
                if s.value < 0x80 {
                    buffer[k] = UInt8(truncatingIfNeeded: s.value)
                    k += 1
                } else {
                    UTF8.encode(s) { byte in
                        buffer[k] = byte
                        k += 1
                    }
                }
            }
            return k
        }
    }

    /// `string(_:)` of a whole array.
    static func string(_ scalars: [Unicode.Scalar]) -> String { string(scalars[...]) }

    /// `text.unicodeScalars.count`, counted on the UTF-8 bytes: every scalar has exactly one byte that is not a
    /// continuation byte (10xxxxxx).
    static func count(of text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// `String(text.unicodeScalars.prefix(count))`, cut on the UTF-8 bytes: a scalar opens at each byte that is
    /// not a continuation byte (0b10xxxxxx), so the prefix ends where the scalar after the first `count` opens.
    static func prefix(_ text: String, scalars count: Int) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var opened = 0
            var end = bytes.count
            for k in bytes.indices where bytes[k] & 0xC0 != 0x80 {
                if opened == count {
                    end = k
                    break
                }
                opened += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        }
    }

    /// The scalars of `text`: `Array(text.unicodeScalars)`, decoded straight from the UTF-8 in one pass, eight
    /// ASCII bytes at a time (`ScalarText.scalars(of:)`, the tagger's decoder).
    static func scalars(of text: String) -> [Unicode.Scalar] { ScalarText.scalars(of: text) }

    /// Calls `body` with each scalar of `text` in order, decoded from its UTF-8 bytes: what iterating
    /// `text.unicodeScalars` gives, without the index arithmetic of the String view. A Swift String always holds
    /// valid UTF-8, so the bytes need no checking.
    @inline(__always)
    static func forEachScalar(in text: String, _ body: (Unicode.Scalar) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    body(Unicode.Scalar(UInt8(b0)))
                    i += 1
                } else if b0 < 0xE0 {
                    body(Unicode.Scalar((b0 & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F)!)
                    i += 2
                } else if b0 < 0xF0 {
                    let value = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F
                    body(Unicode.Scalar(value)!)
                    i += 3
                } else {
                    let value =
                        (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6
                        | UInt32(bytes[i + 3]) & 0x3F
                    body(Unicode.Scalar(value)!)
                    i += 4
                }
            }
        }
    }
}
