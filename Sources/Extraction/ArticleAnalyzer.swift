/// Turns a raw article (plain text or HTML) into an `AnalyzedArticle`: metadata, clean body, language and the
/// organizations the finder sees in the title and body.
public struct ArticleAnalyzer: Sendable {
    let finder: any OrganizationFinder

    /// - Parameter finder: Looks for organizations in the title and body regions of the analysed text.
    public init(finder: any OrganizationFinder = RuleBasedOrganizationFinder()) {
        self.finder = finder
    }

    /// Parses one article. Pure: the same input always gives the same result.
    public func analyze(_ input: ArticleInput) -> AnalyzedArticle {
        let parsed = ArticleParser().parse(input)
        let regions = Self.findingRegions(parsed)
        // The text's scalars, decoded by the parser, are handed over rather than decoded again.
        var organizations =
            parsed.scalars.map { finder.organizations(in: parsed.text, scalars: $0, regions: regions) }
            ?? finder.organizations(in: parsed.text, regions: regions)
        if let place = parsed.dateline, let bodyStart = Self.bodyStart(parsed) {
            organizations = Self.withoutDateline(organizations, place: place, at: bodyStart)
        }
        OrganizationRanking.rank(&organizations, titleRange: parsed.titleRange, textLength: parsed.textLength)
        return Self.article(parsed, organizations: organizations)
    }

    /// Parses one article without looking for organizations (`organizations` is empty): the parser alone, for
    /// timing it (`newsgraph extract --parse-only`). Every other field is what `analyze` gives.
    public func parse(_ input: ArticleInput) -> AnalyzedArticle {
        Self.article(ArticleParser().parse(input), organizations: [])
    }

    /// The regions the finder reads: the parser's (for a plain story, its body's paragraphs give way to one region
    /// from the body's start to the story's end), and, when it found no title, the text's first line where only
    /// blank lines or a dateline-sized line part it from the body ("SOCCER - FIFA SUSPENDS …" over "ZURICH
    /// 1996-08-30" and the story): wire copy's headline, which the parser does not take for a page's title.
    static func findingRegions(_ parsed: ParsedArticle) -> [Range<Int>] {
        // Tables and notes between and after the body paragraphs are the story's (`ParsedArticle.story`); a title
        // above it stays a region of its own.
        let regions =
            parsed.story.map { story in parsed.regions.filter { $0.upperBound <= story.lowerBound } + [story] }
            ?? parsed.regions
        guard parsed.titleRange == nil, let bodyStart = regions.first?.lowerBound else {
            return regions
        }
        let scalars =
            parsed.scalars.map { Array($0.prefix(bodyStart)) } ?? Array(parsed.text.unicodeScalars.prefix(bodyStart))
        var start = 0
        while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
        guard start < scalars.count else { return regions }
        var end = start
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        let between = scalars[end..<scalars.count].split(separator: "\n").filter {
            !$0.allSatisfy { $0.properties.isWhitespace }
        }
        let words = scalars[start..<end].split(separator: " ").count
        guard end > start, words <= 20, between.count <= 1, between.allSatisfy({ $0.count <= 40 }) else {
            return regions
        }
        return [start..<end] + regions
    }

    /// Where the first body block starts: the title region is the one at `titleRange`.
    private static func bodyStart(_ parsed: ParsedArticle) -> Int? {
        parsed.regions.lazy.filter { $0 != parsed.titleRange }.map(\.lowerBound).min()
    }

    /// "NAPERVILLE — The school board …": the dateline's place opens the first body block and is no organization,
    /// though a place the finder has not seen, in capitals at the start of a paragraph, often reads as one. Only a
    /// mention at the body's first scalar that the dateline's place begins with, word for word, is dropped.
    static func withoutDateline(_ organizations: [FoundOrganization], place: String, at bodyStart: Int)
        -> [FoundOrganization]
    {
        func isPlace(_ mention: Mention) -> Bool {
            guard mention.start == bodyStart, place.hasPrefix(mention.text) else { return false }
            let rest = place.dropFirst(mention.text.count)
            return rest.isEmpty || rest.first == "," || rest.first == " "
        }
        return organizations.compactMap { organization in
            var kept = organization
            kept.mentions.removeAll(where: isPlace)
            return kept.mentions.isEmpty ? nil : kept
        }
    }

    private static func article(_ parsed: ParsedArticle, organizations: [FoundOrganization]) -> AnalyzedArticle {
        AnalyzedArticle(
            title: parsed.title, authors: parsed.authors, source: parsed.source, url: parsed.url,
            publishedAt: parsed.publishedAt, dateline: parsed.dateline, body: parsed.body, text: parsed.text,
            language: parsed.language, wordCount: parsed.wordCount, organizations: organizations,
            provenance: parsed.provenance)
    }
}
