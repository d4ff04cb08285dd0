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
    static func storyInsertCost(_ text: String, words: Int, role: Role) -> Double? {
        guard words > 0, words <= 40 else { return nil }
        // A pitch is a sentence the weigher did not already call furniture: the scan for "your inbox" is spared
        // the menus and boxes.
        // An "x" is rare in prose and found by memchr: most paragraphs are never searched byte by byte.
        if words >= 5, role != .furniture, ByteSearch.holds(text, byte: 0x78) || ByteSearch.holds(text, byte: 0x58),
            ByteSearch.containsFolded(text, inbox)
        {
            return Double(words) + 4
        }
        // A paywall's note and an invitation to follow the site (see `isPaywallNote`, `isFollowInvitation`).
        if role != .furniture,
            isPaywallNote(text, words: words) || isFollowInvitation(text, words: words)
                || isSitePromo(text, words: words) || isSignUpLink(text, words: words)
        {
            return insertCost
        }
        guard words <= 20 else { return nil }
        return isPointerLine(text) || isContinuationNote(text) ? insertCost : nil
    }

    /// "READ MORE: Council weighs four-day week", "Related: Ferry terminal upgrade finished": a label, a colon and
    /// another story's headline on one line. The label alone ("Related:") heading a list is an end marker instead.
    static func isPointerLine(_ text: String) -> Bool {
        // Every label opens with one of a few letters: most lines are turned away on their first byte.
        guard let lead = text.utf8.first, lead &- 0x41 < 26 || lead &- 0x61 < 26,
            pointerLeads & (1 << UInt32((lead | 0x20) - 0x61)) != 0, ByteSearch.holds(text, byte: 0x3A),
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
        // Every note opens "sto", "art", "con" or "scr" in either case: most lines are turned away on three bytes,
        // read as one number without copying them out.
        guard text.utf8.count <= 50, text.utf8.count >= 18 else { return false }
        var head: UInt32 = 0
        for byte in text.utf8.prefix(3) { head = head << 8 | UInt32(byte &- 0x41 < 26 ? byte + 32 : byte) }
        guard continuationHeads.contains(head) else { return false }
        var lower = Substring(ScalarClass.lowercased(text))
        while let last = lower.last, last == " " || last == "." || last == ":" { lower.removeLast() }
        for ending in [" advertisement", " ad"] where lower.hasSuffix(ending) { lower.removeLast(ending.count) }
        return continuationNotes.contains(String(lower))
    }

    /// The first three bytes of the notes, each read as one number.
    static let continuationHeads: [UInt32] = ["sto", "art", "con", "scr"].map { word in
        word.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The first letters of `pointerLabels`, one bit each ("a" the lowest): a test without hashing.
    static let pointerLeads: UInt32 = pointerLabels.reduce(0) { mask, label in
        mask | (1 << UInt32((label.utf8.first ?? 0x61) - 0x61))
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
    static func headsHeadlineList(_ text: String, _ features: [BlockFeatures], _ i: Int) -> Bool {
        // "More " or "MORE ", asked of the first five bytes (most blocks fail on the first).
        guard text.utf8.first == 0x4D, features[i].words <= 7, !features[i].endsSentence,
            features[i].sentenceEnds == 0,
            text.utf8.dropFirst().prefix(4).map({ $0 &- 0x41 < 26 ? $0 + 32 : $0 }).elementsEqual("ore ".utf8)
        else { return false }
        // Every word after "More" is a name's (capitalised) or joins one ("in", "on", "from", "of", "the", "&").
        let named = text.split(separator: " ").dropFirst().allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return true }
            return ScalarClass.isUppercase(first) || ScalarClass.isDigit(first) || nameJoiners.contains(String(word))
        }
        guard named else { return false }
        // The next two blocks are headlines: short, and no sentence ends them.
        let next = (i + 1)..<min(features.count, i + 3)
        return next.count == 2 && next.allSatisfy { features[$0].words <= 14 && !features[$0].endsSentence }
    }

    /// Small words inside a site's or a section's name after "More".
    static let nameJoiners: Set<String> = ["in", "on", "from", "of", "the", "and", "&", "about", "for"]
}
