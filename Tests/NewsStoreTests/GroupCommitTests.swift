import Foundation
import SQLite
import Testing

@testable import NewsStore

@Suite("Group commit")
struct GroupCommitTests {
    /// A write queue over a fresh file database with one table `t (v UNIQUE)`.
    private func makeQueue(gatherWindow: Duration = .zero, gatherSiblings: Int = 1) throws -> (WriteQueue, String, URL)
    {
        let directory = FileManager.default.temporaryDirectory.appending(path: "group-commit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appending(path: "q.sqlite").path
        let database = try Database(path: path)
        try database.execute("PRAGMA journal_mode = WAL; CREATE TABLE t (v INTEGER UNIQUE)")
        let queue = WriteQueue(
            database: database, name: "test-writer", gatherWindow: gatherWindow, gatherSiblings: gatherSiblings)
        return (queue, path, directory)
    }

    private func values(_ path: String) throws -> [Int64] {
        let database = try Database(path: path, flags: .readOnly)
        return try database.prepare("SELECT v FROM t ORDER BY v").rows().map { $0.int64(0) }
    }

    /// Runs `body` on a thread of its own: these bodies block, and Dispatch's pool adds a thread only about once a
    /// second when its threads block (ten blocked writers took ten seconds).
    private func onNewThread(_ group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        Thread {
            body()
            group.leave()
        }.start()
    }

    /// Starts a grouped write of `value` on a thread of its own, in `writers`, and returns once its body has run, so
    /// that its group is open (held there until `release` is signalled, when given) or waiting to commit.
    private func startGroupedWrite(
        _ queue: WriteQueue, value: Int64, in writers: DispatchGroup, holdingUntil release: DispatchSemaphore? = nil
    ) {
        let ran = DispatchSemaphore(value: 0)
        onNewThread(writers) {
            _ = try? queue.grouped { db in
                try db.execute("INSERT INTO t VALUES (\(value))")
                ran.signal()
                release?.wait()
            }
        }
        ran.wait()
    }

    /// Holds the writer thread inside an `alone` write until `release` is signalled, so that writes queue up.
    private func holdWriter(_ queue: WriteQueue, release: DispatchSemaphore) -> DispatchGroup {
        let group = DispatchGroup()
        let entered = DispatchSemaphore(value: 0)
        onNewThread(group) {
            _ = try? queue.alone { _ in
                entered.signal()
                release.wait()
            }
        }
        entered.wait()
        return group
    }

    /// Runs `write` for each value on a thread of its own while the writer is held, so that the writes wait in the
    /// queue together and run as one group; returns once every write has returned.
    private func asOneGroup(_ queue: WriteQueue, _ values: [Int64], _ write: @escaping @Sendable (Int64) -> Void) {
        let release = DispatchSemaphore(value: 0)
        let holder = holdWriter(queue, release: release)
        let writers = DispatchGroup()
        for value in values { onNewThread(writers) { write(value) } }
        while queue.waiting < values.count { Thread.sleep(forTimeInterval: 0.005) }
        release.signal()
        holder.wait()
        writers.wait()
    }

    @Test("Writes waiting together commit in one transaction and each returns after it")
    func waitingWritesShareOneCommit() throws {
        let (queue, path, directory) = try makeQueue()
        defer {
            queue.close()
            try? FileManager.default.removeItem(at: directory)
        }
        let results = Failures()
        asOneGroup(queue, Array(1...10)) { value in
            do {
                try queue.grouped { db in try db.execute("INSERT INTO t VALUES (\(value))") }
                // Returned: the commit is done, so a new connection sees the row.
                if try !self.values(path).contains(value) { results.record("\(value) not visible") }
            } catch {
                results.record("\(value): \(error)")
            }
        }
        #expect(results.messages.isEmpty)
        #expect(queue.groupCommits == 1)
        #expect(try values(path) == Array(1...10))
    }

    @Test("A failing write in a group undoes only its own changes")
    func failureIsIsolated() throws {
        let (queue, path, directory) = try makeQueue()
        defer {
            queue.close()
            try? FileManager.default.removeItem(at: directory)
        }
        // A row already there, so that the failing write fails in whichever order the group runs.
        try queue.grouped { db in try db.execute("INSERT INTO t VALUES (99)") }
        let outcomes = Failures()
        asOneGroup(queue, [1, 2, 3]) { value in
            do {
                try queue.grouped { db in
                    try db.execute("INSERT INTO t VALUES (\(value * 10))")
                    // The second write inserts a duplicate after its first row: both rows must go.
                    if value == 2 { try db.execute("INSERT INTO t VALUES (99)") }
                }
                outcomes.record("ok \(value)")
            } catch {
                outcomes.record("failed \(value)")
            }
        }
        #expect(outcomes.messages.sorted() == ["failed 2", "ok 1", "ok 3"])
        #expect(try values(path) == [10, 30, 99])
        #expect(queue.groupCommits == 2)
    }

    @Test("Writes of a group that all succeed run in no savepoint of their own")
    func successfulGroupOpensNoSavepoint() throws {
        let (queue, path, directory) = try makeQueue()
        defer {
            queue.close()
            try? FileManager.default.removeItem(at: directory)
        }
        // A savepoint would make SQLite copy every page the write changes to the sub-journal (docs/store.md).
        let releasedOne = try queue.grouped { db in
            try db.execute("INSERT INTO t VALUES (1)")
            return (try? db.execute("RELEASE grouped_write")) != nil
        }
        #expect(!releasedOne)
        #expect(try values(path) == [1])
    }

    @Test("A group with a failing write runs again; the others answer with the run that committed")
    func groupRunsAgainAfterAFailure() throws {
        let (queue, path, directory) = try makeQueue()
        defer {
            queue.close()
            try? FileManager.default.removeItem(at: directory)
        }
        try queue.grouped { db in try db.execute("INSERT INTO t VALUES (99)") }
        let runs = Failures()
        let answers = Failures()
        asOneGroup(queue, [1, 2, 3]) { value in
            do {
                let run = try queue.grouped { db in
                    runs.record("\(value)")
                    try db.execute("INSERT INTO t VALUES (\(value * 10))")
                    if value == 2 { try db.execute("INSERT INTO t VALUES (99)") }
                    return runs.messages.filter { $0 == "\(value)" }.count
                }
                answers.record("\(value) answered run \(run)")
            } catch {
                answers.record("\(value) failed")
            }
        }
        let runCount = { (value: Int) in runs.messages.filter { $0 == "\(value)" }.count }
        // The failing write ran in the shared transaction, then again in its own savepoint.
        #expect(runCount(2) == 2)
        #expect(
            answers.messages.sorted() == ["1 answered run \(runCount(1))", "2 failed", "3 answered run \(runCount(3))"])
        #expect(try values(path) == [10, 30, 99])
        #expect(queue.groupCommits == 2)
    }

