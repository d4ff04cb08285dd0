/// Everything `ArticleAnalyzer` reads from one input before organizations are found.
struct ParsedArticle: Sendable {
    var title: String?
    var authors: [String] = []
    var source: String?
    var url: String?
    var publishedAt: String?
    var dateline: String?
    var body = ""
    var text = ""
    var textLength = 0
    /// `Array(text.unicodeScalars)`, decoded once by the parser and handed to the organization finder; nil only
    /// for an article built by hand.
    var scalars: [Unicode.Scalar]?
    var language: String?
    var wordCount = 0
    /// Scalar ranges of the title and body blocks in `text`, for the organization finder.
    var regions: [Range<Int>] = []
    var titleRange: Range<Int>?
    /// A plain text that is the story and little else (at most `plainLeadBlocks` blocks besides the title before
    /// the body: a wire story's headline, byline and dateline, not a page's menus) is read by the organization
    /// finder from its body's first block up to the first end marker, comment opener or boilerplate line after the
    /// body ("Related articles", "Share this", "All rights reserved") or the end: its results tables, fixture
    /// lists, notes and desk lines are the story's too, though no body paragraphs. A short text without body
    /// paragraphs is read whole. Nil for pages with more before the body, and for HTML, whose rendering drops the
    /// menus that tell a page from a story but keeps its footers.
    var story: Range<Int>?
    /// Where each field was read; `record` keeps one origin per field.
    var provenance: [FieldOrigin] = []

    mutating func record(_ origin: FieldOrigin) {
        provenance.removeAll { $0.field == origin.field }
        provenance.append(origin)
    }

    mutating func forget(_ field: String) { provenance.removeAll { $0.field == field } }
}

/// Runs the parsing steps: render (HTML) or split (text) into blocks, choose the body, read the metadata, and merge
/// what the reader sees with what the page's metadata claims.
struct ArticleParser {
    func parse(_ input: ArticleInput) -> ParsedArticle {
        var text: String
        var blocks: [TextBlock]
        // Each block's scalars taken once, for its language tally and its features: from the splitter, which writes
        // them as it writes the block's text, or decoded from the rendered blocks' texts.
        let blockScalars: [[Unicode.Scalar]]
        var page: PageMetadata? = nil
        let textLength: Int
        var textScalars: [Unicode.Scalar]? = nil
        switch input.format {
        case .plainText:
            text = input.content
            let scalars = ScalarClass.scalars(of: text)
            textScalars = scalars
            textLength = scalars.count
            (blocks, blockScalars) = TextBlockSplitter(scalars: scalars).blocksAndScalars()
        case .html:
            let rendered = HTMLRenderer.render(input.content)
            text = rendered.text
            blocks = rendered.blocks
            page = rendered.metadata
            // The rendered text is its blocks' texts with line breaks between, each at its range (`HTMLRenderer`):
            // decoded once, a block's scalars are its range of the whole, where each block's text was decoded on
            // its own, and the whole goes to the finder, which decoded the text again.
            let scalars = ScalarClass.scalars(of: text)
            textLength = scalars.count
            textScalars = scalars
            blockScalars = blocks.map { Array(scalars[$0.start..<$0.end]) }
        }
        // Each block is read once for its language tally and its features (`BlockReading`); the page's sample and
        // its body are told from the tallies, and the features' stopwords counted once the language is known.
        let readings = blockScalars.map { BlockReading(scalars: $0) }
        // Closures, not key paths (`\.count`, `\.tally`): a key path was read through the runtime
        // (`swift_getAtKeyPath`, about 700 instructions a block).
        let tallies = readings.map { $0.tally }
        let sample = Self.sample(lengths: blockScalars.map { $0.count })
        let pageLanguage =
            LanguageIdentifier.identify(joined: sample.map { tallies[$0] })
            ?? LanguageIdentifier.identify(sample.map { blocks[$0].text }.joined(separator: " "))
        let (stoplist, packed, known) = LanguageIdentifier.stoplist(for: pageLanguage)
        let choice = LanguageIdentifier.stoplistChoice(for: pageLanguage)
        let features = readings.indices.map { k in
            readings[k].features(of: blockScalars[k], stoplist: stoplist, packed: packed, choice: choice)
        }
        let selection = BodySelector(stoplist: stoplist, usesStopwords: known).select(blocks, features)
        var reader = TextMetadataReader(
            blocks: blocks, features: features, selection: selection, language: pageLanguage)
        if let page { reader.hintedTitles = page.titleHints }
        let pageURL = input.url.flatMap(PageURL.init)
        reader.pageURL = pageURL
        reader.fetchTime = input.fetchedAt
        let meta = reader.read()

        var parsed = ParsedArticle()
        parsed.text = text
        parsed.textLength = textLength
        parsed.scalars = textScalars
        let bodyBlocks = meta.bodyBlocks
        parsed.body = bodyBlocks.map { blocks[$0].text }.joined(separator: "\n\n")
        var bodyIsJoined = true
        if let page, let articleBody = page.articleBody,
            let structured = MetadataMerger.structuredBody(articleBody, instead: parsed.body)
        {
            parsed.body = structured
            bodyIsJoined = false
            parsed.record(FieldOrigin(field: "body", place: .jsonLD, detail: "articleBody"))
        }
        // A body joined from its blocks counts their words as the features did (`BlockFeatures.wordCount`): the
        // blank line between two blocks ends any word, so the joined text's words are the blocks' words.
        parsed.wordCount =
            bodyIsJoined ? bodyBlocks.reduce(0) { $0 + features[$1].wordCount } : Self.countWords(parsed.body)
        // The body joined from its blocks is told from their tallies; a structured body is read afresh.
        let bodyLanguage =
            (bodyIsJoined ? LanguageIdentifier.identify(joined: bodyBlocks.map { tallies[$0] }) : nil)
            ?? LanguageIdentifier.identify(parsed.body)
        parsed.language = bodyLanguage == "und" && parsed.wordCount >= 40 ? pageLanguage : bodyLanguage
        parsed.regions = bodyBlocks.map { blocks[$0].start..<blocks[$0].end }
        if let t = meta.titleBlock {
            parsed.titleRange = blocks[t].start..<blocks[t].end
            parsed.regions.insert(parsed.titleRange!, at: 0)
        }
        if input.format == .plainText {
            parsed.story = Self.story(blocks, features, body: bodyBlocks, title: meta.titleBlock)
        }
        parsed.title = meta.title
        parsed.authors = meta.authors
        parsed.source = meta.source
        parsed.publishedAt = meta.published?.iso
        parsed.dateline = meta.dateline?.place
        recordTextOrigins(meta, blocks: blocks, bodyBlocks: bodyBlocks, into: &parsed)
        if parsed.body.isEmpty { parsed.forget("body") }
        if let page { MetadataMerger.merge(page, into: &parsed, visible: meta, pageURL: pageURL) }
        if let source = input.source, !source.isEmpty {
            parsed.source = source
            parsed.record(FieldOrigin(field: "source", place: .input, detail: "source"))
        }
        if let pageURL, let name = pageURL.siteNameFromHost,
            parsed.source == nil || Self.isWireCredit(parsed.source!, on: pageURL, naming: name)
        {
            parsed.source = name
            parsed.record(FieldOrigin(field: "source", place: .url, detail: "the address's host"))
        }
        if let url = input.url, !url.isEmpty { parsed.url = url }
        Self.addLineNumbers(&parsed.provenance, in: text)
        let order = ["title", "authors", "source", "published_at", "dateline", "body"]
        parsed.provenance.sort { (order.firstIndex(of: $0.field) ?? 9) < (order.firstIndex(of: $1.field) ?? 9) }
        return parsed
    }

