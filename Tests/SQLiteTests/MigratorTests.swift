import Testing

@testable import SQLite

@Suite struct MigratorTests {
    static let first = Migration(
        version: 1, name: "initial", sql: "CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (1);")
    static let second = Migration(version: 2, name: "more", sql: "CREATE TABLE b (y TEXT); ALTER TABLE a ADD COLUMN z;")

    @Test func appliesMigrationsInOrderAndRecordsThem() throws {
        let db = try Database(path: ":memory:")
        let migrator = Migrator(migrations: [Self.second, Self.first])
        let applied = try migrator.migrate(db)
        #expect(applied.map(\.version) == [1, 2])
        let records = try migrator.applied(db)
        #expect(records.map(\.version) == [1, 2])
        #expect(records.map(\.name) == ["initial", "more"])
        let appliedAt = try #require(records.first?.appliedAt)
        #expect(appliedAt.count == 20 && appliedAt.hasSuffix("Z") && appliedAt.contains("T"))
        #expect(try db.prepare("SELECT z FROM a").firstRow()?.isNull(0) == true)
    }

    @Test func migratingTwiceChangesNothing() throws {
        let db = try Database(path: ":memory:")
        let migrator = Migrator(migrations: [Self.first, Self.second])
        try migrator.migrate(db)
        #expect(try migrator.migrate(db).isEmpty)
        #expect(try migrator.pending(db).isEmpty)
        #expect(try db.prepare("SELECT count(*) FROM a").firstRow()?.int(0) == 1)
    }

    @Test func upgradesAnExistingDatabaseInPlace() throws {
        let file = TemporaryDatabase()
        defer { file.remove() }
        do {
            let db = try Database(path: file.path)
            #expect(try Migrator(migrations: [Self.first]).migrate(db).map(\.version) == [1])
            try db.execute("INSERT INTO a VALUES (2)")
        }
        let db = try Database(path: file.path)
        let migrator = Migrator(migrations: [Self.first, Self.second])
        #expect(try migrator.pending(db).map(\.version) == [2])
        #expect(try migrator.migrate(db).map(\.version) == [2])
        #expect(try db.prepare("SELECT count(*) FROM a").firstRow()?.int(0) == 2, "existing rows kept")
        #expect(try migrator.applied(db).map(\.version) == [1, 2])
    }

    @Test func refusesADatabaseWithNewerMigrations() throws {
        let db = try Database(path: ":memory:")
        try Migrator(migrations: [Self.first, Self.second]).migrate(db)
        let error = try #require(throws: MigrationError.self) { try Migrator(migrations: [Self.first]).migrate(db) }
        guard case .unknownVersions(let versions, let latestKnown) = error else { return }
        #expect(versions == [2] && latestKnown == 1)
        #expect(error.description.contains("newer"))
    }

    @Test func aFailingMigrationLeavesNoTrace() throws {
        let db = try Database(path: ":memory:")
        let broken = Migration(version: 2, name: "broken", sql: "CREATE TABLE c (x); CREATE TABLE c (x);")
        #expect(throws: SQLiteError.self) { try Migrator(migrations: [Self.first, broken]).migrate(db) }
        let migrator = Migrator(migrations: [Self.first])
        #expect(try migrator.applied(db).map(\.version) == [1])
        #expect(try db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'c'").firstRow()?.int(0) == 0)
        #expect(!db.isInTransaction)
    }

    @Test func reportsNoMigrationsForAFreshDatabase() throws {
        let db = try Database(path: ":memory:")
        #expect(try Migrator(migrations: [Self.first]).applied(db).isEmpty)
    }
}
