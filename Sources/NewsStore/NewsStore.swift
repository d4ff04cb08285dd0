import Foundation
import SQLite

/// The domain store: articles, organizations, aliases and mentions in one SQLite file.
///
/// Thread safety (`@unchecked Sendable`): every `Database` is used by one thread at a time.
/// - The writer connection belongs to `writes`, a `WriteQueue`: writes run one at a time in arrival order (on the
///   submitting thread when the writer is idle, else on the queue's writer thread), and inserts that arrive
///   together share one transaction (group commit).
/// - Reader connections live in `idleReaders`, guarded by `pool` (an NSCondition); a thread checks one out under
///   the condition's lock, uses it alone, and returns it. In WAL mode readers run concurrently with the writer,
///   each in its own snapshot (a deferred read transaction per call).
/// - For ":memory:" (and `readers: 0`) every call runs through the write queue, on the writer connection.
public final class NewsStore: @unchecked Sendable {
    /// The embedded Migrations/*.sql, in version order.
    public static let migrations: [Migration] = embeddedMigrations.map {
        Migration(version: $0.version, name: $0.name, sql: $0.sql)
    }

    /// How long a statement waits for another process's lock before failing with SQLITE_BUSY.
    static let busyTimeoutMilliseconds: Int32 = 5_000

    /// The path given to init.
    public let path: String
    /// "wal" for file databases, "memory" for ":memory:".
    public let journalMode: String
    /// Names ("0001_initial") of the migrations applied when this store opened the database.
    public let migrationsAppliedAtOpen: [String]

    /// Owns the writer connection.
    private let writes: WriteQueue
    /// Copies the WAL into the database file off the writer's path (file databases only).
    let checkpointer: Checkpointer?
    /// Guards `idleReaders`, `checkedOutReaders` and `closed`.
    private let pool = NSCondition()
    private var idleReaders: [Database] = []
    private var checkedOutReaders = 0
    private var closed = false
    private let usesReaders: Bool
    /// Guards `generation`.
    private let generationLock = NSLock()
    private var generation: UInt64 = 0

