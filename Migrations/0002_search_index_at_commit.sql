-- Newsgraph schema, version 2: the full-text indexes are written once per write transaction, not per row.
--
-- FTS5 (SQLite 3.40) flushes its pending terms to a new index segment at every savepoint and statement savepoint,
-- and every insert with triggers inside a transaction opens one, so indexing from per-row triggers wrote one
-- segment per statement: ~2 M instructions per article. Now the triggers only note which rows changed, and the
-- store indexes them with one statement per table just before the transaction commits (NewsStore.indexPending,
-- docs/store.md "Search indexes"). Readers see committed data only, so searches find exactly what they did.

-- Articles inserted in the current write transaction and not yet in articles_fts; empty whenever no write
-- transaction is open.
CREATE TABLE articles_fts_pending (id INTEGER PRIMARY KEY);

-- Organizations created, renamed or given an alias in the current write transaction, whose organizations_fts row
-- is to be rewritten; empty whenever no write transaction is open.
CREATE TABLE organizations_fts_pending (id INTEGER PRIMARY KEY);

DROP TRIGGER articles_after_insert;
CREATE TRIGGER articles_after_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts_pending (id) VALUES (NEW.id);
END;

-- A row still pending was never indexed: it leaves the pending list instead (an external-content 'delete' of
-- terms that were never added would corrupt the index).
DROP TRIGGER articles_after_delete;
CREATE TRIGGER articles_after_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    SELECT 'delete', OLD.id, OLD.title, OLD.body
    WHERE NOT EXISTS (SELECT 1 FROM articles_fts_pending WHERE id = OLD.id);
    DELETE FROM articles_fts_pending WHERE id = OLD.id;
END;

-- A pending row is indexed with its values at commit, whatever they are by then.
DROP TRIGGER articles_after_update;
CREATE TRIGGER articles_after_update AFTER UPDATE OF title, body ON articles
WHEN NOT EXISTS (SELECT 1 FROM articles_fts_pending WHERE id = NEW.id) BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;

-- organizations_fts holds, per organization, its name then its aliases in the order recorded: rewritten whole at
-- commit for every organization noted here (the same text the per-row triggers built).
DROP TRIGGER organizations_after_insert;
CREATE TRIGGER organizations_after_insert AFTER INSERT ON organizations BEGIN
    INSERT OR IGNORE INTO organizations_fts_pending (id) VALUES (NEW.id);
END;
DROP TRIGGER organizations_after_update;
CREATE TRIGGER organizations_after_update AFTER UPDATE OF name ON organizations BEGIN
    INSERT OR IGNORE INTO organizations_fts_pending (id) VALUES (NEW.id);
END;
DROP TRIGGER organizations_after_delete;
CREATE TRIGGER organizations_after_delete AFTER DELETE ON organizations BEGIN
    DELETE FROM organizations_fts WHERE rowid = OLD.id;
    DELETE FROM organizations_fts_pending WHERE id = OLD.id;
END;
DROP TRIGGER organization_aliases_after_insert;
CREATE TRIGGER organization_aliases_after_insert AFTER INSERT ON organization_aliases BEGIN
    INSERT OR IGNORE INTO organizations_fts_pending (id) VALUES (NEW.organization_id);
END;
