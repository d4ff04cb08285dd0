/// Many sites close a story with a box of their other stories whose cards carry no date: a label ("Read more",
/// "Leggi anche", "Meer nieuws") and, under it, each card's headline and its one- or two-sentence summary. The
/// summaries read as prose, so the best run goes on over the box; `withoutStoryCards` needs a date line to see a
/// card. Here the box is told by its shape: a short label line under the story, then two cards or more, headline
/// and summary in turn, running to the end of what was selected.
///
/// A list inside the story has the same shape (a subhead, a paragraph, …), but it follows the story's paragraphs
/// under its own subheads, not under a label line followed by whole headlines of four words or more; and its
/// paragraphs run longer than a card's summary.
extension ArticleBodyEdges {
    /// Most words a dateless card's summary may hold.
    static let datelessSummaryWords = 40
    /// How far above the body's last block a box's label is looked for.
    static let cardBoxReach = 24

    /// `body` without a box of dateless cards that closes it (see the type's note), and without its label.
    static func withoutHeadlineCards(_ body: [Int], blocks: [TextBlock], features: [BlockFeatures]) -> [Int] {
        guard body.count >= 4, let end = body.last else { return body }
        let floor = max(body[1] + 1, end - cardBoxReach)
        guard floor < end else { return body }
        for label in floor..<end where isCardBoxLabel(blocks[label].text, features[label]) {
            // The story's last block above the label ends a sentence.
            guard let above = body.last(where: { $0 < label }), features[above].endsSentence else { continue }
            guard holdsOnlyCards(from: label + 1, through: end, blocks: blocks, features: features) else { continue }
            let kept = body.filter { $0 < label }
            return kept.count >= 2 ? kept : body
        }
        return body
    }

    /// A box's label: one to six words, no sentence, no figure (a date, a score) and no bullet.
    static func isCardBoxLabel(_ text: String, _ f: BlockFeatures) -> Bool {
        f.words >= 1 && f.words <= 6 && !f.endsSentence && f.sentenceEnds == 0 && !ByteSearch.holdsDigit(text)
    }

    /// Whether the blocks from `first` through `last` are two cards or more, each a headline and a summary.
    static func holdsOnlyCards(from first: Int, through last: Int, blocks: [TextBlock], features: [BlockFeatures])
        -> Bool
    {
        guard (last - first + 1) % 2 == 0, last - first + 1 >= 4 else { return false }
        for k in Swift.stride(from: first, to: last, by: 2) {
            let head = features[k]
            let summary = features[k + 1]
            guard head.words >= 4, head.words <= 16, isCardHeadLine(blocks[k].text, head), head.sentenceEnds <= 1,
                summary.endsSentence, summary.words >= 4, summary.words <= datelessSummaryWords,
                summary.sentenceEnds <= 2, !blocks[k + 1].isBullet, !blocks[k].isBullet
            else { return false }
        }
        return true
    }
}
