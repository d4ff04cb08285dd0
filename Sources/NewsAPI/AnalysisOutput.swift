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

    /// One evaluation line: the article JSON with the document's id and "entities" (every organization mention as
    /// an ORG span), the shape ../shared/tools/ner_score.py and article_score.py read.
    public static func evaluationLine(id: String, _ article: AnalyzedArticle, format: ContentFormat) -> [UInt8] {
        var writer = JSONWriter()
        writer.analysis(
            article, contentSHA256: ContentFingerprint.sha256(of: article.text), contentType: format.rawValue,
            evaluationID: id)
        return writer.bytes
    }
}
