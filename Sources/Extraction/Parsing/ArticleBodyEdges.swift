/// The edges of the story inside the selected run: what opens it before the lead (headline, byline, date lines,
/// the rest of a byline block) and what closes wire copy after the last paragraph (credits and standards lines).
enum ArticleBodyEdges {
    /// The selected blocks without the header above the lead and the wire trailers below the story; `authors` are the
    /// byline's, whose notes under the story ("Jane Doe is a reporter for …") go with the trailers.
    static func story(
        _ selection: [Int], blocks: [TextBlock], features: [BlockFeatures], titleBlock: Int?, bylineBlocks: Set<Int>,
        dateBlock: Int?, authors: [String] = []
    ) -> [Int] {
        var body = selection.filter { $0 != titleBlock && !bylineBlocks.contains($0) }
        // The headline and byline open the article: what the selection holds before them is page furniture.
        let opening = ([titleBlock].compactMap { $0 } + bylineBlocks).filter { index in
            selection.prefix(8).contains(index)
        }
        if let last = opening.max() {
            body = body.filter { $0 > last }
        } else if let byline = bylineUnderStandfirst(body, blocks: blocks, features: features) {
            body = body.filter { $0 > byline }
        }
        // Date lines between the byline and the story ("AMSTERDAM | 2019-10-16 14:05 CET", "Updated: 18 Nov 2019,
        // 19:11") are not the story's; a dateline that opens the lead paragraph is longer and stays.
        // So is the rest of a byline block under the name, the author's role ("Staff Writer") and address
        // ("jsmith@example.com"), and a counter without words (shares, comments: "0").
        // A line that says it is one ("Published 6:02 a.m. CT Nov. 12, 2025") may be longer.
        func dropHeaderLines() {
            while let first = body.first, body.count > 1,
                (features[first].words <= 8
                    || (features[first].words <= 14
                        && TextMetadataReader.opensDateLine(blocks[first].text.lowercased())))
                    && !features[first].endsSentence
                    && (first == dateBlock || !DateScanner().dates(in: blocks[first].text).isEmpty
                        || (!bylineBlocks.isEmpty && ArticleParser.isBylineRest(blocks[first].text))
                        || (features[first].words <= 2
                            && !blocks[first].text.unicodeScalars.contains(where: ScalarClass.isLetter)))
                    // Two labelled stamps ending in "a.m." end like a sentence and run past 14 words.
                    || (features[first].words <= 24 && isLabelledDates(blocks[first].text))
            {
                body.removeFirst()
            }
        }
        dropHeaderLines()
        // The publication date's own line a block or two further down ends the header too: what stands above it
        // is short and the author's ("I write about the economics of clean energy." under a contributor's name).
        // Only a line that is a date and no sentence: a dateline opening the lead paragraph is the story's.
        // Up to four blocks above it: a press office writes its fields as label and value lines ("From:",
        // "Department for …", "Published", "12 March 2024"). A standfirst alone above it may run to 30 words ("Schools
        // that shorten the week to keep staff are treating a symptom. The disease is workload, …").
        if let dateBlock, let at = body.prefix(5).firstIndex(of: dateBlock), at > 0, body.count > at + 1,
            features[dateBlock].words <= 14, !features[dateBlock].endsSentence,
            body[..<at].allSatisfy({ features[$0].words <= 20 }) || (at == 1 && features[body[0]].words <= 30)
        {
            body.removeFirst(at + 1)
            dropHeaderLines()
        }
        // Wire copy closes with who reported and edited it and the agency's standards line: credits, not story; the
        // little the run holds under them (the reporter's name and bio, "Thomson Reuters") is not story either.
        // A rule drawn in characters above them ("___" in AP copy) stays: the dev pages' gold keeps it.
        // A release's self-description, legalese and contacts, a science story's references: see `ClosingNotes`.
        // Cards pointing to the site's other stories under the story: see `withoutStoryCards` (cards with a date
        // line) and `withoutHeadlineCards` (a label over headlines and summaries).
        body = withoutStoryCards(body, blocks: blocks, features: features)
        body = withoutHeadlineCards(body, blocks: blocks, features: features)
        body = withoutClosingNotes(body, blocks: blocks, features: features)
        var cut: Int? = nil
        var wordsBelow = 0
        for k in Swift.stride(from: body.count - 1, through: max(1, body.count - 8), by: -1) {
            let f = features[body[k]]
            if f.words <= 60, isTrailer(blocks[body[k]].text) || isReporterNote(blocks[body[k]].text, authors: authors)
            {
                cut = k
            }
            wordsBelow += f.words
            if wordsBelow > 80 { break }
        }
        if let cut { body.removeSubrange(cut...) }
        body = withoutAuthorBox(body, blocks: blocks, features: features, authors: authors)
        // A live blog signs each entry with its writer's name on a line of its own ("Priya Raman" under "6:15 PM
        // EST"): the byline's names standing alone are signatures, not story.
        if !authors.isEmpty {
            body.removeAll { features[$0].words <= 4 && authors.contains(blocks[$0].text) }
        }
        // A live blog's relative stamps over its entries ("1h ago", "Updated at 16.31 BST"): left out here, after
        // the cards under the story were told by them (a card's "Posted 2h ago" is its date line).
        body.removeAll { features[$0].words <= 5 && BodySelector.isLiveStampLine(blocks[$0].text) }
        return body
    }

