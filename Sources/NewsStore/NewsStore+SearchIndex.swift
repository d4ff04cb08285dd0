import SQLite

extension NewsStore {
    /// Writes the full-text index rows owed by the current write transaction (Migrations/0002): every article
    /// inserted since it began into `articles_fts`, and for every organization created, renamed or given an alias,
    /// its `organizations_fts` row (name, then aliases in the order recorded) rewritten. Runs once per grouped
    /// transaction, just before its COMMIT, so the index gains one segment per transaction instead of one per
    /// statement (FTS5 flushes at every statement savepoint), and readers, which see committed data only, find
    /// exactly what per-row triggers gave them.
    static func indexPending(_ db: Database) throws {
        try db.cachedStatement(
            """
            INSERT INTO articles_fts (rowid, title, body)
            SELECT a.id, a.title, a.body FROM articles_fts_pending AS p JOIN articles AS a ON a.id = p.id
            ORDER BY p.id
            """
        ).execute()
        try db.cachedStatement("DELETE FROM articles_fts_pending").execute()
        // An empty list (most groups of articles naming only known organizations under known names) skips the rest.
        guard try db.cachedStatement("SELECT 1 FROM organizations_fts_pending LIMIT 1").firstRow() != nil else {
            return
        }
        // One statement rewrites every noted row: REPLACE deletes an organization's old row (if any) and inserts the
        // new one within the statement, so the index gains one segment for both. A DELETE then an INSERT wrote two
        // (the old row's deletion flushed at the first statement's end): a segment to write, then to merge again.
        // The ordered subquery feeds group_concat in alias id order (SQLite does not flatten an ORDER BY subquery
        // into an aggregate), the order in which the old per-row triggers appended aliases.
        try db.cachedStatement(
            """
            INSERT OR REPLACE INTO organizations_fts (rowid, names)
            SELECT o.id, o.name || coalesce((
                SELECT ' ' || group_concat(alias, ' ') FROM (
                    SELECT alias FROM organization_aliases WHERE organization_id = o.id ORDER BY id)), '')
            FROM organizations_fts_pending AS p JOIN organizations AS o ON o.id = p.id
            ORDER BY p.id
            """
        ).execute()
        try db.cachedStatement("DELETE FROM organizations_fts_pending").execute()
    }
}
