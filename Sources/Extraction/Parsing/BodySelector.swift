/// Picks the article's blocks out of a page's blocks.
///
/// Each block gets a weight: positive for prose (long, punctuated, rich in stopwords), negative for furniture
/// (short, bulleted, menu separators, boilerplate phrases, repeated, link-heavy or in navigation markup). The body
/// is the run of blocks with the largest total weight (runs never cross an end marker such as "Related articles"),
/// keeping inside it the prose and the short headings between paragraphs.
struct BodySelector {
    enum Role: Sendable, Equatable { case prose, heading, furniture, barrier }

    struct Selection: Sendable {
        /// Indices into the blocks, in order.
        var blocks: [Int]
        /// First and last block of the chosen run (furniture inside included); nil if no article text was found.
        var run: ClosedRange<Int>?
    }

    /// What crossing an end marker ("Related articles", "Comments") costs a run.
    static let barrierCost = 60.0
    /// What a short plain line (a heading, a list entry without a marker) costs a run.
    static let lineCost = 0.5

    let stoplist: Set<String>
    /// The language has stopwords in the lexicon; otherwise density is not used.
    let usesStopwords: Bool

    func weights(_ blocks: [TextBlock], _ features: [BlockFeatures]) -> [(weight: Double, role: Role)] {
        // Each block's lowercased text and opening numbered among the page's (see `keyGroups`), and each number's
        // blocks counted; openings also keep their shortest block.
        let texts = blocks.map(\.text)
        // Counted when the features were read from the blocks' scalars.
        let counts = features.map(\.scalarCount)
        let (seenGroup, openingGroup) = Self.keyGroups(texts, features)
        var seenCounts: [Int] = []
        var openingCounts: [Int] = []
        var openingShortest: [Int] = []
        for i in blocks.indices {
            let group = seenGroup[i]
            if group >= 0 {
                if group == seenCounts.count { seenCounts.append(1) } else { seenCounts[group] += 1 }
            }
            let opening = openingGroup[i]
            if opening >= 0 {
                if opening == openingCounts.count {
                    openingCounts.append(1)
                    openingShortest.append(counts[i])
                } else {
                    openingCounts[opening] += 1
                    openingShortest[opening] = min(openingShortest[opening], counts[i])
                }
            }
        }
        // A newsletter box's lines and "read also" pointers (see `pitchBlocks`), pointer labels over a few
        // headlines (`pointerListBlocks`).
        let bullets = blocks.map { $0.isBullet }
        var pitches = Self.pitchBlocks(texts, features, isBullet: bullets)
        pitches.formUnion(Self.pointerListBlocks(texts, features))
        // Boxes marked out for screen readers (see `screenReaderBoxes`): furniture, and no end of the story.
        // Boxes of headlines between two parts of the story (see `inlineHeadlineBoxes`). One mask for both kinds.
        var boxed = [Bool](repeating: false, count: blocks.count)
        for i in Self.screenReaderBoxes(texts, features) { boxed[i] = true }
        for i in Self.inlineHeadlineBoxes(texts, features, isBullet: bullets) { boxed[i] = true }
        // Whether a group's shortest block has been met (the first block met at that length keeps its place).
        var firstSeen = [Bool](repeating: false, count: openingCounts.count)
        return blocks.indices.map { i in
            let count = counts[i]
            var repeated = seenGroup[i] >= 0 && seenCounts[seenGroup[i]] > 1
            let group = openingGroup[i]
            if group >= 0, openingCounts[group] > 1 {
                // The shortest block with this opening is the article's paragraph; longer ones, and later copies
                // of a long one, are dumps.
                if count > openingShortest[group] {
                    repeated = true
                } else if firstSeen[group] {
                    repeated = true
                } else {
                    firstSeen[group] = true
                }
            }
            if boxed[i] { return (-Self.insertCost, .furniture) }
            if features[i].isEndMarker, !features[i].opensComments, Self.headsBoxInsideStory(blocks, i) {
                // Weighed as the short furniture it is: the run may cross the box.
                return (-(Double(features[i].length) + 4), .furniture)
            }
            // A site's box of headlines ("More Millbrook Courier" above them): its heading is furniture ("More
            // from …", an end marker, stays one).
            if texts[i].utf8.first == 0x4D, !features[i].isEndMarker, Self.headsHeadlineList(texts[i], features, i) {
                return (-(Double(features[i].length) + 4), .furniture)
            }
            let weighed = weigh(blocks[i], features[i], repeated: repeated)
            if pitches.contains(i), weighed.role != .barrier { return (-Self.insertCost, .furniture) }
            // A pointer to another story, "Story continues below", a newsletter pitch: left out of the body (see
            // `storyInsertCost`). A short pointer ("Related: Fares rise") opens like an end marker, but the headline
            // after its colon makes it a line in the story, not a box's heading.
            if let cost = Self.storyInsertCost(texts[i], words: features[i].words, role: weighed.role),
                weighed.role != .barrier || Self.isPointerLine(texts[i])
            {
                return (-cost, .furniture)
            }
            return weighed
        }
    }

