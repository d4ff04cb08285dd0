import Foundation
import SQLite
import Testing

@testable import NewsStore

/// The WAL is copied into the database file by the checkpointer's own thread, and kept bounded by the writer.
@Suite struct CheckpointerTests {
    static func store(in directory: URL, background: Int, writer: Int) throws -> (NewsStore, String) {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appending(path: "news.sqlite").path
        let store = try NewsStore(
            path: path, readers: 2, migrating: true, checkpointFrames: (background: background, writer: writer))
        return (store, path)
    }

    static func directory() -> URL {
        FileManager.default.temporaryDirectory.appending(path: "checkpointer-tests-\(UUID().uuidString)")
    }

    static func insertArticles(_ store: NewsStore, _ range: Range<Int>) throws -> [StoredArticle] {
        try range.map { index in
            try store.insert(
                makeArticle(
                    body: "Article \(index) about Acme and Globex.",
                    organizations: [makeOrganization("Acme"), makeOrganization("Globex \(index % 7)")])
            ).article
        }
    }

    @Test func theCheckpointerThreadCopiesTheWALOnceEnoughFramesArrive() throws {
        let directory = Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The writer would checkpoint only past 1,000,000 frames: every checkpoint here is the thread's.
        let (store, path) = try Self.store(in: directory, background: 20, writer: 1_000_000)
        let stored = try Self.insertArticles(store, 0..<40)
        let checkpointer = try #require(store.checkpointer)
        let deadline = Date().addingTimeInterval(10)
        while checkpointer.checkpoints == 0 && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(checkpointer.checkpoints > 0)
        // Copied, not moved: every article still reads back, and the database file alone holds the copied ones.
        for article in stored { #expect(try store.article(id: article.id) == article) }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 4096 * 20)
        store.close()
    }

    @Test func theWriterCheckpointsItselfAtItsLimitSoTheWALStaysBounded() throws {
        let directory = Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // No background checkpoint ever: only the writer's own, at 60 frames, keeps the WAL from growing.
        let (store, path) = try Self.store(in: directory, background: 1_000_000, writer: 60)
        _ = try Self.insertArticles(store, 0..<150)
        #expect(store.checkpointer?.checkpoints == 0)
        let walSize = try #require(try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int)
        // 150 articles wrote far more than 60 frames; the WAL restarted and holds at most about the limit.
        #expect(walSize < (60 + 40) * (4096 + 24))
        #expect(try store.articles(organizationID: nil, query: "Acme", limit: 200, cursor: nil).items.count == 150)
        store.close()
    }

    @Test func acknowledgedArticlesSurviveAKillWhileTheCheckpointerRuns() throws {
        let directory = Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (store, path) = try Self.store(in: directory, background: 10, writer: 200)
        let stored = try Self.insertArticles(store, 0..<60)
        // The files as a kill -9 leaves them (no close, no final checkpoint), whatever the checkpointer was doing.
        let copy = directory.appending(path: "after-kill.sqlite").path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        try FileManager.default.copyItem(atPath: path + "-wal", toPath: copy + "-wal")
        store.close()
        let recovered = try NewsStore(path: copy)
        defer { recovered.close() }
        for article in stored { #expect(try recovered.article(id: article.id) == article) }
    }

    @Test func anInMemoryStoreHasNoCheckpointer() throws {
        let store = try NewsStore(path: ":memory:")
        defer { store.close() }
        #expect(store.checkpointer == nil)
    }
}
