/** Every SQL statement of the library lives here; services speak to the database only through this. */
import type { Article } from '../../../shared/contract/api.js';
import type { ArticleLayout, Segment } from '../../../shared/contract/article.js';
import { AnnotationStore } from './annotation-store.js';
import { ArticleEditStore } from './article-edit-store.js';
import { BookmarkStore } from './bookmark-store.js';
import { CollectionStore } from './collection-store.js';
import { ImageStore, type ImageFile } from './image-store.js';
import { packSegments, packText, unpackSegments, unpackText } from './compact-text.js';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './library-list.js';
import type { Db } from './open-database.js';
import { SettingsStore } from './settings-store.js';
import { TrashStore } from './trash-store.js';

export interface NewSource {
  fileName: string;
  contentHash: string;
  encoding: string;
  byteSize: number;
  content: string;
  pageMeta: Record<string, string[]>;
  /** The file itself when its text alone cannot show it (a PDF). */
  original?: Uint8Array | null;
  /** The pictures its articles show (written with it, in the same transaction). */
  images?: readonly ImageFile[];
}

export interface NewArticle {
  format: Article['format'];
  title: string;
  section: string | null;
  kicker: string | null;
  subtitle: string | null;
  byline: string | null;
  dateline: string | null;
  rubric: string | null;
  authors: string[];
  segments: Segment[];
  text: string;
  /** Where the article stood on its PDF page(s). */
  layout?: ArticleLayout | null;
}

interface ArticleRow extends SummaryRow {
  kicker: string | null;
  subtitle: string | null;
  byline: string | null;
  dateline: string | null;
  rubric: string | null;
  authors: string;
  format: Article['format'];
  segments: string;
  packed: Uint8Array;
}

/** Whether article `a` holds annotations, bookmarks or tags: the user's work, never dropped unasked. */
const HAS_USER_DATA = `(EXISTS (SELECT 1 FROM annotations WHERE article_id = a.id)
  OR EXISTS (SELECT 1 FROM bookmarks WHERE article_id = a.id)
  OR EXISTS (SELECT 1 FROM article_tags WHERE article_id = a.id))`;

export type StoredSource = Omit<NewSource, 'contentHash' | 'pageMeta'> & { id: number };

export class LibraryStore {
  readonly annotations: AnnotationStore;
  readonly bookmarks: BookmarkStore;
  readonly settings: SettingsStore;
  readonly edits: ArticleEditStore;
  readonly collections: CollectionStore;
  readonly trash: TrashStore;
  readonly images: ImageStore;

  constructor(
    readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.annotations = new AnnotationStore(db, now);
    this.bookmarks = new BookmarkStore(db, now);
    this.settings = new SettingsStore(db);
    this.edits = new ArticleEditStore(db, now);
    this.collections = new CollectionStore(db, now);
    this.trash = new TrashStore(db, now);
    this.images = new ImageStore(db);
  }

