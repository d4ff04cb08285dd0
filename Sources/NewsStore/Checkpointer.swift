import Foundation
import SQLite

/// Copies the WAL into the database file on a thread and connection of its own, so that the writer's commits
/// (and every POST waiting on them) do not wait for a checkpoint's page copies and its two `fdatasync` calls.
///
/// SQLite's auto-checkpoint runs on the committing connection once the WAL holds 1,000 frames, inside the commit
/// that crossed the line: with group commit, every write of that group and of the groups queued behind it waited
/// for it. Here the writer's WAL hook (`walCommitted`, called after each commit) only wakes this thread when
/// `backgroundFrames` frames have been appended since what was last copied; it copies them with a passive
/// checkpoint, which never blocks the writer or readers.
///
/// A passive checkpoint made while the writer appends never copies the frames appended meanwhile, so the WAL
/// could never start over from its beginning and would grow as long as writes keep coming. Once it holds
/// `writerFrames`, the writer checkpoints itself, inside the commit as before (only the few frames not yet
/// copied, and the syncs), after which its next transaction restarts the WAL: the file stays bounded (4,000
/// frames, ~16 MB, by default), and the writer pays a checkpoint a quarter as often. The WAL is synced as often
/// as before (every checkpoint syncs it before copying), so an OS crash can lose no more than before; a kill of
/// the process loses nothing acknowledged, as before (docs/store.md, "Pragmas and durability").
///
/// `@unchecked Sendable`: `requested`, `stopping`, `stopped`, `completed`, `copiedFrames` and `lastWALFrames` are
/// guarded by `condition`;
/// `database` is used only by the checkpointer thread (and closed by it).
final class Checkpointer: @unchecked Sendable {
    /// Frames appended since the last copy that wake the thread (SQLite's own auto-checkpoint threshold).
    static let defaultBackgroundFrames = 1_000
    /// Frames in the WAL at which the writer checkpoints itself, so that the WAL restarts.
    static let defaultWriterFrames = 4_000

    let backgroundFrames: Int
    let writerFrames: Int
    private let condition = NSCondition()
    private var requested = false
    private var stopping = false
    private var stopped = false
    /// Frames of the WAL the last background checkpoint had copied (0 again once the WAL restarts).
    private var copiedFrames = 0
    /// The WAL's frame count at the previous commit: a smaller count means the WAL restarted.
    private var lastWALFrames = 0
    private var completed = 0
    private let database: Database

    /// Opens its own read-write connection to `path` (SQLite's default VFS: it writes the database file, never
    /// the WAL) and starts the thread.
    init(path: String, backgroundFrames: Int = defaultBackgroundFrames, writerFrames: Int = defaultWriterFrames)
        throws
    {
        self.backgroundFrames = backgroundFrames
        self.writerFrames = writerFrames
        database = try Database(path: path, flags: [.readWrite, .noMutex])
        database.setBusyTimeout(milliseconds: NewsStore.busyTimeoutMilliseconds)
        // The checkpoint's syncs follow this connection's setting: the writer's (see NewsStore.init).
        try database.execute("PRAGMA synchronous = NORMAL")
        // A connection learns that the database is in WAL mode, and opens the WAL, only in its first read; until
        // then `sqlite3_wal_checkpoint_v2` does nothing and answers success (with -1 frames).
        _ = try database.prepare("SELECT count(*) FROM sqlite_master").firstRow()
        let thread = Thread { [self] in self.run() }
        thread.name = "newsgraph-checkpointer"
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Background checkpoints completed so far (for tests and diagnostics).
    var checkpoints: Int {
        condition.lock()
        defer { condition.unlock() }
        return completed
    }

    /// The writer's WAL hook: called on the committing thread after each commit with the WAL's frame count.
    /// Answers true when the writer should checkpoint itself now (the WAL reached `writerFrames`).
    func walCommitted(frames: Int) -> Bool {
        condition.lock()
        if frames < lastWALFrames { copiedFrames = 0 }
        lastWALFrames = frames
        if !requested && !stopping && frames - copiedFrames >= backgroundFrames {
            requested = true
            condition.signal()
        }
        condition.unlock()
        return frames >= writerFrames
    }

    /// Stops the thread (letting a checkpoint under way finish) and closes its connection; idempotent.
    func close() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while !stopped { condition.wait() }
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while !requested && !stopping { condition.wait() }
            if stopping {
                condition.unlock()
                break
            }
            condition.unlock()
            // A failure (an I/O error) leaves the frames in the WAL, where readers find them: the next request, or
            // the writer's own checkpoint at `writerFrames`, tries again.
            let outcome = try? database.checkpoint(.passive)
            condition.lock()
            requested = false
            if let outcome, !outcome.busy {
                completed += 1
                // The WAL may have restarted meanwhile (after the writer's own checkpoint): then the commits since
                // counted fewer frames than this checkpoint saw, and its count means nothing in the new WAL.
                if lastWALFrames >= outcome.walFrames { copiedFrames = outcome.checkpointedFrames }
            }
            condition.unlock()
        }
        database.close()
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
