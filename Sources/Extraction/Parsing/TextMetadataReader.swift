import Foundation

/// Reads title, authors, publication date, source and dateline from the blocks a reader sees around the body.
struct TextMetadataReader {
    struct Result {
        var title: String?
        var titleBlock: Int?
        var authors: [String] = []
        var bylineBlocks: Set<Int> = []
        var published: PublicationDate?
        /// The block the date was read from; nil when it came from the dateline or the address.
        var dateBlock: Int?
        var dateFromURL = false
        /// The line of the relative stamp ("3 hours ago") the date was counted back from, when it was.
        var relativeDateBlock: Int?
        var source: String?
        /// How the source was read ("byline", "dateline", "page names"…), for provenance.
        var sourceDetail: String?
        var dateline: Dateline?
        /// The selected blocks without the header above the lead and the trailers below the story: the body.
        var bodyBlocks: [Int] = []
        /// Names the page writes that match the address's host, for the HTML merge.
        var siteCandidates: [SiteNameMatcher.Candidate] = []
    }

    let blocks: [TextBlock]
    let selection: BodySelector.Selection
    let features: [BlockFeatures]
    let language: String
    /// Titles the page's metadata proposes (HTML only); a block matching one is the headline.
    var hintedTitles: [String] = []
    /// The page's address, when the client gave it: host, path date and slug break ties between candidates.
    var pageURL: PageURL?
    /// When the client fetched the page, if it said: the reference a relative stamp ("3 hours ago") counts back from.
    var fetchTime: FetchTime?
    /// The blocks lowered once, for the headline's echoes and the source finder's counts.
    let loweredPage: LoweredPage

    init(
        blocks: [TextBlock], features: [BlockFeatures], selection: BodySelector.Selection, language: String,
        hintedTitles: [String] = []
    ) {
        self.blocks = blocks
        self.features = features
        self.selection = selection
        self.language = language
        self.hintedTitles = hintedTitles
        loweredPage = LoweredPage(blocks)
    }

    var bodyStart: Int { selection.blocks.first ?? blocks.count }

