/// Where the parser read one field of an article: the line of the analysed text, a metadata tag, the JSON-LD,
/// the page's address, or the client's own input. Shown with `?explain=true`.
public struct FieldOrigin: Sendable, Equatable {
    /// What kind of place the field came from.
    public enum Place: String, Sendable {
        /// A block of the analysed `text` (the posted text, or the text rendered from HTML).
        case text
        /// A `<meta>` tag, `<title>` or `<time datetime>` of the HTML page.
        case meta
        /// The page's JSON-LD (`NewsArticle` and kin).
        case jsonLD = "json-ld"
        /// The address the client sent (`url`): its path's date.
        case url
        /// The client's own `source` or `url` field.
        case input
    }

    /// The article field: "title", "authors", "published_at", "source", "dateline", "body".
    public var field: String
    public var place: Place
    /// What in that place: "byline", "dateline", "copyright and logo lines", "og:site_name", "headline"…
    public var detail: String?
    /// 1-based line of `text` where the field's block starts (text only).
    public var line: Int?
    /// Unicode-scalar range of that block in `text`, end exclusive (text only).
    public var start: Int?
    public var end: Int?

    public init(
        field: String, place: Place, detail: String? = nil, line: Int? = nil, start: Int? = nil, end: Int? = nil
    ) {
        self.field = field
        self.place = place
        self.detail = detail
        self.line = line
        self.start = start
        self.end = end
    }
}

/// Something a client should know about an analysis that still succeeded.
public enum ArticleWarning: String, Sendable {
    /// The page has text but no part of it reads as an article (navigation only, a list of links, bad markup):
    /// the body is empty.
    case noArticleBody = "no-article-body"

    /// The warnings an article's fields imply; derived, so a stored article shows the same as its analysis.
    public static func of(body: String) -> [ArticleWarning] {
        body.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) ? [] : [.noArticleBody]
    }
}
