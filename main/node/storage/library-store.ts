/** Every SQL statement of the library lives here; services speak to the database only through this. */
import type { Annotation, Article, ArticleSummary, HighlightColor } from '../../../shared/contract/api.js';
import type { Segment } from '../../../shared/contract/article.js';
import type { Db } from './open-database.js';

export interface NewSource {
  fileName: string;
  contentHash: string;
  encoding: string;
  byteSize: number;
  content: string;
  pageMeta: Record<string, string[]>;
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
}

export interface NewAnnotation {
  articleId: number;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  color: HighlightColor;
  note: string;
}

interface SummaryRow {
  id: number;
  sourceId: number;
  title: string;
  section: string | null;
  sourceName: string;
  importedAt: string;
  position: number;
  annotationCount: number;
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
  text: string;
}

const SUMMARY_COLUMNS = `
  a.id, a.source_id AS sourceId, a.title, a.section, s.file_name AS sourceName,
  s.imported_at AS importedAt, a.position,
  (SELECT count(*) FROM annotations n WHERE n.article_id = a.id) AS annotationCount`;

const ANNOTATION_COLUMNS = `
  id, article_id AS articleId, start_offset AS start, end_offset AS end, quote, prefix, suffix,
  color, note, created_at AS createdAt, updated_at AS updatedAt`;

export class LibraryStore {
  constructor(
    readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  findSourceByHash(contentHash: string): { id: number; articleIds: number[]; encoding: string } | undefined {
    const source = this.db
      .prepare<[string], { id: number; encoding: string }>(
        'SELECT id, encoding FROM sources WHERE content_hash = ?',
      )
      .get(contentHash);
    if (!source) return undefined;
    return { ...source, articleIds: this.articleIdsOf(source.id) };
  }

  /** Writes a source and all its articles, or nothing at all. */
  insertSource(
    source: NewSource,
    articles: readonly NewArticle[],
  ): { sourceId: number; articleIds: number[] } {
    return this.db.transaction(() => {
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO sources (file_name, content_hash, encoding, byte_size, content, page_meta, imported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          source.fileName,
          source.contentHash,
          source.encoding,
          source.byteSize,
          source.content,
          JSON.stringify(source.pageMeta),
          this.now().toISOString(),
        );
      const sourceId = Number(lastInsertRowid);
      const insertArticle = this.db.prepare(
        `INSERT INTO articles (source_id, position, format, title, section, kicker, subtitle, byline, dateline,
           rubric, authors, segments, text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const articleIds = articles.map((article, position) =>
        Number(
          insertArticle.run(
            sourceId,
            position,
            article.format,
            article.title,
            article.section,
            article.kicker,
            article.subtitle,
            article.byline,
            article.dateline,
            article.rubric,
            JSON.stringify(article.authors),
            JSON.stringify(article.segments),
            article.text,
          ).lastInsertRowid,
        ),
      );
      return { sourceId, articleIds };
    })();
  }

  listArticles(limit: number, offset: number): { items: ArticleSummary[]; total: number } {
    const items = this.db
      .prepare<[number, number], SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN sources s ON s.id = a.source_id
         ORDER BY s.imported_at DESC, s.id DESC, a.position ASC LIMIT ? OFFSET ?`,
      )
      .all(limit, offset);
    const { total } = this.db.prepare<[], { total: number }>('SELECT count(*) AS total FROM articles').get()!;
    return { items, total };
  }

  getArticle(id: number): Article | undefined {
    const row = this.db
      .prepare<[number], ArticleRow>(
        `SELECT ${SUMMARY_COLUMNS}, a.kicker, a.subtitle, a.byline, a.dateline, a.rubric, a.authors, a.format,
           a.segments, a.text
         FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?`,
      )
      .get(id);
    if (!row) return undefined;
    return {
      ...row,
      authors: JSON.parse(row.authors) as string[],
      segments: JSON.parse(row.segments) as Segment[],
    };
  }

  articleIdsOf(sourceId: number): number[] {
    return this.db
      .prepare<[number], { id: number }>('SELECT id FROM articles WHERE source_id = ? ORDER BY position')
      .all(sourceId)
      .map((row) => row.id);
  }

  listAnnotations(articleId: number): Annotation[] {
    return this.db
      .prepare<[number], Annotation>(
        `SELECT ${ANNOTATION_COLUMNS} FROM annotations WHERE article_id = ? ORDER BY start_offset, end_offset, id`,
      )
      .all(articleId);
  }

  getAnnotation(id: number): Annotation | undefined {
    return this.db
      .prepare<[number], Annotation>(`SELECT ${ANNOTATION_COLUMNS} FROM annotations WHERE id = ?`)
      .get(id);
  }

  insertAnnotation(annotation: NewAnnotation): Annotation {
    const stamp = this.now().toISOString();
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO annotations (article_id, start_offset, end_offset, quote, prefix, suffix, color, note,
           created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        annotation.articleId,
        annotation.start,
        annotation.end,
        annotation.quote,
        annotation.prefix,
        annotation.suffix,
        annotation.color,
        annotation.note,
        stamp,
        stamp,
      );
    return this.getAnnotation(Number(lastInsertRowid))!;
  }

  updateAnnotation(id: number, changes: { color?: HighlightColor; note?: string }): Annotation | undefined {
    this.db
      .prepare(
        `UPDATE annotations SET color = coalesce(?, color), note = coalesce(?, note), updated_at = ? WHERE id = ?`,
      )
      .run(changes.color ?? null, changes.note ?? null, this.now().toISOString(), id);
    return this.getAnnotation(id);
  }

  deleteAnnotation(id: number): boolean {
    return this.db.prepare('DELETE FROM annotations WHERE id = ?').run(id).changes > 0;
  }
}
