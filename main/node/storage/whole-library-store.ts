/**
 * The SQL a whole-library backup reads: every source and article as stored, in the order a restore
 * recreates them (sources by id, articles by source and position), without inflating what is kept
 * deflated unless it must; and what a restore writes besides what library-store.ts does (an
 * article's states, collections), with the backup's own times rather than now.
 */
import { unpackText, type StoredSegment } from './compact-text.js';
import { parseLayout, type NewArticle } from './library-store.js';
import type { Db } from './open-database.js';

export interface SourceRow {
  id: number;
  fileName: string;
  contentHash: string;
  encoding: string;
  byteSize: number;
  importedAt: string;
  pageMeta: Record<string, string[]>;
  /** The original text, raw-deflated, as stored. */
  packed: Buffer;
  original: Buffer | null;
  /** The texts (by hash) of the articles the person deleted from it. */
  dismissed: string[];
}

export type ArticleRow = Omit<NewArticle, 'segments'> & {
  id: number;
  sourceId: number;
  sourceName: string;
  position: number;
  segments: StoredSegment[];
  readingPosition: number | null;
} & ArticleState;

/** What a person sets on an article (migration 8), as the backup names it. */
export interface ArticleState {
  date: string | null;
  ownSourceName: string | null;
  readAt: string | null;
  archivedAt: string | null;
  lastReadAt: string | null;
  userEdits: string | null;
}

const STATE_COLUMNS = `a.published AS date, a.source_name AS ownSourceName, a.read_at AS readAt,
  a.archived_at AS archivedAt, a.last_read_at AS lastReadAt, a.user_edits AS userEdits`;

export interface CollectionRow {
  id: number;
  name: string;
  createdAt: string;
}

export interface MemberRow {
  articleId: number;
  /** The collection's name. */
  name: string;
  addedAt: string;
}

/** What a restore matches backed-up articles against, with the states it must not overwrite. */
export interface TargetRow extends ArticleState {
  id: number;
  text: string;
  title: string;
  sourceName: string;
  sourceHash: string;
  position: number;
  readingPosition: number | null;
}

export class WholeLibraryStore {
  constructor(private readonly db: Db) {}

  sources(): SourceRow[] {
    return this.db
      .prepare<[], Omit<SourceRow, 'pageMeta' | 'dismissed'> & { pageMeta: string; dismissed: string }>(
        `SELECT id, file_name AS fileName, content_hash AS contentHash, encoding, byte_size AS byteSize,
           imported_at AS importedAt, page_meta AS pageMeta, packed_content AS packed, original,
           (SELECT json_group_array(text_hash) FROM (SELECT text_hash FROM dismissed_articles d
              WHERE d.source_id = sources.id ORDER BY text_hash)) AS dismissed
         FROM sources ORDER BY id`,
      )
      .all()
      .map((row) => ({
        ...row,
        pageMeta: JSON.parse(row.pageMeta) as Record<string, string[]>,
        dismissed: JSON.parse(row.dismissed) as string[],
      }));
  }

  articles(): ArticleRow[] {
    type Row = Omit<ArticleRow, 'authors' | 'segments' | 'text' | 'layout'> & {
      authors: string;
      segments: string;
      packed: Uint8Array;
      layout: string | null;
    };
    return this.db
      .prepare<[], Row>(
        `SELECT a.id, a.source_id AS sourceId, s.file_name AS sourceName, a.position, a.format, a.title,
           a.section, a.kicker, a.subtitle, a.byline, a.dateline, a.rubric, a.authors, a.segments,
           a.packed_text AS packed, a.reading_offset AS readingPosition, a.layout, ${STATE_COLUMNS}
         FROM articles a JOIN sources s ON s.id = a.source_id ORDER BY a.source_id, a.position`,
      )
      .all()
      .map(({ packed, ...row }) => ({
        ...row,
        authors: JSON.parse(row.authors) as string[],
        segments: JSON.parse(row.segments) as StoredSegment[],
        layout: parseLayout(row.layout),
        text: unpackText(packed),
      }));
  }

  /** Every collection by id (the order they were made in). */
  collections(): CollectionRow[] {
    return this.db
      .prepare<[], CollectionRow>('SELECT id, name, created_at AS createdAt FROM collections ORDER BY id')
      .all();
  }

  /** Which articles are in which collections, in the order they were put there. */
  members(): MemberRow[] {
    return this.db
      .prepare<[], MemberRow>(
        `SELECT m.article_id AS articleId, c.name, m.added_at AS addedAt
         FROM collection_articles m JOIN collections c ON c.id = m.collection_id
         ORDER BY m.added_at, c.id, m.article_id`,
      )
      .all();
  }

  /** Sets what is given and the article lacks: a state the library holds already stays as it is. */
  fillArticleState(id: number, state: Partial<ArticleState>): void {
    const columns: Record<keyof ArticleState, string> = {
      date: 'published',
      ownSourceName: 'source_name',
      readAt: 'read_at',
      archivedAt: 'archived_at',
      lastReadAt: 'last_read_at',
      userEdits: 'user_edits',
    };
    for (const [name, value] of Object.entries(state)) {
      const column = columns[name as keyof ArticleState];
      this.db.prepare(`UPDATE articles SET ${column} = coalesce(${column}, ?) WHERE id = ?`).run(value, id);
    }
  }

  /** A collection made by a restore, with the time the backup gives; returns its id. */
  insertCollection(name: string, createdAt: string): number {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO collections (name, created_at) VALUES (?, ?)')
      .run(name, createdAt);
    return Number(lastInsertRowid);
  }

  /** Puts the article in the collection, unless it is in it already (then it keeps its own time). */
  addMember(collectionId: number, articleId: number, addedAt: string): void {
    this.db
      .prepare(
        `INSERT INTO collection_articles (collection_id, article_id, added_at) VALUES (?, ?, ?)
         ON CONFLICT DO NOTHING`,
      )
      .run(collectionId, articleId, addedAt);
  }

  restoreTargets(): TargetRow[] {
    return this.db
      .prepare<[], Omit<TargetRow, 'text'> & { packed: Uint8Array }>(
        `SELECT a.id, a.packed_text AS packed, a.title, s.file_name AS sourceName, s.content_hash AS sourceHash,
           a.position, a.reading_offset AS readingPosition, ${STATE_COLUMNS}
         FROM articles a JOIN sources s ON s.id = a.source_id`,
      )
      .all()
      .map(({ packed, ...row }) => ({ ...row, text: unpackText(packed) }));
  }
}
