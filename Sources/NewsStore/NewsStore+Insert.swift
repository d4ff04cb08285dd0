import Foundation
import SQLite

extension NewsStore {
    /// Stores an analysed article and its organizations, all or nothing, and returns once the commit is done.
    ///
    /// Concurrent inserts share one transaction (group commit, see `WriteQueue`): a failing one fails alone, and
    /// each returns only after the shared commit.
    /// Deduplicates on `contentSHA256` through the UNIQUE constraint (`ON CONFLICT DO NOTHING`): content already
    /// stored returns the existing article with `created == false` and changes nothing.
    /// `announced`: the caller announced this insert with `announceInsert()`; making it ends the announcement.
    public func insert(_ article: NewArticle, announced: Bool = false) throws -> (article: StoredArticle, created: Bool)
    {
        let (stored, created, changedOthers) = try groupedWrite(announced: announced) { db in
            let outcome = try Self.store(db, article)
            // A new article is answered from what was just written (its organizations' names, aliases and order
            // still read back); a duplicate is read as stored.
            let read =
                if let written = outcome.written {
                    try Self.insertedArticle(db, article, id: outcome.id, written)
                } else {
                    try Self.readArticle(db, id: outcome.id)
                }
            guard let stored = read else {
                throw StoreError.database(SQLiteError(code: 1, message: "stored article vanished", sql: nil))
            }
            return (stored, outcome.created, outcome.changedOthers)
        }
        if changedOthers { advanceArticleGeneration() }
        return (stored, created)
    }

    /// Stores several analysed articles in one transaction (one commit for the lot, so bulk loads do not pay a
    /// commit per article; batches and single inserts arriving together share it). Each comes back as its id and
    /// whether it was new; content already stored, or repeated within the batch, is not stored twice. Nothing is
    /// stored when any insert fails.
    public func insert(batch articles: [NewArticle]) throws -> [(id: Int64, created: Bool)] {
        let results = try groupedWrite { db in
            try articles.map { article in try Self.store(db, article) }
        }
        if results.contains(where: \.changedOthers) { advanceArticleGeneration() }
        return results.map { ($0.id, $0.created) }
    }

    /// What `store` did with one article. `written` (only for a new article): what went into its row and its
    /// mentions, enough to answer without reading them back. `changedOthers`: an organization that other articles
    /// name gained an alias, so their JSON changed.
    struct StoreOutcome {
        var id: Int64
        var created: Bool { written != nil }
        var changedOthers: Bool
        var written: Written?
    }

    /// A new article's stored values that the caller does not already hold.
    struct Written {
        var createdAt: String
        var authors: String
        /// Each linked organization's mentions, as inserted (sorted by start, then end).
        var mentions: [Int64: [StoredMention]]
    }

    /// Inserts one article with its organizations, or finds the stored article with the same content.
    ///
    /// New rows' ids come from `lastInsertRowID` (the statement's own row: a trigger's inserts do not change it once
    /// the trigger ends) rather than `RETURNING`, which SQLite runs through a temporary table per statement.
    static func store(_ db: Database, _ article: NewArticle) throws -> StoreOutcome {
        // Bound rather than computed in the INSERT, so that the caller knows the value without reading it back.
        let createdAt = timestamp()
        let authors = Self.encodeAuthors(article.authors)
        try db.cachedStatement(
            """
            INSERT INTO articles (title, authors, source, url, published_at, dateline, body, text, language,
                word_count, content_sha256, content_format, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (content_sha256) DO NOTHING
            """
        ).execute([
            DatabaseValue(article.title), .text(authors),
            DatabaseValue(article.source), DatabaseValue(article.url), DatabaseValue(article.publishedAt),
            DatabaseValue(article.dateline), .text(article.body), .text(article.text),
            DatabaseValue(article.language), .integer(Int64(article.wordCount)),
            .text(article.contentSHA256), .text(article.contentFormat), .text(createdAt),
        ])
        guard db.changes > 0 else {
            let existing = try db.cachedStatement("SELECT id FROM articles WHERE content_sha256 = ?")
                .firstRow([.text(article.contentSHA256)])
            guard let id = existing?.int64(0) else {
                throw StoreError.database(SQLiteError(code: 1, message: "conflicting article vanished", sql: nil))
            }
            return StoreOutcome(id: id, changedOthers: false, written: nil)
        }
        let articleID = db.lastInsertRowID
        let (changedOthers, mentions) = try Self.link(db, articleID: articleID, organizations: article.organizations)
        return StoreOutcome(
            id: articleID, changedOthers: changedOthers,
            written: Written(createdAt: createdAt, authors: authors, mentions: mentions))
    }

