import SQLite

extension NewsStore {
    /// Reads one article with its organizations, aliases and mentions on `db` (inside the caller's transaction).
    ///
    /// Four queries whatever the number of organizations (aliases come in one query, not one per organization),
    /// and columns are read straight from the statements rather than copied into `Row`s first: this is the
    /// path behind GET /articles/{id}, the API's most frequent read.
    static func readArticle(_ db: Database, id: Int64) throws -> StoredArticle? {
        let statement = try db.cachedStatement(
            """
            SELECT id, created_at, title, authors, source, url, published_at, dateline, body, text, language,
                word_count, content_sha256, content_format
            FROM articles WHERE id = ?
            """)
        try statement.bind([.integer(id)])
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        var article = StoredArticle(
            id: statement.int64(0), createdAt: statement.string(1) ?? "", title: statement.string(2),
            authors: decodeAuthors(statement.string(3)), source: statement.string(4), url: statement.string(5),
            publishedAt: statement.string(6), dateline: statement.string(7), body: statement.string(8) ?? "",
            text: statement.string(9) ?? "", language: statement.string(10), wordCount: statement.int(11),
            contentSHA256: statement.string(12) ?? "", contentFormat: statement.string(13) ?? "", organizations: [])
        article.organizations = try readOrganizations(db, articleID: id, mentions: try readMentions(db, articleID: id))
        return article
    }

    /// An article's mentions by organization id, each organization's ordered by start, then as inserted.
    static func readMentions(_ db: Database, articleID id: Int64) throws -> [Int64: [StoredMention]] {
        var mentions: [Int64: [StoredMention]] = [:]
        let mentionRows = try db.cachedStatement(
            """
            SELECT organization_id, start_offset, end_offset, text FROM mentions
            WHERE article_id = ? ORDER BY organization_id, start_offset, id
            """)
        try mentionRows.bind([.integer(id)])
        defer { mentionRows.reset() }
        while try mentionRows.step() {
            mentions[mentionRows.int64(0), default: []].append(
                StoredMention(start: mentionRows.int(1), end: mentionRows.int(2), text: mentionRows.string(3) ?? ""))
        }
        return mentions
    }

    /// The organizations an article names (salience order, then id), each with its stored name, every alias and
    /// its mentions taken from `mentions`.
    static func readOrganizations(_ db: Database, articleID id: Int64, mentions: [Int64: [StoredMention]]) throws
        -> [ArticleOrganization]
    {
        var aliases: [Int64: [String]] = [:]
        let aliasRows = try db.cachedStatement(
            """
            SELECT a.organization_id, a.alias FROM article_organizations AS ao
            JOIN organization_aliases AS a ON a.organization_id = ao.organization_id
            WHERE ao.article_id = ? ORDER BY a.organization_id, a.id
            """)
        try aliasRows.bind([.integer(id)])
        defer { aliasRows.reset() }
        while try aliasRows.step() {
            if let alias = aliasRows.string(1) { aliases[aliasRows.int64(0), default: []].append(alias) }
        }

        let links = try db.cachedStatement(
            """
            SELECT o.id, o.name, ao.salience, ao.mention_count
            FROM article_organizations AS ao JOIN organizations AS o ON o.id = ao.organization_id
            WHERE ao.article_id = ? ORDER BY ao.salience DESC, o.id
            """)
        try links.bind([.integer(id)])
        defer { links.reset() }
        var organizations: [ArticleOrganization] = []
        while try links.step() {
            let organizationID = links.int64(0)
            organizations.append(
                ArticleOrganization(
                    id: organizationID, name: links.string(1) ?? "", aliases: aliases[organizationID] ?? [],
                    salience: links.double(2), mentionCount: links.int(3), mentions: mentions[organizationID] ?? []))
        }
        return organizations
    }

    /// An organization's recorded aliases, in the order first seen.
    static func aliases(_ db: Database, organizationID: Int64) throws -> [String] {
        try db.cachedStatement("SELECT alias FROM organization_aliases WHERE organization_id = ? ORDER BY id")
            .rows([.integer(organizationID)]).compactMap { $0.string(0) }
    }

    /// A summary from a row of (id, name, article_count, mention_count, …).
    static func summary(_ db: Database, row: Row) throws -> OrganizationSummary {
        OrganizationSummary(
            id: row.int64(0), name: row.string(1) ?? "", aliases: try aliases(db, organizationID: row.int64(0)),
            articleCount: row.int(2), mentionCount: row.int(3))
    }

    /// Summaries from rows of (id, name, article_count, mention_count), with every row's aliases read in one
    /// query rather than one query per organization.
    static func summaries(_ db: Database, rows: [Row]) throws -> [OrganizationSummary] {
        guard rows.count > 1 else { return try rows.map { try summary(db, row: $0) } }
        var aliases: [Int64: [String]] = [:]
        let ids = "[" + rows.map { String($0.int64(0)) }.joined(separator: ",") + "]"
        let statement = try db.cachedStatement(
            """
            SELECT organization_id, alias FROM organization_aliases
            WHERE organization_id IN (SELECT value FROM json_each(?)) ORDER BY organization_id, id
            """)
        try statement.bind([.text(ids)])
        defer { statement.reset() }
        while try statement.step() {
            if let alias = statement.string(1) { aliases[statement.int64(0), default: []].append(alias) }
        }
        return rows.map { row in
            OrganizationSummary(
                id: row.int64(0), name: row.string(1) ?? "", aliases: aliases[row.int64(0)] ?? [],
                articleCount: row.int(2), mentionCount: row.int(3))
        }
    }

    static func clamp(_ limit: Int) -> Int { max(1, min(limit, maximumPageSize)) }
}
