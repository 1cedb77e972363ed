import type { Db } from './open-database.js';

/**
 * Migration 3: annotations gain a kind (a note on the whole article has no passage, so the table's
 * CHECK end > start must change), a style and an anchoring status; articles remember a reading
 * position; a settings table holds the export templates.
 *
 * SQLite cannot change a CHECK in place, so the annotations table is rebuilt. Its triggers (the
 * search index's) go with the old table; they are read from the schema first and recreated exactly,
 * whatever search defines. The rows keep their ids, notes and articles, so the search index, which
 * neither the copy nor the drop notifies, stays exact. Dropping the table cascades to its tags, which
 * are kept aside and put back.
 */
export function LASTING_ANNOTATIONS_MIGRATION(db: Db): void {
  const triggers = db
    .prepare<[], string>("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'annotations'")
    .pluck()
    .all();
  // Renaming in the modern mode re-checks every trigger, and the search triggers on articles name
  // the annotations table, which does not exist between the drop and the rename.
  const legacyAlter = db.pragma('legacy_alter_table', { simple: true }) as number;
  db.pragma('legacy_alter_table = ON');
  try {
    db.exec(`
      CREATE TEMP TABLE kept_annotation_tags AS SELECT annotation_id, tag_id FROM annotation_tags;

      CREATE TABLE annotations_next (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'highlight' CHECK (kind IN ('highlight', 'note')),
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL,
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        color TEXT NOT NULL,
        style TEXT NOT NULL DEFAULT 'highlight' CHECK (style IN ('highlight', 'underline')),
        note TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphaned')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (CASE kind WHEN 'note' THEN start_offset = 0 AND end_offset = 0 ELSE end_offset > start_offset END)
      ) STRICT;
      INSERT INTO annotations_next (id, article_id, start_offset, end_offset, quote, prefix, suffix, color, note,
        created_at, updated_at)
      SELECT id, article_id, start_offset, end_offset, quote, prefix, suffix, color, note, created_at, updated_at
      FROM annotations;
      DROP TABLE annotations;
      ALTER TABLE annotations_next RENAME TO annotations;
      CREATE INDEX annotations_by_article ON annotations(article_id, start_offset);

      INSERT INTO annotation_tags (annotation_id, tag_id) SELECT annotation_id, tag_id FROM kept_annotation_tags;
      DROP TABLE kept_annotation_tags;
      CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag_id, annotation_id);

      CREATE INDEX bookmarks_by_article ON bookmarks(article_id, text_offset);
      ALTER TABLE articles ADD COLUMN reading_offset INTEGER CHECK (reading_offset >= 0);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    `);
    for (const sql of triggers) db.exec(sql);
  } finally {
    db.pragma(`legacy_alter_table = ${legacyAlter ? 'ON' : 'OFF'}`);
  }
}