    /// Opens (creating when missing) the database at `path`: WAL, foreign keys on, busy timeout, then the embedded
    /// migrations (unless `migrating` is false, for `newsgraph migrate` to call `migrate()` itself).
    ///
    /// Throws `StoreError.migration` for a database written by a newer build.
    ///
    /// `gatherWindow`: how long a transaction whose inserts are done may wait for announced inserts
    /// (`announceInsert`) to join it before its commit, while at least `gatherSiblings` (the cores the process may
    /// run on) are announced; zero never waits.
    public convenience init(
        path: String, readers: Int = 4, migrating: Bool = true, gatherWindow: Duration = NewsStore.defaultGatherWindow,
        gatherSiblings: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws {
        try self.init(
            path: path, readers: readers, migrating: migrating,
            checkpointFrames: (Checkpointer.defaultBackgroundFrames, Checkpointer.defaultWriterFrames),
            gatherWindow: gatherWindow, gatherSiblings: gatherSiblings)
    }

    /// How long a transaction waits for announced inserts by default.
    public static let defaultGatherWindow: Duration = .milliseconds(1)

    /// As `init(path:readers:migrating:gatherWindow:)`, with the WAL frame counts at which the checkpointer thread
    /// copies the WAL and at which the writer does it itself (see `Checkpointer`).
    init(
        path: String, readers: Int, migrating: Bool, checkpointFrames: (background: Int, writer: Int),
        gatherWindow: Duration = NewsStore.defaultGatherWindow,
        gatherSiblings: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws {
        self.path = path
        let inMemory = path == ":memory:" || path.isEmpty
        do {
            // The writer's WAL frames go out in one write per commit (WALFrameWriter), not two per page.
            let writer = try Database(path: path, flags: [.readWriteCreate, .noMutex], vfs: WALFrameWriter.vfs)
            writer.setBusyTimeout(milliseconds: Self.busyTimeoutMilliseconds)
            try writer.execute("PRAGMA foreign_keys = ON")
            // WAL: readers never block the writer nor the writer readers. NORMAL sync in WAL keeps every
            // acknowledged commit across a process crash (the WAL is in the OS page cache); see docs/store.md.
            let mode = try writer.prepare("PRAGMA journal_mode = WAL").firstRow()?.string(0) ?? "unknown"
            try writer.execute("PRAGMA synchronous = NORMAL")
            // 32 MB of page cache for the writer (SQLite's default is 2 MB): with the default, pages of the indexes
            // every article touches were evicted and read back with pread, ~11 per article at 8 POST connections.
            try writer.execute("PRAGMA cache_size = -32768")
            self.journalMode = mode
            var applied: [String] = []
            if migrating {
                applied = try Migrator(migrations: Self.migrations).migrate(writer).map(Self.migrationName)
            }
            self.migrationsAppliedAtOpen = applied
            self.usesReaders = !inMemory && readers > 0
            if usesReaders {
                for _ in 0..<min(readers, 64) {
                    let reader = try Database(path: path, flags: [.readOnly, .noMutex])
                    reader.setBusyTimeout(milliseconds: Self.busyTimeoutMilliseconds)
                    idleReaders.append(reader)
                }
            }
            // Checkpoints run on a connection of their own; the writer's WAL hook (which replaces SQLite's
            // auto-checkpoint) wakes it, and checkpoints on the writer only to keep the WAL bounded.
            if mode == "wal" {
                let checkpointer = try Checkpointer(
                    path: path, backgroundFrames: checkpointFrames.background, writerFrames: checkpointFrames.writer)
                writer.onWALCommit { frames in checkpointer.walCommitted(frames: frames) }
                self.checkpointer = checkpointer
            } else {
                self.checkpointer = nil
            }
            // Last: from here on only the write queue touches the writer connection.
            self.writes = WriteQueue(
                database: writer, name: "newsgraph-writer", gatherWindow: gatherWindow,
                gatherSiblings: gatherSiblings, beforeCommit: Self.indexPending,
                onClose: { db in try? db.execute("PRAGMA optimize") })
        } catch {
            throw Self.storeError(error)
        }
    }

    deinit {
        close()
    }

    /// Applies pending embedded migrations; returns the names ("0002_more") of those applied now.
    public func migrate() throws -> [String] {
        try write { db in try Migrator(migrations: Self.migrations).migrate(db).map(Self.migrationName) }
    }

    /// The migrations recorded in the database.
    public func appliedMigrations() throws -> [(version: Int, name: String, appliedAt: String)] {
        try write { db in try Migrator(migrations: Self.migrations).applied(db) }
    }

    /// Closes every connection; idempotent. Calls made afterwards throw `StoreError.closed`; readers checked out
    /// at that moment are closed when they come back.
    public func close() {
        pool.lock()
        closed = true
        let readers = idleReaders
        idleReaders.removeAll()
        pool.broadcast()
        pool.unlock()
        for reader in readers { reader.close() }
        // Before the writer: closing the last connection checkpoints the whole WAL and deletes it.
        checkpointer?.close()
        writes.close()
    }

    /// Changes whenever a committed write may have changed a stored article as read back (its deletion, or a new
    /// alias of an organization it names); inserting a new article alone does not change it. Read it before
    /// reading an article: a copy kept under that value is current while the value is unchanged.
    public var articleGeneration: UInt64 {
        generationLock.lock()
        defer { generationLock.unlock() }
        return generation
    }

    /// Announces an insert that the caller is preparing now (analysing its article) and will make with
    /// `insert(_:announced: true)`, or call `withdrawInsert()` instead. While inserts are announced, a transaction
    /// whose inserts are done waits up to its gather window for them, so that concurrent POSTs share a commit (and
    /// its full-text segment) even when each finds the writer idle.
    public func announceInsert() {
        writes.announce()
    }

    /// Ends an announcement (`announceInsert`) whose insert will not be made.
    public func withdrawInsert() {
        writes.withdraw()
    }

    /// Called after the commit, so that a reader never pairs the new value with the old content.
    func advanceArticleGeneration() {
        generationLock.lock()
        generation &+= 1
        generationLock.unlock()
    }

    static func migrationName(_ migration: Migration) -> String {
        let version = String(migration.version)
        return String(repeating: "0", count: max(0, 4 - version.count)) + version + "_" + migration.name
    }

    // MARK: Connections

    /// Runs `body` on the writer connection, alone; it opens its own transaction.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writes.alone(body) } catch { throw Self.storeError(error) }
    }

    /// Runs `body` on the writer connection inside a transaction shared with the other inserts waiting at the same
    /// moment; returns after that transaction's commit. `body` must not open a transaction, and may run twice (the
    /// group runs again, a savepoint per write, when one of its writes fails; see `WriteQueue.grouped`).
    /// `announced`: the write was announced (`announceInsert`); submitting it ends the announcement.
    func groupedWrite<T>(announced: Bool = false, _ body: (Database) throws -> T) throws -> T {
        do { return try writes.grouped(announced: announced, body) } catch { throw Self.storeError(error) }
    }

    /// Runs `body` in a read transaction on a reader connection (or the writer for in-memory stores),
    /// so every query of one call sees the same snapshot.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        guard usesReaders else {
            return try write { db in try db.transaction(.deferred) { try body(db) } }
        }
        let reader = try checkOutReader()
        defer { checkIn(reader) }
        do { return try reader.transaction(.deferred) { try body(reader) } } catch { throw Self.storeError(error) }
    }

    private func checkOutReader() throws -> Database {
        pool.lock()
        defer { pool.unlock() }
        while idleReaders.isEmpty && !closed { pool.wait() }
        guard !closed, let reader = idleReaders.popLast() else { throw StoreError.closed }
        checkedOutReaders += 1
        return reader
    }

    private func checkIn(_ reader: Database) {
        pool.lock()
        checkedOutReaders -= 1
        if closed {
            pool.unlock()
            reader.close()
            return
        }
        idleReaders.append(reader)
        pool.signal()
        pool.unlock()
    }

    /// Maps any error to a `StoreError`.
    static func storeError(_ error: any Error) -> StoreError {
        switch error {
        case let error as StoreError: error
        case let error as SQLiteError: .database(error)
        case let error as MigrationError: .migration(error)
        default: .database(SQLiteError(code: 1, message: String(describing: error)))
        }
    }
}
