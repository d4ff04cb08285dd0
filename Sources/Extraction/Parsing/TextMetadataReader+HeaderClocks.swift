/// Lines of a page's header that look like a short headline but tell the time: a relative time beside the
/// publication date ("2 hours ago", "1H ago") and a live score box's scorers with their minutes ("Wissa 23'").
extension TextMetadataReader {
    /// Whether `text` is read as one of those lines, and so is never the headline nor a headline's neighbour.
    static func isHeaderClock(_ text: String) -> Bool {
        isRelativeTime(text) || holdsMatchMinute(text)
    }

    /// "2 hours ago", "Updated 16M ago", "an hour ago": up to five words ending in "ago" after a unit of time,
    /// spelt out or glued to its number. A headline ending in "ago" ("… 50 years ago") has more words or another
    /// word before it. A sentence-like stamp of up to seven words says what it dates: "This was published 2 hours
    /// ago", "This article was updated 3 days ago".
    static func isRelativeTime(_ text: String) -> Bool {
        // Most lines do not end in "ago": they are turned away on their last three bytes, read in place before any
        // copy is made.
        var line = text
        let endsInAgo = line.withUTF8 { b in
            let n = b.count
            return n >= 5 && n <= 48 && b[n - 3] | 0x20 == agoBytes[0] && b[n - 2] | 0x20 == agoBytes[1]
                && b[n - 1] | 0x20 == agoBytes[2]
        }
        guard endsInAgo else { return false }
        let bytes = Array(text.utf8)
        let words = bytes.split(separator: 0x20)
        let labelled = { stampLabels.contains { ByteSearch.containsFolded(text, $0) } }
        guard (2...5).contains(words.count) && bytes.count <= 40 || (6...7).contains(words.count) && labelled()
        else { return false }
        let unit = words[words.count - 2].map { $0 &- 0x41 < 26 ? $0 + 32 : $0 }
        // "32m", "1h": the unit glued to its number.
        let letters = unit.drop(while: { $0 >= 0x30 && $0 <= 0x39 })
        guard letters.count < unit.count || words.count >= 3 else { return false }
        return Self.timeUnits.contains(String(decoding: letters, as: UTF8.self))
    }

    /// Whether a number is followed by a minute mark ("23'", "90+2’", "67′"): the minutes of goals or cards in a
    /// match report's score box. A decade ("the 80's") has a letter after the mark.
    static func holdsMatchMinute(_ text: String) -> Bool {
        // Most lines hold no "'" and no "’" or "′" (whose bytes open with 0xE2): no scan for them.
        guard ByteSearch.holds(text, byte: 0x27) || ByteSearch.holds(text, byte: 0xE2) else { return false }
        let bytes = Array(text.utf8)
        var k = 1
        while k < bytes.count {
            let digitBefore = bytes[k - 1] >= 0x30 && bytes[k - 1] <= 0x39
            var markEnd = -1
            if digitBefore && bytes[k] == 0x27 {
                markEnd = k + 1
            } else if digitBefore, k + 2 < bytes.count, bytes[k] == 0xE2, bytes[k + 1] == 0x80,
                bytes[k + 2] == 0x99 || bytes[k + 2] == 0xB2
            {
                markEnd = k + 3
            }
            if markEnd > 0 {
                if markEnd == bytes.count || [0x20, 0x2C, 0x29, 0x3B].contains(bytes[markEnd]) { return true }
                k = markEnd
            } else {
                k += 1
            }
        }
        return false
    }

    static let agoBytes = Array("ago".utf8)
    /// What a sentence-like stamp says it dates ("This was published …").
    static let stampLabels = ["published", "updated", "posted"].map { Array($0.utf8) }

    /// Units of a relative time, in full, abbreviated and as one letter.
    static let timeUnits: Set<String> = [
        "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour",
        "hours", "d", "day", "days", "w", "wk", "wks", "week", "weeks", "mo", "month", "months", "y", "yr", "yrs",
        "year", "years",
    ]
}
