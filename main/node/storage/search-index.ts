/**
 * Every SQL statement of search and of tags; the filters a search and a listing (library-list.ts) share.
 *
 * The full-text index is a contentless FTS5 table (it keeps no copy of the text) with one row per
 * article, rowid = article id, and four columns: title, body (the article's text), notes (its
 * annotation notes) and tags. What it indexes is `jianbao_segment(text)`: the text's folded search
 * tokens separated by spaces (main/domain/search/segment.ts). The tokenizer treats every character
 * as part of a token except the space, so each segmented token is exactly one index term.
 *
 * Maintenance is transactional: triggers record every change in the same transaction as the data.
 * - A new article is queued in `search_pending` (a plain table), and `flushPending()` indexes the
 *   queue in one statement before every search. Indexing inside the article's insert trigger would
 *   be exact too, but it runs in a statement savepoint per article, at each of which FTS5 writes
 *   out its buffered terms: measured, that doubled the cost of the index. The queue commits or
 *   rolls back with the import, and a search always sees index + queue = the data.
 * - An indexed article whose text, notes or tags change is re-indexed by the triggers at once. A
 *   contentless table forgets a row only when told exactly what it indexed, so before a change the
 *   triggers recompute the article's document from the data as it still is and hand it to FTS5's
 *   'delete' command; after the change they index the new document. (`contentless_delete=1` would
 *   spare this but doubles the cost of indexing.) Hence the document must be computed
 *   deterministically (notes and tags in id order; a change to the segmentation needs a migration
 *   that rebuilds the index), and no statement may change these tables with `OR IGNORE` or
 *   `OR REPLACE`, whose skipped or silently deleted rows would bypass the triggers.
 */
import { segmentForIndex } from '../../domain/search/segment.js';
import { matchAny, matchExpression } from '../../domain/search/match-expression.js';
import type { SearchQuery } from '../../domain/search/query.js';
import { unpackText } from './compact-text.js';
import type { Db } from './open-database.js';

const SEGMENT = 'jianbao_segment';
/** Inflates an article's stored text: the triggers must compute its document inside SQLite. */
const UNPACK = 'jianbao_unpack';

/** Registers the SQL functions the schema uses; must run on every connection before it is used. */
export function registerSearchFunctions(db: Db): void {
  db.function(SEGMENT, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? segmentForIndex(text) : '',
  );
  db.function(UNPACK, { deterministic: true }, (packed: unknown) =>
    packed instanceof Uint8Array ? unpackText(packed) : '',
  );
}

/** Where the documents read an article's text: the column (a change to it re-indexes) and its value. */
interface ArticleText {
  column: string;
  value: string;
}

/** Up to schema 4 the text was stored as it is. */
const PLAIN_TEXT: ArticleText = { column: 'text', value: 'a.text' };
/** Since migration 5 it is deflated (compact-text.ts). */
const PACKED_TEXT: ArticleText = { column: 'packed_text', value: `${UNPACK}(a.packed_text)` };

/**
 * Since migration 11 the body also holds the page furniture of the article's source (paper, date, page, running
 * heads, section labels: `sources.page_meta`, kind by kind in stored order), so that no line of a page is lost
 * to search for having been read as furniture. Its tokens follow the text's after a space (a separator), so a
 * source without furniture indexes exactly the terms it did before.
 */
const PAGE_META = `coalesce((SELECT group_concat(v.value, char(10)) FROM sources s, json_each(s.page_meta) m,
  json_each(m.value) v WHERE s.id = a.source_id), '')`;

/** Relative weight of a hit in each column when ranking by relevance: title, body, notes, tags. */
const RANK = 'bm25(10.0, 1.0, 4.0, 4.0)';
const COLUMNS = 'title, body, notes, tags';

/**
 * The indexed documents of the articles where `condition` holds; `withoutNote` / `withoutTag` leave
 * out one annotation or tag, to recompute the document as it was before that row was inserted.
 */
function documents(
  text: ArticleText,
  condition: string,
  { withoutNote = '0', withoutTag = '0' } = {},
): string {
  return `SELECT a.id, ${SEGMENT}(a.title), ${SEGMENT}(${text.value}) || ' ' || ${SEGMENT}(${PAGE_META}),
    ${SEGMENT}((SELECT group_concat(n.note, char(10) ORDER BY n.id) FROM annotations n
      WHERE n.article_id = a.id AND n.note <> '' AND n.id <> ${withoutNote})),
    ${SEGMENT}((SELECT group_concat(t.name, char(10) ORDER BY t.id) FROM article_tags at
      JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id AND at.tag_id <> ${withoutTag}))
  FROM articles a WHERE ${condition}`;
}

