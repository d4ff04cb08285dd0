#include "CWALWriter.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

// SQLite writes each WAL frame as two writes (its 24-byte header, then the page) and so a one-article commit of ~26
// pages as ~52 pwrite64 calls. This VFS keeps the WAL writes of a connection that follow one another in the file in
// a buffer, and hands them to the unix VFS as one write when anything else happens:
//
// - before any other call on the WAL file (read, sync, truncate, size, lock, file control, close), so SQLite never
//   reads back a frame that is not in the file;
// - before a write that does not continue the buffer (a page overwritten in place, a checksum rewritten), so writes
//   reach the file in SQLite's order;
// - when the buffer is full;
// - before every shared-memory call of a database file opened through this VFS (xShmLock, xShmBarrier,
//   xShmUnmap). A commit publishes its frames by writing the WAL index header behind xShmBarrier and ends by
//   releasing the WAL write lock with xShmLock, so its frames are in the file (write() returned) before any reader
//   can see them and before COMMIT returns: an acknowledged commit survives a kill of the process exactly as before.
//   Frames of a transaction that rolls back are written out, as SQLite would have, before its write lock is
//   released, so they can never land over frames another connection writes afterwards.
//
// One mutex guards every buffer: a flush caused by one connection may write another connection's buffer, which
// only writes it earlier. Only a connection holding its database's WAL write lock has anything buffered.

// The unix VFS writes at most 0x1ffff bytes per call (seekAndWrite masks the length; more reports SQLITE_FULL):
// 31 frames of 4 KiB pages, the whole of a commit of one article (~26 frames).
#define CWAL_BUFFER_BYTES 0x1ffff

typedef struct WalFile WalFile;
struct WalFile {
    sqlite3_file base;
    sqlite3_file *real;
    unsigned char *buffer;
    int length;
    sqlite3_int64 start;
    /// Where the page of a commit frame whose header is buffered will be written: once it is, the buffer is
    /// written out by that xWrite, so a failure fails the commit as SQLite's own write would have.
    sqlite3_int64 commit_page;
    /// The offset of the last read (-1 after a write): SQLite rewrites a frame's header right after reading it
    /// (walRewriteChecksums), and no page follows such a header.
    sqlite3_int64 last_read;
    /// A failed write-out not yet reported (from xShmBarrier, which cannot fail): the next call returns it.
    int error;
    WalFile *next;
};

typedef struct MainFile {
    sqlite3_file base;
    sqlite3_file *real;
} MainFile;

static sqlite3_vfs cwal_vfs;
static sqlite3_vfs *default_vfs;
static pthread_mutex_t buffers_lock = PTHREAD_MUTEX_INITIALIZER;
static WalFile *wal_files;
static long long wal_writes, system_writes;

#define ROUND8(n) (((n) + 7) & ~7)
#define REAL(p) (((WalFile *)(p))->real)
#define MAIN_REAL(p) (((MainFile *)(p))->real)

// Called with buffers_lock held.
static int flush_locked(WalFile *file) {
    if (file->error != SQLITE_OK) {
        int error = file->error;
        file->error = SQLITE_OK;
        file->length = 0;
        return error;
    }
    if (file->length == 0) return SQLITE_OK;
    int length = file->length;
    file->length = 0;
    system_writes++;
    return file->real->pMethods->xWrite(file->real, file->buffer, length, file->start);
}

static int flush(WalFile *file) {
    pthread_mutex_lock(&buffers_lock);
    int rc = flush_locked(file);
    pthread_mutex_unlock(&buffers_lock);
    return rc;
}

static int flush_all(void) {
    int rc = SQLITE_OK;
    pthread_mutex_lock(&buffers_lock);
    for (WalFile *file = wal_files; file; file = file->next) {
        if (file->length == 0) continue;
        int each = flush_locked(file);
        if (each != SQLITE_OK) {
            file->error = each;
            if (rc == SQLITE_OK) rc = each;
        }
    }
    pthread_mutex_unlock(&buffers_lock);
    return rc;
}

// MARK: WAL files

static int wal_close(sqlite3_file *f) {
    WalFile *file = (WalFile *)f;
    pthread_mutex_lock(&buffers_lock);
    int rc = flush_locked(file);
    for (WalFile **link = &wal_files; *link; link = &(*link)->next) {
        if (*link == file) {
            *link = file->next;
            break;
        }
    }
    pthread_mutex_unlock(&buffers_lock);
    int closed = file->real->pMethods->xClose(file->real);
    sqlite3_free(file->buffer);
    file->buffer = NULL;
    return rc != SQLITE_OK ? rc : closed;
}

