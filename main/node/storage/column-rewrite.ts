import { packText } from './compact-text.js';
import type { Db } from './open-database.js';

/** Rewrites one column row by row, a page at a time, so a large library never sits in memory whole. */
export function rewriteInPages<Row extends { id: number }>(
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

/** Replaces the text column `plain` of `table` by `packed`, holding the same texts deflated. */
export function packColumn(db: Db, table: string, plain: string, packed: string): void {
  db.exec(`ALTER TABLE ${table} ADD COLUMN ${packed} BLOB NOT NULL DEFAULT x''`);
  rewriteInPages<{ id: number; value: string }>(
    db,
    `SELECT id, ${plain} AS value FROM ${table}`,
    `UPDATE ${table} SET ${packed} = ? WHERE id = ?`,
    (row) => packText(row.value),
  );
  db.exec(`ALTER TABLE ${table} DROP COLUMN ${plain}`);
}