    func weigh(_ block: TextBlock, _ f: BlockFeatures, repeated: Bool) -> (weight: Double, role: Role) {
        let length = Double(f.length)
        if f.length == 0 { return (-1.5, .furniture) }
        if f.isEndMarker || f.opensComments { return (-Self.barrierCost, .barrier) }
        var weight: Double
        var role: Role
        let density = f.stopwordDensity
        let proseDensity = usesStopwords ? density >= 0.2 : true
        if f.hasFurniturePhrase || (f.hasBoilerplatePhrase && f.length < 25 && !Self.isEditorsNote(block.text)) {
            (weight, role) = (-(length + 4), .furniture)
        } else if f.separators >= 2 && f.length < 40 {
            (weight, role) = (-(length + 4), .furniture)
        } else if f.length >= 15 && proseDensity && f.sentenceEnds >= 1 {
            (weight, role) = (length, .prose)
        } else if f.length >= 7 && (usesStopwords ? density >= 0.15 : true) && f.endsSentence {
            (weight, role) = (length * 0.7, .prose)
        } else if f.length >= 30 && (usesStopwords ? density >= 0.25 : f.sentenceEnds > 0) {
            (weight, role) = (length * 0.5, .prose)
        } else if f.length >= 15 && f.endsSentence && f.sentenceEnds >= 1 && (usesStopwords ? density >= 0.1 : true)
            && f.brackets == 0 && !f.looksLikeCaption
        {
            // A market report's sentence of names and figures ("… bought shares worth Rs 1,870 crore on Monday,
            // while domestic institutions were net sellers.") has few stopwords but is a sentence all the same.
            (weight, role) = (length * 0.5, .prose)
        } else if f.length >= 15 && f.endsSentence && Dateline.read(block.text) != nil {
            // A story's lead opens with its dateline ("SAN JOSE, Calif., Nov. 21, 2023 /PRNewswire/ -- Acme
            // Inc. (NASDAQ: ACRO) …"); names, figures and dates can leave it too few stopwords to read as prose.
            (weight, role) = (length * 0.7, .prose)
        } else if block.page != nil {
            if f.length <= 14 && !f.endsSentence && f.brackets == 0 && !block.isBullet {
                (weight, role) = (-(1 + length * 0.2), .heading)
            } else {
                (weight, role) = (-(2 + length * 0.4), .furniture)
            }
        } else if !block.isBullet && f.brackets == 0 {
            (weight, role) = (-(Self.lineCost + length * 0.1), .heading)
        } else {
            (weight, role) = (-(2 + length * 0.3), f.length >= 4 ? .heading : .furniture)
        }
        // A caption as long as a paragraph (see `isPhotoCaptionParagraph`): furniture, but costing one whatever its
        // length, as the story goes on after the photo (a gallery of three long captions between the lead and the
        // second paragraph must not cut the lead off as an island).
        if role != .furniture && f.length >= 15 && Self.isPhotoCaptionParagraph(block.text)
            || role != .furniture && Self.opensWithCaptionLabel(block.text)
        {
            (weight, role) = (-1, .furniture)
        }
        if f.length < 60 && f.looksLikeCaption {
            (weight, role) = (min(weight, -(length * 0.5 + 2)), .furniture)
        }
        if f.brackets > 0 && f.length < 20 { (weight, role) = (min(weight, -(length + 2)), .furniture) }
        // A live blog's entry stamp ("16:05 GMT", "7:05 p.m.", "6:15 PM EST") on its own line: the time of a post,
        // not its text.
        if f.length <= 5 && Self.isClockLine(block.text) { (weight, role) = (min(weight, -(length + 1)), .furniture) }
        // "Share", "Save", "Print" on a line of their own: a share bar's buttons, above the lead, between a live
        // blog's entries or under the story, never a heading of it.
        if f.length <= 2 && (ParsingLexicon.isShareToolLabel(block.text) || Self.isLoadingPlaceholder(block.text)) {
            (weight, role) = (min(weight, -(length + 1)), .furniture)
        }
        if repeated {
            let cost = block.isBullet || role == .furniture || block.page != nil ? length + 2 : 1 + length * 0.3
            weight = min(weight, -cost)
            if role == .prose { role = f.length >= 30 ? .furniture : .heading }
        }
        if let page = block.page {
            (weight, role) = adjust(weight, role, length: length, page)
            // A legal notice inside the story's markup ("Copyright 2024 The Associated Press. All rights reserved."
            // closing agency copy on a station's page) is still furniture, whatever the container says.
            if f.hasFurniturePhrase { (weight, role) = (min(weight, -(length + 4)), .furniture) }
        }
        return (weight, role)
    }

