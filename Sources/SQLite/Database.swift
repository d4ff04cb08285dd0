import CSQLite

/// Flags for `sqlite3_open_v2`.
public struct OpenFlags: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// `SQLITE_OPEN_READONLY`.
    public static let readOnly = OpenFlags(rawValue: SQLITE_OPEN_READONLY)
    /// `SQLITE_OPEN_READWRITE`.
    public static let readWrite = OpenFlags(rawValue: SQLITE_OPEN_READWRITE)
    /// `SQLITE_OPEN_CREATE`.
    public static let create = OpenFlags(rawValue: SQLITE_OPEN_CREATE)
    /// `SQLITE_OPEN_URI`: interpret the path as a `file:` URI.
    public static let uri = OpenFlags(rawValue: SQLITE_OPEN_URI)
    /// `SQLITE_OPEN_NOMUTEX`: multi-thread mode; the owner guarantees one thread at a time.
    public static let noMutex = OpenFlags(rawValue: SQLITE_OPEN_NOMUTEX)
    /// `SQLITE_OPEN_SHAREDCACHE`.
    public static let sharedCache = OpenFlags(rawValue: SQLITE_OPEN_SHAREDCACHE)
    /// Read-write, created when missing.
    public static let readWriteCreate: OpenFlags = [.readWrite, .create]
}

/// How `BEGIN` takes its locks (see https://sqlite.org/lang_transaction.html).
public enum TransactionKind: String, Sendable {
    /// No lock until the first read or write.
    case deferred = "DEFERRED"
    /// The write lock at once: the transaction cannot fail later with `SQLITE_BUSY` on upgrade.
    case immediate = "IMMEDIATE"
    /// Like immediate; in WAL mode the same as immediate.
    case exclusive = "EXCLUSIVE"

    /// The statement that opens a transaction of this kind (one constant text per kind: the statement cache's key).
    public var beginStatement: String {
        switch self {
        case .deferred: "BEGIN DEFERRED TRANSACTION"
        case .immediate: "BEGIN IMMEDIATE TRANSACTION"
        case .exclusive: "BEGIN EXCLUSIVE TRANSACTION"
        }
    }
}

/// One SQLite connection.
///
/// Not Sendable: use it from one thread at a time (the owner holds a lock or a serial queue).
/// Closed by `close()` or deinit, whichever comes first.
public final class Database {
    /// The `sqlite3` handle; nil once closed.
    private var handle: OpaquePointer?
    /// Prepared statements reused by `cachedStatement`, keyed by SQL text.
    private var statementCache: [String: Statement] = [:]
    /// The closure SQLite calls after each WAL commit (`onWALCommit`); held here because SQLite keeps only a pointer.
    var walCommitHook: WALCommitHook?
    /// The path given to init.
    public let path: String

    /// Opens (and with `.create`, creates) the database at `path`; ":memory:" opens a private in-memory database.
    ///
    /// Extended result codes are turned on, so `SQLiteError.code` is always the extended one. `vfs` names the VFS
    /// (nil: SQLite's default); see `WALFrameWriter`.
    public init(path: String, flags: OpenFlags = .readWriteCreate, vfs: String? = nil) throws(SQLiteError) {
        var connection: OpaquePointer?
        let code = sqlite3_open_v2(path, &connection, flags.rawValue, vfs)
        guard code == SQLITE_OK, let connection else {
            // "A database connection handle is usually returned in *ppDb, even if an error occurs" — close it.
            let error = SQLiteError(connection: connection, code: code, sql: nil)
            sqlite3_close_v2(connection)
            throw SQLiteError(code: error.code, message: "\(error.message) (opening \(path))", sql: nil)
        }
        sqlite3_extended_result_codes(connection, 1)
        self.handle = connection
        self.path = path
    }

    deinit {
        close()
    }

    /// Finalizes cached statements and closes the connection; idempotent.
    ///
    /// Uses `sqlite3_close_v2`: statements still alive elsewhere keep the connection as a zombie until they deinit.
    public func close() {
        statementCache.removeAll()
        if let handle {
            // A statement still alive elsewhere keeps the connection (and its commits) going after close_v2: the
            // hook goes first, so SQLite never calls a freed one.
            if walCommitHook != nil { sqlite3_wal_hook(handle, nil, nil) }
            walCommitHook = nil
            sqlite3_close_v2(handle)
            self.handle = nil
        }
    }

