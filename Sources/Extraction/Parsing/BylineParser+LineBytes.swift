extension BylineParser {
    /// What `mayBeImpliedByline` reads of a line in one pass over its bytes; nil when the line holds "@", "|", a
    /// digit or "by" in any case. These are ASCII, and a UTF-8 byte below 0x80 is always that ASCII scalar (the
    /// bytes of other scalars are all above), so the bytes hold them, one after the other, exactly when the scalars
    /// do.
    struct LineBytes {
        var comma = false
        var ascii = true
        /// Runs of bytes other than the space: `spacedWordCount` of an ASCII line.
        var spacedWords = 0

        init?(_ text: String) {
            var text = text
            let read: LineBytes? = text.withUTF8 { bytes in
                var line = LineBytes(comma: false, ascii: true, spacedWords: 0)
                var previous: UInt8 = 0x20
                for byte in bytes {
                    if byte == 0x40 || byte == 0x7C || byte &- 0x30 < 10 { return nil }
                    // "y" or "Y" after "b" or "B".
                    if byte | 0x20 == 0x79 && previous | 0x20 == 0x62 { return nil }
                    if byte == 0x2C { line.comma = true }
                    if byte >= 0x80 { line.ascii = false }
                    if byte != 0x20 && previous == 0x20 { line.spacedWords += 1 }
                    previous = byte
                }
                return line
            }
            guard let read else { return nil }
            self = read
        }

        private init(comma: Bool, ascii: Bool, spacedWords: Int) {
            self.comma = comma
            self.ascii = ascii
            self.spacedWords = spacedWords
        }
    }
}

extension BylineParser {
    /// The names' parts of an ASCII cut: split at its commas, each trimmed of `partTrim`, the empty ones left out,
    /// read on the bytes. `LineShortcuts.split` cuts ASCII text at the comma bytes and `LineShortcuts.trimming`
    /// trims ASCII pieces byte by byte, so these are their parts, without a String per piece before trimming.
    static func asciiParts(_ bytes: [UInt8]) -> [String] {
        var parts: [String] = []
        bytes.withUnsafeBufferPointer { line in
            var start = 0
            while start <= line.count {
                var end = start
                while end < line.count && line[end] != 0x2C { end += 1 }
                var lo = start
                var hi = end
                while lo < hi && partTrimASCII[Int(line[lo])] { lo += 1 }
                while hi > lo && partTrimASCII[Int(line[hi - 1])] { hi -= 1 }
                if lo < hi {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: line[lo..<hi]), as: UTF8.self))
                }
                start = end + 1
            }
        }
        return parts
    }

    /// `text.split(separator: " ")` cut at the space bytes, or the Character split when a space byte might not be
    /// a Character of its own. A space is one only when the scalar after it extends no grapheme (a combining mark,
    /// a joiner) and the scalar before it is no prepended mark (Arabic number signs): every scalar below U+0300,
    /// Greek and Cyrillic letters (U+0370–U+0482, U+048A–U+0590) and the dashes, quotes and currency signs of
    /// U+2010–U+20CF are neither, lowercased or not (checked against the standard library's Characters over
    /// every scalar). Splitting a line outside ASCII by Character walks its grapheme breaks, ten times the bytes'.
    static func wordsAtSpaces(_ text: String) -> [Substring] {
        wordsAtSpaceBytes(text) ?? text.split(separator: " ")
    }

    /// `wordsAtSpaces` when the space bytes are Characters of their own, else nil; with `commas`, the words of
    /// `text.split(whereSeparator: { $0 == " " || $0 == "," })`, when the commas are Characters of their own too (the
    /// same scalars stand alone beside a comma as beside a space).
    static func wordsAtSpaceBytes(_ text: String, commas: Bool = false) -> [Substring]? {
        var bytes = text
        let cuts: [Range<Int>]? = bytes.withUTF8 { utf8 in
            var words: [Range<Int>] = []
            var start: Int? = nil
            for k in utf8.indices {
                guard utf8[k] == 0x20 || commas && utf8[k] == 0x2C else {
                    if start == nil { start = k }
                    continue
                }
                if k > 0, !standsAlone(scalarEnding: k, in: utf8) { return nil }
                if k + 1 < utf8.count, !standsAlone(scalarStarting: k + 1, in: utf8) { return nil }
                if let first = start { words.append(first..<k) }
                start = nil
            }
            if let first = start { words.append(first..<utf8.count) }
            return words
        }
        guard let cuts else { return nil }
        let utf8 = text.utf8
        return cuts.map { cut in
            let lower = utf8.index(utf8.startIndex, offsetBy: cut.lowerBound)
            return text[lower..<utf8.index(lower, offsetBy: cut.count)]
        }
    }

    /// Whether the scalar whose UTF-8 ends just before byte `end` is one `wordsAtSpaces` lets stand beside a space.
    private static func standsAlone(scalarEnding end: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = end - 1
        // Back over the continuation bytes (10xxxxxx) to the scalar's lead byte.
        while start > 0 && utf8[start] & 0xC0 == 0x80 && end - start < 4 { start -= 1 }
        return standsAlone(scalarStarting: start, in: utf8)
    }

    /// Whether the scalar whose UTF-8 starts at byte `start` is one `wordsAtSpaces` lets stand beside a space.
    private static func standsAlone(scalarStarting start: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = UInt32(utf8[start])
        let value: UInt32
        if lead < 0x80 {
            value = lead
        } else if lead & 0xE0 == 0xC0, start + 1 < utf8.count {
            value = (lead & 0x1F) << 6 | UInt32(utf8[start + 1] & 0x3F)
        } else if lead & 0xF0 == 0xE0, start + 2 < utf8.count {
            value = (lead & 0x0F) << 12 | UInt32(utf8[start + 1] & 0x3F) << 6 | UInt32(utf8[start + 2] & 0x3F)
        } else {
            return false  // Four bytes: emoji modifiers and tags extend, so the Character split answers.
        }
        return value < 0x300 || (0x370...0x482).contains(value) || (0x48A...0x590).contains(value)
            || (0x2010...0x20CF).contains(value)
    }
}
