import SQLite

extension NewsStore {
    /// Reads one article with its organizations, aliases and mentions on `db` (inside the caller's transaction).
    static func readArticle(_ db: Database, id: Int64) throws -> StoredArticle? {
        guard
            let row = try db.cachedStatement(
                """
                SELECT id, created_at, title, authors, source, url, published_at, dateline, body, text, language,
                    word_count, content_sha256, content_format
                FROM articles WHERE id = ?
                """
            ).firstRow([.integer(id)])
        else { return nil }
        var mentions: [Int64: [StoredMention]] = [:]
        for mention in try db.cachedStatement(
            """
            SELECT organization_id, start_offset, end_offset, text FROM mentions
            WHERE article_id = ? ORDER BY organization_id, start_offset, id
            """
        ).rows([.integer(id)]) {
            mentions[mention.int64(0), default: []].append(
                StoredMention(start: mention.int(1), end: mention.int(2), text: mention.string(3) ?? ""))
        }
        let organizations = try db.cachedStatement(
            """
            SELECT o.id, o.name, ao.salience, ao.mention_count
            FROM article_organizations AS ao JOIN organizations AS o ON o.id = ao.organization_id
            WHERE ao.article_id = ? ORDER BY ao.salience DESC, o.id
            """
        ).rows([.integer(id)]).map { link in
            ArticleOrganization(
                id: link.int64(0), name: link.string(1) ?? "", aliases: try aliases(db, organizationID: link.int64(0)),
                salience: link.double(2), mentionCount: link.int(3), mentions: mentions[link.int64(0)] ?? [])
        }
        return StoredArticle(
            id: row.int64(0), createdAt: row.string(1) ?? "", title: row.string(2),
            authors: decodeAuthors(row.string(3)), source: row.string(4), url: row.string(5),
            publishedAt: row.string(6), dateline: row.string(7), body: row.string(8) ?? "", text: row.string(9) ?? "",
            language: row.string(10), wordCount: row.int(11), contentSHA256: row.string(12) ?? "",
            contentFormat: row.string(13) ?? "", organizations: organizations)
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

    static func clamp(_ limit: Int) -> Int { max(1, min(limit, maximumPageSize)) }
}
