import Foundation
import SQLite
import Testing

@testable import NewsStore

@Suite struct ArticleStorageTests {
    @Test func storesAnArticleAndReadsItBackWithOrganizationsAndMentions() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let new = makeArticle(
            title: "Council backs plan", body: "The Bay Area Council and MEBO Group met.",
            organizations: [
                makeOrganization("Bay Area Council", aliases: ["BAC"], salience: 0.9, mentionsAt: [30, 4]),
                makeOrganization("MEBO Group", key: "mebo", salience: 0.4, mentionsAt: [47]),
            ])
        let (stored, created) = try temporary.store.insert(new)
        #expect(created)
        #expect(stored.id > 0)
        #expect(stored.createdAt.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
        #expect(stored.title == new.title && stored.authors == new.authors && stored.source == new.source)
        #expect(stored.url == new.url && stored.publishedAt == new.publishedAt && stored.dateline == new.dateline)
        #expect(stored.body == new.body && stored.text == new.text && stored.language == "en")
        #expect(stored.wordCount == new.wordCount && stored.contentSHA256 == new.contentSHA256)
        #expect(stored.contentFormat == "plainText")
        #expect(stored.organizations.map(\.name) == ["Bay Area Council", "MEBO Group"])
        let council = stored.organizations[0]
        #expect(council.aliases == ["BAC"])
        #expect(council.salience == 0.9 && council.mentionCount == 2)
        #expect(council.mentions.map(\.start) == [4, 30], "mentions ordered by start")
        #expect(council.mentions[0] == StoredMention(start: 4, end: 20, text: "Bay Area Council"))

