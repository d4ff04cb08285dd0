import CSQLite

/// How `Database.checkpoint` copies WAL frames into the database file (`sqlite3_wal_checkpoint_v2`'s modes).
public enum CheckpointMode: Sendable {
    /// Copies what it can without waiting for any lock: never blocks the writer or readers, and answers
    /// `SQLITE_BUSY` (not thrown: `busy` is set) when another checkpoint is running.
    case passive

    var rawValue: Int32 {
        switch self {
        case .passive: SQLITE_CHECKPOINT_PASSIVE
        }
    }
}

/// What one checkpoint found and did.
public struct CheckpointOutcome: Sendable, Equatable {
    /// Frames in the WAL when it ran.
    public var walFrames: Int
    /// Frames of those now copied into the database file (this and earlier checkpoints).
    public var checkpointedFrames: Int
    /// Another connection was checkpointing: nothing was done.
    public var busy: Bool
}

extension Database {
    /// Runs a checkpoint of the main database's WAL on this connection.
    ///
    /// "If pnLog is not NULL, then *pnLog is set to the total number of frames in the log file [...] If pnCkpt is
    /// not NULL, then *pnCkpt is set to the total number of checkpointed frames in the log file (including any that
    /// were already checkpointed before the function was called)" (sqlite3_wal_checkpoint_v2). Both are -1 for a
    /// database not in WAL mode.
    public func checkpoint(_ mode: CheckpointMode) throws(SQLiteError) -> CheckpointOutcome {
        guard let handle = rawHandle else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "database is closed", sql: nil)
        }
        var log: Int32 = 0
        var checkpointed: Int32 = 0
        let code = sqlite3_wal_checkpoint_v2(handle, nil, mode.rawValue, &log, &checkpointed)
        guard code == SQLITE_OK || code == SQLITE_BUSY else {
            throw SQLiteError(connection: handle, code: code, sql: "checkpoint")
        }
        return CheckpointOutcome(
            walFrames: Int(log), checkpointedFrames: Int(checkpointed), busy: code == SQLITE_BUSY)
    }

    /// Calls `decide` after every commit this connection writes to a WAL, on the committing thread, with the number
    /// of frames the WAL then holds; when it answers true, the connection runs a passive checkpoint right away,
    /// before the commit returns (as SQLite's own auto-checkpoint does, which this replaces: `sqlite3_wal_hook`
    /// and `wal_autocheckpoint` share one slot, the last set wins). `decide` must not use this connection.
    public func onWALCommit(_ decide: @escaping (_ walFrames: Int) -> Bool) {
        guard let handle = rawHandle else { return }
        let hook = WALCommitHook(decide)
        walCommitHook = hook
        sqlite3_wal_hook(
            handle,
            { context, connection, name, frames in
                guard let context else { return SQLITE_OK }
                let hook = Unmanaged<WALCommitHook>.fromOpaque(context).takeUnretainedValue()
                guard hook.decide(Int(frames)) else { return SQLITE_OK }
                // As sqlite3WalDefaultHook: a checkpoint that finds another running (SQLITE_BUSY) or fails is not
                // the commit's failure; the next commit asks again.
                _ = sqlite3_wal_checkpoint_v2(connection, name, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
                return SQLITE_OK
            }, Unmanaged.passUnretained(hook).toOpaque())
    }
}

/// The closure behind `onWALCommit`, kept alive by its `Database` for as long as SQLite may call it.
final class WALCommitHook {
    let decide: (Int) -> Bool

    init(_ decide: @escaping (Int) -> Bool) { self.decide = decide }
}
