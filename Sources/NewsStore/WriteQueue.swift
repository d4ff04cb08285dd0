import Foundation
import SQLite

/// The store's single writer: one thread owns the writer connection and runs every write on it, in arrival order.
///
/// Writes submitted with `grouped` that are waiting together run in one `BEGIN IMMEDIATE` transaction (a failing one
/// still fails alone: the group is then run again with a savepoint per write, see `commit`), and all of them return
/// once the group's `COMMIT` has returned: group commit. Nobody is told "stored" before the commit that stores it,
/// so an acknowledged write survives a kill of the process exactly as a write committed alone would (docs/store.md,
/// "Pragmas and durability"). Writes submitted with `alone` run by themselves and manage their own transactions
/// (migrations, deletions, reads of an in-memory store).
///
/// A write submitted while the writer is idle (nothing running, nothing queued) runs on the submitting thread
/// itself, as a group of one: handing it to the writer thread and back cost two wake-ups (futex calls and context
/// switches) per POST, most of them when writes do not overlap. Writes submitted while one runs queue up and the
/// writer thread runs them together, as before (docs/store.md, "Concurrency").
///
/// `@unchecked Sendable`: `pending`, `running`, `stopping` and `stopped` are guarded by `condition`; `database` is
/// touched only by the thread that set `running` (the writer thread or a submitter running its write), which takes
/// and gives it back under `condition`; each job's result is written before its semaphore is signalled and read by
/// the submitter after the wait.
final class WriteQueue: @unchecked Sendable {
    /// Most grouped writes in one transaction; more waiting simply form the next group.
    static let maximumGroupSize = 64

    private let condition = NSCondition()
    private var pending: [Job] = []
    private var stopping = false
    private var stopped = false
    private var committedGroups = 0
    /// Set once by the writer thread when it starts (under `condition`).
    private var writerThread: Thread?
    /// The thread running writes on `database` now (the writer thread or a submitter), nil while it is idle.
    private var running: Thread?
    private let database: Database
    private let beforeCommit: (Database) throws -> Void
    private let onClose: (Database) -> Void

