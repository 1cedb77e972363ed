import { ANNOTATION_UUID_MIGRATION } from './annotation-uuid-migration.js';
import { COMPACT_STORAGE_MIGRATION } from './compact-storage-migration.js';
import { IMAGES_MIGRATION } from './image-store.js';
import { LASTING_ANNOTATIONS_MIGRATION } from './lasting-annotations-migration.js';
import { LIBRARY_MANAGEMENT_MIGRATION } from './library-management-migration.js';
import type { Db } from './open-database.js';
import { PACKED_TEXT_MIGRATION } from './packed-text-migration.js';
import { PAGE_META_SEARCH_MIGRATION, SEARCH_MIGRATION } from './search-index.js';

/** SQL to run, or a step that must read the schema first. */
export type Migration = string | ((db: Db) => void);

/**
 * Schema migrations, numbered by SQLite's `user_version`: migration N moves a database from version
 * N-1 to N. Each runs in its own transaction, so a failed upgrade leaves the previous version intact.
 */
export const MIGRATIONS = [
  `
  CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL CHECK (length(file_name) > 0),
    content_hash TEXT NOT NULL UNIQUE,
    encoding TEXT NOT NULL,
    byte_size INTEGER NOT NULL CHECK (byte_size >= 0),
    content TEXT NOT NULL,
    page_meta TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(page_meta)),
    imported_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    format TEXT NOT NULL CHECK (format IN ('text', 'markdown')),
    title TEXT NOT NULL,
    section TEXT,
    kicker TEXT,
    subtitle TEXT,
    byline TEXT,
    dateline TEXT,
    rubric TEXT,
    authors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors)),
    segments TEXT NOT NULL CHECK (json_valid(segments)),
    text TEXT NOT NULL,
    UNIQUE (source_id, position)
  ) STRICT;
  CREATE INDEX articles_by_source ON articles(source_id);

  CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset INTEGER NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    color TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (end_offset > start_offset)
  ) STRICT;
  CREATE INDEX annotations_by_article ON annotations(article_id, start_offset);

  CREATE TABLE bookmarks (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text_offset INTEGER NOT NULL CHECK (text_offset >= 0),
    label TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
  ) STRICT;

  CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
  ) STRICT, WITHOUT ROWID;
  `,
  SEARCH_MIGRATION,
  LASTING_ANNOTATIONS_MIGRATION,
  COMPACT_STORAGE_MIGRATION,
  PACKED_TEXT_MIGRATION,
  ANNOTATION_UUID_MIGRATION,
  // A source that is not text (a PDF) keeps its file; an article read from a PDF keeps where it stood on the page.
  `ALTER TABLE sources ADD COLUMN original BLOB;
   ALTER TABLE articles ADD COLUMN layout TEXT CHECK (layout IS NULL OR json_valid(layout));`,
  LIBRARY_MANAGEMENT_MIGRATION,
  IMAGES_MIGRATION,
  PAGE_META_SEARCH_MIGRATION,
  // What the person changed of what the parser gave (a headline, the authors), kept through a re-import.
  `ALTER TABLE articles ADD COLUMN user_edits TEXT CHECK (user_edits IS NULL OR json_valid(user_edits));`,
  // Articles the person deleted from a file that stays: a re-import does not bring them back.
  `CREATE TABLE dismissed_articles (
     source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
     text_hash TEXT NOT NULL,
     PRIMARY KEY (source_id, text_hash)
   ) STRICT, WITHOUT ROWID;`,
] as const satisfies readonly Migration[];
