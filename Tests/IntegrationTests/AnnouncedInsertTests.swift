import Extraction
import Foundation
import Logging
import NewsService
import NewsStore
import Testing

/// `NewsService.ingest` announces its insert while it analyses the article (`NewsStore.announceInsert`), so that a
/// commit may wait a moment for it; an article it refuses must withdraw the announcement, or every later commit
/// would wait out its window for an insert that never comes.
@Suite("Announced inserts")
struct AnnouncedInsertTests {
    @Test func aRefusedArticleLeavesNoAnnouncementBehind() throws {
        let path = LiveServer.temporaryDatabasePath()
        // A window long enough to notice, and a wait for a single announced insert.
        let store = try NewsStore(path: path, gatherWindow: .seconds(20), gatherSiblings: 1)
        defer {
            store.close()
            try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
        }
        let service = NewsService(store: store, analyzer: LiveServer.analyzer, logger: Logger(label: "newsgraph.test"))
        #expect(throws: ServiceError.self) { try service.ingest(ArticleInput(content: " \n ", format: .plainText)) }
        let started = ContinuousClock.now
        let (article, created) = try service.ingest(
            ArticleInput(content: SampleArticles.wireStory, format: .plainText))
        #expect(created && article.id > 0)
        #expect(ContinuousClock.now - started < .seconds(10), "the commit waited for a withdrawn insert")
    }
}
