import SQLite

/// An analysed article as the service hands it to the store.
public struct NewArticle: Sendable, Equatable {
    public var title: String?
    public var authors: [String]
    public var source: String?
    public var url: String?
    /// ISO 8601 as far as the text gives it ("2024-05-14", "2020-11-12T10:30").
    public var publishedAt: String?
    public var dateline: String?
    public var body: String
    /// The text the mentions' offsets point into.
    public var text: String
    public var language: String?
    public var wordCount: Int
    /// Hex SHA-256 of the posted content: the deduplication key.
    public var contentSHA256: String
    /// "plainText" or "html".
    public var contentFormat: String
    /// Ordered by salience, highest first.
    public var organizations: [NewArticleOrganization]

    public init(
        title: String? = nil, authors: [String] = [], source: String? = nil, url: String? = nil,
        publishedAt: String? = nil, dateline: String? = nil, body: String, text: String, language: String? = nil,
        wordCount: Int, contentSHA256: String, contentFormat: String, organizations: [NewArticleOrganization] = []
    ) {
        self.title = title
        self.authors = authors
        self.source = source
        self.url = url
        self.publishedAt = publishedAt
        self.dateline = dateline
        self.body = body
        self.text = text
        self.language = language
        self.wordCount = wordCount
        self.contentSHA256 = contentSHA256
        self.contentFormat = contentFormat
        self.organizations = organizations
    }
}

/// An organization found in a new article.
public struct NewArticleOrganization: Sendable, Equatable {
    /// As users see it ("Bay Area Council").
    public var name: String
    /// The extractor's canonical key, the first thing identity is resolved by.
    public var key: String
    /// Other names used in the article ("CIIE"), not including `name`.
    public var aliases: [String]
    /// 0…1.
    public var salience: Double
    public var mentions: [StoredMention]

    public init(name: String, key: String, aliases: [String] = [], salience: Double, mentions: [StoredMention] = []) {
        self.name = name
        self.key = key
        self.aliases = aliases
        self.salience = salience
        self.mentions = mentions
    }
}

/// One mention: Unicode-scalar offsets into the article's `text`, end exclusive.
public struct StoredMention: Sendable, Equatable, Codable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// A stored article with its organizations.
public struct StoredArticle: Sendable, Equatable {
    public var id: Int64
    /// When the store accepted it: ISO 8601 UTC with seconds ("2026-11-29T15:04:05Z").
    public var createdAt: String
    public var title: String?
    public var authors: [String]
    public var source: String?
    public var url: String?
    public var publishedAt: String?
    public var dateline: String?
    public var body: String
    public var text: String
    public var language: String?
    public var wordCount: Int
    public var contentSHA256: String
    public var contentFormat: String
    /// Ordered by salience, highest first, then id.
    public var organizations: [ArticleOrganization]
}

/// An organization as one article mentions it.
public struct ArticleOrganization: Sendable, Equatable {
    /// The organization's id across articles.
    public var id: Int64
    /// The organization's stored name (the first name it was seen under).
    public var name: String
    /// Every other name recorded for the organization, in the order first seen.
    public var aliases: [String]
    /// Salience in this article.
    public var salience: Double
    /// Mentions in this article.
    public var mentionCount: Int
    /// Ordered by start.
    public var mentions: [StoredMention]
}

/// One line of an article list.
public struct ArticleSummary: Sendable, Equatable {
    public var id: Int64
    public var title: String?
    public var authors: [String]
    public var source: String?
    public var url: String?
    public var publishedAt: String?
    public var createdAt: String
    public var wordCount: Int
    public var organizationCount: Int
}

/// An organization with its counters across all stored articles.
public struct OrganizationSummary: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var aliases: [String]
    /// Stored articles that mention it.
    public var articleCount: Int
    /// Mentions across those articles.
    public var mentionCount: Int
}

/// An organization and those most often mentioned in the same articles.
public struct OrganizationDetail: Sendable {
    public var summary: OrganizationSummary
    /// Most shared articles first, then most articles overall, then id.
    public var coMentioned: [(organization: OrganizationSummary, sharedArticles: Int)]
}

/// One page of a list; pass `nextCursor` back to get the next page (nil on the last page).
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var nextCursor: String?

    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}

extension Page: Equatable where Item: Equatable {}

/// The store's errors.
public enum StoreError: Error, CustomStringConvertible {
    /// A cursor this store did not issue for this list (the service answers 400).
    case invalidCursor(String)
    /// SQLite failed; the error carries code, message and SQL (no bound values).
    case database(SQLiteError)
    /// The database was written by a newer build (or its migrations could not be applied).
    case migration(MigrationError)
    /// The store was closed.
    case closed

    public var description: String {
        switch self {
        case .invalidCursor(let cursor): "invalid cursor: \(cursor.prefix(64))"
        case .database(let error): error.description
        case .migration(let error): error.description
        case .closed: "the store is closed"
        }
    }
}