    /// Blocks besides the title a plain story may have before its body: headline, byline, dateline.
    static let plainLeadBlocks = 3
    /// Blocks a text without body paragraphs may have to be read whole.
    static let plainTextBlocks = 40

    /// See `ParsedArticle.story`.
    static func story(_ blocks: [TextBlock], _ features: [BlockFeatures], body: [Int], title: Int?) -> Range<Int>? {
        guard !blocks.isEmpty else { return nil }
        let (first, last): (Int, Int)
        if let start = body.min(), let end = body.max() {
            guard (0..<start).count(where: { $0 != title }) <= plainLeadBlocks else { return nil }
            (first, last) = (start, end)
        } else {
            // No body paragraph at all: a short text is a results list or a brief, read whole; a long one is a
            // page that holds no article.
            guard blocks.count <= plainTextBlocks else { return nil }
            (first, last) = (0, title ?? -1)
        }
        let stop =
            (last + 1..<blocks.count).first { i in
                let f = features[i]
                return f.isEndMarker || f.opensComments || f.hasFurniturePhrase || f.hasBoilerplatePhrase
            } ?? blocks.count
        return stop > first ? blocks[first].start..<blocks[stop - 1].end : nil
    }

    /// A page that never writes its publication's name is still that site's page, and a wire story on a newspaper's
    /// site is the newspaper's: the agency its dateline, byline or copyright credits ("(AP) —") is where the copy
    /// came from. The host replaces an agency only when it splits into a publication's words ("timesunion" → "Times
    /// Union") and does not name the agency itself ("hosted.ap.org").
    static func isWireCredit(_ source: String, on url: PageURL, naming name: String) -> Bool {
        guard let agency = ParsingLexicon.wireAgencies[source.lowercased()], name.contains(" "),
            SiteNameMatcher(url: url).match(source) == nil
        else { return false }
        // "apnews", "afp.com", "reutersagency": the agency's own site, under any of its names.
        let forms = ParsingLexicon.wireAgencies.filter { $0.value == agency }.map { SiteNameMatcher.squash($0.key) }
        return !url.siteLabels.contains { label in forms.contains { label.hasPrefix($0) } }
    }