        let read = try #require(try temporary.store.article(id: stored.id))
        #expect(read == stored)
        #expect(try temporary.store.article(id: stored.id + 100) == nil)
    }

    /// A new article is answered from what was written rather than read back: the answer must equal the read.
    /// Awkward values throughout: authors needing JSON escapes, absent fields, mentions sharing a start, two found
    /// organizations resolving to one row, an organization without mentions, a known organization with aliases from
    /// another article, negative zero and NaN salience.
    @Test func theAnswerToAnInsertEqualsTheArticleReadBack() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        _ = try store.insert(
            makeArticle(
                body: "Earlier.", organizations: [makeOrganization("Acme Corp", key: "acme", aliases: ["ACME"])]))
        var article = makeArticle(
            title: nil, body: "Acme and Acme Corp and Globex and Initech.",
            organizations: [
                makeOrganization("Acme", key: "acme", salience: -0.0, mentionsAt: [9, 0, 0]),
                makeOrganization("Acme Corp", key: "acme", aliases: ["Acme Corporation"], salience: 0.7),
                makeOrganization("Globex", salience: .nan, mentionsAt: []),
                makeOrganization("Initech", aliases: ["Initech Inc."], salience: 0.25, mentionsAt: [30, 30]),
            ])
        article.authors = ["Ann \"Quote\" O'Neil", "B/C Desk", "Zoë\u{2028}Line", "Tab\tHere"]
        article.source = nil
        article.language = nil
        let stored = try store.insert(article)
        #expect(stored.created)
        #expect(try store.article(id: stored.article.id) == stored.article)
        let again = try store.insert(article)
        #expect(!again.created && again.article == stored.article)
    }

    /// Links and mentions go in by multi-row INSERTs of up to four links or `rowsPerInsert` mentions: counts that
    /// need several statements (37 links, 45 mentions of one organization) store every row, in order, ids
    /// ascending as one INSERT per row gave them, and the counters stay exact.
    @Test func storesManyLinksAndMentionsAcrossMultiRowInserts() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        #expect(NewsStore.rowsPerInsert == 32)
        // Statements of 1 to 4 links (a statement's journal then stays in memory), of 1 to 32 mentions: 38 links go
        // in as 4 × 9 + 2, 82 mentions as 32 + 32 + 18.
        #expect(NewsStore.linkInsert.texts.count == 4 && NewsStore.mentionInsert.texts.count == 32)
        #expect(NewsStore.linkInsert.texts[3].components(separatedBy: "(?, ?, ?, ?)").count == 5)
        #expect(NewsStore.mentionInsert.texts[17].components(separatedBy: "(?, ?, ?, ?, ?)").count == 19)
        let many = (0..<37).map { makeOrganization("Company \($0)", salience: Double($0) / 100, mentionsAt: [$0 * 3]) }
        let busy = makeOrganization("Busy Group", salience: 0.99, mentionsAt: (0..<45).reversed().map { $0 * 2 })
        let stored = try store.insert(makeArticle(body: "Many names.", organizations: many + [busy]))
        #expect(try store.article(id: stored.article.id) == stored.article)
        #expect(stored.article.organizations.count == 38)
        let group = try #require(stored.article.organizations.first { $0.name == "Busy Group" })
        #expect(group.mentions.map(\.start) == (0..<45).map { $0 * 2 })
        #expect(group.mentionCount == 45)
        let db = try Database(path: temporary.path)
        defer { db.close() }
        let rows = try db.prepare("SELECT organization_id, start_offset FROM mentions ORDER BY id").rows()
        let companies: [Int64] = (1...37).map { Int64($0) }
        let expectedOrganizations: [Int64] = companies + Array(repeating: 38, count: 45)
        let expectedStarts: [Int] = (0..<37).map { $0 * 3 } + (0..<45).map { $0 * 2 }
        #expect(rows.map { $0.int64(0) } == expectedOrganizations)
        #expect(rows.map { $0.int(1) } == expectedStarts)
        let counts = try db.prepare("SELECT sum(article_count), sum(mention_count) FROM organizations").firstRow()
        #expect(counts?.int(0) == 38 && counts?.int(1) == 37 + 45)
    }

    /// The ids handed back are those of the rows written, though triggers insert rows of their own meanwhile.
    @Test func newIdsAreTheRowsOwnDespiteTriggerInserts() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        for index in 1...3 {
            let stored = try temporary.store.insert(
                makeArticle(
                    title: "Title \(index)", body: "Body \(index)",
                    organizations: [
                        makeOrganization("Org \(index)", aliases: ["O\(index)"]), makeOrganization("Shared"),
                    ])
            ).article
            let db = try Database(path: temporary.path, flags: .readOnly)
            defer { db.close() }
            let row = try #require(
                try db.prepare("SELECT id FROM articles WHERE title = ?").firstRow([.text("Title \(index)")]))
            #expect(stored.id == row.int64(0))
            for organization in stored.organizations {
                let named = try db.prepare("SELECT name FROM organizations WHERE id = ?")
                    .firstRow([.integer(organization.id)])
                #expect(named?.string(0) == organization.name)
            }
        }
    }

    @Test func keepsNullFieldsAndEmptyLists() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var new = makeArticle(title: nil)
        new.authors = []
        new.source = nil
        new.url = nil
        new.publishedAt = nil
        new.dateline = nil
        new.language = nil
        let stored = try temporary.store.insert(new).article
        #expect(stored.title == nil && stored.authors.isEmpty && stored.source == nil && stored.url == nil)
        #expect(stored.publishedAt == nil && stored.dateline == nil && stored.language == nil)
        #expect(stored.organizations.isEmpty)
    }

    @Test func deduplicatesOnContentDigest() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let first = try temporary.store.insert(
            makeArticle(body: "Same", sha: "abc", organizations: [makeOrganization("Acme")]))
        let again = try temporary.store.insert(
            makeArticle(title: "Other", body: "Same", sha: "abc", organizations: [makeOrganization("Other Org")]))
        #expect(first.created && !again.created)
        #expect(again.article == first.article, "the stored article is returned unchanged")
        let page = try temporary.store.articles(organizationID: nil, query: nil, limit: 10, cursor: nil)
        #expect(page.items.count == 1)
        let organizations = try temporary.store.organizations(query: nil, limit: 10, cursor: nil)
        #expect(organizations.items.map(\.name) == ["Acme"], "a duplicate records nothing")
        #expect(organizations.items[0].articleCount == 1)
    }

    @Test func deletesAnArticleWithItsLinksAndMentions() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let a = try store.insert(
            makeArticle(body: "A", organizations: [makeOrganization("Acme", mentionsAt: [0, 5, 9])])
        ).article
        let b = try store.insert(
            makeArticle(
                body: "B", organizations: [makeOrganization("Acme", mentionsAt: [1]), makeOrganization("Solo")])
        ).article
        let acme = a.organizations[0].id
        var summary = try #require(try store.organization(id: acme)?.summary)
        #expect(summary.articleCount == 2 && summary.mentionCount == 4)

        #expect(try store.deleteArticle(id: b.id))
        #expect(try !store.deleteArticle(id: b.id))
        #expect(try store.article(id: b.id) == nil)
        summary = try #require(try store.organization(id: acme)?.summary)
        #expect(summary.articleCount == 1 && summary.mentionCount == 3)
        let solo = b.organizations.first { $0.name == "Solo" }!.id
        #expect(try store.organization(id: solo) == nil, "an organization left with no article is deleted")
        #expect(try store.organizations(query: "solo", limit: 10, cursor: nil).items.isEmpty)
        #expect(try store.articles(organizationID: acme, query: nil, limit: 10, cursor: nil).items.map(\.id) == [a.id])

        #expect(try store.deleteArticle(id: a.id))
        #expect(try store.organization(id: acme) == nil)
        let c = try store.insert(makeArticle(body: "C", organizations: [makeOrganization("Acme")])).article
        #expect(c.id > b.id, "ids are never reused")
        #expect(c.organizations[0].id != acme)
    }

    @Test func countsArticlesAndMentionsExactlyAcrossManyInserts() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        for index in 0..<10 {
            let starts = Array(0...(index % 3))
            _ = try temporary.store.insert(
                makeArticle(body: "Body \(index)", organizations: [makeOrganization("Acme", mentionsAt: starts)]))
        }
        let acme = try #require(try temporary.store.organizations(query: "acme", limit: 1, cursor: nil).items.first)
        #expect(acme.articleCount == 10)
        #expect(acme.mentionCount == (0..<10).map { $0 % 3 + 1 }.reduce(0, +))
    }

    @Test func writerKeepsManyPagesInMemory() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        #expect(try temporary.store.write { try $0.prepare("PRAGMA cache_size").firstRow()?.int(0) } == -32768)
        // Readers keep SQLite's default (2 MB, written as -2000).
        #expect(try temporary.store.read { try $0.prepare("PRAGMA cache_size").firstRow()?.int(0) } == -2000)
    }

    @Test func reopeningTheSameFileKeepsEverything() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        #expect(
            temporary.store.migrationsAppliedAtOpen == [
                "0001_initial", "0002_search_index_at_commit", "0003_article_index_merges",
            ])
        #expect(temporary.store.journalMode == "wal")
        let stored = try temporary.store.insert(
            makeArticle(body: "Kept", organizations: [makeOrganization("Acme", aliases: ["ACME Corp"])])
        ).article
        temporary.store.close()
        #expect(throws: StoreError.self) { try temporary.store.article(id: stored.id) }

        let reopened = try NewsStore(path: temporary.path)
        defer { reopened.close() }
        #expect(reopened.migrationsAppliedAtOpen.isEmpty)
        #expect(try reopened.migrate().isEmpty)
        #expect(try reopened.appliedMigrations().map(\.version) == [1, 2, 3])
        #expect(try reopened.article(id: stored.id) == stored)
        #expect(try reopened.organizations(query: "acme corp", limit: 5, cursor: nil).items.count == 1)
    }

    @Test func acknowledgedCommitsSurviveAKilledProcess() throws {
        // The files as a killed process leaves them: database and WAL as the OS holds them, no close, no checkpoint.
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let stored = try temporary.store.insert(
            makeArticle(body: "Durable", organizations: [makeOrganization("Acme")])
        ).article
        #expect(FileManager.default.fileExists(atPath: temporary.path + "-wal"))
        let copy = temporary.directory.appending(path: "after-kill.sqlite").path
        try FileManager.default.copyItem(atPath: temporary.path, toPath: copy)
        try FileManager.default.copyItem(atPath: temporary.path + "-wal", toPath: copy + "-wal")

        let recovered = try NewsStore(path: copy)
        defer { recovered.close() }
        #expect(try recovered.article(id: stored.id) == stored)
    }

    @Test func aFailedInsertLeavesNothingBehind() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var broken = makeOrganization("Acme")
        broken.mentions = [StoredMention(start: 9, end: 3, text: "backwards")]
        let error = try #require(throws: StoreError.self) {
            try temporary.store.insert(
                makeArticle(body: "Broken", organizations: [makeOrganization("Globex"), broken]))
        }
        guard case .database(let sqliteError) = error else {
            Issue.record("expected a database error, got \(error)")
            return
        }
        #expect(sqliteError.isConstraintViolation)
        #expect(try temporary.store.articles(organizationID: nil, query: nil, limit: 5, cursor: nil).items.isEmpty)
        #expect(try temporary.store.organizations(query: nil, limit: 5, cursor: nil).items.isEmpty)
        #expect(try temporary.store.insert(makeArticle(body: "Fine")).created, "the writer is usable afterwards")
    }

    @Test func migratesOnDemandWhenOpenedWithoutMigrating() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        #expect(NewsStore.migrations.first?.version == 1 && NewsStore.migrations.first?.name == "initial")
        let path = temporary.directory.appending(path: "later.sqlite").path
        let store = try NewsStore(path: path, migrating: false)
        defer { store.close() }
        #expect(store.migrationsAppliedAtOpen.isEmpty)
        #expect(try store.appliedMigrations().isEmpty)
        #expect(try store.migrate() == ["0001_initial", "0002_search_index_at_commit", "0003_article_index_merges"])
        #expect(try store.migrate().isEmpty)
        #expect(try store.insert(makeArticle()).created)
    }

    @Test func refusesADatabaseWrittenByANewerBuild() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        temporary.store.close()
        let db = try Database(path: temporary.path)
        try db.execute("INSERT INTO schema_migrations VALUES (9999, 'future', '2030-01-01T00:00:00Z')")
        db.close()
        let error = try #require(throws: StoreError.self) { try NewsStore(path: temporary.path) }
        guard case .migration = error else {
            Issue.record("expected a migration error, got \(error)")
            return
        }
    }

    /// Creation times are formatted in Swift, not read from SQLite: they must be what SQLite's `strftime` gave for
    /// the same second, across years, leap days and the ends of months and days.
    @Test func creationTimesAreFormattedAsSQLiteFormatsThem() throws {
        let db = try Database(path: ":memory:")
        let query = try db.prepare("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', ?, 'unixepoch')")
        let moments =
            [0, 59, 951_782_400, 951_868_799, 1_709_164_800, 1_764_633_599, 1_764_633_600, 2_147_483_648]
            + (0..<200).map { 1_700_000_000 + $0 * 7_919_777 }
        for seconds in moments {
            let expected = try query.firstRow([.integer(Int64(seconds))])?.string(0)
            #expect(NewsStore.timestamp(seconds) == expected, "\(seconds)")
        }
    }

    @Test func storesTheCreationTimeOfTheArticleAndItsNewOrganizations() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let before = NewsStore.timestamp()
        let stored = try temporary.store.insert(makeArticle(organizations: [makeOrganization("Acme Mining")])).article
        let after = NewsStore.timestamp()
        #expect(before <= stored.createdAt && stored.createdAt <= after)
        let db = try Database(path: temporary.path, flags: .readOnly)
        let organization = try db.prepare("SELECT created_at FROM organizations").firstRow()?.string(0)
        #expect(organization.map { before <= $0 && $0 <= after } == true)
    }

    @Test func worksInMemory() throws {
        let store = try NewsStore(path: ":memory:")
        defer { store.close() }
        let stored = try store.insert(makeArticle(organizations: [makeOrganization("Acme")])).article
        #expect(try store.article(id: stored.id) == stored)
        #expect(try store.articles(organizationID: nil, query: "body", limit: 5, cursor: nil).items.count == 1)
    }
}
