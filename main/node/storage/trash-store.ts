/**
 * Deletion that can be undone exactly. Deleting articles copies every row that goes with them
 * (their source when it is left empty, annotations and their tags, bookmarks, article tags,
 * collection memberships, the tags that nothing else carries, the pictures no other source shows)
 * into `trash` as JSON, then deletes them in the same transaction: the search index forgets them
 * at once (its triggers). An undo puts the same rows back, ids included, and the triggers index
 * them again. Trash older than TRASH_KEEP_MS is purged whenever something is deleted or brought
 * back.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from './open-database.js';

/** How long a deletion can be undone: long enough for the UI's few seconds and a CLI's next command. */
const TRASH_KEEP_MS = 60 * 60 * 1000;

type Row = Record<string, unknown>;
type Table = (typeof TABLES)[number]['table'];

/**
 * What is copied, parents before children (the order rows go back in). `@articles` is the JSON array
 * of the article ids, `@sources` that of the source ids.
 */
const TABLES = [
  { table: 'sources', where: 'id IN (SELECT value FROM json_each(@sources))' },
  // The pictures that only these sources show: deleting the sources deletes them (image-store.ts).
  {
    table: 'images',
    where: `hash IN (SELECT hash FROM source_images WHERE source_id IN (SELECT value FROM json_each(@sources)))
      AND NOT EXISTS (SELECT 1 FROM source_images o WHERE o.hash = images.hash
        AND o.source_id NOT IN (SELECT value FROM json_each(@sources)))`,
  },
  { table: 'source_images', where: 'source_id IN (SELECT value FROM json_each(@sources))' },
  { table: 'articles', where: 'id IN (SELECT value FROM json_each(@articles))' },
  {
    table: 'tags',
    where: `id IN (SELECT tag_id FROM article_tags WHERE article_id IN (SELECT value FROM json_each(@articles)))
      OR id IN (SELECT t.tag_id FROM annotation_tags t JOIN annotations n ON n.id = t.annotation_id
        WHERE n.article_id IN (SELECT value FROM json_each(@articles)))`,
  },
  { table: 'annotations', where: 'article_id IN (SELECT value FROM json_each(@articles))' },
  {
    table: 'annotation_tags',
    where:
      'annotation_id IN (SELECT id FROM annotations WHERE article_id IN (SELECT value FROM json_each(@articles)))',
  },
  { table: 'bookmarks', where: 'article_id IN (SELECT value FROM json_each(@articles))' },
  { table: 'article_tags', where: 'article_id IN (SELECT value FROM json_each(@articles))' },
  { table: 'collection_articles', where: 'article_id IN (SELECT value FROM json_each(@articles))' },
] as const;

/** Row values as JSON keeps them: blobs (packed text, a PDF) in base64. */
const BYTES = '$bytes';
const toJson = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      value instanceof Uint8Array ? { [BYTES]: Buffer.from(value).toString('base64') } : value,
    ]),
  );
const fromJson = (row: Row): unknown[] =>
  Object.values(row).map((value) =>
    value !== null && typeof value === 'object' && BYTES in value
      ? Buffer.from(String((value as Record<string, unknown>)[BYTES]), 'base64')
      : value,
  );

const IDENTIFIER = /^[a-z_]+$/u;

export interface Trashed {
  token: string;
  articles: number;
  sources: number;
  annotations: number;
}