    /// An explicit byline ("By Daniel Okafor") among the run's first blocks when the metadata reader found none
    /// there: a page may set its standfirst and the lead photo's caption, both read as prose, above the byline
    /// and below a share bar, and the byline then lies too deep under the run's start to be looked for as one.
    /// What the run holds above it is that header. At most four blocks above it, the line itself short, no
    /// sentence, opening "By" and naming someone.
    static func bylineUnderStandfirst(_ body: [Int], blocks: [TextBlock], features: [BlockFeatures]) -> Int? {
        for k in body.prefix(5).indices.dropFirst() {
            let i = body[k]
            guard features[i].words >= 2, features[i].words <= 8, !features[i].endsSentence,
                opensFolded(blocks[i].text, byLabel)
            else { continue }
            if let byline = BylineParser().parse(blocks[i].text), byline.explicit, !byline.authors.isEmpty {
                return i
            }
        }
        return nil
    }

    static let byLabel = Array("by ".utf8)

    /// "PUBLISHED: March 5, 2024 at 6:00 a.m. | UPDATED: March 5, 2024 at 9:41 a.m.": a line that opens with a date
    /// label and whose every part holds a date, however many words the two stamps take.
    static func isLabelledDates(_ text: String) -> Bool {
        guard TextMetadataReader.opensDateLine(ScalarClass.lowercased(text)) else { return false }
        let scanner = DateScanner()
        return TextMetadataReader.dateParts(text).allSatisfy { !scanner.dates(in: $0).isEmpty }
    }