  /** Runs `work` in one transaction (nested calls join the outer one): all of it happens, or none. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  findSourceByHash(contentHash: string): { id: number; articleIds: number[]; encoding: string } | undefined {
    const source = this.db
      .prepare<[string], { id: number; encoding: string }>(
        'SELECT id, encoding FROM sources WHERE content_hash = ?',
      )
      .get(contentHash);
    if (!source) return undefined;
    return { ...source, articleIds: this.articleIdsOf(source.id) };
  }

  /** Writes a source and all its articles, or nothing at all; `importedAt` is given when a backup brings it back. */
  insertSource(
    source: NewSource,
    articles: readonly NewArticle[],
    importedAt: string = this.now().toISOString(),
  ): { sourceId: number; articleIds: number[] } {
    return this.db.transaction(() => {
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO sources (file_name, content_hash, encoding, byte_size, packed_content, page_meta, original,
             imported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(...sourceValues(source), importedAt);
      const sourceId = Number(lastInsertRowid);
      this.images.setSourceImages(sourceId, source.images ?? []);
      const articleIds = articles.map((article, position) => this.insertArticle(sourceId, position, article));
      return { sourceId, articleIds };
    })();
  }

  insertArticle(sourceId: number, position: number, article: NewArticle): number {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO articles (source_id, position, format, title, section, kicker, subtitle, byline, dateline,
           rubric, authors, segments, packed_text, layout)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(sourceId, position, ...articleValues(article));
    return Number(lastInsertRowid);
  }

  /** A re-import's new parse of an article that keeps its id, and with it the user's work on it. */
  updateArticle(id: number, position: number, article: NewArticle): void {
    this.db
      .prepare(
        `UPDATE articles SET position = ?, format = ?, title = ?, section = ?, kicker = ?, subtitle = ?, byline = ?,
           dateline = ?, rubric = ?, authors = ?, segments = ?, packed_text = ?, layout = ? WHERE id = ?`,
      )
      .run(position, ...articleValues(article), id);
  }

  setArticlePosition(id: number, position: number): void {
    this.db.prepare('UPDATE articles SET position = ? WHERE id = ?').run(position, id);
  }

  /**
   * Moves the source's articles out of the positions 0 to `room` - 1 (and of their own), so they can
   * be given new positions one by one without meeting UNIQUE (source_id, position).
   */
  parkArticles(sourceId: number, room: number): void {
    this.db
      .prepare(
        `UPDATE articles SET position = position + ? + (SELECT max(position) + 1 FROM articles WHERE source_id = ?)
         WHERE source_id = ?`,
      )
      .run(room, sourceId, sourceId);
  }

  deleteArticle(id: number): void {
    this.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
  }

  getSource(id: number): StoredSource | undefined {
    const row = this.db
      .prepare<[number], Omit<StoredSource, 'content'> & { packed: Uint8Array }>(
        `SELECT id, file_name AS fileName, encoding, byte_size AS byteSize, packed_content AS packed, original
         FROM sources WHERE id = ?`,
      )
      .get(id);
    if (!row) return undefined;
    const { packed, ...source } = row;
    return { ...source, content: unpackText(packed) };
  }

  /** A source's file name, the encoding it was read in and its bytes when they were kept, without its text. */
  sourceFile(id: number): { fileName: string; encoding: string; original: Uint8Array | null } | undefined {
    return this.db
      .prepare<[number], { fileName: string; encoding: string; original: Uint8Array | null }>(
        'SELECT file_name AS fileName, encoding, original FROM sources WHERE id = ?',
      )
      .get(id);
  }

  /** The source's articles in order, with whether the user made anything on them. */
  sourceArticles(sourceId: number): { id: number; title: string; text: string; hasUserData: boolean }[] {
    return this.db
      .prepare<[number], { id: number; title: string; packed: Uint8Array; hasUserData: number }>(
        `SELECT a.id, a.title, a.packed_text AS packed, ${HAS_USER_DATA} AS hasUserData
         FROM articles a WHERE a.source_id = ? ORDER BY a.position`,
      )
      .all(sourceId)
      .map(({ packed, ...row }) => ({
        ...row,
        text: unpackText(packed),
        hasUserData: row.hasUserData === 1,
      }));
  }

  /** A re-import: the source now holds the new file's content (or the same, with the new parse's page data). */
  replaceSource(id: number, source: NewSource): void {
    this.db
      .prepare(
        `UPDATE sources SET file_name = ?, content_hash = ?, encoding = ?, byte_size = ?, packed_content = ?, page_meta = ?,
           original = ?
         WHERE id = ?`,
      )
      .run(...sourceValues(source), id);
    this.images.setSourceImages(id, source.images ?? []);
  }

  getArticle(id: number): Article | undefined {
    const row = this.db
      .prepare<[number], ArticleRow>(
        `SELECT ${SUMMARY_COLUMNS}, a.kicker, a.subtitle, a.byline, a.dateline, a.rubric, a.authors, a.format,
           a.segments, a.packed_text AS packed
         FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?`,
      )
      .get(id);
    if (!row) return undefined;
    const { packed, ...article } = toSummary(row);
    const text = unpackText(packed);
    return {
      ...article,
      text,
      authors: JSON.parse(row.authors) as string[],
      segments: unpackSegments(row.segments, text),
    };
  }

  /** Where the article stands on its PDF page(s); null for an article not read from a PDF. */
  articleLayout(id: number): ArticleLayout | null {
    const row = this.db
      .prepare<[number], { layout: string | null }>('SELECT layout FROM articles WHERE id = ?')
      .get(id);
    return parseLayout(row?.layout ?? null);
  }

  /** The page furniture of the article's source (`sources.page_meta`), by kind. */
  pageMetaOf(id: number): Record<string, string[]> {
    const json = this.db
      .prepare<[number], string>(
        'SELECT s.page_meta FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?',
      )
      .pluck()
      .get(id);
    const parsed: unknown = JSON.parse(json ?? '{}');
    const meta: Record<string, string[]> = {};
    if (parsed && typeof parsed === 'object')
      for (const [key, values] of Object.entries(parsed))
        if (Array.isArray(values)) meta[key] = values.filter((v): v is string => typeof v === 'string');
    return meta;
  }

  /** A PDF source's file and its articles' places on the pages; undefined for a source without a file. */
  sourcePages(sourceId: number):
    | {
        fileName: string;
        data: Uint8Array<ArrayBuffer>;
        articles: { id: number; title: string; layout: ArticleLayout | null }[];
      }
    | undefined {
    const source = this.db
      .prepare<[number], { fileName: string; original: Uint8Array | null }>(
        'SELECT file_name AS fileName, original FROM sources WHERE id = ?',
      )
      .get(sourceId);
    if (!source?.original) return undefined;
    const articles = this.db
      .prepare<[number], { id: number; title: string; layout: string | null }>(
        'SELECT id, title, layout FROM articles WHERE source_id = ? ORDER BY position',
      )
      .all(sourceId)
      .map((a) => ({ ...a, layout: parseLayout(a.layout) }));
    return { fileName: source.fileName, data: Uint8Array.from(source.original), articles };
  }

  articleIdsOf(sourceId: number): number[] {
    return this.db
      .prepare<[number], { id: number }>('SELECT id FROM articles WHERE source_id = ? ORDER BY position')
      .all(sourceId)
      .map((row) => row.id);
  }
}

/** An article's stored layout column (JSON written by articleValues), or null for one not read from a PDF. */
export function parseLayout(column: string | null): ArticleLayout | null {
  return column ? (JSON.parse(column) as ArticleLayout) : null;
}

/** The source columns in the order insertSource and replaceSource write them. */
function sourceValues(source: NewSource) {
  return [
    source.fileName,
    source.contentHash,
    source.encoding,
    source.byteSize,
    packText(source.content),
    JSON.stringify(source.pageMeta),
    source.original ?? null,
  ] as const;
}

/** The article columns in the order insertArticle and updateArticle write them, after the position. */
function articleValues(article: NewArticle) {
  return [
    article.format,
    article.title,
    article.section,
    article.kicker,
    article.subtitle,
    article.byline,
    article.dateline,
    article.rubric,
    JSON.stringify(article.authors),
    packSegments(article.segments),
    packText(article.text),
    article.layout ? JSON.stringify(article.layout) : null,
  ] as const;
}
