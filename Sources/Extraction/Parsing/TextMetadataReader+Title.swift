/// Choosing the headline among the lines above the body: each candidate line scored by its shape, its place
/// relative to the byline and the body, and the page's own title hints.
extension TextMetadataReader {
    func chooseTitle(bylines: [Int: BylineParser.Byline], anchor: Int?) -> Int? {
        var best: (score: Double, index: Int)? = nil
        for (index, score) in titleScores(bylines: bylines, anchor: anchor) where best == nil || score > best!.score {
            best = (score, index)
        }
        return best?.index
    }

    /// Every headline candidate with its score.
    func titleScores(bylines: [Int: BylineParser.Byline], anchor: Int?) -> [(Int, Double)] {
        let lo = max(0, min(bodyStart - 40, (anchor ?? bodyStart) - 12))
        let hints = hintedTitles.map(Self.normalised).filter { !$0.isEmpty }
        let slug = Set(pageURL?.slugWords ?? [])
        // A word of a line is a run of its lowered scalars, so a slug word the line writes is in its lowered bytes:
        // a line holding fewer than two of them shares fewer than two words with the slug, and scores nothing for it.
        let slugBytes = slug.map { Array($0.utf8) }
        // A question for headline reads as prose ("Is oat milk better for the environment?") and opens the run: with
        // the byline inside the run, under it, the question is a candidate too.
        let asks = bodyStart < blocks.count && (anchor ?? 0) > bodyStart && blocks[bodyStart].text.hasSuffix("?")
        let inner = asks ? bodyStart + 1 : bodyStart
        // Without hints, down to a byline the run opens with ("Headline" / "Published 28 January" / "Anna
        // Lindqvist" / "Reporter" / the story): the headline stands over it, inside the run.
        let overByline = anchor.map { $0 > inner && $0 - inner <= 6 ? $0 : inner } ?? inner
        let hi = hints.isEmpty && slug.count < 3 ? overByline : min(blocks.count, bodyStart + 2)
        // A line ending a sentence there is a caption or the lead ("Engineers examine the piers." over "By …").
        let intoRun = hints.isEmpty && slug.count < 3 && overByline > inner
        guard lo < hi else { return [] }
        var scores: [(Int, Double)] = []
        let dateScanner = DateScanner()
        let authorNames = Set(bylines.values.flatMap(\.authors).map { $0.lowercased() })
        // Each name with its bytes when a byte search decides `contains` for it (see `LineShortcuts.contains`).
        let authorNeedles = authorNames.map { name -> (String, [UInt8]?) in
            let plain = name.utf8.allSatisfy { $0 < 0x80 && $0 != 0x4B && $0 != 0x3B && $0 != 0x60 }
            return (name, plain && !name.isEmpty ? Array(name.utf8) : nil)
        }
        // The neighbourhood of the header, where a headline is repeated (breadcrumb, gallery, share text).
        let echoes = HeadlineEchoes(page: loweredPage, blocks: max(0, lo - 100)..<min(blocks.count, hi + 100))
        let normals = (lo..<hi).map { Self.normalised(blocks[$0].text) }
        // Whether another line of the range reads the same: counted by comparing, only for the few candidates that
        // get that far, rather than hashing every line's words into a table.
        func writtenTwice(_ k: Int) -> Bool {
            var seen = 0
            for norm in normals where norm == normals[k] {
                seen += 1
                if seen > 1 { return true }
            }
            return false
        }
        // Whether a block gives a date, each block scanned once: neighbours are asked about again and again.
        var dated: [Int: Bool] = [:]
        func hasDate(_ k: Int) -> Bool {
            if let known = dated[k] { return known }
            let found = !dateScanner.dates(in: blocks[k].text).isEmpty
            dated[k] = found
            return found
        }
        for i in lo..<hi {
            let block = blocks[i]
            let f = features[i]
            let count = ScalarClass.count(of: block.text)
            guard count >= 8, count <= 300, f.words >= 2 || f.ideographs >= 6, f.length <= 45 else { continue }
            if intoRun && i >= inner && f.endsSentence { continue }
            // A headline may hold a furniture word ("… after BOJ comments", "Back to school …"): a line of seven
            // words or more just above the byline or date is still a candidate, marked down below.
            let overAnchor = anchor.map { $0 > i && $0 - i <= 3 } ?? false
            guard !f.hasBoilerplatePhrase || f.length > 20 || (f.words >= 7 && overAnchor), f.brackets == 0,
                bylines[i] == nil, !isSiteTagline(at: i)
            else { continue }
            if Self.isMenu(block.text) || block.isSpacedMenu || Self.isHeaderClock(block.text) { continue }
            // "Staff Writer", "BBC News, Political correspondent": the rest of a byline block, never the headline.
            if f.words <= 8, ArticleParser.isBylineRest(block.text) || Self.isDeskAndRole(block.text) { continue }
            // "7-key-questions-heading-into-14848176.php": a file name or slug rendered from a link, not a line.
            if !(LineShortcuts.contains(block.text, Self.space) ?? block.text.contains(" ")) { continue }
            let lower = ScalarClass.lowercased(block.text)
            if let opener = BylineParser.opener(of: lower), !BylineParser.sentenceOpeners.contains(opener) { continue }
            // "News provided by", "Photographs by": a label whose names follow on the next line.
            if Self.endsWithBy(lower) { continue }
            // What such a label introduces ("Acme Robotics Inc." under "News provided by") is a name, not a headline.
            if i > 0, features[i - 1].length <= 5, Self.endsWithBy(blocks[i - 1].text) { continue }
            if Self.opensDateLine(lower) { continue }
            // "Skip to content" in any language the parser reads, "This article is more than 1 month old".
            // (Each test behind a cheap one: the controls are at most four words, the notice ends in "d".)
            if f.words <= 4, SourceFinder.pageControls.contains(lower) { continue }
            // "Je m'abonne  Me connecter", "Logg inn": the account's links, drawn over the headline.
            if f.words <= 6, Self.isAccountLinks(lower) { continue }
            if f.words <= 8, lower.utf8.last == 0x64, Self.isAgeNotice(lower) { continue }
            if f.words <= 24, ByteSearch.holds(block.text, byte: 0x2F), Self.endsWithSlashCredit(block.text) {
                continue
            }
            // "Photograph: Alan Betson", "Illustration: Jane Doe": a picture's credit under it, not a headline.
            if Self.opensPictureCredit(lower) { continue }
            // A credit in place of a byline ("Coast News wire services", "Herald staff reports").
            if Self.endsWithCredit(lower) { continue }
            // An image's alt text ("Site Logo"), an address or an agency's name is not a headline.
            // Without "the " the replacement gives the line itself, already looked up.
            if lower.hasSuffix(" logo") || LineShortcuts.contains(lower, Self.schemeMark) ?? lower.contains("://")
                || lower.hasPrefix("www.")
                || ParsingLexicon.wireAgencies[lower] != nil
                || (ByteSearch.contains(lower, Self.article)
                    && (Self.agencyKeysArePlain ? ByteSearch.isASCII(lower) : true)
                    && ParsingLexicon.wireAgencies[Self.withoutArticles(lower)] != nil)
            {
                continue
            }
            if (f.words <= 20 || f.separators > 0) && hasDate(i) { continue }
            var score = 0.0
            if let anchor, anchor > i {
                let gap = anchor - i
                score += gap <= 8 ? 8 - Double(gap) * 0.8 : -Double(gap - 8) * 0.5
            } else if let anchor, anchor <= i {
                score -= 4 + Double(i - anchor)
            } else {
                score -= Double(bodyStart - i) * 0.4
            }
            if block.isBullet { score -= 4 }
            if f.endsSentence && block.text.unicodeScalars.last == "." { score -= 3 }
            if f.sentenceEnds >= 2 { score -= 3 }  // two sentences: a standfirst, not a headline
            if Self.isNumberedItem(block.text) { score -= 4 }
            // Under another headline-shaped line: a standfirst ("Headline", "One-sentence summary", byline).
            // A line ending in this one ("Home News Business News Headline") is the trail to it, not another headline.
            let followsHeadline =
                i > lo && isCandidateShape(i - 1, hasDate) && features[i - 1].length >= 4 && !blocks[i - 1].isBullet
                && !blocks[i - 1].text.hasSuffix(block.text)
            // "Headline" then "Updated Nov 19, 6:55 AM", or with a short line between ("Share", the author's
            // name). A standfirst sits just as close above the byline and its date: it gets no such help.
            if !followsHeadline,
                isDateLine(i + 1, hasDate) || (i + 2 < hi && isDateLine(i + 2, hasDate) && features[i + 1].length <= 3),
                !headlineUnderDateLine(i, anchor: anchor, hasDate)
            {
                score += 3
            }
            if f.separators > 0 { score -= 2 }
            if f.hasBoilerplatePhrase && f.length <= 20 { score -= 4 }
            if Self.isBreadcrumb(block.text) { score -= 6 }
            if f.length >= 4 && f.length <= 25 { score += 2 + Double(min(f.words, 12)) * 0.15 }
            if f.length < 3 { score -= 3 }
            if f.capitalisedShare > 0.6 { score += 1 }
            if followsHeadline { score -= 2.5 }
            if authorNeedles.contains(where: { name, bytes in
                bytes.flatMap { LineShortcuts.contains(lower, $0) } ?? lower.contains(name)
            }) {
                score -= 6
            }
            if let first = block.text.unicodeScalars.first, ScalarClass.isLetter(first), !ScalarClass.isUppercase(first)
            {
                score -= 3
            }
            if f.looksLikeCaption { score -= 5 }  // the text's own answer (f.length <= 45 here)
            if isOverPhotoCredit(i) { score -= 5 }
            if f.length >= 4 {
                if writtenTwice(i - lo) {
                    score += 1
                } else if echoes.isRepeated(block: i) {
                    score += 1.5  // the headline again, inside a longer line (breadcrumb, gallery, share text)
                }
            }
            if slug.count >= 3, ByteSearch.holds(atLeast: 2, of: slugBytes, in: lower) {
                // The address's slug repeats the headline's words ("/james-van-der-beek-eliminated-…").
                let words = Set(PageURL.words(of: block.text))
                let shared = Double(words.intersection(slug).count)
                if shared >= 2 {
                    let p = shared / Double(words.count)
                    let r = shared / Double(slug.count)
                    score += 8 * (2 * p * r / (p + r))
                }
            }
            if block.isHeading { score += 3 }
            if case .heading(1) = block.page?.kind { score += 3 }
            if !hints.isEmpty {
                let norm = normals[i - lo]
                if hints.contains(norm) {
                    score += 12
                } else if hints.contains(where: { $0.hasPrefix(norm) || norm.hasPrefix($0) }), norm.count >= 12 {
                    score += 8
                }
            }
            scores.append((i, score))
        }
        return scores
    }

    /// "This article is more than 1 month old": an archive's notice over an old story's headline.
    static func isAgeNotice(_ lower: String) -> Bool {
        lower.hasSuffix(" old")
            && ["this article is more than ", "this story is more than ", "this content is more than "].contains {
                lower.hasPrefix($0)
            }
    }

    /// "Portland City Hall. Beth Nakamura/The Oregonian": a caption closed by its photographer's credit, the name
    /// and the paper joined by a slash, as "AP Photo/Jane Roe" is. A headline has no such tail after a full stop.
    static func endsWithSlashCredit(_ text: String) -> Bool {
        guard let stop = text.range(of: ". ", options: .backwards) else {
            return false
        }
        let credit = text[stop.upperBound...]
        let words = credit.split(separator: " ")
        guard (2...6).contains(words.count), credit.filter({ $0 == "/" }).count == 1,
            let slash = credit.firstIndex(of: "/"), slash > credit.startIndex,
            credit[credit.index(before: slash)].isLetter, credit.index(after: slash) < credit.endIndex,
            credit[credit.index(after: slash)].isUppercase
        else { return false }
        return words.allSatisfy { $0.first?.isUppercase ?? false }
    }
}
