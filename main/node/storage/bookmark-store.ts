/** Every SQL statement about bookmarks and reading positions: plain offsets into an article's text. */
import type { Bookmark } from '../../../shared/contract/annotation-entries.js';
import type { Db } from './open-database.js';

const COLUMNS = 'id, article_id AS articleId, text_offset AS offset, label, created_at AS createdAt';

export class BookmarkStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(articleId: number): Bookmark[] {
    return this.db
      .prepare<[number], Bookmark>(
        `SELECT ${COLUMNS} FROM bookmarks WHERE article_id = ? ORDER BY text_offset, id`,
      )
      .all(articleId);
  }

  get(id: number): Bookmark | undefined {
    return this.db.prepare<[number], Bookmark>(`SELECT ${COLUMNS} FROM bookmarks WHERE id = ?`).get(id);
  }

  /** `createdAt` is given when a bookmark comes back from a backup. */
  insert(bookmark: { articleId: number; offset: number; label: string; createdAt?: string }): Bookmark {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO bookmarks (article_id, text_offset, label, created_at) VALUES (?, ?, ?, ?)')
      .run(
        bookmark.articleId,
        bookmark.offset,
        bookmark.label,
        bookmark.createdAt ?? this.now().toISOString(),
      );
    return this.get(Number(lastInsertRowid))!;
  }

  setLabel(id: number, label: string): Bookmark | undefined {
    this.db.prepare('UPDATE bookmarks SET label = ? WHERE id = ?').run(label, id);
    return this.get(id);
  }

  move(id: number, offset: number): void {
    this.db.prepare('UPDATE bookmarks SET text_offset = ? WHERE id = ?').run(offset, id);
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM bookmarks WHERE id = ?').run(id).changes > 0;
  }

  /** What tells one bookmark from another across libraries (see main/domain/backup/plan-restore.ts). */
  identities(): { articleId: number; label: string; createdAt: string }[] {
    return this.db
      .prepare<[], { articleId: number; label: string; createdAt: string }>(
        'SELECT article_id AS articleId, label, created_at AS createdAt FROM bookmarks',
      )
      .all();
  }

  readingPosition(articleId: number): number | null {
    return (
      this.db
        .prepare<[number], number | null>('SELECT reading_offset FROM articles WHERE id = ?')
        .pluck()
        .get(articleId) ?? null
    );
  }

  setReadingPosition(articleId: number, offset: number | null): void {
    this.db.prepare('UPDATE articles SET reading_offset = ? WHERE id = ?').run(offset, articleId);
  }
}
