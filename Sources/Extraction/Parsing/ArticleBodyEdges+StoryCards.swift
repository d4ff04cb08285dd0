/// Under the story many sites set a box of cards pointing to their other stories ("More From the Star", "Top
/// Stories", "Latest News"), and a text browser renders each card as lines of its own: the headline (a section
/// kicker or a photo's alt text may stand above it, the author's name under it), a date line ("Sept. 22, 2025",
/// "Posted 2h ago") and, often, the story's summary in one sentence or two. The summaries read as prose, so the
/// best run of blocks goes on over the box. Two or more such cards in a row after the story close it.
///
/// A date line alone is no card: a timeline sets "March 3, 2024" over each paragraph, with the previous paragraph,
/// not a headline, above it. A live blog's entry stamps hold a time of day ("10:05", "Nov 19, 2019 10:05 AM") and
/// are not taken for a card's date.
extension ArticleBodyEdges {
    /// Blocks a card may set above its date line: kicker, headline, author.
    static let cardHeadReach = 4
    /// Most words a card's summary may hold.
    static let cardSummaryWords = 90

    /// `body` without the cards that close it, and without the short lines (tags, share prompts without a sentence)
    /// left standing between the story and the cards. Two cards at least, set one after another, and story prose
    /// before them; the body is unchanged otherwise.
    static func withoutStoryCards(_ body: [Int], blocks: [TextBlock], features: [BlockFeatures]) -> [Int] {
        guard body.count >= 5 else { return body }
        // Each card as the body positions of its first block and of its last (the date line or the summary under it).
        var cards: [(first: Int, last: Int)] = []
        var position = 2
        while position < body.count {
            let index = body[position]
            guard isCardDateLine(blocks[index].text, features[index]) else {
                position += 1
                continue
            }
            // The headline and the lines with it above the date line, not reaching into the previous card.
            let floor = max(1, (cards.last?.last ?? 0) + 1, position - cardHeadReach)
            var first = position
            while first - 1 >= floor, isCardHeadLine(blocks[body[first - 1]].text, features[body[first - 1]]) {
                first -= 1
            }
            let head = body[first..<position]
            guard !head.isEmpty, head.contains(where: { features[$0].words >= 4 }) else {
                position += 1
                continue
            }
            var last = position
            if position + 1 < body.count, isCardSummary(features[body[position + 1]]) { last = position + 1 }
            cards.append((first, last))
            position = last + 1
        }
        // The first run of cards, each opening right under the one before, from the first card on.
        guard let start = firstCardRun(cards) else { return body }
        var kept = Array(body[..<start])
        // What the cards leave above them and the story below them, if it is only short lines without a sentence
        // (the story's tags, a "Share" prompt): not the story's, since a story ends with a sentence. A line of two
        // figures or more that is no date is a row of a table closing the story (standings, results), not a tag
        // ("2024 Election").
        while kept.count > 1, let last = kept.last, features[last].words <= 6, !features[last].endsSentence,
            !(isFigureRow(blocks[last].text) && !isCardDateLine(blocks[last].text, features[last]))
        {
            kept.removeLast()
        }
        return kept
    }

    /// A table's row as a text browser renders it: two runs of digits or more, the last closing the line
    /// ("3 Boston 48 31"). A headline seldom ends on a figure, a tag never holds two.
    static func isFigureRow(_ text: String) -> Bool {
        guard let last = text.utf8.last, last &- 0x30 < 10 else { return false }
        var runs = 0
        var inRun = false
        for byte in text.utf8 {
            let digit = byte &- 0x30 < 10
            if digit && !inRun { runs += 1 }
            inRun = digit
        }
        return runs >= 2
    }

    /// The body position where two or more cards in a row begin (each card's first block right under the last
    /// of the one before), if any.
    static func firstCardRun(_ cards: [(first: Int, last: Int)]) -> Int? {
        var k = 0
        while k + 1 < cards.count {
            if cards[k + 1].first == cards[k].last + 1 { return cards[k].first }
            k += 1
        }
        return nil
    }

    /// A card's date line: a short line without a sentence's end holding a date without a time of day, or a
    /// relative stamp ("Posted 2h ago", "Updated: 3 hours ago").
    static func isCardDateLine(_ text: String, _ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 12, !f.endsSentence, ByteSearch.holdsDigit(text) else { return false }
        if f.words <= 5, text.hasSuffix(" ago") { return true }
        let found = DateScanner().dates(in: text)
        return !found.isEmpty && found.allSatisfy { $0.date.hour == nil }
    }

    /// A line of a card above its date: a headline (which may ask a question) or a name, not a sentence of a story
    /// nor a date (a list of tour dates is no box of cards), nor a table's row closing the story.
    static func isCardHeadLine(_ text: String, _ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 30, let last = text.unicodeScalars.last, !isCardDateLine(text, f),
            !isFigureRow(text)
        else {
            return false
        }
        return !f.endsSentence || last == "?" || last == "!"
    }

    /// A card's summary: a sentence or two.
    static func isCardSummary(_ f: BlockFeatures) -> Bool {
        f.endsSentence && f.words >= 4 && f.words <= cardSummaryWords
    }
}
