/// Cheap character classes on Unicode scalars, so the hot path never builds `Character`s.
enum ScalarClass {
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
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
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || isLetter(s) || s.value == 0x5F
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase
    }

    /// Scripts written without spaces between words: each scalar counts as a word.
    @inline(__always)
    static func isIdeographic(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF: return true
        default: return false
        }
    }

    /// Marks that commonly open a list item or a menu entry in rendered text.
    @inline(__always)
    static func isBulletMarker(_ s: Unicode.Scalar) -> Bool {
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

    /// Lowercases a word for stopword lookup (ASCII fast path).
    static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        var ascii = true
        for s in scalars where s.value >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            for s in scalars {
                view.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value + 32)! : s)
            }
            return String(view)
        }
        for s in scalars { view.append(s) }
        return String(view).lowercased()
    }
}
