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
        var organizations = finder.organizations(in: parsed.text, regions: parsed.regions)
        OrganizationRanking.rank(&organizations, titleRange: parsed.titleRange, textLength: parsed.textLength)
        return Self.article(parsed, organizations: organizations)
    }

    /// Parses one article without looking for organizations (`organizations` is empty): the parser alone, for
    /// timing it (`newsgraph extract --parse-only`). Every other field is what `analyze` gives.
    public func parse(_ input: ArticleInput) -> AnalyzedArticle {
        Self.article(ArticleParser().parse(input), organizations: [])
    }

    private static func article(_ parsed: ParsedArticle, organizations: [FoundOrganization]) -> AnalyzedArticle {
        AnalyzedArticle(
            title: parsed.title, authors: parsed.authors, source: parsed.source, url: parsed.url,
            publishedAt: parsed.publishedAt, dateline: parsed.dateline, body: parsed.body, text: parsed.text,
            language: parsed.language, wordCount: parsed.wordCount, organizations: organizations,
            provenance: parsed.provenance)
    }
}