    @Test("A write submitted while the writer is idle runs on the submitting thread; one arriving meanwhile waits")
    func idleWriterRunsOnSubmitter() throws {
        let (queue, path, directory) = try makeQueue()
        defer {
            queue.close()
            try? FileManager.default.removeItem(at: directory)
        }
        let submitter = Thread.current
        let ranHere = try queue.grouped { db in
            try db.execute("INSERT INTO t VALUES (1)")
            return Thread.current === submitter
        }
        #expect(ranHere)
        #expect(queue.groupCommits == 1)
        // While a write runs, the next one queues and the writer thread runs it after: not on its submitter.
        let outcomes = Failures()
        asOneGroup(queue, [2]) { value in
            let own = Thread.current
            do {
                let elsewhere = try queue.grouped { db in
                    try db.execute("INSERT INTO t VALUES (\(value))")
                    return Thread.current !== own
                }
                if !elsewhere { outcomes.record("\(value) ran on its submitter while the writer was busy") }
            } catch {
                outcomes.record("\(value): \(error)")
            }
        }
        #expect(outcomes.messages.isEmpty)
        #expect(try values(path) == [1, 2])
        #expect(queue.groupCommits == 2)
    }

    /// Runs a grouped write inserting `first` that holds the writer until the writes `then` submits are queued,
    /// waits for every write to return, and gives the commits made meanwhile.
    private func whileAGroupRuns(
        _ queue: WriteQueue, first: Int64, queued: Int, then submit: @escaping @Sendable (DispatchGroup) -> Void
    ) -> Int {
        let commitsBefore = queue.groupCommits
        let release = DispatchSemaphore(value: 0)
        let writers = DispatchGroup()
        startGroupedWrite(queue, value: first, in: writers, holdingUntil: release)
        submit(writers)
        while queue.waiting < queued { Thread.sleep(forTimeInterval: 0.005) }
        release.signal()
        writers.wait()
        return queue.groupCommits - commitsBefore
    }