static int wal_read(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset) {
    WalFile *file = (WalFile *)f;
    pthread_mutex_lock(&buffers_lock);
    int rc = flush_locked(file);
    file->last_read = offset;
    pthread_mutex_unlock(&buffers_lock);
    if (rc != SQLITE_OK) return rc;
    return REAL(f)->pMethods->xRead(REAL(f), data, amount, offset);
}

static unsigned int big_endian32(const unsigned char *bytes) {
    return ((unsigned int)bytes[0] << 24) | ((unsigned int)bytes[1] << 16) | ((unsigned int)bytes[2] << 8)
        | (unsigned int)bytes[3];
}

static int wal_write(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset) {
    WalFile *file = (WalFile *)f;
    pthread_mutex_lock(&buffers_lock);
    wal_writes++;
    // A frame header (24 bytes) whose second word, the database size after commit, is not zero ends a commit.
    int commit_header = amount == 24 && big_endian32((const unsigned char *)data + 4) != 0;
    int rewritten = offset == file->last_read;
    file->last_read = -1;
    int rc = SQLITE_OK;
    if (file->length > 0
        && (offset != file->start + file->length || file->length + amount > CWAL_BUFFER_BYTES)) {
        rc = flush_locked(file);
    }
    if (rc == SQLITE_OK && file->buffer == NULL) file->buffer = sqlite3_malloc(CWAL_BUFFER_BYTES);
    if (rc != SQLITE_OK || file->buffer == NULL || amount > CWAL_BUFFER_BYTES || (commit_header && rewritten)) {
        // A header rewritten in place has no page after it to carry it out: written now, with what is buffered.
        if (rc == SQLITE_OK) rc = flush_locked(file);
        file->commit_page = -1;
        pthread_mutex_unlock(&buffers_lock);
        if (rc != SQLITE_OK) return rc;
        system_writes++;
        return file->real->pMethods->xWrite(file->real, data, amount, offset);
    }
    if (file->length == 0) file->start = offset;
    memcpy(file->buffer + file->length, data, (size_t)amount);
    file->length += amount;
    if (offset == file->commit_page) {
        // The commit frame's page: the transaction's frames go out now, before SQLite publishes them.
        file->commit_page = -1;
        rc = flush_locked(file);
    } else if (commit_header) {
        file->commit_page = offset + 24;
    }
    pthread_mutex_unlock(&buffers_lock);
    return rc;
}

