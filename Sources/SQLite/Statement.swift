import CSQLite

/// A prepared statement: compiled in init, finalized in deinit.
///
/// Not Sendable: use it only on the thread (or under the lock) that owns its `Database`.
/// Column accessors read the current row after `step()` returned true; indexes are 0-based,
/// bind indexes 1-based, as in SQLite's C API.
public final class Statement {
    /// The `sqlite3_stmt` handle, valid until deinit.
    let handle: OpaquePointer
    /// The SQL this statement was prepared from.
    public let sql: String
    /// Column names, computed once.
    public let columnNames: [String]

    init(connection: OpaquePointer, sql: String) throws(SQLiteError) {
        var statement: OpaquePointer?
        var remainder = ""
        let code = sql.withCString { text -> Int32 in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(connection, text, -1, &statement, &tail)
            if code == SQLITE_OK, let tail { remainder = String(cString: tail) }
            return code
        }
        guard code == SQLITE_OK else { throw SQLiteError(connection: connection, code: code, sql: sql) }
        guard let statement else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "no SQL statement to prepare", sql: sql)
        }
        // Refuse a second statement rather than silently ignoring it; comments and whitespace are fine.
        if !remainder.allSatisfy(\.isWhitespace) {
            var extra: OpaquePointer?
            let extraCode = sqlite3_prepare_v2(connection, remainder, -1, &extra, nil)
            sqlite3_finalize(extra)
            if extraCode != SQLITE_OK || extra != nil {
                sqlite3_finalize(statement)
                throw SQLiteError(
                    code: SQLITE_MISUSE, message: "prepare accepts one statement; use execute for several", sql: sql)
            }
        }
        self.handle = statement
        self.sql = sql
        let count = sqlite3_column_count(statement)
        self.columnNames = (0..<count).map { String(cString: sqlite3_column_name(statement, $0)) }
    }

    deinit {
        sqlite3_finalize(handle)
    }

    private var connection: OpaquePointer? { sqlite3_db_handle(handle) }

    private func check(_ code: Int32) throws(SQLiteError) {
        guard code == SQLITE_OK else { throw SQLiteError(connection: connection, code: code, sql: sql) }
    }

    // MARK: Binding

    /// Number of parameters (`?`, `?NNN`, `:name`…) in the statement.
    public var parameterCount: Int32 { sqlite3_bind_parameter_count(handle) }

    /// Resets the statement, clears old bindings and binds `values` to parameters 1…n.
    ///
    /// Throws `SQLITE_RANGE` when the count differs from `parameterCount`.
    public func bind(_ values: [DatabaseValue]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard values.count == Int(parameterCount) else {
            throw SQLiteError(
                code: SQLITE_RANGE,
                message: "statement has \(parameterCount) parameters, \(values.count) values given", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
    }

    /// Binds one value to the 1-based parameter `index`. Text and blobs are copied (`SQLITE_TRANSIENT`).
    public func bind(_ value: DatabaseValue, at index: Int32) throws(SQLiteError) {
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let number):
            code = sqlite3_bind_int64(handle, index, number)
        case .real(let number):
            code = sqlite3_bind_double(handle, index, number)
        case .text(let text):
            var text = text
            code = text.withUTF8 { bytes -> Int32 in
                // A nil base address would bind NULL; an empty string must stay an empty string.
                guard let base = bytes.baseAddress, !bytes.isEmpty else {
                    return sqlite3_bind_text(handle, index, "", 0, csqlite_transient())
                }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text64(
                        handle, index, $0, sqlite3_uint64(bytes.count), csqlite_transient(), UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { raw -> Int32 in
                guard let base = raw.baseAddress, !raw.isEmpty else { return sqlite3_bind_zeroblob(handle, index, 0) }
                return sqlite3_bind_blob64(handle, index, base, sqlite3_uint64(raw.count), csqlite_transient())
            }
        }
        try check(code)
    }

    // MARK: Running

    /// Steps once: true when a row is available, false when the statement is done.
    public func step() throws(SQLiteError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError(connection: connection, code: code, sql: sql)
        }
    }

    /// Resets the statement so it can run again; bindings are kept.
    public func reset() {
        // sqlite3_reset repeats the error of the last step, which `step()` already threw.
        sqlite3_reset(handle)
    }

    /// Binds `values` (when not empty), runs to completion, and resets.
    public func execute(_ values: [DatabaseValue] = []) throws(SQLiteError) {
        if !values.isEmpty { try bind(values) }
        defer { reset() }
        while try step() {}
    }

    /// Binds `values` (when not empty), collects every row, and resets.
    public func rows(_ values: [DatabaseValue] = []) throws(SQLiteError) -> [Row] {
        if !values.isEmpty { try bind(values) }
        defer { reset() }
        var rows: [Row] = []
        while try step() { rows.append(row()) }
        return rows
    }

    /// Binds `values` (when not empty), returns the first row if any, and resets.
    public func firstRow(_ values: [DatabaseValue] = []) throws(SQLiteError) -> Row? {
        if !values.isEmpty { try bind(values) }
        defer { reset() }
        return try step() ? row() : nil
    }

    // MARK: Columns of the current row

    /// Number of result columns.
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    /// The integer in column `i` (`sqlite3_column_int64`; 0 for null).
    public func int64(_ i: Int32) -> Int64 { sqlite3_column_int64(handle, i) }
    /// The integer in column `i` as an Int.
    public func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(handle, i)) }
    /// The number in column `i` (`sqlite3_column_double`; 0 for null).
    public func double(_ i: Int32) -> Double { sqlite3_column_double(handle, i) }
    /// True when column `i` is null.
    public func isNull(_ i: Int32) -> Bool { sqlite3_column_type(handle, i) == SQLITE_NULL }

    /// The text in column `i`, or nil for null.
    public func string(_ i: Int32) -> String? {
        guard !isNull(i) else { return nil }
        // Per the SQLite docs: call sqlite3_column_text first, then sqlite3_column_bytes.
        guard let text = sqlite3_column_text(handle, i) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, i))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// The bytes in column `i`, or nil for null.
    public func blob(_ i: Int32) -> [UInt8]? {
        guard !isNull(i) else { return nil }
        guard let bytes = sqlite3_column_blob(handle, i) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, i))
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    /// The value in column `i` with its storage class.
    public func value(_ i: Int32) -> DatabaseValue {
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: .integer(int64(i))
        case SQLITE_FLOAT: .real(double(i))
        case SQLITE_TEXT: .text(string(i) ?? "")
        case SQLITE_BLOB: .blob(blob(i) ?? [])
        default: .null
        }
    }

    /// A copy of the current row.
    public func row() -> Row {
        Row(columnNames: columnNames, values: (0..<columnCount).map { value($0) })
    }
}