    /// Where the reader found each field in the text.
    private func recordTextOrigins(
        _ meta: TextMetadataReader.Result, blocks: [TextBlock], bodyBlocks: [Int], into parsed: inout ParsedArticle
    ) {
        func at(_ field: String, _ index: Int, _ detail: String? = nil) -> FieldOrigin {
            FieldOrigin(field: field, place: .text, detail: detail, start: blocks[index].start, end: blocks[index].end)
        }
        if let t = meta.titleBlock, meta.title != nil { parsed.record(at("title", t, "headline")) }
        if !meta.authors.isEmpty, let b = meta.bylineBlocks.min() { parsed.record(at("authors", b, "byline")) }
        if let source = meta.source {
            // As written first (cheap), else in any case in short lines only: this runs over the whole page.
            let lowered = source.lowercased()
            // Byte searches answer for the blocks where they provably agree with Foundation's (see `ByteSearch`).
            let sourceBytes = Self.plainNeedle(source)
            let loweredBytes = lowered.utf8.allSatisfy { $0 < 0x80 } && !lowered.isEmpty ? Array(lowered.utf8) : nil
            let first =
                blocks.firstIndex { block in
                    sourceBytes.flatMap { LineShortcuts.contains(block.text, $0) } ?? block.text.contains(source)
                }
                ?? blocks.firstIndex { block in
                    guard block.end - block.start <= 200 else { return false }
                    // An ASCII line lowers byte by byte: its lowered copy holds an ASCII needle exactly when its
                    // bytes do, folded.
                    if let loweredBytes, ByteSearch.isASCII(block.text) {
                        return ByteSearch.containsFolded(block.text, loweredBytes)
                    }
                    return block.text.lowercased().contains(lowered)
                }
            parsed.record(
                first.map { at("source", $0, meta.sourceDetail) }
                    ?? FieldOrigin(field: "source", place: .text, detail: meta.sourceDetail))
        }
        if meta.published != nil {
            if let d = meta.dateBlock {
                parsed.record(at("published_at", d, "date line"))
            } else if meta.dateFromURL {
                parsed.record(FieldOrigin(field: "published_at", place: .url, detail: "the path's date"))
            } else if let r = meta.relativeDateBlock {
                parsed.record(at("published_at", r, "relative stamp counted back from fetched_at"))
            } else if let first = bodyBlocks.first {
                parsed.record(at("published_at", first, "dateline"))
            }
        }
        if meta.dateline?.place != nil, let first = bodyBlocks.first {
            parsed.record(at("dateline", first, "dateline"))
        }
        if let first = bodyBlocks.first, let last = bodyBlocks.last,
            !parsed.provenance.contains(where: { $0.field == "body" })
        {
            parsed.record(
                FieldOrigin(
                    field: "body", place: .text, detail: "\(bodyBlocks.count) blocks", start: blocks[first].start,
                    end: blocks[last].end))
        }
    }

    /// `needle`'s bytes when `LineShortcuts.contains` may answer for it (ASCII without "K", ";" or "`", not
    /// empty: Foundation finds an empty needle nowhere), else nil.
    static func plainNeedle(_ needle: String) -> [UInt8]? {
        let plain = needle.utf8.allSatisfy { $0 < 0x80 && $0 != 0x4B && $0 != 0x3B && $0 != 0x60 }
        return plain && !needle.isEmpty ? Array(needle.utf8) : nil
    }

