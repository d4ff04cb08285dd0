import Dispatch
import Foundation
import Extraction
import Logging
import NewsStore

/// The product's use cases: analyse an article, keep it, and answer questions across kept articles.
///
/// Sendable because its parts are: the analyzer is a value and the store guards its connections with its own locks.
public final class NewsService: Sendable {
    /// Page sizes clients may ask for.
    public static let pageSizes = 1...100
    public static let defaultPageSize = 20

    let store: NewsStore
    let analyzer: ArticleAnalyzer
    let logger: Logger

    public init(store: NewsStore, analyzer: ArticleAnalyzer = ArticleAnalyzer(), logger: Logger) {
        self.store = store
        self.analyzer = analyzer
        self.logger = logger
    }

    /// Parses the article and finds its organizations without storing anything.
    public func analyze(_ input: ArticleInput) throws(ServiceError) -> AnalyzedArticle {
        guard input.content.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw .unprocessableContent(detail: "The article is empty: the body holds no text.")
        }
        let analyzed = analyzer.analyze(input)
        if !Self.hasText(analyzed.text) { throw .unprocessableContent(detail: Self.noReadableText) }
        return analyzed
    }

    /// A page whose markup renders to nothing (scripts, styles, hidden elements only) has nothing to store; a
    /// page with text but no article is stored with an empty body and the `no-article-body` warning.
    static let noReadableText = "The page holds no readable text: its markup renders to nothing."

    static func hasText(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: { !$0.properties.isWhitespace })
    }

    /// Analyses and stores the article; content already stored comes back as it is, with `created` false.
    ///
    /// The insert is announced to the store while the article is analysed, so that a transaction committing
    /// meanwhile may wait a moment for it and share its commit (`NewsStore.announceInsert`).
    public func ingest(_ input: ArticleInput) throws(ServiceError) -> (article: StoredArticle, created: Bool) {
        store.announceInsert()
        let article: NewArticle
        do {
            article = NewArticle(try analyze(input), format: input.format)
        } catch {
            store.withdrawInsert()
            throw error
        }
        let result = try storage { try store.insert(article, announced: true) }
        if result.created {
            logger.debug(
                "stored article",
                metadata: [
                    "article.id": "\(result.article.id)",
                    "article.organizations": "\(result.article.organizations.count)",
                ])
        }
        return result
    }

    /// Most articles one batch may carry.
    public static let maximumBatchSize = 1000

    /// Analyses every article (on all cores at once) and stores them in one transaction: all or none.
    /// Returns each article's id and whether it was new, in input order. An article without text fails the whole
    /// batch with `unprocessableContent` naming its 1-based position.
    public func ingest(batch inputs: [ArticleInput]) throws(ServiceError) -> [(id: Int64, created: Bool)] {
        guard inputs.count <= Self.maximumBatchSize else {
            throw .unprocessableContent(
                detail: "A batch holds at most \(Self.maximumBatchSize) articles; this one has \(inputs.count).")
        }
        for (index, input) in inputs.enumerated()
        where !input.content.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
            throw .unprocessableContent(detail: "Article \(index + 1) of the batch is empty: it holds no text.")
        }
        // Extraction is the costly, CPU-bound part: spread it over the cores; the store then writes sequentially.
        let analyzed = AnalysisSlots(count: inputs.count)
        let analyzer = self.analyzer
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let article = analyzer.analyze(inputs[index])
            analyzed.set(index, NewArticle(article, format: inputs[index].format))
        }
        let articles = analyzed.values()
        if let index = articles.firstIndex(where: { !Self.hasText($0.text) }) {
            throw .unprocessableContent(detail: "Article \(index + 1) of the batch: \(Self.noReadableText)")
        }
        let results = try storage { try store.insert(batch: articles) }
        logger.debug(
            "stored batch",
            metadata: ["batch.size": "\(inputs.count)", "batch.created": "\(results.filter(\.created).count)"])
        return results
    }

    /// Changes whenever stored articles may read back differently (see `NewsStore.articleGeneration`); read it
    /// before `article(id:)` to keep a copy that stays valid while it is unchanged.
    public var articleGeneration: UInt64 { store.articleGeneration }

    public func article(id: Int64) throws(ServiceError) -> StoredArticle {
        guard let article = try storage({ try store.article(id: id) }) else {
            throw .notFound(resource: "article", id: id)
        }
        return article
    }

    public func deleteArticle(id: Int64) throws(ServiceError) {
        guard try storage({ try store.deleteArticle(id: id) }) else {
            throw .notFound(resource: "article", id: id)
        }
    }

    /// Newest first; `organizationID` narrows to articles naming that organization, `query` to full-text matches.
    public func articles(
        organizationID: Int64? = nil, query: String? = nil, limit: Int? = nil, cursor: String? = nil
    ) throws(ServiceError) -> Page<ArticleSummary> {
        let limit = try Self.pageSize(limit)
        if let organizationID, try !storage({ try store.organizationExists(id: organizationID) }) {
            throw .notFound(resource: "organization", id: organizationID)
        }
        let query = query.flatMap { $0.isEmpty ? nil : $0 }
        return try storage {
            try store.articles(organizationID: organizationID, query: query, limit: limit, cursor: cursor)
        }
    }

    /// Most-covered first; `query` matches a name or alias prefix, or words in it.
    public func organizations(query: String? = nil, limit: Int? = nil, cursor: String? = nil) throws(ServiceError)
        -> Page<OrganizationSummary>
    {
        let limit = try Self.pageSize(limit)
        let query = query.flatMap { $0.isEmpty ? nil : $0 }
        return try storage { try store.organizations(query: query, limit: limit, cursor: cursor) }
    }

    /// The organization and those most often named in the same articles.
    public func organization(id: Int64, related: Int = 10) throws(ServiceError) -> OrganizationDetail {
        guard let detail = try storage({ try store.organization(id: id, related: related) }) else {
            throw .notFound(resource: "organization", id: id)
        }
        return detail
    }

    /// Migrations applied, oldest first.
    public func migrations() throws(ServiceError) -> [String] {
        try storage { try store.migrate() }
    }

    static func pageSize(_ requested: Int?) throws(ServiceError) -> Int {
        guard let requested else { return defaultPageSize }
        guard pageSizes.contains(requested) else {
            throw .invalidParameter(
                name: "limit", detail: "limit must be between \(pageSizes.lowerBound) and \(pageSizes.upperBound)")
        }
        return requested
    }

    /// Runs a store call, turning its errors into the service's own.
    private func storage<T>(_ body: () throws -> T) throws(ServiceError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            if case .invalidCursor(let cursor) = error {
                throw .invalidParameter(
                    name: "cursor", detail: "\(cursor.prefix(64)) is not a cursor this server issued")
            }
            logger.error("store failed", metadata: ["error": "\(error)"])
            throw .storage(detail: "\(error)")
        } catch {
            logger.error("store failed", metadata: ["error": "\(error)"])
            throw .storage(detail: "\(error)")
        }
    }
}