export class TrashStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The sources all of whose articles are among `articleIds`: they go with them. */
  emptiedSources(articleIds: readonly number[]): number[] {
    return this.db
      .prepare<[{ ids: string }], number>(
        `SELECT DISTINCT a.source_id FROM articles a WHERE a.id IN (SELECT value FROM json_each(@ids))
         AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.source_id = a.source_id
           AND o.id NOT IN (SELECT value FROM json_each(@ids)))`,
      )
      .pluck()
      .all({ ids: JSON.stringify(articleIds) });
  }

  /** Moves the articles (and `sourceIds`, which hold no others) to the trash, in one transaction. */
  trash(articleIds: readonly number[], sourceIds: readonly number[]): Trashed {
    const articles = JSON.stringify(articleIds);
    const sources = JSON.stringify(sourceIds);
    return this.db.transaction(() => {
      this.purge();
      const tables = TABLES.map(({ table, where }) => {
        const select = this.db.prepare<[{ articles: string; sources: string }], Row>(
          `SELECT * FROM ${table} WHERE ${where}`,
        );
        return { table, rows: select.all({ articles, sources }) };
      });
      const tagIds = JSON.stringify(tables.find((t) => t.table === 'tags')!.rows.map((row) => row.id));
      this.db.prepare('DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))').run(articles);
      this.db.prepare('DELETE FROM sources WHERE id IN (SELECT value FROM json_each(?))').run(sources);
      // As setting an article's tags does: a tag nothing carries any more is no tag.
      this.db
        .prepare(
          `DELETE FROM tags WHERE id IN (SELECT value FROM json_each(?))
           AND NOT EXISTS (SELECT 1 FROM article_tags WHERE tag_id = tags.id)
           AND NOT EXISTS (SELECT 1 FROM annotation_tags WHERE tag_id = tags.id)`,
        )
        .run(tagIds);
      const token = randomUUID();
      this.db
        .prepare('INSERT INTO trash (token, deleted_at, rows) VALUES (?, ?, ?)')
        .run(
          token,
          this.now().toISOString(),
          JSON.stringify(tables.map(({ table, rows }) => ({ table, rows: rows.map(toJson) }))),
        );
      const size = (name: Table) => tables.find((t) => t.table === name)!.rows.length;
      return {
        token,
        articles: size('articles'),
        sources: size('sources'),
        annotations: size('annotations'),
      };
    })();
  }

  /**
   * Puts back what `token` took, in one transaction; returns the article ids, or undefined when
   * there is no such trash (expired or undone already). Throws SQLite's constraint error when the
   * library took the rows' place since (the same file imported again).
   */
  restore(token: string): number[] | undefined {
    return this.db.transaction(() => {
      this.purge();
      const stored = this.db
        .prepare<[string], string>('SELECT rows FROM trash WHERE token = ?')
        .pluck()
        .get(token);
      if (stored === undefined) return undefined;
      const tables = JSON.parse(stored) as { table: Table; rows: Row[] }[];
      const tagIds = this.restoreTags(tables.find((t) => t.table === 'tags')?.rows ?? []);
      for (const { table, rows } of tables) {
        if (table === 'tags') continue;
        for (const row of rows) {
          if ('tag_id' in row) row.tag_id = tagIds.get(row.tag_id as number) ?? row.tag_id;
          // A collection deleted meanwhile is not brought back for one of its members.
          if (table === 'collection_articles' && !this.collectionExists(row.collection_id as number))
            continue;
          // A picture imported again meanwhile (with another file) is there already, the same bytes.
          this.insert(table, row, table === 'images' ? 'ON CONFLICT DO NOTHING' : '');
        }
      }
      this.db.prepare('DELETE FROM trash WHERE token = ?').run(token);
      return (tables.find((t) => t.table === 'articles')?.rows ?? []).map((row) => row.id as number);
    })();
  }

  /** The tags back under their ids, or the id a tag of the same name has now; old id → id. */
  private restoreTags(rows: readonly Row[]): Map<number, number> {
    const ids = new Map<number, number>();
    for (const row of rows) {
      this.db
        .prepare('INSERT INTO tags (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING')
        .run(row.id, row.name);
      const id = this.db
        .prepare<[unknown], number>('SELECT id FROM tags WHERE name = ?')
        .pluck()
        .get(row.name);
      ids.set(row.id as number, id!);
    }
    return ids;
  }

  private collectionExists(id: number): boolean {
    return this.db.prepare('SELECT 1 FROM collections WHERE id = ?').get(id) !== undefined;
  }

  private insert(table: Table, row: Row, onConflict: '' | 'ON CONFLICT DO NOTHING'): void {
    const columns = Object.keys(row);
    if (!columns.every((column) => IDENTIFIER.test(column)))
      throw new Error(`Bad column in trash of ${table}`);
    this.db
      .prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${onConflict}`,
      )
      .run(...fromJson(row));
  }

  private purge(): void {
    const before = new Date(this.now().getTime() - TRASH_KEEP_MS).toISOString();
    this.db.prepare('DELETE FROM trash WHERE deleted_at < ?').run(before);
  }
}