    func read() -> Result {
        var result = Result()
        let bylines = findBylines()
        let anchor = chooseAnchor(bylines)
        let title = chooseTitle(bylines: bylines, anchor: anchor)
        result.titleBlock = title
        if let title { result.title = blocks[title].text }
        var usedSource: String? = nil
        // Authors: the byline nearest after the title, else nearest before the body.
        let ordered = bylines.keys.sorted { a, b in
            let da = distance(a, title: title)
            let db = distance(b, title: title)
            return da != db ? da < db : a < b
        }
        for index in ordered {
            guard let byline = bylines[index] else { continue }
            if result.authors.isEmpty && !byline.authors.isEmpty {
                result.authors = byline.authors
                result.bylineBlocks.insert(index)
                // A byline box of several writers sets each name over its role: the others stand beside this one.
                let others = boxedWriters(around: index, bylines)
                if !others.isEmpty {
                    let all = (others + [(index, byline.authors[0])]).sorted { $0.0 < $1.0 }
                    result.authors = all.map(\.1)
                    result.bylineBlocks.formUnion(others.map(\.0))
                }
            }
            if usedSource == nil, let s = byline.source { usedSource = s }
        }
        if result.authors.isEmpty, let title, let (index, names) = nameLine(after: title) {
            result.authors = names
            result.bylineBlocks.insert(index)
        }
        if result.authors.isEmpty, let title, let (index, names) = nameUnderCaption(after: title) {
            result.authors = names
            result.bylineBlocks.insert(index)
        }
        if usedSource == nil, let last = result.bylineBlocks.max() ?? ordered.first, last + 1 < blocks.count {
            usedSource = Self.deskLine(blocks[last + 1].text)
        }
        let chosenDate = chooseDate(title: title, anchor: anchor)
        (result.published, result.dateBlock) = (chosenDate?.date, chosenDate?.block)
        // A stamp under the story ("First published on …") ends no header above the lead.
        result.bodyBlocks = ArticleBodyEdges.story(
            selection.blocks, blocks: blocks, features: features, titleBlock: title, bylineBlocks: result.bylineBlocks,
            dateBlock: chosenDate?.below == true ? nil : result.dateBlock, authors: result.authors)
        // Wire copy without a byline credits its reporters in the trailer the body leaves out.
        if result.authors.isEmpty, let last = result.bodyBlocks.last {
            result.authors = ArticleBodyEdges.reporters(after: last, in: blocks) ?? []
        }
        // The lead as the reader sees it, under the headline, standfirst and byline the selection may open with.
        if let first = result.bodyBlocks.first { result.dateline = Dateline.read(blocks[first].text) }
        if result.published == nil, let d = datelineDate(result.dateline) { result.published = d }
        // The path's day ("/2019/11/18/") when the page shows none: publishers put the publication day there.
        if result.published == nil, let d = pageURL?.date {
            result.published = d
            result.dateFromURL = true
        }
        // Only "3 hours ago" beside the headline: its day, counted back from the fetch time the client gave.
        if result.published == nil, let relative = relativeDate(title: title, anchor: anchor) {
            (result.published, result.relativeDateBlock) = (relative.date, relative.block)
        }
        (result.source, result.sourceDetail) = chooseSource(
            bylineSource: usedSource, dateline: result.dateline, lead: result.bodyBlocks.first.map { blocks[$0].text })
        if let pageURL {
            let matcher = SiteNameMatcher(url: pageURL)
            result.siteCandidates = matcher.candidates(in: blocks, features: features)
            let reconciled = keepingMasthead(
                result.source, over: matcher.reconcile(result.source, candidates: result.siteCandidates), matcher)
            if reconciled != result.source {
                result.source = reconciled
                result.sourceDetail = "a name the page writes that matches the address's host"
            }
            if let source = result.source, let own = ownSiteName(source, matcher) {
                result.source = own
                result.sourceDetail = "the part of a joint credit, or the agency's site, the host names"
            }
        }
        if let source = result.source, let longer = extendedSource(source) {
            result.source = longer
            result.sourceDetail = "the site's name as its furniture writes it in full"
        }
        // "BY: Beachbody": a byline naming the site itself credits no person.
        if let source = result.source {
            let site = SiteNameMatcher.squash(source)
            let siteWords = Set(source.lowercased().split(separator: " ").map(String.init))
            let labels = Set(pageURL?.siteLabels ?? [])
            result.authors.removeAll { author in
                let key = SiteNameMatcher.squash(author)
                return key == site || labels.contains(key) || (!author.contains(" ") && siteWords.contains(key))
            }
        }
        return result
    }

    /// How far a byline is from the headline: after it is near, before it is farther.
    private func distance(_ index: Int, title: Int?) -> Int {
        guard let title else { return abs(bodyStart - index) }
        return index > title ? index - title : (title - index) * 3
    }

    /// The block the headline sits just above: an explicit byline, else an implied one, else a date line, nearest the body.
    func chooseAnchor(_ bylines: [Int: BylineParser.Byline]) -> Int? {
        let explicit = bylines.filter { $0.value.explicit && !$0.value.authors.isEmpty }.keys.filter {
            $0 <= bodyStart + 4
        }
        if let a = explicit.max() { return a }
        if let a = bylines.keys.filter({ $0 <= bodyStart + 4 }).max() { return a }
        let lo = max(0, bodyStart - 25)
        guard lo < bodyStart else { return nil }
        let scanner = DateScanner()
        for i in Swift.stride(from: bodyStart - 1, through: lo, by: -1)
        where features[i].length <= 24 && !blocks[i].isBullet {
            if !scanner.dates(in: blocks[i].text).isEmpty { return i }
        }
        return nil
    }

