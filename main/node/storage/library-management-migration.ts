import { unpackText } from './compact-text.js';
import type { Db } from './open-database.js';

/** The UTF-16 length of an article's stored text: what reading positions are counted in. */
const TEXT_LENGTH = 'jianbao_text_length';

/** Registers the SQL function this schema's triggers call; must run on every connection. */
export function registerTextLength(db: Db): void {
  db.function(TEXT_LENGTH, { deterministic: true }, (packed: unknown) =>
    packed instanceof Uint8Array ? unpackText(packed).length : 0,
  );
}

/**
 * Migration 8: managing the library (issue 11). Articles gain the metadata a person edits (their own
 * source name over the file's, a date), read and archived states, when they were last read, and
 * their text's length, so a list can show reading progress without inflating every text. Triggers
 * keep the length right whoever writes the text (import, re-import, restore, rename). Collections
 * are named sets of articles. `trash` keeps what a deletion removed, as rows, until its undo
 * expires: an undo puts back the very rows (ids included), so nothing else needs to know.
 */
export const LIBRARY_MANAGEMENT_MIGRATION = `
  ALTER TABLE articles ADD COLUMN source_name TEXT CHECK (source_name IS NULL OR length(trim(source_name)) > 0);
  ALTER TABLE articles ADD COLUMN published TEXT
    CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
  ALTER TABLE articles ADD COLUMN read_at TEXT;
  ALTER TABLE articles ADD COLUMN archived_at TEXT;
  ALTER TABLE articles ADD COLUMN last_read_at TEXT;
  ALTER TABLE articles ADD COLUMN text_length INTEGER NOT NULL DEFAULT 0 CHECK (text_length >= 0);
  UPDATE articles SET text_length = ${TEXT_LENGTH}(packed_text);
  CREATE TRIGGER library_text_length_added AFTER INSERT ON articles FOR EACH ROW BEGIN
    UPDATE articles SET text_length = ${TEXT_LENGTH}(new.packed_text) WHERE id = new.id;
  END;
  CREATE TRIGGER library_text_length_changed AFTER UPDATE OF packed_text ON articles FOR EACH ROW BEGIN
    UPDATE articles SET text_length = ${TEXT_LENGTH}(new.packed_text) WHERE id = new.id;
  END;
  CREATE INDEX articles_being_read ON articles (last_read_at DESC) WHERE last_read_at IS NOT NULL AND read_at IS NULL;
  CREATE INDEX articles_archived ON articles (archived_at) WHERE archived_at IS NOT NULL;

  CREATE TABLE collections (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE TABLE collection_articles (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    added_at TEXT NOT NULL,
    PRIMARY KEY (collection_id, article_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX collection_articles_by_article ON collection_articles (article_id, collection_id);

  CREATE TABLE trash (
    id INTEGER PRIMARY KEY,
    token TEXT NOT NULL UNIQUE,
    deleted_at TEXT NOT NULL,
    rows TEXT NOT NULL CHECK (json_valid(rows))
  ) STRICT;
`;
