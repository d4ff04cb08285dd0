#ifndef CWALWRITER_H
#define CWALWRITER_H

// A SQLite VFS that writes a transaction's WAL frames in a few large writes instead of two system calls per frame
// (docs/store.md, "WAL frames in one write"). Everything else goes to the default (unix) VFS unchanged.

/// Registers the VFS under `cwal_vfs_name()` (once; later calls return the first result). Returns SQLITE_OK or
/// SQLite's error code.
int cwal_register(void);

/// The name to pass to `sqlite3_open_v2` as its VFS.
const char *cwal_vfs_name(void);

/// Writes to the WAL made through this VFS since the process started, and the system calls that carried them
/// (for tests: fewer calls than writes means frames were joined).
void cwal_counts(long long *wal_writes, long long *system_writes);

#endif