    // MARK: Bylines

    func findBylines() -> [Int: BylineParser.Byline] {
        let parser = BylineParser()
        var found: [Int: BylineParser.Byline] = [:]
        let lo = max(0, bodyStart - Self.headerReach)
        let hi = min(blocks.count - 1, bodyStart + 4)
        guard lo <= hi else { return found }
        for i in lo...hi where features[i].length <= 30 {
            let text = blocks[i].text
            // Without a glued byline the second parse would read the same line again.
            // A long caption line continues into the byline under it when the text was hard-wrapped ("… (AP
            // Photo/Jane Roe) By MARIA SANCHEZ and …"): the byline is read from its label on.
            // "Eine Analyse von …", "Penulis …", "[image] Name · Outlet · Posted: …": labels that stand for "By".
            let glued =
                Self.gluedByline(text) ?? (blocks[i].lineCount > 1 ? Self.bylineAfterCaption(text) : nil)
                ?? Self.labelledByline(text)
            if var byline = parser.parse(glued ?? text) ?? (glued == nil ? nil : parser.parse(text))
                ?? Self.avatarLedNameAndRole(text).flatMap({ parser.parse("By " + $0) }).map({
                    BylineParser.Byline(authors: $0.authors, source: $0.source, explicit: false)
                })
            {
                if byline.explicit && byline.authors.isEmpty && byline.source == nil {
                    // "By" on a line of its own, the names on the next.
                    if Self.isByLabel(text), i + 1 <= hi,
                        let next = parser.parse("By " + blocks[i + 1].text), !next.authors.isEmpty
                    {
                        found[i] = next
                    }
                    continue
                }
                if !byline.explicit {
                    // A bare name counts only when a date, a role or a handle marks the line as a byline.
                    let hasDate = !DateScanner().dates(in: text).isEmpty
                    let hasRole =
                        text.contains("@") || byline.source != nil || BylineParser.namesNewsletterWriter(text)
                        || text.split(whereSeparator: { $0 == " " || $0 == "," }).contains {
                            BylineParser.roleWords.contains($0.lowercased())
                        }
                    if !(hasDate || hasRole) || byline.authors.count > 3 {
                        // "[image] Harriet Cole" over "Political Correspondent": the role is the next line's.
                        if let name = nameOverRole(i, parser: parser) {
                            found[i] = BylineParser.Byline(authors: [name], source: nil, explicit: false)
                        }
                        continue
                    }
                    // Under a standfirst the run may open with ("Headline", "One-sentence summary.", "Jane Smith
                    // Energy correspondent"), a short line just inside the body is still the byline.
                    if i > bodyStart + 2 || (i > bodyStart && features[i].words > 8) { continue }
                    if !hasDate && features[i].words > 8 { continue }
                    // A dated sentence ("Acme Inc., a maker of sensors, today announced … September 30, 2023.")
                    // is a story's lead, not a byline with its date.
                    // Fields set apart ("A · Site News · Posted: Mar 05, 2024 4:00 AM EST") are no sentence.
                    if features[i].words > 14 && (features[i].endsSentence || !ByteSearch.contains(text, Self.dot)) {
                        continue
                    }
                    if byline.authors.contains(where: { $0.split(separator: " ").count < 2 }) { continue }
                    // "Al Varga, Associated Press" under a picture and its caption is the photo's credit.
                    // Fields set apart with the date ("Erik White · CBC News · Posted: …") are a byline box's.
                    if isUnderImage(i) && !(hasDate && ByteSearch.contains(text, Self.dot)) { continue }
                }
                byline.authors = Array(byline.authors.prefix(6))
                // "Name · CBC News · Posted: …": the newsroom's field names the source.
                if byline.source == nil, !byline.authors.isEmpty, let newsroom = Self.newsroomField(text) {
                    byline.source = newsroom
                }
                found[i] = byline
            } else if Self.isByLabel(text), i + 1 <= hi,
                let next = parser.parse("By " + blocks[i + 1].text), !next.authors.isEmpty
            {
                found[i] = next
            } else if let names = jointNameLine(i, parser: parser) {
                // "Jane Doe and John Roe" over the date: the byline without its "By", an anchor for the headline.
                found[i] = BylineParser.Byline(authors: names, source: nil, explicit: false)
            } else if let name = capitalsNameOverDate(i, parser: parser) {
                // "JAVIER CASQUERO" over "Madrid - 14 mar 2024 - 05:30 CET".
                found[i] = BylineParser.Byline(authors: [name], source: nil, explicit: false)
            } else if let name = nameOverRole(i, parser: parser) {
                // "Sorcha Nolan" over "Social Affairs Correspondent": the byline box's two lines.
                found[i] = BylineParser.Byline(authors: [name], source: nil, explicit: false)
            } else if let (name, newsroom) = nameOverAffiliation(i, parser: parser) {
                // "Daniel Okafor" over "BBC News, West Midlands": the writer and the newsroom, with its place.
                found[i] = BylineParser.Byline(authors: [name], source: newsroom, explicit: false)
            } else if let name = nameBesidePlace(i, parser: parser) {
                // "Wanjiru Kamau | Nairobi" over the date: the name and the writer's city as two fields.
                found[i] = BylineParser.Byline(authors: [name], source: nil, explicit: false)
            } else if let (name, site) = nameAndPublication(i, parser: parser) {
                // "Elliot Brownstein Florida Today" over the date line.
                found[i] = BylineParser.Byline(authors: [name], source: site, explicit: false)
            }
        }
        return found
    }

