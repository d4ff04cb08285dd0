/// Boxes a page marks out for screen readers, which a text rendering keeps with their marks: an embedded post or a
/// newsletter box between "Skip Facebook post" (or "Skip past newsletter promotion") and "End of Facebook post"
/// ("after newsletter promotion"), and a box of links between "list of 4 items" and "end of list", under its
/// heading ("Recommended Stories"). Each sits between two paragraphs of the story; what lies between the marks is a
/// consent notice, a pitch or headlines, never the story's text, and the heading over a list is no end of the story.
extension BodySelector {
    /// How far below its opening mark a box's closing mark is looked for, in blocks.
    static let markedBoxReach = 16

    /// The blocks of every box marked out for screen readers: its marks, what lies between them, and the heading
    /// right above a list's count ("Recommended Stories" over "list of 4 items").
    static func screenReaderBoxes(_ texts: [String], _ features: [BlockFeatures]) -> [Int] {
        var found: [Int] = []
        var i = 0
        while i < texts.count {
            // Both openings are short and start with "s" or "l" in either case: most blocks are turned away on their
            // first byte and their word count.
            guard let lead = texts[i].utf8.first, lead | 0x20 == 0x73 || lead | 0x20 == 0x6C,
                features[i].words >= 2, features[i].words <= 12
            else {
                i += 1
                continue
            }
            if lead | 0x20 == 0x73, let end = skippedBoxEnd(i, texts, features) {
                found += Array(i...end)
                i = end + 1
            } else if lead | 0x20 == 0x6C, isListCount(texts[i]), let end = listEnd(i, texts, features) {
                // The box's heading: a short line with no sentence in it, right above the count.
                let headed = i > 0 && features[i - 1].words <= 6 && features[i - 1].sentenceEnds == 0
                found += Array((headed ? i - 1 : i)...end)
                i = end + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// Where the box a "Skip …" mark opens closes: the first block below, within reach, that opens "End of " or
    /// "after " and whose last word is one of the mark's ("Skip twitter post by Jane Doe" … "End of twitter post by
    /// Jane Doe", "Skip past newsletter promotion" … "after newsletter promotion"). A link past the page's header
    /// ("Skip to main content") has no such end, and a story's sentence opening "Skip" is no mark.
    static func skippedBoxEnd(_ i: Int, _ texts: [String], _ features: [BlockFeatures]) -> Int? {
        guard ArticleBodyEdges.opensFolded(texts[i], skipMark), !features[i].endsSentence else { return nil }
        let marked = Set(foldedWords(texts[i]).dropFirst())
        guard !marked.isEmpty, !marked.contains("to") else { return nil }
        for k in (i + 1)..<min(texts.count, i + 1 + markedBoxReach) where features[k].words <= 12 {
            guard ArticleBodyEdges.opensFolded(texts[k], endMark) || ArticleBodyEdges.opensFolded(texts[k], afterMark)
            else { continue }
            if let last = foldedWords(texts[k]).last, marked.contains(last) { return k }
        }
        return nil
    }

    /// "list of 4 items": the count a list announces to screen readers.
    static func isListCount(_ text: String) -> Bool {
        // Asked of the bytes first: the words are split out only for a line opening "list of ".
        guard text.utf8.count <= 20, ArticleBodyEdges.opensFolded(text, listOf) else { return false }
        let words = foldedWords(text)
        return words.count == 4 && words[0] == "list" && words[1] == "of" && Int(words[2]) != nil
            && (words[3] == "items" || words[3] == "item")
    }

    /// The "end of list" mark closing the list counted at `i`, within reach.
    static func listEnd(_ i: Int, _ texts: [String], _ features: [BlockFeatures]) -> Int? {
        for k in (i + 1)..<min(texts.count, i + 1 + 2 * markedBoxReach) where features[k].words == 3 {
            if texts[k].utf8.count <= 12, ArticleBodyEdges.opensFolded(texts[k], endOfList) { return k }
        }
        return nil
    }

    /// A line's words, lowercased, without the marks around them.
    static func foldedWords(_ text: String) -> [String] {
        ScalarClass.lowercased(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    static let skipMark = Array("skip ".utf8)
    static let listOf = Array("list of ".utf8)
    static let endMark = Array("end of ".utf8)
    static let endOfList = Array("end of list".utf8)
    static let afterMark = Array("after ".utf8)
}

/// "Loading..." alone on its line: the placeholder of a box a page fills with scripts (an embedded post, a
/// gallery), which a text rendering keeps as it was.
extension BodySelector {
    static func isLoadingPlaceholder(_ text: String) -> Bool {
        guard text.utf8.count >= 7, text.utf8.count <= 12, text.utf8.first == 0x4C || text.utf8.first == 0x6C else {
            return false
        }
        let key = labelKey(text)
        return key == "loading" || key == "loading\u{2026}"
    }
}