    /// Takes ownership of `database` (no other thread may use it afterwards) and starts the writer thread.
    /// `beforeCommit` runs, on the thread running the group, inside every grouped transaction, after its last write
    /// and before its COMMIT (work owed once per transaction rather than once per write; if it throws, the whole
    /// group fails). `onClose` runs on the writer thread after the last write, before the connection is closed.
    init(
        database: Database, name: String, beforeCommit: @escaping (Database) throws -> Void = { _ in },
        onClose: @escaping (Database) -> Void = { _ in }
    ) {
        self.database = database
        self.beforeCommit = beforeCommit
        self.onClose = onClose
        let thread = Thread { [self] in self.run() }
        thread.name = name
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// Runs `body` on the writer connection by itself (it opens its own transaction, if any) and returns its result.
    /// Throws `StoreError.closed` after `close()`.
    func alone<T>(_ body: (Database) throws -> T) throws -> T {
        try submit(grouped: false, body)
    }

    /// Runs `body` in a transaction shared with the other grouped writes waiting with it, and returns once that
    /// transaction has committed. `body` must not begin or commit a transaction itself, and may run twice (when a
    /// write of its group fails, the group runs again): it must act on nothing but the database, and its result is
    /// the committed run's. Throws `body`'s error (its changes undone, the others unaffected) or the commit's
    /// (nothing of the group kept).
    func grouped<T>(_ body: (Database) throws -> T) throws -> T {
        try submit(grouped: true, body)
    }

    /// Grouped transactions committed so far (for tests and diagnostics: fewer than grouped writes means they shared).
    var groupCommits: Int {
        condition.lock()
        defer { condition.unlock() }
        return committedGroups
    }

    /// Writes submitted and not yet taken by the writer thread (a write run by its submitter never waits here).
    var waiting: Int {
        condition.lock()
        defer { condition.unlock() }
        return pending.count
    }

    /// Lets the writer finish the writes already queued, closes the connection and returns when the thread is done;
    /// idempotent.
    func close() {
        condition.lock()
        stopping = true
        condition.broadcast()
        // Called from a write (the store's last reference dropped inside it): waiting for the writer thread here
        // would wait for itself; it stops on its own once the writes queued so far are done.
        if writerThread !== Thread.current && running !== Thread.current {
            while !stopped { condition.wait() }
        }
        condition.unlock()
    }

    private func submit<T>(grouped: Bool, _ body: (Database) throws -> T) throws -> T {
        try withoutActuallyEscaping(body) { body in
            let outcome = Outcome<T>()
            let job = Job(grouped: grouped) { db in outcome.value = try body(db) }
            let current = Thread.current
            condition.lock()
            // A write submitted from inside a write would wait for itself forever.
            precondition(
                writerThread !== current && running !== current, "a write may not start another write")
            guard !stopping else {
                condition.unlock()
                throw StoreError.closed
            }
            if running == nil && pending.isEmpty {
                // The writer is idle: run the write here rather than wake it and be woken again. Writes arriving
                // meanwhile queue up; the writer thread is woken for them once this one is done.
                running = current
                condition.unlock()
                runInOrder([job])
                condition.lock()
                running = nil
                if !pending.isEmpty || stopping { condition.broadcast() }
                condition.unlock()
            } else {
                pending.append(job)
                // Only an idle writer thread needs waking: a busy one looks at `pending` again when its writes are
                // done, and a submitter running its own write wakes it then. Waking it now would only put it back
                // to sleep (a futex call and two context switches per write that arrives meanwhile).
                if running == nil { condition.broadcast() }
                condition.unlock()
            }
            job.done.wait()
            if let error = job.error { throw error }
            guard let value = outcome.value else { throw StoreError.closed }
            return value
        }
    }

    private func run() {
        condition.lock()
        writerThread = Thread.current
        condition.unlock()
        while true {
            condition.lock()
            // A submitter running its own write holds the connection: wait for it, even when stopping.
            while running != nil || (pending.isEmpty && !stopping) { condition.wait() }
            if pending.isEmpty {
                condition.unlock()
                break
            }
            let jobs = pending
            pending = []
            running = Thread.current
            condition.unlock()
            runInOrder(jobs)
            condition.lock()
            running = nil
            condition.unlock()
        }
        if database.isOpen { onClose(database) }
        database.close()
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Runs `jobs` in order: each `alone` job by itself, each run of grouped jobs (up to `maximumGroupSize`) in one
    /// transaction. Called by whichever thread holds `running`.
    private func runInOrder(_ jobs: [Job]) {
        var index = 0
        while index < jobs.count {
            guard jobs[index].grouped else {
                runAlone(jobs[index])
                index += 1
                continue
            }
            var end = index + 1
            while end < jobs.count && jobs[end].grouped && end - index < Self.maximumGroupSize { end += 1 }
            commit(jobs[index..<end])
            index = end
        }
    }

    private func runAlone(_ job: Job) {
        guard database.isOpen else { return job.finish(StoreError.closed) }
        do {
            try job.run(database)
            job.finish(nil)
        } catch {
            job.finish(error)
        }
    }

    /// One transaction for the lot, then `beforeCommit`; every job answered after COMMIT.
    ///
    /// The jobs run one after another with no savepoint between them. A savepoint makes SQLite copy every
    /// database page the job then changes (that existed before it) to the sub-journal, more than 64 KiB for one
    /// article; past 64 KiB that journal spills to a file in the temporary directory, which every later statement
    /// journal of the transaction then writes too: an open, an unlink and ~146 `pwrite64` per article posted
    /// alone, and 296 MB for 4,000 articles posted in batches of 500 (docs/store.md, "Savepoints and statement
    /// journals"). Jobs rarely fail, so
    /// a failure instead rolls the whole transaction back and runs the group again the careful way
    /// (`commitIsolated`): each job in its own savepoint, so the failing one fails alone. A job's body may
    /// therefore run twice; only the run that commits answers it.
    private func commit(_ jobs: ArraySlice<Job>) {
        guard database.isOpen else {
            for job in jobs { job.finish(StoreError.closed) }
            return
        }
        do {
            try database.executeCached(TransactionKind.immediate.beginStatement)
        } catch {
            return commitIsolated(jobs)
        }
        do {
            for job in jobs { try job.run(database) }
        } catch {
            // Undo the partial group, the failing job's statements with it, and start again with savepoints.
            if database.isInTransaction { try? database.execute("ROLLBACK TRANSACTION") }
            return commitIsolated(jobs)
        }
        finishCommit(Array(jobs))
    }

    /// The group again, each job in its own savepoint: a failing job rolls back to it and fails alone, the others
    /// commit together.
    private func commitIsolated(_ jobs: ArraySlice<Job>) {
        var uncommitted: [Job] = []
        var open = false
        for job in jobs {
            guard database.isOpen else {
                job.finish(StoreError.closed)
                continue
            }
            if !open {
                do {
                    try database.executeCached(TransactionKind.immediate.beginStatement)
                    open = true
                } catch {
                    job.finish(error)
                    continue
                }
            }
            do {
                try database.savepoint("grouped_write") { try job.run(database) }
                uncommitted.append(job)
            } catch {
                job.finish(error)
                if !database.isInTransaction {
                    // SQLite rolled the whole transaction back (SQLITE_FULL, an I/O error): the earlier jobs'
                    // changes went with it. The next job starts a new transaction.
                    open = false
                    for lost in uncommitted { lost.finish(error) }
                    uncommitted = []
                }
            }
        }
        guard open else { return }
        finishCommit(uncommitted)
    }

    /// Runs `beforeCommit` (when a job succeeded) and COMMIT in the open transaction, then answers `jobs`: all
    /// stored, or all failed with the error that stopped the commit.
    private func finishCommit(_ jobs: [Job]) {
        do {
            if !jobs.isEmpty { try beforeCommit(database) }
            try database.executeCached("COMMIT TRANSACTION")
        } catch {
            if database.isInTransaction { try? database.execute("ROLLBACK TRANSACTION") }
            for lost in jobs { lost.finish(error) }
            return
        }
        condition.lock()
        committedGroups += 1
        condition.unlock()
        for job in jobs { job.finish(nil) }
    }
}

/// One write waiting for its turn on the writer connection.
///
/// `@unchecked Sendable`: `error` and `body` are written by the thread running it before `done` is signalled and
/// read by the submitter after waiting on it; `body` is called only by the thread running it (the writer thread
/// while the submitter waits, or the submitter itself).
private final class Job: @unchecked Sendable {
    let grouped: Bool
    /// Dropped by `finish`: the submitter's closure is non-escaping (`withoutActuallyEscaping` traps if anything
    /// still holds it when the submitter returns), and the writer thread may keep the job a little longer.
    private var body: ((Database) throws -> Void)?
    let done = DispatchSemaphore(value: 0)
    var error: (any Error)?

    init(grouped: Bool, body: @escaping (Database) throws -> Void) {
        self.grouped = grouped
        self.body = body
    }

    func run(_ database: Database) throws {
        try body?(database)
    }

    func finish(_ error: (any Error)?) {
        self.error = error
        body = nil
        done.signal()
    }
}

/// A job's result, handed from the thread running it to the submitter (ordered by the job's semaphore, as `Job.error`).
private final class Outcome<T>: @unchecked Sendable {
    var value: T?
}
