import Foundation
import Testing

@testable import SQLite

/// `Database.checkpoint` and `onWALCommit`: what the store's checkpointer is built on.
@Suite struct CheckpointTests {
    static func openWAL(_ path: String) throws -> Database {
        let db = try Database(path: path)
        _ = try db.prepare("PRAGMA journal_mode = WAL").firstRow()
        // As the store's writer: no fsync per commit (the hook test makes 1,500 of them).
        try db.execute("PRAGMA synchronous = NORMAL")
        try db.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        return db
    }

    static func insert(_ db: Database, _ id: Int) throws {
        try db.prepare("INSERT INTO notes (id, body) VALUES (?, ?)")
            .execute([.integer(Int64(id)), .text(String(repeating: "note \(id) ", count: 120))])
    }

    @Test func theHookSeesTheWALGrowAndReplacesTheAutoCheckpoint() throws {
        let file = TemporaryDatabase()
        defer { file.remove() }
        let db = try Self.openWAL(file.path)
        var seen: [Int] = []
        db.onWALCommit { frames in
            seen.append(frames)
            return false
        }
        // 1,500 one-row commits pass SQLite's 1,000-frame auto-checkpoint: with the hook set, nothing checkpoints,
        // so the count only grows.
        for id in 0..<1_500 { try Self.insert(db, id) }
        #expect(seen.count == 1_500)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0 < $1 })
        #expect(seen.last! > 1_000)
        db.close()
    }

    @Test func answeringTrueCheckpointsSoTheNextWriteRestartsTheWAL() throws {
        let file = TemporaryDatabase()
        defer { file.remove() }
        let db = try Self.openWAL(file.path)
        var seen: [Int] = []
        db.onWALCommit { frames in
            seen.append(frames)
            return frames >= 20
        }
        for id in 0..<40 { try Self.insert(db, id) }
        // Each time the count reached 20 the commit checkpointed, and the next commit started the WAL over.
        #expect(seen.max()! < 25)
        #expect(zip(seen, seen.dropFirst()).contains { $0 > $1 })
        let count = try db.prepare("SELECT count(*) FROM notes").firstRow()?.int(0)
        #expect(count == 40)
    }

    @Test func aPassiveCheckpointFromAnotherConnectionCopiesTheCommittedFrames() throws {
        let file = TemporaryDatabase()
        defer { file.remove() }
        let writer = try Self.openWAL(file.path)
        writer.onWALCommit { _ in false }
        for id in 0..<30 { try Self.insert(writer, id) }
        let checkpointer = try Database(path: file.path, flags: .readWrite)
        // A connection that has not read yet does not know the database is in WAL mode: nothing happens.
        #expect(try checkpointer.checkpoint(.passive).walFrames == -1)
        _ = try checkpointer.prepare("SELECT count(*) FROM sqlite_master").firstRow()
        let outcome = try checkpointer.checkpoint(.passive)
        #expect(!outcome.busy)
        #expect(outcome.walFrames > 30)
        #expect(outcome.checkpointedFrames == outcome.walFrames)
        // The database file alone (no WAL) now holds every row.
        let copy = file.directory.appending(path: "main-only.sqlite").path
        try FileManager.default.copyItem(atPath: file.path, toPath: copy)
        let reader = try Database(path: copy, flags: .readWrite)
        #expect(try reader.prepare("SELECT count(*) FROM notes").firstRow()?.int(0) == 30)
    }

    @Test func aCheckpointOfAClosedConnectionThrows() throws {
        let db = try Database(path: ":memory:")
        db.close()
        #expect(throws: SQLiteError.self) { try db.checkpoint(.passive) }
    }
}
