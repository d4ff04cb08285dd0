import Foundation
import SQLite
import Testing

@testable import NewsStore

/// The full-text indexes written once per transaction (Migrations/0002, `NewsStore.indexPending`).
@Suite struct SearchIndexTests {
    /// Both FTS5 indexes consistent, nothing left pending, and each organization's row its name then its aliases.
    private func checkIndexes(_ path: String) throws {
        let db = try Database(path: path)
        defer { db.close() }
        try db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        try db.execute("INSERT INTO organizations_fts (organizations_fts) VALUES ('integrity-check')")
        #expect(try db.prepare("SELECT count(*) FROM articles_fts_pending").firstRow()?.int(0) == 0)
        #expect(try db.prepare("SELECT count(*) FROM organizations_fts_pending").firstRow()?.int(0) == 0)
        let expected = try db.prepare(
            """
            SELECT o.id, o.name || coalesce((SELECT ' ' || group_concat(alias, ' ') FROM (
                SELECT alias FROM organization_aliases WHERE organization_id = o.id ORDER BY id)), '')
            FROM organizations AS o ORDER BY o.id
            """
        ).rows().map { "\($0.int64(0)) \($0.string(1) ?? "")" }
        let indexed = try db.prepare("SELECT rowid, names FROM organizations_fts ORDER BY rowid").rows()
            .map { "\($0.int64(0)) \($0.string(1) ?? "")" }
        #expect(indexed == expected)
    }

    private func searchArticles(_ store: NewsStore, _ query: String) throws -> [Int64] {
        try store.articles(organizationID: nil, query: query, limit: 50, cursor: nil).items.map(\.id)
    }

    private func searchOrganizations(_ store: NewsStore, _ query: String) throws -> [String] {
        try store.organizations(query: query, limit: 50, cursor: nil).items.map(\.name)
    }

    @Test func articlesAndOrganizationsAreSearchableOnceCommitted() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let first = try store.insert(
            makeArticle(
                title: "Harbor vote", body: "The port authority voted.",
                organizations: [makeOrganization("Port Authority", aliases: ["PA"])])
        ).article
        // A second article gives the known organization a new alias: its index row is rewritten.
        let batch = try store.insert(batch: [
            makeArticle(
                title: "Ferries", body: "Ferry crossings resumed.",
                organizations: [makeOrganization("Port Authority", aliases: ["Harbour Board"])]),
            makeArticle(title: "Banks", body: "Zürich banks report profits.", organizations: [makeOrganization("UBS")]),
        ])
        #expect(try searchArticles(store, "harbor") == [first.id])
        #expect(try searchArticles(store, "zurich") == [batch[1].id])
        #expect(try searchOrganizations(store, "harbour bo") == ["Port Authority"])
        #expect(try searchOrganizations(store, "ubs") == ["UBS"])
        try checkIndexes(temporary.path)

