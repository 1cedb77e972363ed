/**
 * Every SQL statement of listing the library: one page of article summaries in an order, filtered
 * (tag, source, collection, archived state). The summary columns are defined here once, for the list
 * and for an article on its own (library-store.ts).
 */
import type { ArticleSummary } from '../../../shared/contract/api.js';
import type { ArchiveFilter, LibrarySort } from '../../../shared/contract/vocabulary.js';
import type { Db } from './open-database.js';
import { ARTICLE_SOURCE, filterConditions, whereAll, type ArticleFilters } from './search-index.js';

/**
 * The columns of an ArticleSummary over `a` (articles) and `s` (sources); states come as 0/1, see
 * `toSummary`. Progress is the reading position over the text's length, in whole percent.
 */
export const SUMMARY_COLUMNS = `
  a.id, a.source_id AS sourceId, a.title, a.section, coalesce(a.source_name, s.file_name) AS sourceName,
  s.imported_at AS importedAt, a.position,
  (SELECT count(*) FROM annotations n WHERE n.article_id = a.id) AS annotationCount,
  a.published AS date, a.read_at IS NOT NULL AS read, a.archived_at IS NOT NULL AS archived,
  CASE WHEN a.reading_offset IS NULL THEN NULL WHEN a.text_length = 0 THEN 100
    ELSE min(100, CAST(round(100.0 * a.reading_offset / a.text_length) AS INTEGER)) END AS progress,
  a.last_read_at AS lastReadAt`;

export type SummaryRow = Omit<ArticleSummary, 'read' | 'archived'> & { read: number; archived: number };

export function toSummary<R extends SummaryRow>(row: R): Omit<R, 'read' | 'archived'> & ArticleSummary {
  return { ...row, read: row.read === 1, archived: row.archived === 1 };
}

export interface ListFilters extends ArticleFilters {
  collection: number | null;
  archived: ArchiveFilter;
}

const NEWEST = 's.imported_at DESC, s.id DESC, a.position';

const LIBRARY_ORDER: Record<Exclude<LibrarySort, 'annotated' | 'continue'>, string> = {
  newest: NEWEST,
  title: 'a.title, a.id',
  source: 's.file_name, s.id, a.position',
};

/**
 * Sorts that put a few articles first (in their own order) and the rest after them, newest first.
 * Sorting every article by a computed key is slow at 100,000, so the few are sorted on their own and
 * the rest follow in the indexed newest order.
 */
const FIRST: Record<'annotated' | 'continue', { condition: string; order: string }> = {
  annotated: {
    condition: 'a.id IN (SELECT article_id FROM annotations)',
    order: `annotationCount DESC, ${NEWEST}`,
  },
  // Being read: opened and read some way, not marked read; the most recently read first.
  continue: {
    condition: 'a.last_read_at IS NOT NULL AND a.read_at IS NULL',
    order: 'a.last_read_at DESC, a.id DESC',
  },
};

const ARCHIVED: Record<ArchiveFilter, string | null> = {
  exclude: 'a.archived_at IS NULL',
  only: 'a.archived_at IS NOT NULL',
  include: null,
};

export class LibraryList {
  constructor(private readonly db: Db) {}

  /** One page of the library in the given order, restricted by `filters`, and how many match. */
  list(
    sort: LibrarySort,
    filters: ListFilters,
    limit: number,
    offset: number,
  ): { items: ArticleSummary[]; total: number } {
    const { conditions, params } = filterConditions(filters);
    const archived = ARCHIVED[filters.archived];
    if (archived !== null) conditions.push(archived);
    const all: unknown[] = [...params];
    if (filters.collection !== null) {
      conditions.push(
        'EXISTS (SELECT 1 FROM collection_articles c WHERE c.article_id = a.id AND c.collection_id = ?)',
      );
      all.push(filters.collection);
    }
    const total = this.count(conditions, all);
    const items =
      sort === 'annotated' || sort === 'continue'
        ? this.firstThenNewest(FIRST[sort], conditions, all, limit, offset)
        : this.summaries(conditions, all, LIBRARY_ORDER[sort], limit, offset);
    return { items, total };
  }

  private count(conditions: readonly string[], params: readonly unknown[]): number {
    return this.db
      .prepare<unknown[], { n: number }>(`SELECT count(*) AS n ${ARTICLE_SOURCE} ${whereAll(conditions)}`)
      .get(...params)!.n;
  }

  private summaries(
    conditions: readonly string[],
    params: readonly unknown[],
    order: string,
    limit: number,
    offset: number,
  ): ArticleSummary[] {
    return this.db
      .prepare<unknown[], SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} ${ARTICLE_SOURCE} ${whereAll(conditions)} ORDER BY ${order} LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset)
      .map(toSummary);
  }

  private firstThenNewest(
    first: { condition: string; order: string },
    conditions: readonly string[],
    params: readonly unknown[],
    limit: number,
    offset: number,
  ): ArticleSummary[] {
    const chosen = [...conditions, first.condition];
    const items = this.summaries(chosen, params, first.order, limit, offset);
    if (items.length === limit) return items;
    const n = this.count(chosen, params);
    const rest = [...conditions, `NOT (${first.condition})`];
    return [...items, ...this.summaries(rest, params, NEWEST, limit - items.length, Math.max(0, offset - n))];
  }
}