const addDocuments = (select: string) => `INSERT INTO search_index (rowid, ${COLUMNS}) ${select};`;
const removeDocuments = (select: string) =>
  `INSERT INTO search_index (search_index, rowid, ${COLUMNS}) SELECT 'delete', * FROM (${select});`;

/** Only articles already in the index: queued ones are indexed as they are when the queue is flushed. */
const indexed = (condition: string) =>
  `(${condition}) AND NOT EXISTS (SELECT 1 FROM search_pending p WHERE p.article_id = a.id)`;
const ofArticle = (id: string) => indexed(`a.id = ${id}`);
const ofArticles = (first: string, second: string) => indexed(`a.id IN (${first}, ${second})`);
const PENDING = 'a.id IN (SELECT article_id FROM search_pending)';

const trigger = (name: string, event: string, body: string, only = '') =>
  `CREATE TRIGGER ${name} ${event} FOR EACH ROW ${only && `WHEN ${only}`} BEGIN ${body} END;`;

/**
 * The triggers that keep the index exact (see the top of this file), for the schema whose articles
 * keep their text as `text` says.
 */
function searchTriggers(text: ArticleText): string {
  const of = (condition: string, skip?: { withoutNote?: string; withoutTag?: string }) =>
    documents(text, condition, skip);
  /**
   * Triggers for a change (`event`) that alters the documents of the articles where `condition`
   * holds: remove those documents before it, add them back after it.
   */
  const around = (name: string, event: string, condition: string, only = '') => `
    ${trigger(`${name}_before`, `BEFORE ${event}`, removeDocuments(of(condition)), only)}
    ${trigger(`${name}_after`, `AFTER ${event}`, addDocuments(of(condition)), only)}`;
  return `
  ${trigger('search_article_added', 'AFTER INSERT ON articles', 'INSERT INTO search_pending (article_id) VALUES (new.id);')}
  ${around('search_article_changed', `UPDATE OF id, title, ${text.column} ON articles`, ofArticles('old.id', 'new.id'))}
  ${trigger('search_article_deleted', 'BEFORE DELETE ON articles', removeDocuments(of(ofArticle('old.id'))))}
  ${around(
    'search_page_meta_changed',
    'UPDATE OF page_meta ON sources',
    indexed('a.source_id IN (old.id, new.id)'),
    'old.page_meta IS NOT new.page_meta',
  )}

  ${trigger(
    'search_note_added',
    'AFTER INSERT ON annotations',
    removeDocuments(of(ofArticle('new.article_id'), { withoutNote: 'new.id' })) +
      addDocuments(of(ofArticle('new.article_id'))),
    "new.note <> ''",
  )}
  ${around(
    'search_note_changed',
    'UPDATE OF id, article_id, note ON annotations',
    ofArticles('old.article_id', 'new.article_id'),
    'old.note IS NOT new.note OR old.article_id IS NOT new.article_id OR old.id IS NOT new.id',
  )}
  ${around('search_note_deleted', 'DELETE ON annotations', ofArticle('old.article_id'), "old.note <> ''")}

  ${trigger(
    'search_tag_added',
    'AFTER INSERT ON article_tags',
    removeDocuments(of(ofArticle('new.article_id'), { withoutTag: 'new.tag_id' })) +
      addDocuments(of(ofArticle('new.article_id'))),
  )}
  ${around('search_tag_moved', 'UPDATE ON article_tags', ofArticles('old.article_id', 'new.article_id'))}
  ${around('search_tag_removed', 'DELETE ON article_tags', ofArticle('old.article_id'))}
  ${around(
    'search_tag_renamed',
    'UPDATE OF name ON tags',
    indexed('a.id IN (SELECT article_id FROM article_tags WHERE tag_id = old.id)'),
  )}
`;
}

/** Migration 2: the search index, its triggers, and the indexes that keep sorted listing fast. */
export const SEARCH_MIGRATION = `
  CREATE VIRTUAL TABLE search_index USING fts5(
    ${COLUMNS},
    content = '',
    tokenize = "unicode61 remove_diacritics 0 categories 'L* M* N* P* S* Z* C*' separators ' '"
  );
  INSERT INTO search_index (search_index, rank) VALUES ('rank', '${RANK}');

  CREATE TABLE search_pending (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE
  ) STRICT;
  INSERT INTO search_pending (article_id) SELECT id FROM articles;
  ${searchTriggers(PLAIN_TEXT)}
  CREATE INDEX sources_by_import ON sources (imported_at DESC, id DESC);
  CREATE INDEX sources_by_name ON sources (file_name, id);
  CREATE INDEX articles_by_title ON articles (title);
  CREATE INDEX article_tags_by_tag ON article_tags (tag_id, article_id);
`;