    /// The article just inserted, as `readArticle` would read it: its own fields and mentions from what was
    /// written (the authors through the same JSON round trip), its organizations — stored names, every alias,
    /// salience order — read back, since other articles shape them.
    static func insertedArticle(_ db: Database, _ article: NewArticle, id: Int64, _ written: Written) throws
        -> StoredArticle?
    {
        var stored = StoredArticle(
            id: id, createdAt: written.createdAt, title: article.title, authors: decodeAuthors(written.authors),
            source: article.source, url: article.url, publishedAt: article.publishedAt, dateline: article.dateline,
            body: article.body, text: article.text, language: article.language, wordCount: article.wordCount,
            contentSHA256: article.contentSHA256, contentFormat: article.contentFormat, organizations: [])
        stored.organizations = try readOrganizations(db, articleID: id, mentions: written.mentions)
        return stored
    }

    /// Deletes an article with its links and mentions; organizations' counters drop accordingly and an
    /// organization left with no article is deleted (triggers in 0001_initial.sql). False when there was none.
    public func deleteArticle(id: Int64) throws -> Bool {
        let deleted = try write { db in
            try db.transaction(.immediate) {
                try db.cachedStatement("DELETE FROM articles WHERE id = ?").execute([.integer(id)])
                return db.changes > 0
            }
        }
        if deleted { advanceArticleGeneration() }
        return deleted
    }

    // MARK: Organizations of a new article

    /// Resolves each organization to its row (found or created), records new aliases, and links the article,
    /// merging organizations of this article that resolve to the same row (highest salience, all mentions).
    /// Returns whether an organization that existed before gained an alias (other articles' JSON lists aliases),
    /// and each linked organization's mentions as inserted.
    @discardableResult
    static func link(_ db: Database, articleID: Int64, organizations: [NewArticleOrganization]) throws
        -> (changedExisting: Bool, mentions: [Int64: [StoredMention]])
    {
        var changedExisting = false
        var order: [Int64] = []
        var links: [Int64: (salience: Double, mentions: [StoredMention])] = [:]
        for organization in organizations {
            guard let resolved = try resolve(db, organization) else { continue }
            let id = resolved.id
            if try recordAliases(db, organizationID: id, storedNameKey: resolved.nameKey, organization),
                resolved.existed
            {
                changedExisting = true
            }
            if var link = links[id] {
                link.salience = max(link.salience, organization.salience)
                link.mentions += organization.mentions
                links[id] = link
            } else {
                order.append(id)
                links[id] = (organization.salience, organization.mentions)
            }
        }
        var inserted: [Int64: [StoredMention]] = [:]
        var linkRows: [DatabaseValue] = []
        var mentionRows: [DatabaseValue] = []
        linkRows.reserveCapacity(order.count * 4)
        for id in order {
            guard let link = links[id] else { continue }
            let mentions = link.mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            inserted[id] = mentions
            // NaN would bind as NULL; a non-finite salience is stored as 0.
            linkRows += [
                .integer(articleID), .integer(id), .real(link.salience.isFinite ? link.salience : 0),
                .integer(Int64(mentions.count)),
            ]
            for mention in mentions {
                mentionRows += [
                    .integer(articleID), .integer(id), .integer(Int64(mention.start)), .integer(Int64(mention.end)),
                    .text(mention.text),
                ]
            }
        }
        // Every link before any mention: a mention's foreign key names its link, checked at each statement's end.
        try insertRows(db, Self.linkInsert, linkRows)
        try insertRows(db, Self.mentionInsert, mentionRows)
        return (changedExisting, inserted)
    }

    /// Most rows one multi-row INSERT writes.
    static let rowsPerInsert = 32

    /// The texts of one table's multi-row INSERTs, built once: `texts[n - 1]` inserts n rows, up to `maximumRows`.
    struct MultiRowInsert {
        let columns: Int
        let texts: [String]

        init(_ prefix: String, columns: Int, maximumRows: Int = rowsPerInsert) {
            self.columns = columns
            let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
            texts = (1...maximumRows).map { count in
                prefix + Array(repeating: row, count: count).joined(separator: ", ")
            }
        }
    }

