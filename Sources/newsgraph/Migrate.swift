import ArgumentParser
import Foundation
import NewsStore

struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply pending schema migrations and list the applied ones.")

    @Option(help: "SQLite database file (env NEWSGRAPH_DATABASE; default ./newsgraph.sqlite).")
    var database: String?

    func run() throws {
        let path = database ?? Environment.string("NEWSGRAPH_DATABASE") ?? "./newsgraph.sqlite"
        let store = try NewsStore(path: path, migrating: false)
        defer { store.close() }
        let newlyApplied = Set(try store.migrate())
        for migration in try store.appliedMigrations() {
            let version = String(migration.version)
            let name = String(repeating: "0", count: max(0, 4 - version.count)) + version + "_" + migration.name
            print("\(name)  applied \(migration.appliedAt)\(newlyApplied.contains(name) ? "  (now)" : "")")
        }
    }
}