/**
 * For migration 5, which moves the article's text to `packed_text`: SQLite refuses to drop a column
 * a trigger reads, so the search triggers (all named `search_…`) are dropped, `change` runs, and the
 * triggers are created again reading the packed text. The documents they compute are the same, so
 * the index stays exact.
 */
export function packTextUnderSearchTriggers(db: Db, change: () => void): void {
  const triggers = db
    .prepare<[], string>(
      "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'search!_%' ESCAPE '!'",
    )
    .pluck()
    .all();
  for (const name of triggers) db.exec(`DROP TRIGGER ${name}`);
  change();
  db.exec(searchTriggers(PACKED_TEXT));
}

/**
 * Migration 11: the documents now hold the page furniture (PAGE_META). The triggers are made again and every
 * indexed article's document is computed anew (a contentless index cannot be told what its old rows held, so
 * it is emptied first).
 */
export function PAGE_META_SEARCH_MIGRATION(db: Db): void {
  packTextUnderSearchTriggers(db, () => undefined);
  db.exec(`INSERT INTO search_index (search_index) VALUES ('delete-all');
    ${addDocuments(documents(PACKED_TEXT, indexed('1')))}`);
}

export type SearchSort = 'relevance' | 'newest';

/** Restrictions on which articles a search or a listing covers (all must hold). */
export interface ArticleFilters {
  /** Tag names the article must all carry (compared without case). */
  tags: readonly string[];
  /** Texts each of which the source's name (the article's own, or the file's) must contain, lower-cased. */
  sources: readonly string[];
  after: string | null;
  before: string | null;
}

export interface SearchRow {
  articleId: number;
  /** Higher is more relevant (negated bm25); 0 unless ranked by relevance. */
  score: number;
}

export interface SearchPage {
  rows: SearchRow[];
  /** More matches follow this page. */
  more: boolean;
}

const hasWords = (query: SearchQuery) => query.include.length > 0;

/**
 * Counting every match of a very common word costs more than a person waits for (phrases of
 * common characters cost up to 40 µs per matching article); the count stops here and the UI says
 * "more than".
 */
export const COUNT_LIMIT = 1000;
/**
 * Ranking by relevance scores at most this many matches, the newest ones: exact for any query
 * with fewer matches, and within the time budget for the commonest characters (bm25 costs about
 * 10–20 µs per matching article at 100,000 articles).
 */
export const RANKED_LIMIT = 3000;

export interface HitDetails {
  articleId: number;
  title: string;
  sourceName: string;
  importedAt: string;
  text: string;
  notes: string[];
}

export const ARTICLE_SOURCE = 'FROM articles a JOIN sources s ON s.id = a.source_id';

/** SQL conditions over `a` (articles) and `s` (sources) for `filters`, with their parameters. */
export function filterConditions(filters: ArticleFilters): { conditions: string[]; params: string[] } {
  const conditions: string[] = [];
  const params: string[] = [];
  for (const tag of filters.tags) {
    conditions.push(`EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id
      WHERE at.article_id = a.id AND t.name = ?)`);
    params.push(tag);
  }
  for (const source of filters.sources) {
    // The name the list shows (an article's own source name) and the file's both match.
    conditions.push('(instr(lower(s.file_name), ?) > 0 OR instr(lower(a.source_name), ?) > 0)');
    params.push(source, source);
  }
  if (filters.after !== null) {
    conditions.push('s.imported_at >= ?');
    params.push(filters.after);
  }
  if (filters.before !== null) {
    conditions.push('s.imported_at < ?');
    params.push(filters.before);
  }
  return { conditions, params };
}

export const whereAll = (conditions: readonly string[]) =>
  conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;

export class SearchIndex {
  constructor(readonly db: Db) {}

  /** Indexes the articles queued since the last search, in one statement (see the top of this file). */
  flushPending(): void {
    if (!this.db.prepare('SELECT 1 FROM search_pending LIMIT 1').get()) return;
    this.db.transaction(() => {
      this.db.exec(`${addDocuments(documents(PACKED_TEXT, PENDING))} DELETE FROM search_pending;`);
    })();
  }

  /**
   * One page of the articles matching `query`, and whether more follow. The index drives every
   * query, so FTS5 itself walks the rowids newest first and stops once the page is full; filters
   * are checked per candidate.
   */
  search(query: SearchQuery, sort: SearchSort, limit: number, offset: number): SearchPage {
    const ranked = sort === 'relevance' && hasWords(query);
    const { select, params } = this.matching(query, ranked);
    const page = ranked
      ? `SELECT * FROM (${select} LIMIT ${RANKED_LIMIT}) ORDER BY score DESC, articleId DESC LIMIT ? OFFSET ?`
      : `${select} LIMIT ? OFFSET ?`;
    const rows = this.db.prepare<unknown[], SearchRow>(page).all(...params, limit + 1, offset);
    return { rows: rows.slice(0, limit), more: rows.length > limit };
  }

