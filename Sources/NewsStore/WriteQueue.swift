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
    /// Grouped writes announced (`announce`) and not yet submitted or withdrawn: their callers are still preparing
    /// them.
    private var announced = 0
    /// How long a group whose writes are done waits for announced writes before its commit (0: it does not wait).
    let gatherWindow: Duration
    /// The fewest announced writes for which a group waits: as many as there are cores, so that the writes being
    /// prepared keep every core busy while the group's thread sleeps.
    let gatherSiblings: Int
    /// While a group waits for announced writes: the queue length that ends the wait (the group's room left).
    private var gatherRoom: Int?
    /// Signalled (under `condition`) to end a group's wait for announced writes early.
    private let gatherEnd = DispatchSemaphore(value: 0)
    private let database: Database
    private let beforeCommit: (Database) throws -> Void
    private let onClose: (Database) -> Void

    /// Takes ownership of `database` (no other thread may use it afterwards) and starts the writer thread.
    /// `beforeCommit` runs, on the thread running the group, inside every grouped transaction, after its last write
    /// and before its COMMIT (work owed once per transaction rather than once per write; if it throws, the whole
    /// group fails). `onClose` runs on the writer thread after the last write, before the connection is closed.
    /// `gatherWindow`: how long a group whose writes are done may wait for announced writes to join it, when at
    /// least `gatherSiblings` are announced.
    init(
        database: Database, name: String, gatherWindow: Duration = .zero,
        gatherSiblings: Int = ProcessInfo.processInfo.activeProcessorCount,
        beforeCommit: @escaping (Database) throws -> Void = { _ in }, onClose: @escaping (Database) -> Void = { _ in }
    ) {
        self.database = database
        self.gatherWindow = gatherWindow
        self.gatherSiblings = max(1, gatherSiblings)
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
    ///
    /// `announced`: the caller announced this write (`announce`); submitting it ends the announcement.
    func grouped<T>(announced: Bool = false, _ body: (Database) throws -> T) throws -> T {
        try submit(grouped: true, announced: announced, body)
    }

    /// Announces a grouped write that its caller is preparing (an article being analysed) and will submit with
    /// `announced: true`, or `withdraw` if it does not. A group whose writes are done while writes are announced
    /// waits up to `gatherWindow` for them before its commit, so that they share it (see `gatherArrivals`).
    func announce() {
        condition.lock()
        announced += 1
        condition.unlock()
    }

    /// Ends an announcement whose write will not be submitted.
    func withdraw() {
        condition.lock()
        announced -= 1
        endGatheringIfDue()
        condition.unlock()
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
        endGatheringIfDue()
        // Called from a write (the store's last reference dropped inside it): waiting for the writer thread here
        // would wait for itself; it stops on its own once the writes queued so far are done.
        if writerThread !== Thread.current && running !== Thread.current {
            while !stopped { condition.wait() }
        }
        condition.unlock()
    }

    private func submit<T>(grouped: Bool, announced: Bool = false, _ body: (Database) throws -> T) throws -> T {
        try withoutActuallyEscaping(body) { body in
            let outcome = Outcome<T>()
            let job = Job(grouped: grouped) { db in outcome.value = try body(db) }
            let current = Thread.current
            condition.lock()
            if announced { self.announced -= 1 }
            // A write submitted from inside a write would wait for itself forever.
            precondition(
                writerThread !== current && running !== current, "a write may not start another write")
            guard !stopping else {
                endGatheringIfDue()
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
                endGatheringIfDue()
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
            // Only the lot's last group may take in writes that arrived meanwhile: an earlier one would run them
            // ahead of the writes after it in `jobs`.
            commit(jobs[index..<end], takingArrivals: end == jobs.count)
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
    ///
    /// With `takingArrivals`, grouped writes submitted while the group runs join it before its commit (see
    /// `takeArrivals`) rather than wait for the commit and form the next group.
    private func commit(_ jobs: ArraySlice<Job>, takingArrivals: Bool) {
        guard database.isOpen else {
            for job in jobs { job.finish(StoreError.closed) }
            return
        }
        var group = Array(jobs)
        do {
            try database.executeCached(TransactionKind.immediate.beginStatement)
        } catch {
            return commitIsolated(group[...])
        }
        do {
            var index = 0
            var deadline: ContinuousClock.Instant?
            while index < group.count {
                try group[index].run(database)
                index += 1
                if index == group.count && takingArrivals {
                    if deadline == nil && gatherWindow > .zero { deadline = .now + gatherWindow }
                    group += gatherArrivals(room: Self.maximumGroupSize - index, until: deadline)
                }
            }
        } catch {
            // Undo the partial group, the failing job's statements with it, and start again with savepoints.
            if database.isInTransaction { try? database.execute("ROLLBACK TRANSACTION") }
            return commitIsolated(group[...])
        }
        finishCommit(group)
    }

    /// The grouped writes at the front of `pending` (up to `room`, stopping at an `alone` one so that order is
    /// kept), taken off the queue to join the open transaction.
    ///
    /// Single POSTs at 8 connections mostly find the writer idle, so nearly every article paid a transaction of its
    /// own (1.14 articles a commit, /work/scratch/store24/groups.sh): a commit's fixed part, the full-text segment
    /// FTS5 writes for it (and merges later) and the pages every commit rewrites. A write submitted while one runs
    /// waited for that commit and then ran in the next transaction; joining the running one costs it nothing more
    /// (it waits for a commit either way) and saves a transaction.
    ///
    /// When none has arrived but at least `gatherSiblings` writes are announced (articles being analysed for their
    /// POSTs), the group waits for them until `deadline`, or until fewer are left announced, the group is full or
    /// a write to run alone arrives: group commit with a commit delay, as PostgreSQL's `commit_delay` when
    /// `commit_siblings` are active. The wait costs the waiting POSTs time but no processor, since the announced
    /// writes being prepared keep the cores busy meanwhile; with fewer announced than cores (one client posting
    /// one article at a time, or two on two cores) a core would idle instead, and nothing waits.
    private func gatherArrivals(room: Int, until deadline: ContinuousClock.Instant?) -> [Job] {
        guard room > 0 else { return [] }
        condition.lock()
        defer { condition.unlock() }
        if pending.isEmpty, let deadline, announced >= gatherSiblings, !stopping {
            let remaining = ContinuousClock.now.duration(to: deadline)
            if remaining > .zero {
                gatherRoom = room
                condition.unlock()
                let (seconds, attoseconds) = remaining.components
                _ = gatherEnd.wait(
                    timeout: .now() + .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)))
                condition.lock()
                gatherRoom = nil
                // A signal given after the wait timed out (they are only given under the lock, while gatherRoom is
                // set) must not end the next wait at once.
                while gatherEnd.wait(timeout: .now()) == .success {}
            }
        }
        var count = 0
        while count < pending.count && count < room && pending[count].grouped { count += 1 }
        guard count > 0 else { return [] }
        let taken = Array(pending[..<count])
        pending.removeFirst(count)
        return taken
    }

    /// Ends a group's wait for announced writes once waiting is pointless or no longer free: fewer writes are
    /// announced than `gatherSiblings` (those still being prepared could no longer keep every core busy), the group
    /// would be full, a write to run alone waits, or the queue is closing. Called with `condition` locked.
    private func endGatheringIfDue() {
        guard let room = gatherRoom else { return }
        if announced < gatherSiblings || pending.count >= room || pending.last?.grouped == false || stopping {
            gatherRoom = nil
            gatherEnd.signal()
        }
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
