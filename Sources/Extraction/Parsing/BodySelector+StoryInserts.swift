/// Pieces a page sets between a story's paragraphs that are not its text: a pointer to another story on a line of
/// its own ("READ MORE: Council weighs four-day week"), an ad slot's note that the story goes on ("Story continues
/// below") and a newsletter box's pitch ("… delivered to your inbox every morning"). None is the story's, and none
/// ends it. A reading time ("• 2 min read") is left to the header's reading: as furniture under the byline it let a
/// dev page's standfirst into the body. An embedded post (its text, "pic.twitter.com/…" and the "— Jane Doe
/// (@janedoe) November 25, 2026" signature) is not among them: the dev pages' gold keeps the posts a story quotes.
extension BodySelector {
    /// What a pointer or a note costs a run: the story's paragraphs on either side of it stay one run.
    static let insertCost = 1.5

    /// What a block of `words` words costs as one of the pieces above, nil if it is none. A newsletter's pitch
    /// costs as much as the boilerplate around it ("Sign up for …"), which keeps a teaser above the box out of the
    /// run; a pointer or a note costs little.
    static func storyInsertCost(_ text: String, words: Int) -> Double? {
        guard words > 0, words <= 40 else { return nil }
        if ByteSearch.containsFolded(text, inbox) { return Double(words) + 4 }
        guard words <= 20 else { return nil }
        return isPointerLine(text) || isContinuationNote(text) ? insertCost : nil
    }

    /// "READ MORE: Council weighs four-day week", "Related: Ferry terminal upgrade finished": a label, a colon and
    /// another story's headline on one line. The label alone ("Related:") heading a list is an end marker instead.
    static func isPointerLine(_ text: String) -> Bool {
        guard let lead = text.utf8.first, lead &- 0x41 < 26 || lead &- 0x61 < 26,
            let colon = text.utf8.prefix(21).firstIndex(of: 0x3A)
        else { return false }
        let label = ScalarClass.lowercased(String(text[..<colon]))
        guard pointerLabels.contains(label) else { return false }
        // The headline after the label: at least two words, opening with a capital or a digit (a quote may open it).
        let headline = text[text.index(after: colon)...].drop { $0 == " " || $0 == "\"" || $0 == "“" || $0 == "'" }
        guard let first = headline.unicodeScalars.first, ScalarClass.isUppercase(first) || ScalarClass.isDigit(first)
        else { return false }
        return headline.split(separator: " ").count >= 2
    }

    /// "Story continues below", "Article continues below advertisement", "Continue reading below": an ad slot's
    /// note that the story goes on past it, the whole line ("Story continues below gallery" names what the story
    /// sets there, and the dev pages' gold keeps it).
    static func isContinuationNote(_ text: String) -> Bool {
        guard text.utf8.count <= 50, let lead = text.utf8.first,
            lead == 0x53 || lead == 0x73 || lead == 0x41 || lead == 0x61 || lead == 0x43 || lead == 0x63
        else { return false }
        var lower = Substring(ScalarClass.lowercased(text))
        while let last = lower.last, last == " " || last == "." || last == ":" { lower.removeLast() }
        for ending in [" advertisement", " ad"] where lower.hasSuffix(ending) { lower.removeLast(ending.count) }
        return continuationNotes.contains(String(lower))
    }

    static let inbox = Array("your inbox".utf8)

    /// Labels of a line pointing to another story, lowercased, without the colon.
    static let pointerLabels: Set<String> = [
        "related", "read more", "read also", "also read", "read next", "see also", "more", "see more", "also",
        "watch", "listen", "related story", "related article", "related content", "related coverage",
        "don't miss", "don’t miss", "must read", "recommended", "more coverage", "more on this", "read",
    ]

    /// The notes an ad slot sets in a story, lowercased (an "advertisement" after them is dropped first).
    static let continuationNotes: Set<String> = [
        "story continues below", "article continues below", "continue reading below", "story continues after",
        "article continues after", "continue reading after", "continue reading the main story",
        "content continues below", "scroll to continue", "scroll to continue with content",
        "story continues after this", "article continues after this",
    ]
}

/// A site's box of headlines after the story, headed by its name or a section's: "More Millbrook Courier", "More in
/// Politics", "More on Slate Book Review". The heading is furniture, not a heading of the story. It does not end the
/// story: a box may sit between two parts of it (a barrier there lost the story to the longer list after it on two
/// dev pages). A subhead inside the story that opens with the word ("More Money for Schools") is followed by a
/// paragraph, not by headlines.
extension BodySelector {
    static func headsHeadlineList(_ blocks: [TextBlock], _ features: [BlockFeatures], _ i: Int) -> Bool {
        let text = blocks[i].text
        guard text.hasPrefix("More ") || text.hasPrefix("MORE "), features[i].words <= 7, !features[i].endsSentence,
            features[i].sentenceEnds == 0
        else { return false }
        // Every word after "More" is a name's (capitalised) or joins one ("in", "on", "from", "of", "the", "&").
        let named = text.split(separator: " ").dropFirst().allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return true }
            return ScalarClass.isUppercase(first) || ScalarClass.isDigit(first) || nameJoiners.contains(String(word))
        }
        guard named else { return false }
        // The next two blocks are headlines: short, and no sentence ends them.
        let next = (i + 1)..<min(blocks.count, i + 3)
        return next.count == 2 && next.allSatisfy { features[$0].words <= 14 && !features[$0].endsSentence }
    }

    /// Small words inside a site's or a section's name after "More".
    static let nameJoiners: Set<String> = ["in", "on", "from", "of", "the", "and", "&", "about", "for"]
}