    @Test("Writes submitted while a group runs join its transaction")
    func arrivalsJoinTheRunningGroup() throws {
        let (queue, path, directory) = try makeQueue()
        defer {
            queue.close()
            try? FileManager.default.removeItem(at: directory)
        }
        let outcomes = Failures()
        let commits = whileAGroupRuns(queue, first: 1, queued: 3) { writers in
            for value in [2, 3, 4] {
                self.onNewThread(writers) {
                    do {
                        try queue.grouped { db in try db.execute("INSERT INTO t VALUES (\(value))") }
                        if try !self.values(path).contains(Int64(value)) { outcomes.record("\(value) not visible") }
                    } catch {
                        outcomes.record("\(value): \(error)")
                    }
                }
            }
        }
        #expect(outcomes.messages.isEmpty)
        #expect(commits == 1)
        #expect(try values(path) == [1, 2, 3, 4])
    }

    @Test("A write run alone stops the running group from taking writes queued behind it")
    func arrivalsBehindAWriteRunAloneKeepTheirOrder() throws {
        let (queue, path, directory) = try makeQueue()
        defer {
            queue.close()
            try? FileManager.default.removeItem(at: directory)
        }
        let order = Failures()
        let commits = whileAGroupRuns(queue, first: 1, queued: 2) { writers in
            self.onNewThread(writers) {
                _ = try? queue.alone { db in
                    let count = try self.count(db)
                    order.record("alone saw \(count)")
                    try db.execute("INSERT INTO t VALUES (2)")
                }
            }
            while queue.waiting < 1 { Thread.sleep(forTimeInterval: 0.005) }
            self.onNewThread(writers) {
                _ = try? queue.grouped { db in
                    let count = try self.count(db)
                    order.record("grouped saw \(count)")
                    try db.execute("INSERT INTO t VALUES (3)")
                }
            }
        }
        #expect(order.messages == ["alone saw 1", "grouped saw 2"])
        #expect(commits == 2)
        #expect(try values(path) == [1, 2, 3])
    }

    @Test("A group waits for an announced write and commits with it, without waiting out its window")
    func groupWaitsForAnnouncedWrites() throws {
        let (queue, path, directory) = try makeQueue(gatherWindow: .seconds(20))
        defer {
            queue.close()
            try? FileManager.default.removeItem(at: directory)
        }
        queue.announce()
        let started = ContinuousClock.now
        let writers = DispatchGroup()
        startGroupedWrite(queue, value: 1, in: writers)
        // The first write is done and its group waits: the announced one, submitted later, still joins it.
        Thread.sleep(forTimeInterval: 0.2)
        try queue.grouped(announced: true) { db in try db.execute("INSERT INTO t VALUES (2)") }
        writers.wait()
        #expect(queue.groupCommits == 1)
        #expect(try values(path) == [1, 2])
        #expect(ContinuousClock.now - started < .seconds(10), "the last announced write ended the wait")
    }

    @Test("A group does not wait when too few writes are announced, and a withdrawn one ends its wait")
    func groupWaitsOnlyForEnoughAnnouncedWrites() throws {
        let (queue, path, directory) = try makeQueue(gatherWindow: .seconds(20), gatherSiblings: 2)
        defer {
            queue.close()
            try? FileManager.default.removeItem(at: directory)
        }
        let started = ContinuousClock.now
        try queue.grouped { db in try db.execute("INSERT INTO t VALUES (1)") }
        queue.announce()
        try queue.grouped { db in try db.execute("INSERT INTO t VALUES (2)") }
        #expect(ContinuousClock.now - started < .seconds(10), "one announced write of two needed: no wait")
        queue.announce()
        let writers = DispatchGroup()
        onNewThread(writers) { _ = try? queue.grouped { db in try db.execute("INSERT INTO t VALUES (3)") } }
        Thread.sleep(forTimeInterval: 0.2)
        queue.withdraw()
        queue.withdraw()
        writers.wait()
        #expect(ContinuousClock.now - started < .seconds(10), "withdrawing ended the wait")
        #expect(queue.groupCommits == 3)
        #expect(try values(path) == [1, 2, 3])
    }

