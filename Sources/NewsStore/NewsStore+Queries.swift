import SQLite

extension NewsStore {
    /// Largest page a list returns; larger limits are clamped (and limits below 1 raised to 1).
    public static let maximumPageSize = 1_000

    /// The article with its organizations and mentions, or nil.
    public func article(id: Int64) throws -> StoredArticle? {
        try read { db in try Self.readArticle(db, id: id) }
    }

    /// Articles newest first (by id, descending), optionally only those mentioning an organization and/or
    /// matching every word of `query` in title or body (full-text, case- and diacritic-insensitive).
    ///
    /// A query without any letter or digit matches nothing. Throws `StoreError.invalidCursor` for a cursor
    /// not issued by this list.
    public func articles(organizationID: Int64?, query: String?, limit: Int, cursor: String?) throws -> Page<
        ArticleSummary
    > {
        let limit = Self.clamp(limit)
        let before = try cursor.map(PageCursor.decodeArticle)
        var match: String?
        if let query {
            guard let fts = SearchText.ftsQuery(query, prefix: false) else { return Page(items: [], nextCursor: nil) }
            match = fts
        }
        var sql = """
            SELECT a.id, a.title, a.authors, a.source, a.url, a.published_at, a.created_at, a.word_count,
                (SELECT count(*) FROM article_organizations AS x WHERE x.article_id = a.id)
            """
        var conditions: [String] = []
        var values: [DatabaseValue] = []
        if let organizationID {
            // Driven by the (organization_id, article_id DESC) index, stopping after the page.
            sql += " FROM article_organizations AS ao JOIN articles AS a ON a.id = ao.article_id"
            conditions.append("ao.organization_id = ?")
            values.append(.integer(organizationID))
            if let before {
                conditions.append("ao.article_id < ?")
                values.append(.integer(before))
            }
        } else {
            sql += " FROM articles AS a"
            if let before {
                conditions.append("a.id < ?")
                values.append(.integer(before))
            }
        }
        if let match {
            conditions.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            values.append(.text(match))
        }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        // Ordering by the driving table's column lets SQLite walk the index instead of sorting.
        sql += organizationID == nil ? " ORDER BY a.id DESC LIMIT ?" : " ORDER BY ao.article_id DESC LIMIT ?"
        values.append(.integer(Int64(limit + 1)))
        let rows = try read { db in try db.cachedStatement(sql).rows(values) }
        let items = rows.prefix(limit).map { row in
            ArticleSummary(
                id: row.int64(0), title: row.string(1), authors: Self.decodeAuthors(row.string(2)),
                source: row.string(3), url: row.string(4), publishedAt: row.string(5),
                createdAt: row.string(6) ?? "", wordCount: row.int(7), organizationCount: row.int(8))
        }
        let next = rows.count > limit ? items.last.map { PageCursor.article(after: $0.id) } : nil
        return Page(items: Array(items), nextCursor: next)
    }

    /// Organizations by article count (descending), then id. With `query`: those whose name or an alias has
    /// words starting with every word of the query ("bay ar" finds "Bay Area Council"), or whose normalised
    /// name or alias starts with the normalised query ("c.i.i" finds "CIIE"); case-insensitive.
    ///
    /// Counts change as articles arrive, so a page boundary reflects the counts when its cursor was issued.
    public func organizations(query: String?, limit: Int, cursor: String?) throws -> Page<OrganizationSummary> {
        let limit = Self.clamp(limit)
        let after = try cursor.map(PageCursor.decodeOrganization)
        var conditions: [String] = []
        var values: [DatabaseValue] = []
        var sql = "SELECT o.id, o.name, o.article_count, o.mention_count FROM organizations AS o"
        if let query {
            let prefix = SearchText.key(query)
            guard let match = SearchText.ftsQuery(query, prefix: true), !prefix.isEmpty else {
                return Page(items: [], nextCursor: nil)
            }
            // The matches drive (CROSS JOIN keeps that order) and only they are sorted: walking the count index
            // and testing each organization against the matches would read every organization for a rare name.
            sql = """
                SELECT o.id, o.name, o.article_count, o.mention_count FROM (
                    SELECT rowid AS id FROM organizations_fts WHERE organizations_fts MATCH ?1
                    UNION SELECT id FROM organizations WHERE name_key >= ?2 AND name_key < ?3
                    UNION SELECT organization_id FROM organization_aliases WHERE alias_key >= ?2 AND alias_key < ?3
                ) AS matches CROSS JOIN organizations AS o ON o.id = matches.id
                """
            // Every key starting with `prefix` sorts in [prefix, prefix + U+10FFFF) under BINARY collation.
            values += [.text(match), .text(prefix), .text(prefix + "\u{10FFFF}")]
        }
        if let after {
            let base = values.count
            conditions.append(
                "(o.article_count < ?\(base + 1) OR (o.article_count = ?\(base + 1) AND o.id > ?\(base + 2)))")
            values += [.integer(Int64(after.articleCount)), .integer(after.id)]
        }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY o.article_count DESC, o.id LIMIT ?\(values.count + 1)"
        values.append(.integer(Int64(limit + 1)))
        let (items, more) = try read { db in
            let rows = try db.cachedStatement(sql).rows(values)
            return (try Self.summaries(db, rows: Array(rows.prefix(limit))), rows.count > limit)
        }
        let next = more ? items.last.map { PageCursor.organization(articleCount: $0.articleCount, id: $0.id) } : nil
        return Page(items: items, nextCursor: next)
    }

    /// Whether an organization with this id exists (one primary-key lookup).
    public func organizationExists(id: Int64) throws -> Bool {
        try read { db in
            try db.cachedStatement("SELECT 1 FROM organizations WHERE id = ?").firstRow([.integer(id)]) != nil
        }
    }

    /// The organization with those most often mentioned in the same articles (at most `related`), or nil.
    public func organization(id: Int64, related: Int = 10) throws -> OrganizationDetail? {
        try read { db in
            guard
                let row = try db.cachedStatement(
                    "SELECT id, name, article_count, mention_count FROM organizations WHERE id = ?"
                ).firstRow([.integer(id)])
            else { return nil }
            let summary = try Self.summary(db, row: row)
            let others = try db.cachedStatement(
                """
                SELECT o.id, o.name, o.article_count, o.mention_count, count(*) AS shared
                FROM article_organizations AS mine
                JOIN article_organizations AS other
                    ON other.article_id = mine.article_id AND other.organization_id <> mine.organization_id
                JOIN organizations AS o ON o.id = other.organization_id
                WHERE mine.organization_id = ?
                GROUP BY o.id
                ORDER BY shared DESC, o.article_count DESC, o.id
                LIMIT ?
                """
            ).rows([.integer(id), .integer(Int64(max(0, min(related, Self.maximumPageSize))))])
            let coMentioned = zip(try Self.summaries(db, rows: others), others).map { organization, row in
                (organization: organization, sharedArticles: row.int(4))
            }
            return OrganizationDetail(summary: summary, coMentioned: coMentioned)
        }
    }
}
