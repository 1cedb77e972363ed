import type { Segment } from '../../../shared/contract/article.js';
import { packSegments, packText } from './compact-text.js';
import type { Db } from './open-database.js';

/**
 * Migration 4: each text is stored once. Sources keep their original text deflated (`packed_content`
 * replaces `content`) and articles' segments point into `articles.text` instead of repeating it.
 * Neither column is read by a trigger or an index, so both change in place; rows keep their ids.
 */
export function COMPACT_STORAGE_MIGRATION(db: Db): void {
  db.exec("ALTER TABLE sources ADD COLUMN packed_content BLOB NOT NULL DEFAULT x''");
  rewriteInPages<{ id: number; content: string }>(
    db,
    'SELECT id, content FROM sources',
    'UPDATE sources SET packed_content = ? WHERE id = ?',
    (row) => packText(row.content),
  );
  db.exec('ALTER TABLE sources DROP COLUMN content');
  rewriteInPages<{ id: number; segments: string }>(
    db,
    'SELECT id, segments FROM articles',
    'UPDATE articles SET segments = ? WHERE id = ?',
    (row) => packSegments(JSON.parse(row.segments) as Segment[]),
  );
}

/** Rewrites one column row by row, a page at a time, so a large library never sits in memory whole. */
function rewriteInPages<Row extends { id: number }>(
  db: Db,
  select: string,
  update: string,
  rewrite: (row: Row) => unknown,
): void {
  const page = db.prepare<[number], Row>(`${select} WHERE id > ? ORDER BY id LIMIT 200`);
  const write = db.prepare(update);
  for (let rows = page.all(0); rows.length > 0; rows = page.all(rows[rows.length - 1]!.id)) {
    for (const row of rows) write.run(rewrite(row), row.id);
  }
}
