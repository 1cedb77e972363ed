import { randomUUID } from 'node:crypto';
import { rewriteInPages } from './column-rewrite.js';
import type { Db } from './open-database.js';

/**
 * Migration 6: every annotation gets a UUID that stays with it for life (re-imports, backups,
 * restores into other libraries), so a restore can tell an annotation it already holds from a new
 * one even after a re-import moved and re-quoted it. Local ids cannot: they differ per library.
 * Existing rows get one each here; the store gives every new row one. No search trigger reads the
 * column, so the backfill leaves the index alone.
 */
export function ANNOTATION_UUID_MIGRATION(db: Db): void {
  db.exec('ALTER TABLE annotations ADD COLUMN uuid TEXT');
  rewriteInPages<{ id: number }>(
    db,
    'SELECT id FROM annotations',
    'UPDATE annotations SET uuid = ? WHERE id = ?',
    () => randomUUID(),
  );
  db.exec('CREATE UNIQUE INDEX annotations_by_uuid ON annotations(uuid)');
}