    /// Fills each text origin's 1-based line from its scalar offset, in one pass over the text.
    static func addLineNumbers(_ origins: inout [FieldOrigin], in text: String) {
        let wanted = origins.compactMap(\.start).sorted()
        guard let last = wanted.last else { return }
        var lineAt: [Int: Int] = [:]
        var line = 1
        var offset = 0
        var next = 0
        // On the UTF-8 bytes: each scalar has one byte that is not a continuation byte (10xxxxxx), and "\n" is the
        // byte 0x0A.
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            var k = 0
            while k < n && next < wanted.count {
                // Eight bytes at a time while no wanted offset falls among them: their scalars (the bytes that are
                // not continuation bytes, 10xxxxxx) and their "\n" bytes are counted in one word each, where a
                // byte at a time took a branch each; the eight bytes holding a wanted offset are read one by one.
                if k &+ 8 <= n {
                    let word = UInt64(
                        littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(
                            fromByteOffset: k, as: UInt64.self))
                    let high: UInt64 = 0x8080_8080_8080_8080
                    // A continuation byte has its top bit set and the next one clear.
                    let scalars = 8 &- Self.topBits(word & ~(word << 1) & high)
                    if offset &+ scalars <= wanted[next] {
                        // A byte of `newlines` is 0 exactly where `word` has "\n"; its top bit in `zero` marks it.
                        let newlines = word ^ 0x0A0A_0A0A_0A0A_0A0A
                        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                        let zero = ~(((newlines & low) &+ low) | newlines | low)
                        line &+= Self.topBits(zero & high)
                        offset &+= scalars
                        k &+= 8
                        continue
                    }
                }
                let byte = bytes[k]
                k &+= 1
                if byte & 0xC0 == 0x80 { continue }
                while next < wanted.count && wanted[next] == offset {
                    lineAt[wanted[next]] = line
                    next += 1
                }
                if offset >= last { break }
                if byte == 0x0A { line += 1 }
                offset += 1
            }
        }
        while next < wanted.count {
            lineAt[wanted[next]] = line
            next += 1
        }
        for k in origins.indices { if let start = origins[k].start { origins[k].line = lineAt[start] } }
    }

    /// How many bytes of `marks` have their top bit set, given no other bit is: the bytes, each 0 or 1 once
    /// shifted down, summed into the top byte by one multiplication (no population count instruction is assumed).
    @inline(__always)
    static func topBits(_ marks: UInt64) -> Int {
        Int(truncatingIfNeeded: ((marks >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// Up to the first few thousand words of the longer blocks, enough to tell the language: the indices of the
    /// blocks whose texts, joined by spaces, are the sample, given each block's length in scalars.
    static func sample(lengths: [Int]) -> [Int] {
        var parts: [Int] = []
        var total = 0
        for (index, count) in lengths.enumerated() {
            guard count >= 60 else { continue }
            parts.append(index)
            total += count
            if total > 20_000 { break }
        }
        if parts.isEmpty { return Array(lengths.indices.prefix(200)) }
        return parts
    }

    /// A line of at most four words ending in an author's role ("Staff Writer", "Senior Reporter"), a lone e-mail
    /// address or handle, or where the reporters filed from ("Reporting from Madrid").
    static func isBylineRest(_ line: String) -> Bool {
        if ByteSearch.isASCII(line) { return asciiIsBylineRest(line) }
        let words = line.split(separator: " ")
        // "Reporting from Madrid and Paris": where the reporters filed from, under their names.
        if words.count <= 8, line.hasPrefix("Reporting from ") { return true }
        guard let last = words.last, words.count <= 4 else { return false }
        if words.count == 1 && (last.contains("@") && !last.hasSuffix("@")) { return true }
        return BylineParser.roleWords.contains(last.lowercased())
            && words.allSatisfy { $0.first.map { $0.isUppercase } ?? false }
    }

    /// `isBylineRest` of an ASCII line, on its bytes: each Character is a byte there, so the split at spaces, the
    /// prefix, "@", the lowered last word and the capitals (A to Z) are the same.
    /// The words are walked in place (no copy of the bytes, no array of words), and the last word is lowered
    /// into a String for the role look-up only when every word opens with a capital.
    static func asciiIsBylineRest(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            // The runs of bytes between spaces: the words of `split(separator: 0x20)`.
            let n = bytes.count
            var words = 0
            var last = 0..<0
            var capitalised = true
            var i = 0
            while i < n {
                if bytes[i] == 0x20 {
                    i += 1
                    continue
                }
                let start = i
                while i < n && bytes[i] != 0x20 { i += 1 }
                words += 1
                last = start..<i
                if bytes[start] &- 0x41 >= 26 { capitalised = false }
            }
            if words <= 8, bytes.starts(with: Self.reportingFrom) { return true }
            guard words >= 1, words <= 4 else { return false }
            if words == 1 && bytes[last].contains(0x40) && bytes[last.upperBound - 1] != 0x40 { return true }
            guard capitalised else { return false }
            let lowered = String(unsafeUninitializedCapacity: last.count) { out in
                for (k, b) in bytes[last].enumerated() { out[k] = b &- 0x41 < 26 ? b + 32 : b }
                return last.count
            }
            return BylineParser.roleWords.contains(lowered)
        }
    }

    static let reportingFrom = Array("Reporting from ".utf8)

    /// Words as runs of letters and digits; each ideograph counts as one.
    static func countWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
        // The scalars decoded from the bytes in one pass (`ScalarClass.forEachScalar`), not by the String's view.
        ScalarClass.forEachScalar(in: text) { s in
            if ScalarClass.isIdeographic(s) {
                count += 1
                inWord = false
            } else if ScalarClass.isWordScalar(s) {
                if !inWord { count += 1 }
                inWord = true
            } else if !(inWord && (s == "'" || s == "’")) {
                inWord = false
            }
        }
        return count
    }
}
