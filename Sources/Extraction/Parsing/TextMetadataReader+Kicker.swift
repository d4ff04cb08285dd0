/// A topic label (a kicker) over the date line, with the headline under that line.
extension TextMetadataReader {
    /// "Dancing With the Stars" / "Published 22 hours ago" / "James Van Der Beek eliminated from …" / "By A | Fox
    /// News": a headline-shaped line stands between the date line under block `i` and the byline, so the date
    /// line's help ("Headline" then "Updated …") belongs to that line, not to the label above the date.
    func headlineUnderDateLine(_ i: Int, anchor: Int?, _ hasDate: (Int) -> Bool) -> Bool {
        guard let anchor, anchor > i + 2 else { return false }
        let dateLine = isDateLine(i + 1, hasDate) ? i + 1 : i + 2
        guard dateLine + 1 < anchor else { return false }
        return (dateLine + 1..<anchor).contains { k in features[k].length >= 4 && isCandidateShape(k, hasDate) }
    }
}
