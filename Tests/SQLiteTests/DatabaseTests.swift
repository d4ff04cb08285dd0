import CSQLite
import Foundation
import Testing

@testable import SQLite

@Suite struct DatabaseTests {
    @Test func opensAFileDatabaseAndClosesIt() throws {
        let file = TemporaryDatabase()
        defer { file.remove() }
        let db = try Database(path: file.path)
        try db.execute("CREATE TABLE t (x INTEGER)")
        #expect(db.isOpen)
        #expect(FileManager.default.fileExists(atPath: file.path))
        db.close()
        db.close()
        #expect(!db.isOpen)
        #expect(throws: SQLiteError.self) { try db.execute("SELECT 1") }
        let again = try Database(path: file.path)
        #expect(try again.prepare("SELECT count(*) FROM sqlite_master WHERE name = 't'").firstRow()?.int(0) == 1)
    }

    @Test func opensAnInMemoryDatabase() throws {
        let db = try Database(path: ":memory:")
        #expect(try db.prepare("SELECT 40 + 2").firstRow()?.int(0) == 42)
    }

    @Test func failingToOpenThrowsCantOpenWithThePath() throws {
        let error = try #require(throws: SQLiteError.self) {
            try Database(path: "/nonexistent-dir-\(UUID().uuidString)/x.sqlite")
        }
        #expect(error.primaryCode == SQLITE_CANTOPEN)
        #expect(error.message.contains("nonexistent-dir"))
    }

    @Test func bindsAndReadsEveryType() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
        let values: [DatabaseValue] = [
            .integer(Int64.max), .real(-2.5), .text("Zürich 🇨🇭 \u{0}tail"), .blob([0, 1, 255]), .null,
        ]
        try db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)").execute(values)
        try db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)").execute([.integer(Int64.min), 0.0, "", .blob([]), nil])

        let statement = try db.prepare("SELECT i, r, s, b, n FROM t ORDER BY rowid")
        #expect(try statement.step())
        #expect(statement.int64(0) == Int64.max)
        #expect(statement.double(1) == -2.5)
        #expect(statement.string(2) == "Zürich 🇨🇭 \u{0}tail")
        #expect(statement.blob(3) == [0, 1, 255])
        #expect(statement.isNull(4) && statement.string(4) == nil && statement.blob(4) == nil)
        #expect(statement.row().values == values)
        #expect(try statement.step())
        #expect(statement.int64(0) == Int64.min)
        #expect(statement.string(2) == "", "an empty string stays text, not NULL")
        #expect(!statement.isNull(3), "an empty blob stays a blob, not NULL")
        #expect(statement.value(3) == .blob([]))
        #expect(try !statement.step())
    }

    @Test func rowsReadByIndexAndName() throws {
        let db = try Database(path: ":memory:")
        let row = try #require(
            try db.prepare("SELECT 7 AS Seven, 'x' AS letter, NULL AS empty, 1.5 AS half").firstRow())
        #expect(row.columnNames == ["Seven", "letter", "empty", "half"])
        #expect(row.int(0) == 7 && row.int64(0) == 7)
        #expect(row["seven"] == .integer(7))
        #expect(row["missing"] == nil)
        #expect(row.string(1) == "x" && row.string(0) == "7")
        #expect(row.isNull(2) && row.string(2) == nil && row.int(2) == 0)
        #expect(row.double(3) == 1.5)
    }

    @Test func bindsByIndexAndReportsACountMismatch() throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare("SELECT ?1 + ?2")
        try statement.bind(.integer(2), at: 1)
        try statement.bind(.integer(3), at: 2)
        #expect(try statement.step() && statement.int(0) == 5)
        statement.reset()
        let error = try #require(throws: SQLiteError.self) { try statement.bind([.integer(1)]) }
        #expect(error.code == SQLITE_RANGE)
        #expect(error.sql == "SELECT ?1 + ?2")
    }

    @Test func errorsCarryTheExtendedCodeTheMessageAndTheSQLButNoValues() throws {
        let db = try Database(path: ":memory:")
        let syntax = try #require(throws: SQLiteError.self) { try db.execute("SELEKT 1") }
        #expect(syntax.code == SQLITE_ERROR)
        #expect(syntax.message.contains("syntax error"))
        #expect(syntax.sql == "SELEKT 1")

        try db.execute("CREATE TABLE t (k TEXT UNIQUE)")
        let insert = try db.prepare("INSERT INTO t (k) VALUES (?)")
        try insert.execute(["secret-value"])
        let unique = try #require(throws: SQLiteError.self) { try insert.execute(["secret-value"]) }
        #expect(unique.code == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        #expect(unique.isUniqueViolation && unique.isConstraintViolation)
        #expect(unique.message.contains("UNIQUE constraint failed: t.k"))
        #expect(unique.sql == "INSERT INTO t (k) VALUES (?)")
        #expect(!unique.description.contains("secret-value"))
        #expect(unique.description.contains("INSERT INTO t"))

        let prepare = try #require(throws: SQLiteError.self) { try db.prepare("SELECT * FROM missing") }
        #expect(prepare.message.contains("no such table: missing"))
    }

    @Test func prepareRefusesASecondStatementButAllowsTrailingComments() throws {
        let db = try Database(path: ":memory:")
        #expect(throws: SQLiteError.self) { try db.prepare("SELECT 1; SELECT 2") }
        _ = try db.prepare("SELECT 1; -- a comment\n")
    }

    @Test func executeRunsSeveralStatements() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (x); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);")
        #expect(db.lastInsertRowID == 2)
        try db.execute("UPDATE t SET x = x + 1")
        #expect(db.changes == 2)
    }

    /// BEGIN, COMMIT, SAVEPOINT and RELEASE are prepared once per connection and reused, and still work each time
    /// (also after a failed commit and a rollback).
    @Test func transactionStatementsArePreparedOnceAndReused() throws {
        let file = TemporaryDatabase()
        defer { file.remove() }
        let db = try Database(path: file.path)
        try db.execute(
            """
            CREATE TABLE p (id INTEGER PRIMARY KEY);
            CREATE TABLE t (x INTEGER REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED)
            """)
        for value in 1...3 {
            try db.transaction { try db.savepoint("s") { try db.execute("INSERT INTO p VALUES (\(value))") } }
        }
        let cached = db.cachedStatementCount
        #expect(cached == 4)
        try db.execute("PRAGMA foreign_keys = ON")
        // COMMIT fails (a deferred foreign key is violated); the transaction rolls back and the next one works.
        #expect(throws: SQLiteError.self) { try db.transaction { try db.execute("INSERT INTO t VALUES (99)") } }
        #expect(!db.isInTransaction)
        try db.transaction { try db.savepoint("s") { try db.execute("INSERT INTO p VALUES (4)") } }
        #expect(db.cachedStatementCount == cached)
        #expect(try db.prepare("SELECT count(*) FROM p").firstRow()?.int(0) == 4)
        #expect(try db.prepare("SELECT count(*) FROM t").firstRow()?.int(0) == 0)
    }

    @Test func transactionsCommitAndRollBackOnThrow() throws {
        struct Failure: Error {}
        let file = TemporaryDatabase()
        defer { file.remove() }
        let db = try Database(path: file.path)
        try db.execute("CREATE TABLE t (x INTEGER)")
        let value = try db.transaction {
            try db.execute("INSERT INTO t VALUES (1)")
            return 42
        }
        #expect(value == 42)
        for kind in [TransactionKind.deferred, .immediate, .exclusive] {
            #expect(throws: Failure.self) {
                try db.transaction(kind) {
                    try db.execute("INSERT INTO t VALUES (2)")
                    throw Failure()
                }
            }
            #expect(!db.isInTransaction)
        }
        #expect(try db.prepare("SELECT group_concat(x) FROM t").firstRow()?.string(0) == "1")
        // A failing statement inside rolls back the statements before it too.
        #expect(throws: SQLiteError.self) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (3)")
                try db.execute("INSERT INTO missing VALUES (4)")
            }
        }
        #expect(try db.prepare("SELECT count(*) FROM t").firstRow()?.int(0) == 1)
    }

    @Test func statementCacheReusesAResetStatement() throws {
        let db = try Database(path: ":memory:")
        let first = try db.cachedStatement("SELECT ?")
        try first.bind([.integer(1)])
        #expect(try first.step())
        let second = try db.cachedStatement("SELECT ?")
        #expect(first === second)
        #expect(db.cachedStatementCount == 1)
        #expect(try second.step() && second.isNull(0), "reset and bindings cleared")
        #expect(try db.cachedStatement("SELECT ?").rows([5]).map { $0.int(0) } == [5])
        _ = try db.cachedStatement("SELECT 2")
        #expect(db.cachedStatementCount == 2)
    }

    @Test func statementsOutliveAClosedDatabaseSafely() throws {
        var db: Database? = try Database(path: ":memory:")
        let statement = try db!.prepare("SELECT 1")
        db = nil
        #expect(try statement.step() && statement.int(0) == 1)
    }
}
