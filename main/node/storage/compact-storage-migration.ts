import type { Segment } from '../../../shared/contract/article.js';
import { packColumn, rewriteInPages } from './column-rewrite.js';
import { packSegments } from './compact-text.js';
import type { Db } from './open-database.js';

/**
 * Migration 4: each text is stored once. Sources keep their original text deflated (`packed_content`
 * replaces `content`) and articles' segments point into the article's text instead of repeating it.
 * Neither column is read by a trigger or an index, so both change in place; rows keep their ids.
 */
export function COMPACT_STORAGE_MIGRATION(db: Db): void {
  packColumn(db, 'sources', 'content', 'packed_content');
  rewriteInPages<{ id: number; segments: string }>(
    db,
    'SELECT id, segments FROM articles',
    'UPDATE articles SET segments = ? WHERE id = ?',
    (row) => packSegments(JSON.parse(row.segments) as Segment[]),
  );
}
