import Foundation

/// A unique database path in a fresh temporary directory, removed by `remove()`.
struct TemporaryDatabase {
    let directory: URL
    var path: String { directory.appending(path: "test.sqlite").path }

    init() {
        directory = FileManager.default.temporaryDirectory.appending(path: "sqlite-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
