/// Headline-shaped lines that are not the headline: a topic label (a kicker) over the date line with the headline
/// under that line, and a photo's title over its credit.
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

    /// "President Trump Officially Pardons National Thanksgiving Turkey" / "Alex Wong | Getty Images": a line right
    /// above a photo's credit (a short line with a caption phrase) is the photo's title, its alt text or the
    /// agency's headline for it, not the story's.
    func isOverPhotoCredit(_ i: Int) -> Bool {
        i + 1 < blocks.count && features[i + 1].words <= 8 && features[i + 1].looksLikeCaption
    }
}
