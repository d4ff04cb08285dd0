import Extraction
import NewsStore

/// The JSON shapes of the API's resources, field by field as docs/api.md lists them.
extension JSONWriter {
    /// A stored article; `explain`, when given, adds where each field was read (POST /articles?explain=true).
    mutating func article(_ article: StoredArticle, explain: [FieldOrigin]? = nil) {
        object { json in
            json.key("id")
            json.int(article.id)
            json.articleFields(
                title: article.title, authors: article.authors, source: article.source, url: article.url,
                publishedAt: article.publishedAt, dateline: article.dateline, language: article.language,
                body: article.body, text: article.text, wordCount: article.wordCount,
                contentSHA256: article.contentSHA256, contentType: article.contentFormat, createdAt: article.createdAt)
            json.key("organizations")
            json.array(article.organizations) { json, organization in
                json.object { json in
                    json.key("id")
                    json.int(organization.id)
                    json.organizationMentions(
                        name: organization.name, aliases: organization.aliases, salience: organization.salience,
                        mentions: organization.mentions.map { ($0.start, $0.end, $0.text) })
                }
            }
            if let explain { json.explain(explain) }
        }
    }

    /// `"explain": [{"field", "from", "detail", "line", "start", "end"}]`: where each field was read.
    mutating func explain(_ origins: [FieldOrigin]) {
        key("explain")
        array(origins) { json, origin in
            json.object { json in
                json.key("field")
                json.string(origin.field)
                json.key("from")
                json.string(origin.place.rawValue)
                json.key("detail")
                json.string(origin.detail)
                json.key("line")
                json.int(origin.line)
                json.key("start")
                json.int(origin.start)
                json.key("end")
                json.int(origin.end)
            }
        }
    }

    /// An analysis that was not stored (POST /extract): the same shape, with null ids.
    /// `evaluationID` replaces the null id with a document id and adds "entities": every mention as an ORG span,
    /// the shape ../shared/tools/ner_score.py reads.
    mutating func analysis(
        _ article: AnalyzedArticle, contentSHA256: String, contentType: String, evaluationID: String? = nil,
        explain: Bool = false
    ) {
        object { json in
            json.key("id")
            json.string(evaluationID)
            json.articleFields(
                title: article.title, authors: article.authors, source: article.source, url: article.url,
                publishedAt: article.publishedAt, dateline: article.dateline, language: article.language,
                body: article.body, text: article.text, wordCount: article.wordCount,
                contentSHA256: contentSHA256, contentType: contentType, createdAt: nil)
            json.key("organizations")
            json.array(article.organizations) { json, organization in
                json.object { json in
                    json.key("id")
                    json.null()
                    json.organizationMentions(
                        name: organization.name, aliases: organization.aliases, salience: organization.salience,
                        mentions: organization.mentions.map { ($0.start, $0.end, $0.text) })
                }
            }
            if evaluationID != nil {
                json.key("entities")
                let mentions = article.organizations.flatMap(\.mentions).sorted { $0.start < $1.start }
                json.array(mentions) { $0.mention(start: $1.start, end: $1.end, text: $1.text, label: "ORG") }
            }
            if explain { json.explain(article.provenance) }
        }
    }

    private mutating func articleFields(
        title: String?, authors: [String], source: String?, url: String?, publishedAt: String?, dateline: String?,
        language: String?, body: String, text: String, wordCount: Int, contentSHA256: String, contentType: String,
        createdAt: String?
    ) {
        key("title")
        string(title)
        key("authors")
        array(authors) { $0.string($1) }
        key("source")
        string(source)
        key("url")
        string(url)
        key("published_at")
        string(publishedAt)
        key("dateline")
        string(dateline)
        key("language")
        string(language)
        key("word_count")
        int(wordCount)
        key("content_sha256")
        string(contentSHA256)
        key("content_type")
        string(contentType)
        key("created_at")
        string(createdAt)
        key("warnings")
        array(ArticleWarning.of(body: body)) { $0.string($1.rawValue) }
        key("body")
        string(body)
        key("text")
        string(text)
    }

    private mutating func organizationMentions(
        name: String, aliases: [String], salience: Double, mentions: [(start: Int, end: Int, text: String)]
    ) {
        key("name")
        string(name)
        key("aliases")
        array(aliases) { $0.string($1) }
        key("salience")
        double(salience)
        key("mention_count")
        int(mentions.count)
        key("mentions")
        array(mentions) { $0.mention(start: $1.start, end: $1.end, text: $1.text) }
    }

    /// `{"start", "end", "text"}`, with "label" when the mention is written as a labelled entity.
    mutating func mention(start: Int, end: Int, text: String, label: String? = nil) {
        object { json in
            json.key("start")
            json.int(start)
            json.key("end")
            json.int(end)
            if let label {
                json.key("label")
                json.string(label)
            }
            json.key("text")
            json.string(text)
        }
    }

    mutating func articleSummary(_ article: ArticleSummary) {
        object { json in
            json.key("id")
            json.int(article.id)
            json.key("title")
            json.string(article.title)
            json.key("authors")
            json.array(article.authors) { $0.string($1) }
            json.key("source")
            json.string(article.source)
            json.key("url")
            json.string(article.url)
            json.key("published_at")
            json.string(article.publishedAt)
            json.key("created_at")
            json.string(article.createdAt)
            json.key("word_count")
            json.int(article.wordCount)
            json.key("organization_count")
            json.int(article.organizationCount)
        }
    }

    mutating func organizationSummary(_ organization: OrganizationSummary) {
        object { json in json.organizationSummaryFields(organization) }
    }

    private mutating func organizationSummaryFields(_ organization: OrganizationSummary) {
        key("id")
        int(organization.id)
        key("name")
        string(organization.name)
        key("aliases")
        array(organization.aliases) { $0.string($1) }
        key("article_count")
        int(organization.articleCount)
        key("mention_count")
        int(organization.mentionCount)
    }

    mutating func organizationDetail(_ detail: OrganizationDetail) {
        object { json in
            json.organizationSummaryFields(detail.summary)
            json.key("co_mentioned")
            json.array(detail.coMentioned) { json, related in
                json.object { json in
                    json.organizationSummaryFields(related.organization)
                    json.key("shared_article_count")
                    json.int(related.sharedArticles)
                }
            }
        }
    }

    /// A page of a list: {"<name>": [...], "next_cursor": "..." | null}.
    mutating func page<Item>(_ name: StaticString, _ page: Page<Item>, _ element: (inout JSONWriter, Item) -> Void) {
        object { json in
            json.key(name)
            json.array(page.items, element)
            json.key("next_cursor")
            json.string(page.nextCursor)
        }
    }
}