    /// A credit line that closes wire copy: "Reporting by A; Editing by B", "Additional reporting by A",
    /// "Our Standards: The Thomson Reuters Trust Principles.", "Associated Press writer A contributed to this report."
    static func isTrailer(_ text: String) -> Bool {
        // "(Reporting by A; Editing by B)", "--With assistance from A.": the same credits in brackets or after dashes.
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isWrapping($0) }),
            let last = scalars.lastIndex(where: { !isWrapping($0) })
        else { return false }
        let line = String(scalars[start...last])
        // Every credit opens with one of these letters or says "contributed": most paragraphs are passed over
        // without a lowercased copy.
        guard creditInitials.contains(scalars[start]) || ByteSearch.containsFolded(line, contributed) else {
            return false
        }
        let lower = ScalarClass.lowercased(line)
        if lower.hasPrefix("our standards:") && lower.contains("trust principles") { return true }
        // "First published on March 6, 2024 at 5:12pm" under the story: the page's stamp, not the story's end. Only
        // the labels a footer words so: a header's "Published: 14:32, 05 March 2024" may fall among the last blocks
        // of a short story's selection, and a trailer cuts everything under it.
        if footerStampLabels.contains(where: { lower.hasPrefix($0) }),
            lower.split(separator: " ").count <= 16, !DateScanner().dates(in: line).isEmpty
        {
            return true
        }
        // "This report by The Canadian Press was first published Oct. 3, 2023.": the agency's closing stamp.
        if lower.hasPrefix("this report by ") && lower.contains(" was first published") { return true }
        // "This story was written by Jane Doe, Local Democracy Reporting Service, and was published by …": the note a
        // shared reporting service closes its copy with.
        if serviceNoteOpeners.contains(where: { lower.hasPrefix($0) }) {
            return lower.split(separator: " ").count <= 50
        }
        // "Appeared in the March 6, 2024, print edition as '…'", "A version of this article appears in print on …":
        // where the story ran in the paper.
        if (lower.hasPrefix("appeared in the ") && lower.contains(" print edition"))
            || lower.hasPrefix("a version of this article appears in print")
        {
            return lower.split(separator: " ").count <= 50
        }
        // "Contact Jane Doe at jdoe@example.com or 555-0142.": how to reach the reporter, under the story.
        for opener in contactOpeners where lower.hasPrefix(opener) {
            let rest = line.unicodeScalars.dropFirst(opener.unicodeScalars.count)
            return (rest.first.map(ScalarClass.isUppercase) ?? false) && lower.contains("@")
                && lower.split(separator: " ").count <= 25
        }
        // A credit names people: the word after "by" is capitalised ("Reporting by local media…" is a sentence).
        for opener in creditOpeners where lower.hasPrefix(opener) {
            let rest = line.unicodeScalars.dropFirst(opener.unicodeScalars.count)
            return rest.first.map(ScalarClass.isUppercase) ?? false
        }
        // The cheap tests first (all three are pure, so their order does not change the answer): most paragraphs
        // end in no contribution and are never split into words.
        guard let first = line.unicodeScalars.first, ScalarClass.isUppercase(first) else { return false }
        if contributionEndings.contains(where: { lower.hasSuffix($0) }) {
            return lower.split(separator: " ").count <= 30
        }
        // "Associated Press writer Jane Doe in Abuja contributed.": the short form names the contributor's trade, so
        // a story's own "Both teams contributed." is no credit.
        guard lower.hasSuffix(" contributed.") || lower.hasSuffix(" contributed") else { return false }
        let words = lower.split(separator: " ")
        return words.count <= 30 && words.contains { contributorTrades.contains(String($0)) }
    }

    /// A note on the story's own reporter under it: "Jane Doe is a congressional reporter for the Example Post.",
    /// "Doe covers West Africa for the agency." It opens with a byline's name (whole, or the surname alone) and goes
    /// on to say what the reporter is or covers; a story's sentence about someone else opens with another name.
    static func isReporterNote(_ text: String, authors: [String]) -> Bool {
        guard !authors.isEmpty, let first = text.unicodeScalars.first, ScalarClass.isUppercase(first) else {
            return false
        }
        // The line's first word must be a name's first word or surname: most paragraphs are turned away on it
        // without a lowercased copy of the whole.
        let opening = ScalarClass.lowercased(String(text.prefix { $0 != " " }))
        let openers = authors.flatMap { author in
            let words = ScalarClass.lowercased(author).split(separator: " ")
            return [words.first, words.last].compactMap { $0.map(String.init) }
        }
        guard openers.contains(opening) else { return false }
        let lower = ScalarClass.lowercased(text)
        for author in authors {
            let name = ScalarClass.lowercased(author)
            let names = [name, name.split(separator: " ").last.map(String.init) ?? name]
            for written in names where lower.hasPrefix(written + " ") {
                let rest = lower.dropFirst(written.count + 1)
                if reporterNoteVerbs.contains(where: { rest.hasPrefix($0) }) {
                    return lower.split(separator: " ").count <= 40
                }
            }
        }
        return false
    }

    /// What a note on the reporter says after the name.
    static let reporterNoteVerbs = [
        "is a ", "is an ", "is the ", "covers ", "writes about ", "reports on ",
        // "Jane Doe can be reached at jdoe@example.com or 555-0142.": a local paper's contact line.
        "can be reached ",
    ]

    /// The trades a short contribution line names: "Associated Press writers A and B contributed."
    static let contributorTrades: Set<String> = [
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists",
        "researcher", "researchers", "photographer", "photographers",
    ]

    /// Openings of the note naming who wrote a shared story, lowercased.
    static let serviceNoteOpeners = ["this story was written by ", "this article was written by "]

    /// Openings of a line telling how to reach the reporter, lowercased, each followed by a name.
    static let contactOpeners = ["contact ", "reach ", "email ", "write to "]

    /// The reporters a wire trailer credits: "(Reporting by Hadeel Al Sayegh; Editing by Louise Heavens)" →
    /// ["Hadeel Al Sayegh"]; nil for other lines, and for "Additional reporting by", whose names helped the author.
    static func reporters(in text: String) -> [String]? {
        guard isTrailer(text) else { return nil }
        let line = String(text.unicodeScalars.drop(while: isWrapping))
        guard line.hasPrefix("Reporting by ") else { return nil }
        let credit = line.dropFirst("Reporting by ".count).prefix { $0 != ";" && $0 != ")" && $0 != "\n" }
        let authors = BylineParser().parse("By " + credit.trimmingCharacters(in: .whitespaces))?.authors ?? []
        return authors.isEmpty ? nil : authors
    }

    /// The reporters the trailer among the three blocks after the body's last credits, if any.
    static func reporters(after last: Int, in blocks: [TextBlock]) -> [String]? {
        guard last + 1 < blocks.count else { return nil }
        return blocks[(last + 1)..<min(blocks.count, last + 4)].lazy.compactMap { reporters(in: $0.text) }.first
    }

    /// How a footer labels the page's stamp under the story.
    static let footerStampLabels = [
        "first published", "originally published", "first posted", "this article was first published",
        "this article was originally published", "this story was originally published",
    ]

    static func isWrapping(_ s: Unicode.Scalar) -> Bool {
        s == "(" || s == ")" || s == "-" || s == "–" || s == "—" || s == " "
    }

    /// The first letters of `creditOpeners`, `contactOpeners`, "Our Standards", "This report by" and the footer's
    /// stamp labels ("First published"), in either case.
    static let creditInitials: Set<Unicode.Scalar> = [
        "R", "r", "A", "a", "W", "w", "E", "e", "C", "c", "O", "o", "T", "t", "F", "f",
    ]
    static let contributed = Array("contributed".utf8)

    /// Openings of a wire story's credit line, lowercased, each followed by the names.
    static let creditOpeners = [
        "reporting by ", "additional reporting by ", "writing by ", "editing by ", "reporting and writing by ",
        "compiled by ", "with assistance from ",
    ]

    /// Endings of the line crediting a contributor: "X contributed to this report."
    static let contributionEndings = [
        "contributed to this report.", "contributed to this report", "contributed to this story.",
        "contributed reporting.", "contributed to this article.",
    ]
}
