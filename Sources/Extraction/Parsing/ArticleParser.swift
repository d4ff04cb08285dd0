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
    var language: String?
    var wordCount = 0
    /// Scalar ranges of the title and body blocks in `text`, for the organization finder.
    var regions: [Range<Int>] = []
    var titleRange: Range<Int>?
}

/// Runs the parsing steps: render (HTML) or split (text) into blocks, choose the body, read the metadata, and merge
/// what the reader sees with what the page's metadata claims.
struct ArticleParser {
    func parse(_ input: ArticleInput) -> ParsedArticle {
        var text: String
        var blocks: [TextBlock]
        var page: PageMetadata? = nil
        switch input.format {
        case .plainText:
            text = input.content
            blocks = TextBlockSplitter(scalars: Array(text.unicodeScalars)).blocks()
        case .html:
            let rendered = HTMLRenderer.render(input.content)
            text = rendered.text
            blocks = rendered.blocks
            page = rendered.metadata
        }
        let pageLanguage = LanguageIdentifier.identify(Self.sample(blocks))
        let (stoplist, known) = LanguageIdentifier.stoplist(for: pageLanguage)
        let features = blocks.map { BlockFeatures($0.text, stopwords: stoplist) }
        let selection = BodySelector(stoplist: stoplist, usesStopwords: known).select(blocks, features)
        var reader = TextMetadataReader(
            blocks: blocks, features: features, selection: selection, language: pageLanguage)
        if let page { reader.hintedTitles = page.titleHints }
        let pageURL = input.url.flatMap(PageURL.init)
        reader.pageURL = pageURL
        let meta = reader.read()

        var parsed = ParsedArticle()
        parsed.text = text
        parsed.textLength = text.unicodeScalars.count
        var bodyBlocks = selection.blocks.filter { $0 != meta.titleBlock && !meta.bylineBlocks.contains($0) }
        // The headline and byline open the article: what the selection holds before them is page furniture.
        let opening = ([meta.titleBlock].compactMap { $0 } + meta.bylineBlocks).filter { index in
            selection.blocks.prefix(8).contains(index)
        }
        if let last = opening.max() { bodyBlocks = bodyBlocks.filter { $0 > last } }
        parsed.body = bodyBlocks.map { blocks[$0].text }.joined(separator: "\n\n")
        if let page, let articleBody = page.articleBody,
            let structured = MetadataMerger.structuredBody(articleBody, instead: parsed.body)
        {
            parsed.body = structured
        }
        parsed.wordCount = Self.countWords(parsed.body)
        let bodyLanguage = LanguageIdentifier.identify(parsed.body)
        parsed.language = bodyLanguage == "und" && parsed.wordCount >= 40 ? pageLanguage : bodyLanguage
        parsed.regions = bodyBlocks.map { blocks[$0].start..<blocks[$0].end }
        if let t = meta.titleBlock {
            parsed.titleRange = blocks[t].start..<blocks[t].end
            parsed.regions.insert(parsed.titleRange!, at: 0)
        }
        parsed.title = meta.title
        parsed.authors = meta.authors
        parsed.source = meta.source
        parsed.publishedAt = meta.published?.iso
        parsed.dateline = meta.dateline?.place
        if let page { MetadataMerger.merge(page, into: &parsed, visible: meta, pageURL: pageURL) }
        if let source = input.source, !source.isEmpty { parsed.source = source }
        if let url = input.url, !url.isEmpty { parsed.url = url }
        return parsed
    }

    /// Up to the first few thousand words of the longer blocks, enough to tell the language.
    static func sample(_ blocks: [TextBlock]) -> String {
        var parts: [String] = []
        var total = 0
        for block in blocks where block.text.unicodeScalars.count >= 60 {
            parts.append(block.text)
            total += block.text.unicodeScalars.count
            if total > 20_000 { break }
        }
        if parts.isEmpty { return blocks.prefix(200).map(\.text).joined(separator: " ") }
        return parts.joined(separator: " ")
    }

    /// Words as runs of letters and digits; each ideograph counts as one.
    static func countWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for s in text.unicodeScalars {
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