    private func adjust(_ weight: Double, _ role: Role, length: Double, _ page: PageContext) -> (Double, Role) {
        var weight = weight
        var role = role
        if page.inFurniture || page.hint <= -2 {
            return (min(weight, -(length * 0.8 + 3)), .furniture)
        }
        if page.hint == -1 && weight > 0 { weight *= 0.5 }
        if page.linkDensity > 0.5 { return (min(weight, -(length * 0.6 + 2)), .furniture) }
        if case .caption = page.kind { return (min(weight, -(length * 0.5 + 1)), .furniture) }
        if case .heading = page.kind, role != .furniture {
            role = .heading
            weight = -1
        }
        if page.inArticle || page.hint > 0 {
            if role == .prose {
                weight *= 1.5
            } else if role == .heading {
                weight = -0.5
            } else if length >= 4 && page.linkDensity < 0.2 {
                (weight, role) = (length * 0.3, .prose)
            }
        }
        return (weight, role)
    }

    func select(_ blocks: [TextBlock], _ features: [BlockFeatures]) -> Selection {
        let scored = weights(blocks, features)
        var best = (sum: 0.0, lo: -1, hi: -1)
        var sum = 0.0
        var lo = 0
        for (i, item) in scored.enumerated() {
            if sum <= 0 {
                sum = 0
                lo = i
            }
            sum += item.weight
            if sum > best.sum { best = (sum, lo, i) }
        }
        if best.lo < 0 || best.sum < Self.minimumProse {
            // No prose to speak of: the story may be a list or a table (results, schedules). Take the longest
            // stretch of plain lines, if it is long enough to be one.
            if let lines = plainLineStretch(blocks, scored) { return Selection(blocks: Array(lines), run: lines) }
            guard best.lo >= 0 else { return Selection(blocks: [], run: nil) }
        }
        var run = trim(best.lo...best.hi, scored)
        run = extendOverTrailingLines(run, blocks, scored)
        run = extendOverTrailingFigures(run, blocks, features, scored)
        var chosen: [Int] = []
        for i in run {
            let role = scored[i].role
            if role == .prose || role == .heading { chosen.append(i) }
        }
        return Selection(blocks: chosen, run: run)
    }

    /// A line holding only a time of day: one or two digits, ":" or ".", two digits, then at most an "am"/"pm"
    /// (dotted or not, glued or not) and a zone of two to four capitals ("16:05 GMT", "7:05 p.m.", "12.31pm").
    /// Seconds or fractions ("1:45.32", a race time) make it no clock.
    static func isClockLine(_ text: String) -> Bool {
        // Most lines fail on their length or their first byte, asked before the bytes are copied out.
        guard text.utf8.count >= 4, text.utf8.count <= 16, let first = text.utf8.first, first &- 0x30 < 10 else {
            return false
        }
        let b = Array(text.utf8)
        func digit(_ k: Int) -> Bool { k < b.count && b[k] &- 0x30 < 10 }
        var k = 0
        guard digit(0) else { return false }
        k = digit(1) ? 2 : 1
        guard k < b.count, b[k] == 0x3A || b[k] == 0x2E, digit(k + 1), digit(k + 2) else { return false }
        // "12.31" alone may be a race time or a price; with a dot, only "12.31pm" or "12.31 GMT" is a clock.
        let dotted = b[k] == 0x2E
        k += 3
        var rest = String(decoding: b[k...], as: UTF8.self).lowercased()
        var marked = false
        for meridiem in [" a.m.", " p.m.", " am", " pm", "am", "pm"] where rest.hasPrefix(meridiem) {
            rest.removeFirst(meridiem.count)
            marked = true
            break
        }
        if rest.isEmpty { return !dotted || marked }
        guard rest.first == " " else { return false }
        let zone = rest.dropFirst()
        return (2...4).contains(zone.count) && zone.allSatisfy { $0 >= "a" && $0 <= "z" }
            && text.utf8.suffix(zone.count).allSatisfy { $0 &- 0x41 < 26 }
    }

