/**
 * The SQL a whole-library backup reads: every source and article as stored, in the order a restore
 * recreates them (sources by id, articles by source and position), without inflating what is kept
 * deflated unless it must.
 */
import type { ArticleLayout } from '../../../shared/contract/article.js';
import { unpackText, type StoredSegment } from './compact-text.js';
import type { NewArticle } from './library-store.js';
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
}

export type ArticleRow = Omit<NewArticle, 'segments'> & {
  id: number;
  sourceId: number;
  sourceName: string;
  position: number;
  segments: StoredSegment[];
  readingPosition: number | null;
};

/** What a restore matches backed-up articles against. */
export interface TargetRow {
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
      .prepare<[], Omit<SourceRow, 'pageMeta'> & { pageMeta: string }>(
        `SELECT id, file_name AS fileName, content_hash AS contentHash, encoding, byte_size AS byteSize,
           imported_at AS importedAt, page_meta AS pageMeta, packed_content AS packed, original
         FROM sources ORDER BY id`,
      )
      .all()
      .map((row) => ({ ...row, pageMeta: JSON.parse(row.pageMeta) as Record<string, string[]> }));
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
           a.packed_text AS packed, a.reading_offset AS readingPosition, a.layout
         FROM articles a JOIN sources s ON s.id = a.source_id ORDER BY a.source_id, a.position`,
      )
      .all()
      .map(({ packed, ...row }) => ({
        ...row,
        authors: JSON.parse(row.authors) as string[],
        segments: JSON.parse(row.segments) as StoredSegment[],
        layout: row.layout === null ? null : (JSON.parse(row.layout) as ArticleLayout),
        text: unpackText(packed),
      }));
  }

  restoreTargets(): TargetRow[] {
    return this.db
      .prepare<[], Omit<TargetRow, 'text'> & { packed: Uint8Array }>(
        `SELECT a.id, a.packed_text AS packed, a.title, s.file_name AS sourceName, s.content_hash AS sourceHash,
           a.position, a.reading_offset AS readingPosition
         FROM articles a JOIN sources s ON s.id = a.source_id`,
      )
      .all()
      .map(({ packed, ...row }) => ({ ...row, text: unpackText(packed) }));
  }
}
