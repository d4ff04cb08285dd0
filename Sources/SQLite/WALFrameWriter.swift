import CSQLite
import CWALWriter

/// The VFS that joins a transaction's WAL frames into few writes (Sources/CWALWriter, docs/store.md "WAL frames
/// in one write"): pass `WALFrameWriter.vfs` to `Database(path:flags:vfs:)` for a connection that writes.
///
/// SQLite writes every WAL frame as two `pwrite64` calls (its header, then the page): ~52 system calls for a
/// one-article commit. Through this VFS a commit's frames reach the file in one write made before the commit
/// frame's write returns, so what a commit acknowledges is in the file exactly when it was before.
public enum WALFrameWriter {
    /// The registered VFS's name, or nil (and SQLite's default is used) if it could not be registered.
    public static let vfs: String? = {
        guard cwal_register() == SQLITE_OK else { return nil }
        return String(cString: cwal_vfs_name())
    }()

    /// Frame writes SQLite made through the VFS so far, and the writes to the file that carried them.
    public static var counts: (frameWrites: Int, fileWrites: Int) {
        var frames: Int64 = 0
        var files: Int64 = 0
        cwal_counts(&frames, &files)
        return (Int(frames), Int(files))
    }
}