    /// A live blog's relative stamp over an entry ("1h ago", "35 mins ago", "Updated 2 hours ago") or its note of
    /// the last change ("Updated at 16.31 BST"): when a post was written or changed, not its text.
    static func isLiveStampLine(_ text: String) -> Bool {
        // Every stamp is short and opens with a digit, "Updated" or "Posted"; a relative one ends with "ago". Both
        // are asked of the bytes before the words are split out.
        guard text.utf8.count <= 28, let lead = text.utf8.first else { return false }
        if lead &- 0x30 >= 10 {
            guard ArticleBodyEdges.opensFolded(text, updatedLabel) || ArticleBodyEdges.opensFolded(text, postedLabel)
            else { return false }
        } else if !text.utf8.suffix(3).map({ $0 &- 0x41 < 26 ? $0 + 32 : $0 }).elementsEqual("ago".utf8) {
            return false
        }
        var words = foldedWords(text)
        if let first = words.first, first == "updated" || first == "posted" {
            words.removeFirst()
            if words.first == "at", let at = text.range(of: " at ") {
                return isClockLine(String(text[at.upperBound...]))
            }
        }
        guard words.last == "ago", words.count == 2 || words.count == 3 else { return false }
        let amount = words[0].prefix { $0.isNumber }
        guard !amount.isEmpty else { return false }
        let unit = words.count == 3 ? words[1] : String(words[0].dropFirst(amount.count))
        return (words.count == 2) != (amount.count == words[0].count) && agoUnits.contains(unit)
    }

    static let updatedLabel = Array("updated ".utf8)
    static let postedLabel = Array("posted ".utf8)

    static let agoUnits: Set<String> = [
        "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour",
        "hours", "d", "day", "days",
    ]

    /// A related-links heading ("Related:", "Related Stories", "Read next") in a box of its own (an <aside>, a
    /// "related" or "promo" element) set between two paragraphs of the same story container (<article>, a
    /// "story-body" element): the story goes on after the box, so the heading is furniture the run may cross, not
    /// the story's end. A box after the container has closed (an entry footer, a sidebar), comment headings and
    /// the other end markers still end the story. The paragraphs are looked for among the twelve blocks on either
    /// side, so the test stays linear.
    static func headsBoxInsideStory(_ blocks: [TextBlock], _ i: Int) -> Bool {
        guard let page = blocks[i].page, page.inFurniture || page.hint <= -2, page.container != 0 else {
            return false
        }
        let lower = ScalarClass.lowercased(blocks[i].text)
        guard relatedLinkHeadings.contains(where: { lower.hasPrefix($0) }) else { return false }
        func isParagraph(_ k: Int) -> Bool {
            guard let p = blocks[k].page, case .paragraph = p.kind else { return false }
            return !p.inFurniture && p.hint > -2
        }
        guard let before = (max(0, i - 12)..<i).reversed().first(where: isParagraph),
            let after = (i + 1..<min(blocks.count, i + 13)).first(where: isParagraph)
        else { return false }
        return blocks[before].page?.container == page.container && blocks[after].page?.container == page.container
    }

    /// Openings of the end markers that head a box of links to other stories.
    static let relatedLinkHeadings = [
        "related", "read next", "read more", "more stories", "more news", "recommended", "you may also like",
        "you might also like", "most popular", "most read", "more on this",
    ]

