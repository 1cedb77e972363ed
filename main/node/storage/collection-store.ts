/** Every SQL statement about collections: named sets of articles (an article may be in several). */
import type { Collection } from '../../../shared/contract/api.js';
import type { Db } from './open-database.js';

const COLUMNS = `c.id, c.name, c.created_at AS createdAt,
  (SELECT count(*) FROM collection_articles m WHERE m.collection_id = c.id) AS articleCount`;

export class CollectionStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** By name (any case); only those holding `articleId` when it is given. */
  list(articleId?: number): Collection[] {
    return this.db
      .prepare<unknown[], Collection>(
        `SELECT ${COLUMNS} FROM collections c
         WHERE ? IS NULL OR EXISTS (SELECT 1 FROM collection_articles m WHERE m.collection_id = c.id AND m.article_id = ?)
         ORDER BY c.name COLLATE NOCASE, c.id`,
      )
      .all(articleId ?? null, articleId ?? null);
  }

  get(id: number): Collection | undefined {
    return this.db
      .prepare<[number], Collection>(`SELECT ${COLUMNS} FROM collections c WHERE c.id = ?`)
      .get(id);
  }

  /** The collection of that name (any case), if there is one. */
  named(name: string): Collection | undefined {
    return this.db
      .prepare<[string], Collection>(`SELECT ${COLUMNS} FROM collections c WHERE c.name = ?`)
      .get(name);
  }

  create(name: string): Collection {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO collections (name, created_at) VALUES (?, ?)')
      .run(name, this.now().toISOString());
    return this.get(Number(lastInsertRowid))!;
  }

  rename(id: number, name: string): void {
    this.db.prepare('UPDATE collections SET name = ? WHERE id = ?').run(name, id);
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM collections WHERE id = ?').run(id).changes > 0;
  }

  /** Adds the articles not in it yet; those already in keep when they were added. */
  add(id: number, articleIds: readonly number[]): void {
    const insert = this.db.prepare(
      `INSERT INTO collection_articles (collection_id, article_id, added_at) VALUES (?, ?, ?)
       ON CONFLICT DO NOTHING`,
    );
    const at = this.now().toISOString();
    this.db.transaction(() => {
      for (const articleId of articleIds) insert.run(id, articleId, at);
    })();
  }

  remove(id: number, articleIds: readonly number[]): void {
    this.db
      .prepare(
        'DELETE FROM collection_articles WHERE collection_id = ? AND article_id IN (SELECT value FROM json_each(?))',
      )
      .run(id, JSON.stringify(articleIds));
  }
}