static int wal_truncate(sqlite3_file *f, sqlite3_int64 size) {
    int rc = flush((WalFile *)f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xTruncate(REAL(f), size);
}

static int wal_sync(sqlite3_file *f, int flags) {
    int rc = flush((WalFile *)f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xSync(REAL(f), flags);
}

static int wal_file_size(sqlite3_file *f, sqlite3_int64 *size) {
    int rc = flush((WalFile *)f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xFileSize(REAL(f), size);
}

static int wal_lock(sqlite3_file *f, int level) {
    int rc = flush((WalFile *)f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xLock(REAL(f), level);
}

static int wal_unlock(sqlite3_file *f, int level) {
    int rc = flush((WalFile *)f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xUnlock(REAL(f), level);
}

static int wal_check_reserved_lock(sqlite3_file *f, int *out) {
    return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}

static int wal_file_control(sqlite3_file *f, int op, void *arg) {
    int rc = flush((WalFile *)f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}

static int wal_sector_size(sqlite3_file *f) { return REAL(f)->pMethods->xSectorSize(REAL(f)); }

static int wal_device_characteristics(sqlite3_file *f) {
    return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}

static int wal_shm_map(sqlite3_file *f, int page, int size, int extend, void volatile **out) {
    return REAL(f)->pMethods->xShmMap(REAL(f), page, size, extend, out);
}

static int wal_shm_lock(sqlite3_file *f, int offset, int n, int flags) {
    return REAL(f)->pMethods->xShmLock(REAL(f), offset, n, flags);
}

static void wal_shm_barrier(sqlite3_file *f) { REAL(f)->pMethods->xShmBarrier(REAL(f)); }

static int wal_shm_unmap(sqlite3_file *f, int delete) { return REAL(f)->pMethods->xShmUnmap(REAL(f), delete); }

static int wal_fetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out) {
    int rc = flush((WalFile *)f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xFetch(REAL(f), offset, amount, out);
}

static int wal_unfetch(sqlite3_file *f, sqlite3_int64 offset, void *page) {
    return REAL(f)->pMethods->xUnfetch(REAL(f), offset, page);
}

static const sqlite3_io_methods wal_methods = {
    3, wal_close, wal_read, wal_write, wal_truncate, wal_sync, wal_file_size, wal_lock, wal_unlock,
    wal_check_reserved_lock, wal_file_control, wal_sector_size, wal_device_characteristics, wal_shm_map,
    wal_shm_lock, wal_shm_barrier, wal_shm_unmap, wal_fetch, wal_unfetch,
};

// MARK: Database files: everything forwarded; the shared-memory calls first write out every WAL buffer.

static int main_close(sqlite3_file *f) { return MAIN_REAL(f)->pMethods->xClose(MAIN_REAL(f)); }
static int main_read(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset) {
    return MAIN_REAL(f)->pMethods->xRead(MAIN_REAL(f), data, amount, offset);
}
static int main_write(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset) {
    return MAIN_REAL(f)->pMethods->xWrite(MAIN_REAL(f), data, amount, offset);
}
static int main_truncate(sqlite3_file *f, sqlite3_int64 size) {
    return MAIN_REAL(f)->pMethods->xTruncate(MAIN_REAL(f), size);
}
static int main_sync(sqlite3_file *f, int flags) { return MAIN_REAL(f)->pMethods->xSync(MAIN_REAL(f), flags); }
static int main_file_size(sqlite3_file *f, sqlite3_int64 *size) {
    return MAIN_REAL(f)->pMethods->xFileSize(MAIN_REAL(f), size);
}
static int main_lock(sqlite3_file *f, int level) { return MAIN_REAL(f)->pMethods->xLock(MAIN_REAL(f), level); }
static int main_unlock(sqlite3_file *f, int level) {
    int rc = flush_all();
    return rc != SQLITE_OK ? rc : MAIN_REAL(f)->pMethods->xUnlock(MAIN_REAL(f), level);
}
static int main_check_reserved_lock(sqlite3_file *f, int *out) {
    return MAIN_REAL(f)->pMethods->xCheckReservedLock(MAIN_REAL(f), out);
}
static int main_file_control(sqlite3_file *f, int op, void *arg) {
    return MAIN_REAL(f)->pMethods->xFileControl(MAIN_REAL(f), op, arg);
}
static int main_sector_size(sqlite3_file *f) { return MAIN_REAL(f)->pMethods->xSectorSize(MAIN_REAL(f)); }
static int main_device_characteristics(sqlite3_file *f) {
    return MAIN_REAL(f)->pMethods->xDeviceCharacteristics(MAIN_REAL(f));
}
static int main_shm_map(sqlite3_file *f, int page, int size, int extend, void volatile **out) {
    return MAIN_REAL(f)->pMethods->xShmMap(MAIN_REAL(f), page, size, extend, out);
}
static int main_shm_lock(sqlite3_file *f, int offset, int n, int flags) {
    int rc = flush_all();
    return rc != SQLITE_OK ? rc : MAIN_REAL(f)->pMethods->xShmLock(MAIN_REAL(f), offset, n, flags);
}
static void main_shm_barrier(sqlite3_file *f) {
    // Cannot fail: a failed write-out is kept and returned by the WAL file's next call. Commits never get here
    // with frames buffered (their commit frame's page write wrote them out); this is a safety net.
    flush_all();
    MAIN_REAL(f)->pMethods->xShmBarrier(MAIN_REAL(f));
}
static int main_shm_unmap(sqlite3_file *f, int delete) {
    int rc = flush_all();
    return rc != SQLITE_OK ? rc : MAIN_REAL(f)->pMethods->xShmUnmap(MAIN_REAL(f), delete);
}
static int main_fetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out) {
    return MAIN_REAL(f)->pMethods->xFetch(MAIN_REAL(f), offset, amount, out);
}
static int main_unfetch(sqlite3_file *f, sqlite3_int64 offset, void *page) {
    return MAIN_REAL(f)->pMethods->xUnfetch(MAIN_REAL(f), offset, page);
}

static const sqlite3_io_methods main_methods = {
    3, main_close, main_read, main_write, main_truncate, main_sync, main_file_size, main_lock, main_unlock,
    main_check_reserved_lock, main_file_control, main_sector_size, main_device_characteristics, main_shm_map,
    main_shm_lock, main_shm_barrier, main_shm_unmap, main_fetch, main_unfetch,
};

// MARK: The VFS

static int cwal_open(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *f, int flags, int *out_flags) {
    (void)vfs;
    int wal = (flags & SQLITE_OPEN_WAL) != 0;
    int main_db = (flags & SQLITE_OPEN_MAIN_DB) != 0;
    if (!wal && !main_db) return default_vfs->xOpen(default_vfs, name, f, flags, out_flags);
    size_t header = wal ? ROUND8(sizeof(WalFile)) : ROUND8(sizeof(MainFile));
    sqlite3_file *real = (sqlite3_file *)((char *)f + header);
    memset(f, 0, header);
    int rc = default_vfs->xOpen(default_vfs, name, real, flags, out_flags);
    if (rc != SQLITE_OK || real->pMethods == NULL || real->pMethods->iVersion < 3) {
        if (rc == SQLITE_OK) rc = SQLITE_CANTOPEN;
        if (real->pMethods) real->pMethods->xClose(real);
        f->pMethods = NULL;
        return rc;
    }
    if (wal) {
        WalFile *file = (WalFile *)f;
        file->real = real;
        file->commit_page = -1;
        file->last_read = -1;
        pthread_mutex_lock(&buffers_lock);
        file->next = wal_files;
        wal_files = file;
        pthread_mutex_unlock(&buffers_lock);
        f->pMethods = &wal_methods;
    } else {
        ((MainFile *)f)->real = real;
        f->pMethods = &main_methods;
    }
    return SQLITE_OK;
}

static int cwal_delete(sqlite3_vfs *v, const char *name, int sync) {
    (void)v;
    return default_vfs->xDelete(default_vfs, name, sync);
}
static int cwal_access(sqlite3_vfs *v, const char *name, int flags, int *out) {
    (void)v;
    return default_vfs->xAccess(default_vfs, name, flags, out);
}
static int cwal_full_pathname(sqlite3_vfs *v, const char *name, int n, char *out) {
    (void)v;
    return default_vfs->xFullPathname(default_vfs, name, n, out);
}
static void *cwal_dl_open(sqlite3_vfs *v, const char *name) {
    (void)v;
    return default_vfs->xDlOpen(default_vfs, name);
}
static void cwal_dl_error(sqlite3_vfs *v, int n, char *out) {
    (void)v;
    default_vfs->xDlError(default_vfs, n, out);
}
static void (*cwal_dl_sym(sqlite3_vfs *v, void *handle, const char *symbol))(void) {
    (void)v;
    return default_vfs->xDlSym(default_vfs, handle, symbol);
}
static void cwal_dl_close(sqlite3_vfs *v, void *handle) {
    (void)v;
    default_vfs->xDlClose(default_vfs, handle);
}
static int cwal_randomness(sqlite3_vfs *v, int n, char *out) {
    (void)v;
    return default_vfs->xRandomness(default_vfs, n, out);
}
static int cwal_sleep(sqlite3_vfs *v, int microseconds) {
    (void)v;
    return default_vfs->xSleep(default_vfs, microseconds);
}
static int cwal_current_time(sqlite3_vfs *v, double *out) {
    (void)v;
    return default_vfs->xCurrentTime(default_vfs, out);
}
static int cwal_get_last_error(sqlite3_vfs *v, int n, char *out) {
    (void)v;
    return default_vfs->xGetLastError(default_vfs, n, out);
}
static int cwal_current_time_int64(sqlite3_vfs *v, sqlite3_int64 *out) {
    (void)v;
    return default_vfs->xCurrentTimeInt64(default_vfs, out);
}

static int registered = -1;
static pthread_once_t register_once = PTHREAD_ONCE_INIT;

static void register_vfs(void) {
    default_vfs = sqlite3_vfs_find(NULL);
    if (default_vfs == NULL || default_vfs->iVersion < 2) {
        registered = SQLITE_ERROR;
        return;
    }
    int real_size = default_vfs->szOsFile;
    int header = (int)ROUND8(sizeof(WalFile));
    cwal_vfs.iVersion = 2;
    cwal_vfs.szOsFile = header + real_size;
    cwal_vfs.mxPathname = default_vfs->mxPathname;
    cwal_vfs.zName = "newsgraph-wal";
    cwal_vfs.xOpen = cwal_open;
    cwal_vfs.xDelete = cwal_delete;
    cwal_vfs.xAccess = cwal_access;
    cwal_vfs.xFullPathname = cwal_full_pathname;
    cwal_vfs.xDlOpen = cwal_dl_open;
    cwal_vfs.xDlError = cwal_dl_error;
    cwal_vfs.xDlSym = cwal_dl_sym;
    cwal_vfs.xDlClose = cwal_dl_close;
    cwal_vfs.xRandomness = cwal_randomness;
    cwal_vfs.xSleep = cwal_sleep;
    cwal_vfs.xCurrentTime = cwal_current_time;
    cwal_vfs.xGetLastError = cwal_get_last_error;
    cwal_vfs.xCurrentTimeInt64 = cwal_current_time_int64;
    registered = sqlite3_vfs_register(&cwal_vfs, 0);
}

int cwal_register(void) {
    pthread_once(&register_once, register_vfs);
    return registered;
}

const char *cwal_vfs_name(void) { return "newsgraph-wal"; }

void cwal_counts(long long *writes, long long *calls) {
    pthread_mutex_lock(&buffers_lock);
    *writes = wal_writes;
    *calls = system_writes;
    pthread_mutex_unlock(&buffers_lock);
}
