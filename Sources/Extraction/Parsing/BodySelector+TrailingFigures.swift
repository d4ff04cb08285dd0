/// A story may close with a list of figures in plain text: tour dates ("June 9 -- Coral Sky Amphitheatre, West Palm
/// Beach, FL"), results ("Palm Bay d. Rockledge 70-44"), a table's rows. Each line is short and no sentence, so it
/// costs the run a little, and the best run stops at the last paragraph above the list. In plain text (HTML has
/// `extendOverTrailingLines`) the list is taken back when it follows the run directly: a heading line at most,
/// then at least `figureLines` plain lines that each hold a figure. A box of links under a story is headlines, few
/// of which hold figures; a numbered list of them ("1. Man dies after …") holds only its numbers.
extension BodySelector {
    /// Fewest lines of figures taken back.
    static let figureLines = 4
    /// Most words a line of figures holds.
    static let figureLineWords = 25

    /// `run` grown over the list of figures that follows it, in plain text.
    func extendOverTrailingFigures(
        _ run: ClosedRange<Int>, _ blocks: [TextBlock], _ features: [BlockFeatures],
        _ scored: [(weight: Double, role: Role)]
    ) -> ClosedRange<Int> {
        guard blocks[run.upperBound].page == nil else { return run }
        func isPlainLine(_ k: Int) -> Bool {
            scored[k].role == .heading && !blocks[k].isBullet && !blocks[k].isSpacedMenu
                && features[k].words <= Self.figureLineWords && !features[k].hasFurniturePhrase
        }
        var k = run.upperBound + 1
        // The list's heading ("The Doobie Brothers Tour Dates", "Standings:"), if it has one.
        if k < blocks.count, isPlainLine(k), !ByteSearch.holdsDigit(blocks[k].text), features[k].words <= 12 { k += 1 }
        var last = k - 1
        var lines = 0
        // A photo's file name ("milano-design-week-2018-arrangements-02") holds figures but no space.
        while k < blocks.count, isPlainLine(k), Self.holdsFigure(blocks[k].text), blocks[k].text.utf8.contains(0x20) {
            last = k
            lines += 1
            k += 1
        }
        return lines >= Self.figureLines ? run.lowerBound...last : run
    }

    /// Whether a line holds a digit besides the number opening a numbered list's entry ("1.", "12)").
    static func holdsFigure(_ text: String) -> Bool {
        let bytes = text.utf8
        let digits = bytes.prefix { $0 &- 0x30 < 10 }.count
        if digits > 0, digits < bytes.count {
            let mark = bytes[bytes.index(bytes.startIndex, offsetBy: digits)]
            if mark == 0x2E || mark == 0x29 { return ByteSearch.holdsDigit(String(text.dropFirst(digits + 1))) }
        }
        return ByteSearch.holdsDigit(text)
    }
}