    /// "Editor's note: This story has been updated with comments from …", "Correction: …": the newsroom's note on
    /// the story is part of it, though it may hold a furniture word ("comments", "updated").
    static func isEditorsNote(_ text: String) -> Bool {
        let opening = text.utf8.prefix(16).map { $0 &- 0x41 < 26 ? $0 + 32 : $0 }
        return editorsNoteOpenings.contains { opening.starts(with: $0) }
    }

    /// How those notes open, lowercased, with the apostrophe typed or typeset.
    static let editorsNoteOpenings = [
        "editor's note", "editor’s note", "editors' note", "editors’ note", "correction:", "clarification:",
    ].map { Array($0.utf8) }

    /// Below this total weight a run is not an article's prose.
    static let minimumProse = 15.0

    /// The stretch of consecutive plain lines (heading role) holding the most words, if it holds at least 40.
    func plainLineStretch(_ blocks: [TextBlock], _ scored: [(weight: Double, role: Role)]) -> ClosedRange<Int>? {
        var best: (words: Int, range: ClosedRange<Int>)? = nil
        var start: Int? = nil
        var words = 0
        for i in 0...blocks.count {
            if i < blocks.count, scored[i].role == .heading {
                if start == nil {
                    start = i
                    words = 0
                }
                words += blocks[i].text.split(separator: " ").count
            } else if let lo = start {
                if words > (best?.words ?? 39) { best = (words, lo...(i - 1)) }
                start = nil
            }
        }
        return best?.range
    }

    /// In HTML, a list of short lines that closes the article (tour dates, results) costs a little each and so falls
    /// outside the best run; lines in the same markup context that follow it directly are taken back.
    func extendOverTrailingLines(
        _ run: ClosedRange<Int>, _ blocks: [TextBlock], _ scored: [(weight: Double, role: Role)]
    ) -> ClosedRange<Int> {
        guard let last = blocks[run.upperBound].page else { return run }
        var hi = run.upperBound
        while hi + 1 < blocks.count, hi - run.upperBound < 80, scored[hi + 1].role == .heading,
            let page = blocks[hi + 1].page, page.inArticle == last.inArticle, page.hint == last.hint,
            page.linkDensity < 0.5, !page.inFurniture
        {
            hi += 1
        }
        return run.lowerBound...hi
    }

    /// Cuts small islands of prose off the ends of a run: a disclosure before the article, an author bio or the first
    /// comments after it, when a wide gap of furniture separates them from the article's core.
    func trim(_ run: ClosedRange<Int>, _ scored: [(weight: Double, role: Role)]) -> ClosedRange<Int> {
        struct Segment {
            var lo: Int
            var hi: Int
            var weight: Double
            var gapBefore: Double
        }
        var segments: [Segment] = []
        var gapBlocks = 0
        var gapCost = 0.0
        for i in run {
            let (weight, role) = scored[i]
            if role == .prose && weight > 0 {
                if var last = segments.last, gapBlocks < Self.gapBlocks && gapCost > -Self.gapCost {
                    last.hi = i
                    last.weight += weight + gapCost
                    segments[segments.count - 1] = last
                } else {
                    segments.append(Segment(lo: i, hi: i, weight: weight, gapBefore: gapCost))
                }
                gapBlocks = 0
                gapCost = 0
            } else {
                gapBlocks += 1
                gapCost += weight
            }
        }
        guard segments.count > 1 else { return segments.first.map { $0.lo...$0.hi } ?? run }
        var core = 0
        for k in segments.indices where segments[k].weight > segments[core].weight { core = k }
        var lo = core
        var hi = core
        var kept = segments[core].weight
        while true {
            var grew = false
            if hi + 1 < segments.count {
                let next = segments[hi + 1]
                if next.weight >= Self.islandShare * kept && next.weight + next.gapBefore > 0 {
                    hi += 1
                    kept += next.weight + next.gapBefore
                    grew = true
                }
            }
            if lo > 0 {
                let previous = segments[lo - 1]
                let gap = segments[lo].gapBefore
                if previous.weight >= Self.islandShare * kept && previous.weight + gap > 0 {
                    lo -= 1
                    kept += previous.weight + gap
                    grew = true
                }
            }
            if !grew { break }
        }
        return segments[lo].lo...segments[hi].hi
    }

    /// A gap this wide (blocks) or this costly splits a run into separate islands.
    static let gapBlocks = 6
    static let gapCost = 20.0
    /// An island joins the article only if it weighs at least this share of what is kept so far.
    static let islandShare = 0.1
}
