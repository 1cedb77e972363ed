/** Every SQL statement about what a person changes on an article: metadata, states, its headline. */
import type { Segment } from '../../../shared/contract/article.js';
import { packSegments, packText } from './compact-text.js';
import type { Db } from './open-database.js';

export interface ArticleMeta {
  authors?: string[];
  /** YYYY-MM-DD, or null for none. */
  date?: string | null;
  /** Null: the source's file name again. */
  sourceName?: string | null;
}

/** What a person set on an article in place of what its file gave: a re-import keeps it. */
export interface UserEdits {
  title?: string;
  authors?: string[];
}

export class ArticleEditStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  setMeta(id: number, meta: ArticleMeta): void {
    const set = (column: string, value: unknown) =>
      this.db.prepare(`UPDATE articles SET ${column} = ? WHERE id = ?`).run(value, id);
    if (meta.authors !== undefined) set('authors', JSON.stringify(meta.authors));
    if (meta.date !== undefined) set('published', meta.date);
    if (meta.sourceName !== undefined) set('source_name', meta.sourceName);
  }

  /** Marks the article read (now, unless it was already) or unread. */
  setRead(id: number, read: boolean): void {
    this.db
      .prepare(`UPDATE articles SET read_at = CASE WHEN ? THEN coalesce(read_at, ?) END WHERE id = ?`)
      .run(read ? 1 : 0, this.now().toISOString(), id);
  }

  setArchived(id: number, archived: boolean): void {
    this.db
      .prepare(`UPDATE articles SET archived_at = CASE WHEN ? THEN coalesce(archived_at, ?) END WHERE id = ?`)
      .run(archived ? 1 : 0, this.now().toISOString(), id);
  }

  /** Records what the person set, over what they set before. */
  rememberEdits(id: number, edits: UserEdits): void {
    this.db
      .prepare(`UPDATE articles SET user_edits = json_patch(coalesce(user_edits, '{}'), ?) WHERE id = ?`)
      .run(JSON.stringify(edits), id);
  }

  userEdits(id: number): UserEdits {
    const json = this.db
      .prepare<[number], string | null>('SELECT user_edits FROM articles WHERE id = ?')
      .pluck()
      .get(id);
    const parsed: unknown = JSON.parse(json ?? '{}');
    const edits: UserEdits = {};
    if (parsed && typeof parsed === 'object') {
      const { title, authors } = parsed as Record<string, unknown>;
      if (typeof title === 'string') edits.title = title;
      if (Array.isArray(authors) && authors.every((a) => typeof a === 'string')) edits.authors = authors;
    }
    return edits;
  }

  /** Remembers that the person deleted an article of the source with this text, or forgets it again. */
  dismiss(sourceId: number, textHash: string, dismissed: boolean): void {
    this.db
      .prepare(
        dismissed
          ? 'INSERT OR IGNORE INTO dismissed_articles (source_id, text_hash) VALUES (?, ?)'
          : 'DELETE FROM dismissed_articles WHERE source_id = ? AND text_hash = ?',
      )
      .run(sourceId, textHash);
  }

  /** The texts (by hash) of the source's articles the person deleted. */
  dismissed(sourceId: number): Set<string> {
    return new Set(
      this.db
        .prepare<[number], string>('SELECT text_hash FROM dismissed_articles WHERE source_id = ?')
        .pluck()
        .all(sourceId),
    );
  }

  /** The reader saved a position in it: it is being read (see the `continue` sort). */
  markReading(id: number): void {
    this.db.prepare('UPDATE articles SET last_read_at = ? WHERE id = ?').run(this.now().toISOString(), id);
  }

  /** A new headline: the title and the text and segments that carry it (its triggers re-index it). */
  retitle(id: number, title: string, segments: readonly Segment[], text: string): void {
    this.db
      .prepare('UPDATE articles SET title = ?, segments = ?, packed_text = ? WHERE id = ?')
      .run(title, packSegments(segments), packText(text), id);
  }

  /** How many annotations the source's articles hold; undefined if there is no such source. */
  sourceAnnotations(sourceId: number): number | undefined {
    return this.db
      .prepare<[number], number>(
        `SELECT (SELECT count(*) FROM annotations n JOIN articles a ON a.id = n.article_id WHERE a.source_id = s.id)
         FROM sources s WHERE s.id = ?`,
      )
      .pluck()
      .get(sourceId);
  }

  /** Those of `ids` that are not articles of the library. */
  missing(ids: readonly number[]): number[] {
    const found = new Set(
      this.db
        .prepare<[string], number>('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))')
        .pluck()
        .all(JSON.stringify(ids)),
    );
    return ids.filter((id) => !found.has(id));
  }
}
