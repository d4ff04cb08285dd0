import Extraction
import NewsService

/// JSON renderings of an analysis outside HTTP, for `newsgraph extract`.
public enum AnalysisOutput {
    /// The article JSON that POST /extract answers.
    public static func article(_ article: AnalyzedArticle, format: ContentFormat) -> [UInt8] {
        var writer = JSONWriter()
        writer.analysis(
            article, contentSHA256: ContentFingerprint.sha256(of: article.text), contentType: format.rawValue)
        return writer.bytes
    }

    /// One evaluation line: the article fields the scorers read, plus every organization mention as an ORG entity
    /// (the shape ../shared/tools/ner_score.py and article_score.py take).
    public static func evaluationLine(id: String, _ article: AnalyzedArticle) -> [UInt8] {
        var writer = JSONWriter()
        writer.object { json in
            json.key("id")
            json.string(id)
            json.key("title")
            json.string(article.title)
            json.key("authors")
            json.array(article.authors) { $0.string($1) }
            json.key("source")
            json.string(article.source)
            json.key("published_at")
            json.string(article.publishedAt)
            json.key("dateline")
            json.string(article.dateline)
            json.key("language")
            json.string(article.language)
            json.key("body")
            json.string(article.body)
            json.key("entities")
            let mentions = article.organizations.flatMap(\.mentions).sorted { $0.start < $1.start }
            json.array(mentions) { $0.mention(start: $1.start, end: $1.end, text: $1.text, label: "ORG") }
            json.key("organizations")
            json.array(article.organizations) { json, organization in
                json.object { json in
                    json.key("name")
                    json.string(organization.name)
                    json.key("key")
                    json.string(organization.key)
                    json.key("aliases")
                    json.array(organization.aliases) { $0.string($1) }
                    json.key("salience")
                    json.double(organization.salience)
                    json.key("mentions")
                    json.array(organization.mentions) { $0.mention(start: $1.start, end: $1.end, text: $1.text) }
                }
            }
        }
        return writer.bytes
    }
}