    /// Exactly `text.lowercased() == "by" || text.lowercased() == "by:"`, on bytes: no scalar but "B", "b", "Y", "y"
    /// and ":" lowers to those, and none is canonically equivalent to them, so the line is those bytes.
    static func isByLabel(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == 2 || utf8.count == 3 else { return false }
        let b = Array(utf8)
        return b[0] | 0x20 == 0x62 && b[1] | 0x20 == 0x79 && (b.count == 2 || b[2] == 0x3A)
    }

    /// Whether one of the two blocks above is a picture a text browser drew as "[alt]".
    func isUnderImage(_ i: Int) -> Bool {
        for k in Swift.stride(from: i - 1, through: max(0, i - 2), by: -1) {
            let text = blocks[k].text
            if text.hasPrefix("["), text.hasSuffix("]"), features[k].length <= 6 { return true }
        }
        return false
    }

    /// "Eric SongBy Eric Song, IGN Staff": the byline glued after a name by the page's markup; "ByHelen Carter":
    /// the label glued to the name it introduces (the label and the name's link rendered without a space).
    static func gluedByline(_ text: String) -> String? {
        // "By", a capital and a letter open the line: "ByteDance" and "BYU" do not.
        // On the contiguous bytes: "B", "y" and ASCII letters are their own bytes.
        var line = text
        let labelGlued = line.withUTF8 { b in
            b.count > 4 && b[0] == 0x42 && b[1] == 0x79 && b[2] &- 0x41 < 26 && (b[3] | 0x20) &- 0x61 < 26
        }
        if labelGlued { return "By " + String(decoding: text.utf8.dropFirst(2), as: UTF8.self) }
        // The scalars "B", "y", " " in a row are the bytes "By " (ASCII bytes stand only for themselves in UTF-8).
        guard ByteSearch.contains(text, Self.byAndSpace) else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 4 else { return nil }
        for i in 1..<(scalars.count - 3)
        where scalars[i] == "B" && scalars[i + 1] == "y" && scalars[i + 2] == " "
            && ScalarClass.isLetter(scalars[i - 1]) && !ScalarClass.isUppercase(scalars[i - 1])
        {
            return ScalarClass.string(scalars[i...])
        }
        return nil
    }

