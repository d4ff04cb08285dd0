import CSQLite

/// An error reported by SQLite: the extended result code, `sqlite3_errmsg`, and the SQL that failed.
///
/// Bound values are never recorded, so the error is safe to log.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code (`sqlite3_extended_errcode`), e.g. 2067 for `SQLITE_CONSTRAINT_UNIQUE`.
    public let code: Int32
    /// The message from `sqlite3_errmsg` (or `sqlite3_errstr` when no connection is at hand).
    public let message: String
    /// The SQL text that failed, without bound values.
    public let sql: String?

    /// Creates an error from its parts.
    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// Reads the extended code and message of the last failed call on `connection`.
    init(connection: OpaquePointer?, code: Int32, sql: String?) {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        // The connection's code is the one to trust unless it is unrelated to `code` (e.g. already cleared).
        let chosen = (extended & 0xFF) == (code & 0xFF) ? extended : code
        let text = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        self.init(code: chosen, message: text ?? String(cString: sqlite3_errstr(code)), sql: sql)
    }

    /// The primary result code (the low byte of `code`), e.g. `SQLITE_CONSTRAINT`.
    public var primaryCode: Int32 { code & 0xFF }

    /// True for any constraint violation (`SQLITE_CONSTRAINT_*`).
    public var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }

    /// True for `SQLITE_CONSTRAINT_UNIQUE` and `SQLITE_CONSTRAINT_PRIMARYKEY`.
    public var isUniqueViolation: Bool { code == 2067 || code == 1555 }

    /// True when the database was locked by another connection past the busy timeout.
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " — while running: \(sql)" }
        return text
    }
}
