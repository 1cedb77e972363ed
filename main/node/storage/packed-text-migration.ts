import { packColumn } from './column-rewrite.js';
import type { Db } from './open-database.js';
import { packTextUnderSearchTriggers } from './search-index.js';

/**
 * Migration 5: articles keep their text deflated (`packed_text` replaces `text`), as sources keep
 * theirs since migration 4: the plain text was a third of the database. Rows keep their ids, and the
 * search index, whose documents do not change, stays as it is.
 */
export function PACKED_TEXT_MIGRATION(db: Db): void {
  packTextUnderSearchTriggers(db, () => packColumn(db, 'articles', 'text', 'packed_text'));
}