    /// At most four links a statement: each link's counter trigger updates its organization's row and moves its
    /// entry in the count index, pages that existed before the statement, which SQLite copies to the statement
    /// journal so that the statement can fail halfway. Eight or more links touched more than the 16 pages (64 KiB)
    /// the journal keeps in memory, and it spilled to a temporary file that every later statement journal of the
    /// transaction then wrote to (~4 `pwrite64` per single POST at 8 connections, and an open and unlink per
    /// transaction); four stay under it (docs/store.md, "Savepoints and statement journals").
    static let linkInsert = MultiRowInsert(
        "INSERT INTO article_organizations (article_id, organization_id, salience, mention_count) VALUES ",
        columns: 4, maximumRows: 4)
    static let mentionInsert = MultiRowInsert(
        "INSERT INTO mentions (article_id, organization_id, start_offset, end_offset, text) VALUES ", columns: 5)

    /// Inserts `values` (`insert.columns` per row, in row order) with as few statements as the table's most rows a
    /// statement allow: each runs SQLite's per-statement work (program start, table and index cursors, the statement
    /// journal's page copies, constraint checks at the end) once for its rows instead of once per row — an article's
    /// links and mentions were ~30 statements. Any row count up to the most has a statement text of its own (at
    /// most 32 per table, prepared once and cached): until round 28 the counts were powers of two, so 20 mentions
    /// took two statements (16 and 4) and 11 links four (4, 4, 2, 1) where one and three do. Rows go in in order,
    /// so their ids are those that one INSERT per row gave.
    static func insertRows(_ db: Database, _ insert: MultiRowInsert, _ values: [DatabaseValue]) throws {
        var start = 0
        while start < values.count {
            let rows = min((values.count - start) / insert.columns, insert.texts.count)
            let end = start + rows * insert.columns
            try db.cachedStatement(insert.texts[rows - 1]).execute(Array(values[start..<end]))
            start = end
        }
    }

    /// The organization row for `organization`: by its key; else by the first of its name and aliases whose
    /// normalised key matches any organization's key, name key or alias key (most articles, then lowest id wins);
    /// else a new row (`existed` false). Nil only for an organization with neither key nor name. `nameKey`: the
    /// row's stored name key (read with the row, so that recording aliases need not look it up again).
    static func resolve(_ db: Database, _ organization: NewArticleOrganization) throws
        -> (id: Int64, existed: Bool, nameKey: String)?
    {
        let nameKey = SearchText.key(organization.name)
        // The lowercased name only when both keys are empty (it rarely is needed, and costs a String each time).
        let key =
            !organization.key.isEmpty ? organization.key : !nameKey.isEmpty ? nameKey : organization.name.lowercased()
        guard !key.isEmpty else { return nil }
        // Read off the statement rather than through `firstRow`, which copies the row and its column names.
        let byKey = try db.cachedStatement("SELECT id, name_key FROM organizations WHERE key = ?")
        let found: (id: Int64, nameKey: String)? = try {
            try byKey.bind([.text(key)])
            defer { byKey.reset() }
            return try byKey.step() ? (byKey.int64(0), byKey.string(1) ?? "") : nil
        }()
        if let found { return (found.id, true, found.nameKey) }
        let candidates = [key, nameKey] + organization.aliases.map(SearchText.key)
        var seen: Set<String> = []
        for candidate in candidates where !candidate.isEmpty && seen.insert(candidate).inserted {
            if let match = try bestMatch(db, key: candidate) { return (match.id, true, match.nameKey) }
        }
        try db.cachedStatement(
            "INSERT INTO organizations (name, key, name_key, created_at) VALUES (?, ?, ?, ?)"
        ).execute([.text(organization.name), .text(key), .text(nameKey), .text(timestamp())])
        return (db.lastInsertRowID, false, nameKey)
    }

