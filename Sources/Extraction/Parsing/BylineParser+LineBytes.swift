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