    /// "[image] Protesters in Dakar. (AP Photo/Jane Roe) By MARIA SANCHEZ and PETER ODUYA Updated …": a block of
    /// hard-wrapped lines where a caption, ended by its credit's ")" or a full stop, runs into a byline. The text
    /// from "By" on (a capital after it), or nil.
    static func bylineAfterCaption(_ text: String) -> String? {
        guard ByteSearch.contains(text, Self.byAndSpace) || ByteSearch.contains(text, Self.capitalByAndSpace) else {
            return nil
        }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 6 else { return nil }
        for i in 2..<(scalars.count - 3)
        where scalars[i] == "B" && (scalars[i + 1] == "y" || scalars[i + 1] == "Y") && scalars[i + 2] == " "
            && scalars[i - 1] == " " && (scalars[i - 2] == ")" || scalars[i - 2] == ".")
            && ScalarClass.isUppercase(scalars[i + 3])
        {
            return ScalarClass.string(scalars[i...])
        }
        return nil
    }
    static let capitalByAndSpace = Array("BY ".utf8)

    /// "BBC News, Political correspondent": up to five words, a comma, and a role to close them.
    static func isDeskAndRole(_ text: String) -> Bool {
        guard ByteSearch.holds(text, byte: 0x2C) else { return false }
        let words = text.split(separator: " ")
        guard words.count <= 5, let last = words.last else { return false }
        return BylineParser.roleWords.contains(last.lowercased())
    }

    /// Whether a lowered line opens with the label of a picture's credit ("photograph:", "illustration:").
    static func opensPictureCredit(_ lower: String) -> Bool {
        guard let first = lower.utf8.first, first == 0x70 || first == 0x69 else { return false }
        return pictureCreditLabels.contains { lower.utf8.starts(with: $0) }
    }

    static let pictureCreditLabels = ["photograph:", "photographs:", "picture:", "pictures:", "illustration:"].map {
        Array($0.utf8)
    }

    /// "News provided by", "Photographs by:": a label whose names follow on the next line.
    /// Read on the last bytes, in either case, so no lowercased copy is made.
    static func endsWithBy(_ text: String) -> Bool {
        // On the contiguous bytes, without copying the tail out.
        var text = text
        return text.withUTF8 { bytes in
            var n = bytes.count
            if n > 0 && bytes[n - 1] == 0x3A { n -= 1 }
            return n >= 3 && bytes[n - 3] == 0x20 && bytes[n - 2] | 0x20 == 0x62 && bytes[n - 1] | 0x20 == 0x79
        }
    }

    /// A short line that gives a date or says when the story was published or updated.
    func isDateLine(_ i: Int) -> Bool {
        isDateLine(i) { !DateScanner().dates(in: blocks[$0].text).isEmpty }
    }

    /// `isDateLine`, asking `hasDate` whether a block gives a date (the default scanner's answer).
    func isDateLine(_ i: Int, _ hasDate: (Int) -> Bool) -> Bool {
        guard i < blocks.count, features[i].length <= 20 else { return false }
        if Self.lineOpensDateLine(blocks[i].text) { return true }
        return features[i].length <= 10 && hasDate(i)
    }

