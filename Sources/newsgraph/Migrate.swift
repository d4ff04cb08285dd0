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
        let store = try NewsStore(path: path)
        defer { store.close() }
        for line in try store.migrate() { print(line) }
    }
}
