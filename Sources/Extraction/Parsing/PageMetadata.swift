import Foundation

/// What an HTML page says about itself in <title>, <meta>, <link rel=canonical>, <time> and JSON-LD.
struct PageMetadata: Sendable {
    var documentTitle: String?
    /// <meta name|property|itemprop=… content=…>, keys lowercased, first value kept.
    var meta: [String: String] = [:]
    var canonicalURL: String?
    /// <time datetime> values in page order, flagged when inside an article.
    var times: [(value: String, inArticle: Bool)] = []
    var ld = LinkedData()

    /// The NewsArticle/Article/BlogPosting object of the page's JSON-LD.
    struct LinkedData: Sendable {
        var headline: String?
        var authors: [String] = []
        var datePublished: String?
        var publisher: String?
        var articleBody: String?
    }

    var articleBody: String? { ld.articleBody }

    /// Headlines the metadata proposes, best first.
    var titleHints: [String] {
        var hints: [String] = []
        for candidate in [ld.headline, meta["og:title"], meta["twitter:title"], documentTitle] {
            guard let candidate, !candidate.isEmpty else { continue }
            hints.append(candidate)
            for part in Self.titleParts(candidate) where part != candidate { hints.append(part) }
        }
        return hints
    }

    /// "Headline | Site" split at its separators, longest part first.
    static func titleParts(_ title: String) -> [String] {
        let ascii = ByteSearch.isASCII(title)
        for (separator, bytes) in titleSeparators where holds(title, separator, bytes, ascii: ascii) {
            let parts = title.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            return parts.sorted { $0.count > $1.count }
        }
        return []
    }

    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", ": "].map {
        ($0, Array($0.utf8))
    }

    /// `title.contains(separator)`, answered on the bytes where they decide it: in an ASCII title (each Character a
    /// byte, and none of the separators holds "\r" or "\n") and for a byte miss of a separator no other scalar is
    /// canonically equivalent to; " · " is asked of Foundation, since "·" (U+0387) is equivalent to its dot.
    static func holds(_ title: String, _ separator: String, _ bytes: [UInt8], ascii: Bool) -> Bool {
        let hit = ByteSearch.contains(title, bytes)
        if ascii { return hit }
        if !hit && separator != " · " { return false }
        return title.contains(separator)
    }

    mutating func readLinkedData(_ json: String) {
        guard let value = JSONValue.parse(json) else { return }
        var stack: [JSONValue] = [value]
        var visited = 0
        while let item = stack.popLast(), visited < 500 {
            visited += 1
            switch item {
            case .array(let items): stack.append(contentsOf: items.reversed())
            case .object:
                if let graph = item["@graph"] { stack.append(graph) }
                let types = (item["@type"]?.list ?? []).compactMap(\.string)
                if types.contains(where: { Self.articleTypes.contains($0) }) { take(item) }
                if let main = item["mainEntity"] ?? item["mainEntityOfPage"], case .object = main { stack.append(main) }
            default: break
            }
        }
    }

    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "BackgroundNewsArticle", "TechArticle", "ScholarlyArticle", "Report", "LiveBlogPosting",
        "SocialMediaPosting", "WebPage", "Blog", "Posting",
    ]

    private mutating func take(_ object: JSONValue) {
        let isWebPage = (object["@type"]?.list ?? []).compactMap(\.string).allSatisfy {
            $0 == "WebPage" || $0 == "Blog"
        }
        if ld.headline == nil || !isWebPage,
            let h = object["headline"]?.string ?? (isWebPage ? nil : object["name"]?.string)
        {
            if ld.headline == nil || !isWebPage {
                ld.headline = HTMLEntities.decodeAll(h).trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        if ld.authors.isEmpty, let author = object["author"] ?? object["creator"] {
            for a in author.list {
                if let name = a.string ?? a["name"]?.string {
                    let type = a["@type"]?.string
                    if type == nil || type == "Person" { ld.authors.append(HTMLEntities.decodeAll(name)) }
                }
            }
        }
        if ld.datePublished == nil || !isWebPage,
            let d = object["datePublished"]?.string ?? object["dateCreated"]?.string
        {
            ld.datePublished = d
        }
        if ld.publisher == nil, let p = object["publisher"] {
            ld.publisher = (p.list.first?["name"]?.string ?? p.string).map(HTMLEntities.decodeAll)
        }
        if let body = object["articleBody"]?.string, body.count > (ld.articleBody?.count ?? 0) {
            ld.articleBody = HTMLEntities.decodeAll(body)
        }
    }
}
