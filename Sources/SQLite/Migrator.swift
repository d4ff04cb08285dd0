/// One schema change: a version, a name, and the SQL that applies it.
///
/// The SQL must not open or close transactions itself: the migrator wraps it.
public struct Migration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}

/// Why the migrator refused a database.
public enum MigrationError: Error, CustomStringConvertible, Sendable {
    /// The database records migrations this build does not know: it was written by a newer build.
    case unknownVersions([Int], latestKnown: Int)

    public var description: String {
        switch self {
        case .unknownVersions(let versions, let latestKnown):
            let list = versions.map(String.init).joined(separator: ", ")
            return "the database has schema migrations this build does not know (\(list); this build knows up to "
                + "\(latestKnown)): it was written by a newer version; refusing to use it"
        }
    }
}

/// Applies pending migrations in version order, each with its record in `schema_migrations` in one
/// `BEGIN IMMEDIATE` transaction, so an existing database upgrades in place and a failed migration leaves no trace.
public struct Migrator: Sendable {
    /// Migrations sorted by version.
    public let migrations: [Migration]

    /// Creates a migrator; versions must be distinct.
    public init(migrations: [Migration]) {
        let sorted = migrations.sorted { $0.version < $1.version }
        for (previous, next) in zip(sorted, sorted.dropFirst()) {
            precondition(previous.version != next.version, "two migrations share version \(next.version)")
        }
        self.migrations = sorted
    }

    static let createTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """

    /// Applies every pending migration and returns those newly applied, in order.
    ///
    /// Throws `MigrationError.unknownVersions` before changing anything when the database is newer than this build.
    @discardableResult
    public func migrate(_ db: Database) throws -> [Migration] {
        try db.execute(Self.createTable)
        try checkKnown(db)
        var applied: [Migration] = []
        for migration in migrations {
            let didApply = try db.transaction(.immediate) { () throws -> Bool in
                // Read again under the write lock: another process may have migrated meanwhile.
                try checkKnown(db)
                let done = try db.cachedStatement("SELECT 1 FROM schema_migrations WHERE version = ?")
                    .firstRow([.integer(Int64(migration.version))])
                guard done == nil else { return false }
                try db.execute(migration.sql)
                try db.cachedStatement(
                    "INSERT INTO schema_migrations (version, name, applied_at) "
                        + "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
                ).execute([.integer(Int64(migration.version)), .text(migration.name)])
                return true
            }
            if didApply { applied.append(migration) }
        }
        return applied
    }

    /// The migrations recorded in the database, by version; empty for a database never migrated.
    public func applied(_ db: Database) throws -> [(version: Int, name: String, appliedAt: String)] {
        let exists = try db.cachedStatement(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).firstRow()
        guard exists != nil else { return [] }
        return try db.prepare("SELECT version, name, applied_at FROM schema_migrations ORDER BY version").rows().map {
            (version: $0.int(0), name: $0.string(1) ?? "", appliedAt: $0.string(2) ?? "")
        }
    }

    /// The migrations not yet recorded in the database, in order.
    public func pending(_ db: Database) throws -> [Migration] {
        let done = Set(try applied(db).map(\.version))
        return migrations.filter { !done.contains($0.version) }
    }

    private func checkKnown(_ db: Database) throws {
        let known = Set(migrations.map(\.version))
        let unknown = try applied(db).map(\.version).filter { !known.contains($0) }
        if !unknown.isEmpty {
            throw MigrationError.unknownVersions(unknown, latestKnown: migrations.last?.version ?? 0)
        }
    }
}
