/// How the posted content is encoded.
public enum ContentFormat: String, Sendable, Codable {
    case plainText = "text/plain"
    case html = "text/html"
}

/// A raw article as a user posted it, before any parsing.
public struct ArticleInput: Sendable {
    public var content: String
    public var format: ContentFormat
    /// The page's address, when the client knows it.
    public var url: String?
    /// The publication, when the client knows it; wins over what the parser reads.
    public var source: String?
    /// When the client fetched the page: a relative stamp on it ("3 hours ago") is counted back from this.
    public var fetchedAt: FetchTime?

    public init(
        content: String, format: ContentFormat = .plainText, url: String? = nil, source: String? = nil,
        fetchedAt: FetchTime? = nil
    ) {
        self.content = content
        self.format = format
        self.url = url
        self.source = source
        self.fetchedAt = fetchedAt
    }
}

/// One place in `AnalyzedArticle.text` where an organization is named.
///
/// Offsets count Unicode scalars, end exclusive, so that clients in any language can slice the text.
public struct Mention: Sendable, Equatable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// An organization an article names, with every place it is named.
public struct FoundOrganization: Sendable, Equatable {
    /// The name as users see it ("Bay Area Council").
    public var name: String
    /// Canonical key for identity across articles: lowercased, "the", legal suffixes and punctuation dropped.
    public var key: String
    /// Other names the article uses for it ("CIIE"), not including `name`.
    public var aliases: [String]
    /// Ordered by start.
    public var mentions: [Mention]
    /// How central the organization is to the article, 0...1.
    public var salience: Double

    public init(name: String, key: String, aliases: [String] = [], mentions: [Mention], salience: Double = 0) {
        self.name = name
        self.key = key
        self.aliases = aliases
        self.mentions = mentions
        self.salience = salience
    }
}

/// The structured article recovered from raw content.
public struct AnalyzedArticle: Sendable, Equatable {
    public var title: String?
    public var authors: [String]
    public var source: String?
    public var url: String?
    /// ISO 8601 as far as the text gives it: "2020-11-12T10:30", "2024-05-14", "2025-06-03T07:45:00-04:00".
    public var publishedAt: String?
    /// The dateline place ("GENEVA", "WATERLOO, Iowa").
    public var dateline: String?
    /// Paragraphs separated by a blank line, boilerplate removed.
    public var body: String
    /// What was analysed: the posted text as is, or the text rendered from HTML. Mention offsets index this.
    public var text: String
    /// "en", another ISO 639-1 code, or "und".
    public var language: String?
    public var wordCount: Int
    /// Ordered by salience, highest first.
    public var organizations: [FoundOrganization]
    /// Where each field that has a value was read, in field order.
    public var provenance: [FieldOrigin]
    /// Derived from the fields: an empty body is `noArticleBody`.
    public var warnings: [ArticleWarning] { ArticleWarning.of(body: body) }

    public init(
        title: String? = nil, authors: [String] = [], source: String? = nil, url: String? = nil,
        publishedAt: String? = nil, dateline: String? = nil, body: String, text: String,
        language: String? = nil, wordCount: Int = 0, organizations: [FoundOrganization] = [],
        provenance: [FieldOrigin] = []
    ) {
        self.provenance = provenance
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
        self.organizations = organizations
    }
}

/// Finds organizations in text. The first implementation is rule-based; a trained tagger replaces it later.
public protocol OrganizationFinder: Sendable {
    /// - Parameter regions: Unicode-scalar ranges of `text` to look in (the title and body); nil means all of it.
    ///   Mention offsets are always into the whole `text`.
    func organizations(in text: String, regions: [Range<Int>]?) -> [FoundOrganization]

    /// The same, given `text`'s scalars (`Array(text.unicodeScalars)`) already decoded: the article parser decodes
    /// a plain text whole, and the finder need not decode it again.
    func organizations(in text: String, scalars: [Unicode.Scalar], regions: [Range<Int>]?) -> [FoundOrganization]
}

extension OrganizationFinder {
    /// A finder that reads only Strings decodes the text itself.
    public func organizations(in text: String, scalars: [Unicode.Scalar], regions: [Range<Int>]?)
        -> [FoundOrganization]
    {
        organizations(in: text, regions: regions)
    }
}

extension RuleBasedOrganizationFinder {
    /// The rules read scalars: the decoded text is used as it is.
    public func organizations(in text: String, scalars: [Unicode.Scalar], regions: [Range<Int>]?)
        -> [FoundOrganization]
    {
        organizations(in: scalars, regions: regions)
    }
}

extension ContentFormat {
    /// HTML when the content opens like a page (`<!doctype html`, `<html`), plain text otherwise:
    /// a page saved or sent as text is still a page.
    public static func sniffed(_ content: String) -> ContentFormat {
        let head = content.prefix(512).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(15).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") ? .html : .plainText
    }
}