    @Test("A group stops waiting once fewer writes are announced than it needs to wait")
    func groupStopsWaitingWhenTooFewAreLeft() throws {
        let (queue, path, directory) = try makeQueue(gatherWindow: .seconds(20), gatherSiblings: 2)
        defer {
            queue.close()
            try? FileManager.default.removeItem(at: directory)
        }
        queue.announce()
        queue.announce()
        let started = ContinuousClock.now
        let writers = DispatchGroup()
        startGroupedWrite(queue, value: 1, in: writers)
        Thread.sleep(forTimeInterval: 0.2)
        // One of the two arrives: the one left could not keep two cores busy, so the group commits now.
        try queue.grouped(announced: true) { db in try db.execute("INSERT INTO t VALUES (2)") }
        writers.wait()
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(queue.groupCommits == 1)
        queue.withdraw()
        #expect(try values(path) == [1, 2])
    }

    @Test("A group waits no longer than its window for announced writes")
    func groupWaitsOutItsWindow() throws {
        let (queue, path, directory) = try makeQueue(gatherWindow: .milliseconds(50))
        defer {
            queue.close()
            try? FileManager.default.removeItem(at: directory)
        }
        queue.announce()
        let started = ContinuousClock.now
        try queue.grouped { db in try db.execute("INSERT INTO t VALUES (1)") }
        #expect(ContinuousClock.now - started >= .milliseconds(50))
        queue.withdraw()
        try queue.grouped { db in try db.execute("INSERT INTO t VALUES (2)") }
        #expect(queue.groupCommits == 2)
        #expect(try values(path) == [1, 2])
    }

    private func count(_ db: Database) throws -> Int {
        try db.prepare("SELECT count(*) FROM t").firstRow()?.int(0) ?? -1
    }

    @Test("Writes after close are refused; those queued before it still run")
    func closeDrainsThenRefuses() throws {
        let (queue, path, directory) = try makeQueue()
        defer { try? FileManager.default.removeItem(at: directory) }
        try queue.grouped { db in try db.execute("INSERT INTO t VALUES (7)") }
        queue.close()
        queue.close()
        #expect(throws: StoreError.self) { try queue.grouped { db in try db.execute("INSERT INTO t VALUES (8)") } }
        #expect(try values(path) == [7])
    }

    @Test("Closing from inside a write does not wait for itself; the queue stops after that write")
    func closeFromInsideAWrite() throws {
        let (queue, path, directory) = try makeQueue()
        defer { try? FileManager.default.removeItem(at: directory) }
        try queue.grouped { db in
            try db.execute("INSERT INTO t VALUES (1)")
            queue.close()
        }
        #expect(throws: StoreError.self) { try queue.alone { _ in } }
        queue.close()
        #expect(try values(path) == [1])
    }

    @Test("Concurrent article inserts through the store are all stored, each answered with its own article")
    func concurrentStoreInserts() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = temporary.store
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            do {
                let result = try store.insert(
                    makeArticle(body: "Grouped \(index)", organizations: [makeOrganization("Group Org")]))
                if !result.created || result.article.body != "Grouped \(index)" {
                    failures.record("wrong answer for \(index)")
                }
            } catch {
                failures.record("\(error)")
            }
        }
        #expect(failures.messages.isEmpty)
        let page = try store.articles(organizationID: nil, query: nil, limit: 100, cursor: nil)
        #expect(page.items.count == 16)
        let organization = try #require(try store.organizations(query: "group org", limit: 1, cursor: nil).items.first)
        #expect(organization.articleCount == 16)
    }
}
