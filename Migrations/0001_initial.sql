-- Newsgraph schema, version 1. See docs/store.md for the identity rules and the counters' invariants.

-- Articles: one row per distinct content (content_sha256). AUTOINCREMENT so ids are never reused after a delete
-- (ids order articles newest first and appear in URLs and cursors).
CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT,
    authors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors) AND json_type(authors) = 'array'),
    source TEXT,
    url TEXT,
    published_at TEXT,
    dateline TEXT,
    body TEXT NOT NULL,
    text TEXT NOT NULL,
    language TEXT,
    word_count INTEGER NOT NULL CHECK (word_count >= 0),
    content_sha256 TEXT NOT NULL UNIQUE,
    content_format TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Organizations: identity across articles. key is the extractor's canonical key; name_key is the store's
-- normalisation of name (lowercased, punctuation collapsed), matched like alias keys.
-- article_count and mention_count are kept exact by the triggers on article_organizations below.
CREATE TABLE organizations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    name_key TEXT NOT NULL,
    article_count INTEGER NOT NULL DEFAULT 0 CHECK (article_count >= 0),
    mention_count INTEGER NOT NULL DEFAULT 0 CHECK (mention_count >= 0),
    created_at TEXT NOT NULL
);
CREATE INDEX organizations_by_name_key ON organizations (name_key);
CREATE INDEX organizations_by_article_count ON organizations (article_count DESC, id);

-- Other names of an organization ("CIIE" for "China International Import Expo"), first spelling kept.
CREATE TABLE organization_aliases (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL CHECK (alias_key <> ''),
    UNIQUE (organization_id, alias_key)
);
CREATE INDEX organization_aliases_by_alias_key ON organization_aliases (alias_key);

-- Which organizations an article mentions.
CREATE TABLE article_organizations (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    salience REAL NOT NULL,
    mention_count INTEGER NOT NULL CHECK (mention_count >= 0),
    PRIMARY KEY (article_id, organization_id)
) WITHOUT ROWID;
CREATE INDEX article_organizations_by_organization ON article_organizations (organization_id, article_id DESC);

-- Each mention: Unicode-scalar offsets into articles.text, end exclusive.
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,
    organization_id INTEGER NOT NULL,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
    text TEXT NOT NULL,
    FOREIGN KEY (article_id, organization_id)
        REFERENCES article_organizations (article_id, organization_id) ON DELETE CASCADE
);
CREATE INDEX mentions_by_article ON mentions (article_id, organization_id, start_offset);

-- Counters: exact whatever path inserts or deletes links (including ON DELETE CASCADE from articles).
-- An organization left with no article is deleted (its aliases go with it; ids are not reused).
CREATE TRIGGER article_organizations_after_insert AFTER INSERT ON article_organizations BEGIN
    UPDATE organizations
    SET article_count = article_count + 1, mention_count = mention_count + NEW.mention_count
    WHERE id = NEW.organization_id;
END;
CREATE TRIGGER article_organizations_after_update AFTER UPDATE OF mention_count ON article_organizations BEGIN
    UPDATE organizations
    SET mention_count = mention_count - OLD.mention_count + NEW.mention_count
    WHERE id = NEW.organization_id;
END;
CREATE TRIGGER article_organizations_after_delete AFTER DELETE ON article_organizations BEGIN
    UPDATE organizations
    SET article_count = article_count - 1, mention_count = mention_count - OLD.mention_count
    WHERE id = OLD.organization_id;
    DELETE FROM organizations WHERE id = OLD.organization_id AND article_count = 0;
END;

-- Full-text search over articles' title and body (external content: the text lives in articles only).
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_after_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;
CREATE TRIGGER articles_after_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
END;
CREATE TRIGGER articles_after_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;

-- Organization search: one row per organization holding its name and every alias, for word-prefix queries.
CREATE VIRTUAL TABLE organizations_fts USING fts5 (names, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER organizations_after_insert AFTER INSERT ON organizations BEGIN
    INSERT INTO organizations_fts (rowid, names) VALUES (NEW.id, NEW.name);
END;
CREATE TRIGGER organizations_after_update AFTER UPDATE OF name ON organizations BEGIN
    UPDATE organizations_fts
    SET names = NEW.name || coalesce((SELECT ' ' || group_concat(alias, ' ') FROM organization_aliases
        WHERE organization_id = NEW.id), '')
    WHERE rowid = NEW.id;
END;
CREATE TRIGGER organizations_after_delete AFTER DELETE ON organizations BEGIN
    DELETE FROM organizations_fts WHERE rowid = OLD.id;
END;
CREATE TRIGGER organization_aliases_after_insert AFTER INSERT ON organization_aliases BEGIN
    UPDATE organizations_fts SET names = names || ' ' || NEW.alias WHERE rowid = NEW.organization_id;
END;