    /// The handle for this module's extensions; nil once closed.
    var rawHandle: OpaquePointer? { handle }

    /// True until `close()`.
    public var isOpen: Bool { handle != nil }

    private func openHandle(_ sql: String?) throws(SQLiteError) -> OpaquePointer {
        guard let handle else { throw SQLiteError(code: SQLITE_MISUSE, message: "database is closed", sql: sql) }
        return handle
    }

    /// Runs one or more `;`-separated statements without binds (`sqlite3_exec`).
    public func execute(_ sql: String) throws(SQLiteError) {
        let connection = try openHandle(sql)
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(connection, sql, nil, nil, &errorMessage)
        defer { sqlite3_free(errorMessage) }
        guard code == SQLITE_OK else {
            let extended = sqlite3_extended_errcode(connection)
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            throw SQLiteError(code: (extended & 0xFF) == (code & 0xFF) ? extended : code, message: message, sql: sql)
        }
    }

    /// Runs one statement without binds, prepared once and kept in the statement cache: for the statements run on
    /// every transaction (`BEGIN`, `COMMIT`, `SAVEPOINT`, `RELEASE`), which `sqlite3_exec` parsed and compiled
    /// anew each time (~20 K instructions each, ~0.4 M per stored article).
    public func executeCached(_ sql: String) throws(SQLiteError) {
        try cachedStatement(sql).execute()
    }

    /// Prepares one statement. Throws when `sql` holds more than one.
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        try Statement(connection: try openHandle(sql), sql: sql)
    }

    /// A statement prepared once per connection and reused: reset and its bindings cleared before it is returned.
    ///
    /// Do not hold it across another `cachedStatement` call with the same SQL (both would be the same object).
    public func cachedStatement(_ sql: String) throws(SQLiteError) -> Statement {
        if let statement = statementCache[sql] {
            statement.reset()
            sqlite3_clear_bindings(statement.handle)
            return statement
        }
        let statement = try prepare(sql)
        statementCache[sql] = statement
        return statement
    }

    /// Number of statements in the cache.
    public var cachedStatementCount: Int { statementCache.count }

    /// The rowid of the last successful INSERT on this connection.
    public var lastInsertRowID: Int64 { handle.map { sqlite3_last_insert_rowid($0) } ?? 0 }

    /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    public var changes: Int { handle.map { Int(sqlite3_changes($0)) } ?? 0 }

    /// True while a transaction is open (`sqlite3_get_autocommit` is 0).
    public var isInTransaction: Bool { handle.map { sqlite3_get_autocommit($0) == 0 } ?? false }

    /// Sets how long a statement waits for another connection's lock before `SQLITE_BUSY`.
    public func setBusyTimeout(milliseconds: Int32) {
        if let handle { sqlite3_busy_timeout(handle, milliseconds) }
    }

    /// Runs `body` inside `BEGIN kind` … `COMMIT`; rolls back and rethrows when `body` or the commit throws.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try executeCached(kind.beginStatement)
        do {
            let result = try body()
            try executeCached("COMMIT TRANSACTION")
            return result
        } catch {
            // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL); only roll back what is open.
            if isInTransaction { try? execute("ROLLBACK TRANSACTION") }
            throw error
        }
    }

    /// Runs `body` inside `SAVEPOINT name` … `RELEASE name` within the open transaction; when `body` throws, its
    /// changes alone are undone (`ROLLBACK TO`) and the error rethrown, leaving the transaction open for others.
    ///
    /// When SQLite has rolled back the whole transaction by itself (e.g. after `SQLITE_FULL`; then
    /// `isInTransaction` is false), there is nothing left to roll back to: callers must check `isInTransaction`.
    public func savepoint<T>(_ name: String, _ body: () throws -> T) throws -> T {
        try executeCached("SAVEPOINT \(name)")
        do {
            let result = try body()
            try executeCached("RELEASE \(name)")
            return result
        } catch {
            if isInTransaction {
                try? execute("ROLLBACK TO \(name)")
                try? execute("RELEASE \(name)")
            }
            throw error
        }
    }
}