  /** How many articles match `query`, reading no more than COUNT_LIMIT + 1 of them. */
  count(query: SearchQuery): { total: number; totalExact: boolean } {
    const { select, params } = this.matching(query, false);
    const { n } = this.db
      .prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM (${select} LIMIT ${COUNT_LIMIT + 1})`)
      .get(...params)!;
    return { total: Math.min(n, COUNT_LIMIT), totalExact: n <= COUNT_LIMIT };
  }

  /**
   * The articles matching `query` as (articleId, score) rows, newest first, with their parameters.
   * Scores cost a pass over every match of each term (bm25 needs how many articles contain it), so
   * they are 0 unless `scored`.
   */
  private matching(query: SearchQuery, scored: boolean): { select: string; params: unknown[] } {
    this.flushPending();
    const { conditions, params } = filterConditions(query);
    const match = matchExpression(query.include, query.exclude);
    if (match !== null) {
      const filtered =
        conditions.length === 0
          ? ''
          : `AND EXISTS (SELECT 1 ${ARTICLE_SOURCE} WHERE a.id = search_index.rowid AND ${conditions.join(' AND ')})`;
      return {
        select: `SELECT rowid AS articleId, ${scored ? '-rank' : '0'} AS score FROM search_index
          WHERE search_index MATCH ? ${filtered} ORDER BY rowid DESC`,
        params: [match, ...params],
      };
    }
    // Filters and exclusions only.
    const excluded = matchAny(query.exclude);
    const where = whereAll(
      excluded === null
        ? conditions
        : [...conditions, 'a.id NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)'],
    );
    return {
      select: `SELECT a.id AS articleId, 0 AS score ${ARTICLE_SOURCE} ${where} ORDER BY a.id DESC`,
      params: excluded === null ? params : [...params, excluded],
    };
  }

  /** What a result list shows and builds snippets from, for the given articles. */
  hitDetails(articleIds: readonly number[]): Map<number, HitDetails> {
    const ids = JSON.stringify(articleIds);
    const details = new Map<number, HitDetails>();
    const rows = this.db
      .prepare<[string], Omit<HitDetails, 'text' | 'notes'> & { packed: Uint8Array }>(
        `SELECT a.id AS articleId, a.title, coalesce(a.source_name, s.file_name) AS sourceName,
           s.imported_at AS importedAt, a.packed_text AS packed
         ${ARTICLE_SOURCE} WHERE a.id IN (SELECT value FROM json_each(?))`,
      )
      .all(ids);
    for (const { packed, ...row } of rows) {
      details.set(row.articleId, { ...row, text: unpackText(packed), notes: [] });
    }
    const notes = this.db
      .prepare<[string], { articleId: number; note: string }>(
        `SELECT article_id AS articleId, note FROM annotations
         WHERE article_id IN (SELECT value FROM json_each(?)) AND note <> '' ORDER BY start_offset, id`,
      )
      .all(ids);
    for (const { articleId, note } of notes) details.get(articleId)?.notes.push(note);
    return details;
  }

  /** Every tag with the number of articles carrying it, or only the tags of one article. */
  listTags(articleId?: number): { name: string; articleCount: number }[] {
    return this.db
      .prepare<unknown[], { name: string; articleCount: number }>(
        `SELECT t.name, (SELECT count(*) FROM article_tags c WHERE c.tag_id = t.id) AS articleCount
         FROM tags t
         WHERE ? IS NULL OR EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = t.id AND at.article_id = ?)
         ORDER BY t.name COLLATE NOCASE`,
      )
      .all(articleId ?? null, articleId ?? null);
  }

  /**
   * Makes `names` the article's tags (creating tags as needed) in one transaction, and drops tags
   * nothing carries any more. Names differing only in case are one tag.
   */
  setArticleTags(articleId: number, names: readonly string[]): void {
    // One name per tag, compared as SQLite's NOCASE does (at least), so no insert can conflict.
    const unique = [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM article_tags WHERE article_id = ?').run(articleId);
      const createTag = this.db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
      const attach = this.db.prepare(
        'INSERT INTO article_tags (article_id, tag_id) SELECT ?, id FROM tags WHERE name = ?',
      );
      for (const name of unique) {
        createTag.run(name);
        attach.run(articleId, name);
      }
      this.db.exec(`DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM article_tags WHERE tag_id = tags.id)
        AND NOT EXISTS (SELECT 1 FROM annotation_tags WHERE tag_id = tags.id)`);
    })();
  }
}