    /// The organization whose key, name key or an alias key is `key`: most articles, then lowest id; nil for none.
    ///
    /// Three index look-ups whose rows (a handful at most) are ranked here: as one `UNION … ORDER BY … LIMIT 1`
    /// query SQLite built a temporary B-tree for the union and another for the order on every call, ~60 K
    /// instructions per look-up, most of an unknown organization's cost. A row met twice ranks the same.
    static func bestMatch(_ db: Database, key: String) throws -> (id: Int64, nameKey: String)? {
        let statement = try db.cachedStatement(
            """
            SELECT id, article_count, name_key FROM organizations WHERE key = ?1
            UNION ALL SELECT id, article_count, name_key FROM organizations WHERE name_key = ?1
            UNION ALL SELECT o.id, o.article_count, o.name_key FROM organization_aliases AS a
                JOIN organizations AS o ON o.id = a.organization_id WHERE a.alias_key = ?1
            """)
        try statement.bind([.text(key)])
        defer { statement.reset() }
        var best: (id: Int64, articles: Int64, nameKey: String)?
        while try statement.step() {
            let id = statement.int64(0)
            let articles = statement.int64(1)
            if let current = best, current.articles > articles || (current.articles == articles && current.id < id) {
                continue
            }
            best = (id, articles, statement.string(2) ?? "")
        }
        return best.map { ($0.id, $0.nameKey) }
    }

    /// Records the article's name for the organization and its aliases as aliases, unless one normalises to the
    /// stored name's key (`storedNameKey`, which never changes) or is already recorded (the first spelling of an
    /// alias key is kept). True when one was added.
    @discardableResult
    static func recordAliases(
        _ db: Database, organizationID: Int64, storedNameKey: String, _ organization: NewArticleOrganization
    ) throws -> Bool {
        var added = false
        let insert = try db.cachedStatement(
            """
            INSERT INTO organization_aliases (organization_id, alias, alias_key) VALUES (?, ?, ?)
            ON CONFLICT (organization_id, alias_key) DO NOTHING
            """)
        for alias in [organization.name] + organization.aliases {
            let aliasKey = SearchText.key(alias)
            guard !aliasKey.isEmpty, aliasKey != storedNameKey else { continue }
            try insert.execute([.integer(organizationID), .text(alias), .text(aliasKey)])
            if db.changes > 0 { added = true }
        }
        return added
    }

    /// `seconds` since the epoch (now by default) as `created_at` holds it, "2026-12-02T01:15:44Z": what SQLite's
    /// `strftime('%Y-%m-%dT%H:%M:%SZ', 'now')` gives, from the same clock, formatted here rather than by a query
    /// per article (and per new organization), which paid SQLite's statement and date machinery each time.
    static func timestamp(_ seconds: Int = time(nil)) -> String {
        var clock = time_t(seconds)
        var parts = tm()
        gmtime_r(&clock, &parts)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        func digits(_ value: Int32, _ count: Int) {
            var divisor: Int32 = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / divisor % 10))
                divisor /= 10
            }
        }
        digits(parts.tm_year + 1900, 4)
        bytes.append(UInt8(ascii: "-"))
        digits(parts.tm_mon + 1, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(parts.tm_mday, 2)
        bytes.append(UInt8(ascii: "T"))
        digits(parts.tm_hour, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(parts.tm_min, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(parts.tm_sec, 2)
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    static func encodeAuthors(_ authors: [String]) -> String {
        guard let data = try? JSONEncoder().encode(authors), let text = String(data: data, encoding: .utf8) else {
            return "[]"
        }
        return text
    }

    static func decodeAuthors(_ text: String?) -> [String] {
        guard let text, text != "[]" else { return [] }
        if let authors = plainStringArray(text) { return authors }
        guard let authors = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else { return [] }
        return authors
    }

    /// `["a","b"]` as `encodeAuthors` writes it, when no string holds an escape; nil otherwise (the caller then
    /// uses JSONDecoder). Spares every article read a JSONDecoder for the common case.
    static func plainStringArray(_ text: String) -> [String]? {
        let utf8 = Array(text.utf8)
        guard utf8.first == UInt8(ascii: "["), utf8.last == UInt8(ascii: "]"), !utf8.contains(UInt8(ascii: "\\"))
        else { return nil }
        var strings: [String] = []
        var index = 1
        let end = utf8.count - 1
        while index < end {
            guard utf8[index] == UInt8(ascii: "\"") else { return nil }
            var close = index + 1
            while close < end && utf8[close] != UInt8(ascii: "\"") { close += 1 }
            guard close < end else { return nil }
            strings.append(String(decoding: utf8[(index + 1)..<close], as: UTF8.self))
            index = close + 1
            if index < end {
                guard utf8[index] == UInt8(ascii: ",") else { return nil }
                index += 1
                guard index < end else { return nil }
            }
        }
        return strings
    }
}
