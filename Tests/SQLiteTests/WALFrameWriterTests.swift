import Foundation
import Testing

@testable import SQLite

/// The WAL frame writer (Sources/CWALWriter): fewer writes, and the same file contents at every moment a commit
/// is acknowledged or another connection can look.
@Suite(.serialized) struct WALFrameWriterTests {
    /// A writer through the VFS in WAL mode with NORMAL sync, as the store opens its own.
    static func openWriter(_ path: String) throws -> Database {
        let vfs = try #require(WALFrameWriter.vfs)
        let db = try Database(path: path, vfs: vfs)
        _ = try db.prepare("PRAGMA journal_mode = WAL").firstRow()
        try db.execute("PRAGMA synchronous = NORMAL")
        try db.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        return db
    }

    static func insert(_ db: Database, _ ids: Range<Int>) throws {
        let statement = try db.prepare("INSERT INTO notes (id, body) VALUES (?, ?)")
        for id in ids {
            try statement.execute([.integer(Int64(id)), .text(String(repeating: "note \(id) ", count: 120))])
        }
    }

    static func count(_ path: String) throws -> Int {
        let reader = try Database(path: path, flags: .readOnly)
        return try #require(try reader.prepare("SELECT count(*) FROM notes").firstRow()?.int(0))
    }

    @Test func aCommitsFramesGoOutInFewWritesAndReadersSeeThem() throws {
        let file = TemporaryDatabase()
        defer { file.remove() }
        let writer = try Self.openWriter(file.path)
        let before = WALFrameWriter.counts
        // ~300 KB of rows: more than one buffer (128 KiB), so the commit takes several writes.
        try writer.transaction { try Self.insert(writer, 0..<250) }
        let after = WALFrameWriter.counts
        let frameWrites = after.frameWrites - before.frameWrites
        let fileWrites = after.fileWrites - before.fileWrites
        #expect(frameWrites > 100)
        #expect(fileWrites * 10 < frameWrites)
        // Another connection (SQLite's own VFS) reads the committed rows from the file while the writer is open.
        #expect(try Self.count(file.path) == 250)
    }

    /// What a kill -9 leaves: the files as they are after COMMIT returned, copied while the writer is still open
    /// (nothing it buffers is in the copy). Every committed row must be there.
    @Test func everyCommitIsInTheFilesWhenCommitReturns() throws {
        let file = TemporaryDatabase()
        defer { file.remove() }
        let writer = try Self.openWriter(file.path)
        // Small commits (one buffer) and large ones (~300 KB: several buffers written out in the commit).
        var stored = 0
        for (round, size) in [7, 250, 3, 400, 1].enumerated() {
            try writer.transaction { try Self.insert(writer, stored..<(stored + size)) }
            stored += size
            let copy = file.directory.appending(path: "copy-\(round).sqlite").path
            try FileManager.default.copyItem(atPath: file.path, toPath: copy)
            try FileManager.default.copyItem(atPath: file.path + "-wal", toPath: copy + "-wal")
            #expect(try Self.count(copy) == stored)
        }
    }

    /// A transaction that spills frames to the WAL (a tiny page cache) and rolls back, then another connection's
    /// commit over the same WAL offsets, then the writer's own: nothing of the rolled-back frames may land later.
    @Test func framesOfARolledBackTransactionNeverOverwriteLaterCommits() throws {
        let file = TemporaryDatabase()
        defer { file.remove() }
        let writer = try Self.openWriter(file.path)
        try writer.execute("PRAGMA cache_size = 10")
        try writer.transaction { try Self.insert(writer, 0..<10) }
        try writer.execute("BEGIN IMMEDIATE")
        try Self.insert(writer, 1000..<1400)
        try writer.execute("ROLLBACK")
        let other = try Database(path: file.path)
        try other.execute("PRAGMA synchronous = NORMAL")
        try other.transaction { try Self.insert(other, 10..<60) }
        other.close()
        try writer.transaction { try Self.insert(writer, 60..<70) }
        #expect(try Self.count(file.path) == 70)
        #expect(try writer.prepare("PRAGMA integrity_check").firstRow()?.string(0) == "ok")
        writer.close()
        let reopened = try Database(path: file.path)
        #expect(try reopened.prepare("PRAGMA integrity_check").firstRow()?.string(0) == "ok")
        #expect(try reopened.prepare("SELECT count(*) FROM notes WHERE id >= 1000").firstRow()?.int(0) == 0)
    }
}
