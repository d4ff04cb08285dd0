import Foundation
import Testing

@testable import NewsStore

@Suite struct ConcurrencyTests {
    @Test func readersRunWhileAWriterInsertsFromOtherThreads() throws {
        let temporary = try TemporaryStore(readers: 3)
        defer { temporary.remove() }
        let store = temporary.store
        let articleCount = 40
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 6) { worker in
            do {
                if worker < 2 {
                    // Two writer threads share the one writer connection.
                    for index in stride(from: worker, to: articleCount, by: 2) {
                        _ = try store.insert(
                            makeArticle(body: "Concurrent \(index)", organizations: [makeOrganization("Shared Org")]))
                    }
                } else {
                    // More reader threads than reader connections: some wait for a connection.
                    for _ in 0..<30 {
                        let page = try store.articles(organizationID: nil, query: "concurrent", limit: 50, cursor: nil)
                        if let id = page.items.first?.id, try store.article(id: id) == nil {
                            failures.record("article \(id) listed but not readable")
                        }
                        _ = try store.organizations(query: "shared", limit: 5, cursor: nil)
                    }
                }
            } catch {
                failures.record("\(error)")
            }
        }
        #expect(failures.messages.isEmpty)
        let all = try store.articles(organizationID: nil, query: nil, limit: 100, cursor: nil)
        #expect(all.items.count == articleCount)
        let shared = try #require(try store.organizations(query: "shared", limit: 1, cursor: nil).items.first)
        #expect(shared.articleCount == articleCount && shared.mentionCount == articleCount)
    }

    @Test func aDuplicateRaceStoresTheContentOnce() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let results = Failures()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            do {
                let result = try store.insert(makeArticle(body: "Race", sha: "same-digest"))
                results.record(result.created ? "created" : "existing")
            } catch {
                results.record("\(error)")
            }
        }
        #expect(results.messages.sorted() == ["created"] + Array(repeating: "existing", count: 7))
    }
}

/// Collects messages from several threads.
final class Failures: @unchecked Sendable {
    // Safe: `storage` is only touched while holding `lock`.
    private let lock = NSLock()
    private var storage: [String] = []

    func record(_ message: String) {
        lock.lock()
        storage.append(message)
        lock.unlock()
    }

    var messages: [String] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