        #expect(try store.deleteArticle(id: first.id))
        #expect(try searchArticles(store, "harbor").isEmpty)
        try checkIndexes(temporary.path)
    }

    /// An organization given an alias by a later transaction has its row rewritten in one statement: the index
    /// gains one segment for that transaction, not one for the old row's deletion and another for the new row.
    @Test func aRewrittenOrganizationRowAddsOneSegment() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        func segments() throws -> Int {
            let db = try Database(path: temporary.path)
            defer { db.close() }
            return try db.prepare("SELECT count(DISTINCT segid) FROM organizations_fts_idx").firstRow()?.int(0) ?? -1
        }
        _ = try store.insert(makeArticle(body: "First.", organizations: [makeOrganization("Port Authority")]))
        #expect(try segments() == 1)
        _ = try store.insert(
            makeArticle(
                body: "Second.", organizations: [makeOrganization("Port Authority", aliases: ["Harbour Board"])]))
        #expect(try segments() == 2)
        #expect(try searchOrganizations(store, "harbour") == ["Port Authority"])
        #expect(try searchOrganizations(store, "port auth") == ["Port Authority"])
        try checkIndexes(temporary.path)
    }

    @Test func aFailedInsertInAGroupLeavesNothingPending() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var broken = makeOrganization("Acme")
        broken.mentions = [StoredMention(start: 9, end: 3, text: "backwards")]
        #expect(throws: StoreError.self) {
            try temporary.store.insert(
                makeArticle(body: "Broken", organizations: [makeOrganization("Globex"), broken]))
        }
        let kept = try temporary.store.insert(makeArticle(body: "Kept", organizations: [makeOrganization("Initech")]))
        #expect(try searchArticles(temporary.store, "broken").isEmpty)
        #expect(try searchArticles(temporary.store, "kept") == [kept.article.id])
        #expect(try searchOrganizations(temporary.store, "globex").isEmpty)
        try checkIndexes(temporary.path)
    }

    /// A database written by the first schema (per-row index triggers) upgrades in place: what it indexed stays
    /// found, deletable, and new articles join it.
    @Test func upgradesADatabaseIndexedByTheFirstSchema() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "newsstore-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "old.sqlite").path
        let old = try Database(path: path)
        try Migrator(migrations: [NewsStore.migrations[0]]).migrate(old)
        try old.execute(
            """
            INSERT INTO articles (title, body, text, word_count, content_sha256, content_format, created_at)
            VALUES ('Old harbor story', 'Written before the upgrade.', 'x', 4, 'old', 'plainText', '2024-01-01T00:00:00Z');
            INSERT INTO organizations (name, key, name_key, created_at)
            VALUES ('Old Shipping Line', 'old shipping line', 'old shipping line', '2024-01-01T00:00:00Z');
            INSERT INTO organization_aliases (organization_id, alias, alias_key) VALUES (1, 'OSL', 'osl');
            INSERT INTO article_organizations (article_id, organization_id, salience, mention_count) VALUES (1, 1, 1, 0);
            """)
        old.close()

        let store = try NewsStore(path: path)
        defer { store.close() }
        #expect(store.migrationsAppliedAtOpen == ["0002_search_index_at_commit", "0003_article_index_merges"])
        #expect(try searchArticles(store, "harbor") == [1])
        #expect(try searchOrganizations(store, "osl") == ["Old Shipping Line"])
        let new = try store.insert(
            makeArticle(
                title: "New harbor story", body: "Written after.",
                organizations: [makeOrganization("Old Shipping Line", key: "old shipping line", aliases: ["Shipping"])])
        ).article
        #expect(try searchArticles(store, "harbor") == [new.id, 1])
        #expect(try searchOrganizations(store, "shipping") == ["Old Shipping Line"])
        #expect(try store.deleteArticle(id: 1))
        #expect(try searchArticles(store, "harbor") == [new.id])
        try checkIndexes(path)
    }

    /// Version 3 sets the article index's automerge to 8 (the organization index keeps FTS5's default), on a new
    /// database and on one written by version 2, whose index keeps answering the same.
    @Test func theArticleIndexMergesEightSegmentsAtATime() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "newsstore-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func automerge(_ path: String, _ table: String) throws -> Int? {
            let db = try Database(path: path)
            defer { db.close() }
            return try db.prepare("SELECT v FROM \(table)_config WHERE k = 'automerge'").firstRow()?.int(0)
        }
        let path = directory.appending(path: "v2.sqlite").path
        let old = try Database(path: path)
        try Migrator(migrations: Array(NewsStore.migrations.prefix(2))).migrate(old)
        old.close()
        #expect(try automerge(path, "articles_fts") == nil)
        let store = try NewsStore(path: path)
        #expect(store.migrationsAppliedAtOpen == ["0003_article_index_merges"])
        #expect(try automerge(path, "articles_fts") == 8)
        #expect(try automerge(path, "organizations_fts") == nil)
        // Forty one-article transactions: more than either setting lets gather on level 0.
        for index in 0..<40 {
            _ = try store.insert(makeArticle(title: "Story \(index)", body: "Harbor report number \(index)."))
        }
        #expect(try searchArticles(store, "harbor").count == 40)
        #expect(try searchArticles(store, "story 7") == [8])
        store.close()
        try checkIndexes(path)
    }

    /// `beforeCommit` runs once per grouped transaction, inside it (its writes commit with the group), and a
    /// failing one fails every write of the group, leaving nothing.
    @Test func beforeCommitRunsOncePerGroupInsideItsTransaction() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "before-commit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "q.sqlite").path
        let database = try Database(path: path)
        try database.execute("PRAGMA journal_mode = WAL; CREATE TABLE t (v INTEGER); CREATE TABLE done (n INTEGER)")
        let queue = WriteQueue(
            database: database, name: "test-writer",
            beforeCommit: { db in
                try db.execute("INSERT INTO done SELECT count(*) FROM t")
                if try db.prepare("SELECT count(*) FROM t WHERE v < 0").firstRow()?.int(0) ?? 0 > 0 {
                    throw StoreError.closed
                }
            })
        try queue.grouped { db in try db.execute("INSERT INTO t VALUES (1)") }
        try queue.grouped { db in try db.execute("INSERT INTO t VALUES (2)") }
        #expect(throws: StoreError.self) { try queue.grouped { db in try db.execute("INSERT INTO t VALUES (-1)") } }
        queue.close()
        let reader = try Database(path: path, flags: .readOnly)
        defer { reader.close() }
        #expect(try reader.prepare("SELECT n FROM done ORDER BY rowid").rows().map { $0.int(0) } == [1, 2])
        #expect(try reader.prepare("SELECT v FROM t ORDER BY v").rows().map { $0.int(0) } == [1, 2])
    }
}