extension NewArticle {
    /// The store's record of an analysed article.
    init(_ analyzed: AnalyzedArticle, format: ContentFormat) {
        self.init(
            title: analyzed.title, authors: analyzed.authors, source: analyzed.source, url: analyzed.url,
            publishedAt: analyzed.publishedAt, dateline: analyzed.dateline, body: analyzed.body, text: analyzed.text,
            language: analyzed.language, wordCount: analyzed.wordCount,
            contentSHA256: ContentFingerprint.sha256(of: analyzed.text), contentFormat: format.rawValue,
            organizations: analyzed.organizations.map { organization in
                NewArticleOrganization(
                    name: organization.name, key: organization.key, aliases: organization.aliases,
                    salience: organization.salience,
                    mentions: organization.mentions.map { StoredMention(start: $0.start, end: $0.end, text: $0.text) })
            })
    }
}

/// One result slot per batch position, written concurrently by `concurrentPerform`.
///
/// `@unchecked Sendable`: each index is written by exactly one iteration, under `lock`; `values()` is read after
/// `concurrentPerform` has returned, when no writer is left.
private final class AnalysisSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [NewArticle?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ article: NewArticle) {
        lock.lock()
        slots[index] = article
        lock.unlock()
    }

    func values() -> [NewArticle] { slots.map { $0! } }
}
