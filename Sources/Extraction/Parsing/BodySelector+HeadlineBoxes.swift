/// A box of the site's headlines set between two paragraphs of a story in plain text: its heading reads as an end
/// marker ("Trending News", "RELATED ARTICLES"), and as one it cut off the part of the story above or below it.
/// Two shapes tell the box from the end of the story: a carousel's buttons under the heading ("Previous", "1",
/// "Next"), which a tabloid sets inside its stories; and a short list of bulleted headlines with the story's
/// paragraphs right above it and going on right below it. The heading then costs the run as the furniture it is.
extension BodySelector {
    /// The blocks of every such box: a carousel's heading and all under it before the story goes on (its
    /// buttons, headlines and a "Share this article" marker closing the box rather than the story); a list's
    /// heading and its headlines.
    static func inlineHeadlineBoxes(_ texts: [String], _ features: [BlockFeatures], isBullet: [Bool]) -> Set<Int> {
        var found: Set<Int> = []
        for i in texts.indices where features[i].isEndMarker && !features[i].opensComments && !found.contains(i) {
            if headsCarousel(texts, i) {
                var k = i
                while k < min(texts.count, i + 1 + markedBoxReach), k == i || !isParagraph(features[k]) {
                    found.insert(k)
                    k += 1
                }
            } else if let end = headlineListInsideStory(texts, features, isBullet: isBullet, i) {
                found.formUnion(i...end)
            }
        }
        return found
    }

    /// Whether the end marker at `i` heads a carousel: "Previous" and "Next" (or "Prev") among the three blocks
    /// under it.
    static func headsCarousel(_ texts: [String], _ i: Int) -> Bool {
        var previous = false
        var next = false
        for k in (i + 1)..<min(texts.count, i + 4) where texts[k].utf8.count <= 8 {
            let word = ScalarClass.lowercased(texts[k])
            if word == "previous" || word == "prev" { previous = true }
            if word == "next" { next = true }
        }
        return previous && next
    }

    /// The last headline of two to eight bulleted ones under the end marker at `i`, with a paragraph of the story
    /// right above the heading and two right below the list. A list closing the story is followed by the page's
    /// furniture, comments or another list, not by two paragraphs in a row.
    static func headlineListInsideStory(
        _ texts: [String], _ features: [BlockFeatures], isBullet: [Bool], _ i: Int
    ) -> Int? {
        guard i > 0, isParagraph(features[i - 1]), features[i].words <= 4 else { return nil }
        var k = i + 1
        // A headline may close on a quote's own mark ("… kidnapped girl: "We got her!""): one sentence's end is
        // allowed.
        while k < texts.count, k - i <= 8, isBullet[k], features[k].words >= 2, features[k].words <= 20,
            features[k].sentenceEnds <= 1, !features[k].isEndMarker
        {
            k += 1
        }
        guard k - i - 1 >= 2, k + 1 < texts.count, !isBullet[k], !isBullet[k + 1], isParagraph(features[k]),
            isParagraph(features[k + 1]), features[k].words >= 25
        else { return nil }
        return k - 1
    }

    /// A paragraph of prose: fifteen words or more with a sentence's end among them.
    static func isParagraph(_ f: BlockFeatures) -> Bool {
        f.words >= 15 && f.sentenceEnds >= 1
    }
}
