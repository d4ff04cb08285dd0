import Foundation

/// Byte-level answers to the Foundation calls the metadata reader makes on every header line, each exactly what
/// the Foundation call returns. They decide on bytes only where that is provably the same answer (ASCII text, or a
/// byte miss for a needle no other scalar is canonically equivalent to) and call Foundation otherwise; see
/// `ByteSearch` for why a byte miss is final for ASCII needles without "K", ";" or "`".
enum LineShortcuts {
    /// Exactly `text.trimmingCharacters(in: .whitespaces)`.
    static func trimmingWhitespace(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        // Foundation trims UTF-16 units from each end; an ASCII end unit other than space or tab stops it at once.
        if first < 0x80, last < 0x80, first != 0x20, first != 0x09, last != 0x20, last != 0x09 { return text }
        // Foundation stops at once when neither end's UTF-16 unit is whitespace: an end scalar within the BMP is
        // its own unit, one beyond it ends in a surrogate, which no set of scalars holds.
        if let head = text.unicodeScalars.first, let tail = text.unicodeScalars.last,
            !Self.isTrimmedWhitespace(head), !Self.isTrimmedWhitespace(tail)
        {
            return text
        }
        guard ByteSearch.isASCII(text) else { return text.trimmingCharacters(in: .whitespaces) }
        // On ASCII text the whitespace set is space and tab.
        let bytes = Array(utf8)
        var lo = 0
        var hi = bytes.count
        while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// Whether Foundation's whitespace trimming removes this end scalar (only a BMP one can be removed).
    private static func isTrimmedWhitespace(_ s: Unicode.Scalar) -> Bool {
        s.value <= 0xFFFF && CharacterSet.whitespaces.contains(s)
    }

    /// Exactly `text.trimmingCharacters(in: set)` where `asciiMembers` says, for each ASCII byte, whether `set`
    /// holds it: on ASCII text trimming is a byte trim.
    static func trimming<S: StringProtocol>(_ text: S, _ set: CharacterSet, asciiMembers: [Bool]) -> String {
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        guard ascii else { return text.trimmingCharacters(in: set) }
        let bytes = Array(text.utf8)
        var lo = 0
        var hi = bytes.count
        while lo < hi && asciiMembers[Int(bytes[lo])] { lo += 1 }
        while hi > lo && asciiMembers[Int(bytes[hi - 1])] { hi -= 1 }
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// Which ASCII bytes `set` holds, for `trimming`.
    static func asciiMembers(of set: CharacterSet) -> [Bool] {
        (0..<128).map { set.contains(Unicode.Scalar(UInt8($0))) }
    }

    /// The answer to `text.contains(needle)` for an ASCII needle without "K", ";" or "`" when the bytes decide it
    /// (a miss, or a hit in ASCII text), else nil: the caller then runs its own search, unchanged.
    static func contains(_ text: String, _ needle: [UInt8]) -> Bool? {
        guard ByteSearch.contains(text, needle) else { return false }
        return ByteSearch.isASCII(text) ? true : nil
    }

    /// Exactly `text.split(separator: Character(separator), maxSplits: maxSplits)` (empty pieces omitted), for an
    /// ASCII separator other than "\r" and "\n". On ASCII text every Character is one byte except "\r\n", which
    /// holds no such separator, so the Characters equal to it are its bytes and the pieces are the runs between
    /// them, cut at the same places as the stdlib's loop (below) cuts; other text is split by Character.
    static func split(_ text: String, at separator: UInt8, maxSplits: Int = Int.max) -> [Substring] {
        guard ByteSearch.isASCII(text) else {
            // At spaces, unbounded: cut at the space bytes when each is a Character of its own
            // (`BylineParser.wordsAtSpaceBytes` says when), where the Character split walks the grapheme breaks.
            if separator == 0x20, maxSplits == Int.max, let words = BylineParser.wordsAtSpaceBytes(text) {
                return words
            }
            return text.split(separator: Character(Unicode.Scalar(separator)), maxSplits: maxSplits)
        }
        let utf8 = text.utf8
        var pieces: [Substring] = []
        var start = utf8.startIndex
        let end = utf8.endIndex
        guard maxSplits > 0, start != end else { return start == end ? [] : [text[...]] }
        var i = start
        while i != end {
            if utf8[i] == separator {
                let appended = start != i
                if appended { pieces.append(text[start..<i]) }
                i = utf8.index(after: i)
                start = i
                if appended && pieces.count == maxSplits { break }
                continue
            }
            i = utf8.index(after: i)
        }
        if start != end { pieces.append(text[start..<end]) }
        return pieces
    }
}