    /// "Blog > Health > Sleep" or "Home News World": the path to the story, not its headline. A trail of links
    /// rendered without its separators is told by its first link, "Home", and capitalised section names.
    static func isBreadcrumb(_ text: String) -> Bool {
        var steps = 0
        // Every step holds ">", "/" or a byte opening "»" (0xC2) or "›" (0xE2): a line with none of them has none.
        let mayStep =
            ByteSearch.holds(text, byte: 0x3E) || ByteSearch.holds(text, byte: 0x2F)
            || ByteSearch.holds(text, byte: 0xC2)
            || ByteSearch.holds(text, byte: 0xE2)
        if !mayStep {
            steps = 0
        } else if ByteSearch.isASCII(text) {
            // The same count on bytes: " » " and " › " cannot occur in ASCII text.
            steps =
                ByteSearch.count(Self.asciiTrailSteps[0], in: text)
                + ByteSearch.count(Self.asciiTrailSteps[1], in: text)
        } else if Self.trailSteps.contains(where: { ByteSearch.contains(text, $0) }) {
            // Without any separator's bytes Foundation finds none either (no other scalar is equivalent to these).
            for separator in [" > ", " » ", " › ", " / "] {
                steps += text.components(separatedBy: separator).count - 1
            }
        }
        if steps >= 2 { return true }
        // The first word can be "Home" only if the line opens with its bytes (no other scalars are equivalent).
        // In capitals too ("HOME NEWS SPORT BUSINESS OPINION").
        let opening = text.utf8.drop(while: { $0 == 0x20 })
        guard opening.starts(with: Self.home) || opening.starts(with: Self.homeInCapitals) else { return false }
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 6, words[0] == "Home" || words[0] == "HOME" else { return false }
        return words.dropFirst().allSatisfy { word in word.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }
    }

    /// Every wire agency key is ASCII without ";" or "`": a line that is not ASCII keeps a scalar beyond ASCII when
    /// "the " is taken out (Foundation's matches of "the " lie on its bytes), and no such text equals such a key.
    static let agencyKeysArePlain = ParsingLexicon.wireAgencies.keys.allSatisfy { key in
        key.utf8.allSatisfy { $0 < 0x80 && $0 != 0x3B && $0 != 0x60 }
    }
    /// `dateLineOpeners` as openings: `hasPrefix` answered on bytes for an ASCII line.
    static let dateLineOpenings = dateLineOpeners.map(LineOpening.init)

    /// Whether `lower` opens with one of `dateLineOpeners`.
    static func opensDateLine(_ lower: String) -> Bool {
        let ascii = ByteSearch.isASCII(lower)
        return dateLineOpenings.contains { $0.opens(lower, ascii: ascii) }
    }

    static let asciiTrailSteps = [Array(" > ".utf8), Array(" / ".utf8)]
    static let trailSteps = [" > ", " » ", " › ", " / "].map { Array($0.utf8) }
    static let space = Array(" ".utf8)
    static let dot = Array(" · ".utf8)
    static let byAndSpace = Array("By ".utf8)
    static let schemeMark = Array("://".utf8)
    static let article = Array("the ".utf8)
    static let home = Array("Home".utf8)
    static let homeInCapitals = Array("HOME".utf8)

    /// Exactly `lower.replacingOccurrences(of: "the ", with: "")`, on bytes when the line is ASCII.
    static func withoutArticles(_ lower: String) -> String {
        guard ByteSearch.isASCII(lower) else { return lower.replacingOccurrences(of: "the ", with: "") }
        return String(decoding: ByteSearch.replacing(article, with: [], in: Array(lower.utf8)), as: UTF8.self)
    }

    /// "2. Astronomy & Space": an ordered-list entry (breadcrumbs, most-read lists) as a text browser renders it.
    static func isNumberedItem(_ text: String) -> Bool {
        // On the first bytes: the digits, "." and " " are ASCII, and an ASCII byte is only ever that scalar.
        var text = text
        return text.withUTF8 { bytes in
            let n = min(bytes.count, 4)
            var i = 0
            while i < n && bytes[i] &- 0x30 < 10 { i += 1 }
            return i > 0 && i <= 2 && i + 1 < n && bytes[i] == 0x2E && bytes[i + 1] == 0x20
        }
    }

    /// Shaped like a headline: a single line of a few words, not a bullet, no brackets, not a sentence.
    func isCandidateShape(_ i: Int) -> Bool {
        isCandidateShape(i) { !DateScanner().dates(in: blocks[$0].text).isEmpty }
    }

    /// `isCandidateShape`, asking `hasDate` whether a block gives a date (the default scanner's answer).
    func isCandidateShape(_ i: Int, _ hasDate: (Int) -> Bool) -> Bool {
        let f = features[i]
        guard f.words >= 2, f.length <= 45, f.brackets == 0, !f.endsSentence, !f.hasBoilerplatePhrase else {
            return false
        }
        let count = ScalarClass.count(of: blocks[i].text)
        return count >= 8 && count <= 300 && !Self.isMenu(blocks[i].text) && !blocks[i].isSpacedMenu
            && !Self.lineOpensDateLine(blocks[i].text) && !Self.isHeaderClock(blocks[i].text)
            && !isSiteTagline(at: i) && !hasDate(i)
            && !(blocks[i].text.hasSuffix(" old") && Self.isAgeNotice(ScalarClass.lowercased(blocks[i].text)))
    }

    /// "Politics | Economy | World | Tech": three or more links of one to three words each, set apart by a bar or
    /// a bullet, are a menu. A headline with its site ("Fed holds rates | Economy | The Courier") opens with a longer
    /// part.
    static func isMenu(_ text: String) -> Bool {
        // Most lines hold no separator: a byte search answers before any splitting, and most lines hold none of the
        // bytes the separators' middles open with ("|", and 0xE2 and 0xC2 for "•" and "·"), one `memchr` each.
        guard
            ByteSearch.holds(text, byte: 0x7C) || ByteSearch.holds(text, byte: 0xE2)
                || ByteSearch.holds(text, byte: 0xC2),
            Self.menuSeparatorBytes.contains(where: { ByteSearch.contains(text, $0) })
        else { return false }
        var parts = [Substring(text)]
        for separator in Self.menuSeparators {
            parts = parts.flatMap { part in part.components(separatedBy: separator).map { Substring($0) } }
        }
        guard parts.count >= 3 else { return false }
        return parts.allSatisfy { part in
            let words = part.split(separator: " ").count
            return words >= 1 && words <= 3
        }
    }

    static let menuSeparators = [" | ", " • ", " · "]
    static let menuSeparatorBytes = menuSeparators.map { Array($0.utf8) }

    /// Lines that end with these words credit a newsroom, never the headline.
    static let creditEndings = [" wire services", " wire service", " staff reports", " staff report", " news services"]
    static let creditEndingBytes = creditEndings.map { Array($0.utf8) }

    /// Whether `lower` ends with one of `creditEndings`: on an ASCII line, whose Characters are its bytes but
    /// "\r\n" (which no ending holds or can end beside), `hasSuffix` is a comparison of the last bytes.
    static func endsWithCredit(_ lower: String) -> Bool {
        guard ByteSearch.isASCII(lower) else { return creditEndings.contains(where: { lower.hasSuffix($0) }) }
        var line = lower
        return line.withUTF8 { bytes in
            creditEndingBytes.contains { ending in
                ending.count <= bytes.count && bytes[(bytes.count - ending.count)...].elementsEqual(ending)
            }
        }
    }

    /// Lines that open with these words carry dates and labels, never the headline.
    static let dateLineOpeners = ["published", "updated", "posted", "last updated", "first published", "modified"]

    /// How many blocks before the body the header (headline, byline) may sit.
    static let headerReach = 80

    static let captionWords = PhraseMatcher(captionPhrases)

    /// What a picture's caption or credit says.
    static let captionPhrases = [
        "(left", "(right", "(center", "(centre", "(front", "/ associated press", " ap)", "(ap photo", "photo by",
        "courtesy of", "(file", "file)",
        "(image", "image:", "photo:", "(photo", "getty", "©", "credit:", "file photo", "reuters/", "/ap", "ap photo",
        "shutterstock",
    ]

    static func looksLikeCaption(_ text: String) -> Bool {
        captionWords.matches(PhraseMatcher.lowered(text))
    }
}
