/** Every SQL statement about annotations and their tags. */
import { randomUUID } from 'node:crypto';
import type { Annotation, AnnotationKind } from '../../../shared/contract/annotation-entries.js';
import type { HighlightColor, HighlightStyle } from '../../../shared/contract/vocabulary.js';
import type { Db } from './open-database.js';

export interface NewAnnotation {
  articleId: number;
  kind?: AnnotationKind;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  color: HighlightColor;
  style?: HighlightStyle;
  note: string;
  tags?: readonly string[];
  status?: Annotation['status'];
  /** Given when an annotation comes back (undo of a delete, a restore): kept as they were. */
  id?: number;
  uuid?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface AnnotationChanges {
  color?: HighlightColor | undefined;
  style?: HighlightStyle | undefined;
  note?: string | undefined;
  tags?: readonly string[] | undefined;
}

/** Where re-anchoring put an annotation; an orphan keeps its old offsets and quote. */
export type Placement =
  | { status: 'anchored'; start: number; end: number; quote: string; prefix: string; suffix: string }
  | { status: 'orphaned' };

export interface AnnotationFilters {
  text?: string | undefined;
  tag?: string | undefined;
  color?: HighlightColor | undefined;
}

export type AnnotationInArticle = Annotation & { articleTitle: string; sourceName: string };

type AnnotationRow = Omit<Annotation, 'tags'> & { tags: string };

const CONTAINS = 'jianbao_contains';

const COLUMNS = `
  n.id, n.uuid, n.article_id AS articleId, n.kind, n.start_offset AS start, n.end_offset AS end, n.quote, n.prefix,
  n.suffix, n.color, n.style, n.note, n.status, n.created_at AS createdAt, n.updated_at AS updatedAt,
  (SELECT json_group_array(name) FROM (SELECT t.name FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
    WHERE at.annotation_id = n.id ORDER BY t.name COLLATE NOCASE)) AS tags`;

/** Text order: a note on the whole article (at 0, 0) comes before the highlights. */
const TEXT_ORDER = 'n.start_offset, n.end_offset, n.id';

const withTags = <T extends { tags: string }>(row: T): Omit<T, 'tags'> & { tags: string[] } => ({
  ...row,
  tags: JSON.parse(row.tags) as string[],
});

export class AnnotationStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    // Case-insensitive substring for any script: SQLite's own lower() folds ASCII only.
    db.function(CONTAINS, { deterministic: true }, (haystack: unknown, needle: unknown) =>
      String(haystack).toLowerCase().includes(String(needle).toLowerCase()) ? 1 : 0,
    );
  }

  list(articleId: number): Annotation[] {
    return this.db
      .prepare<[number], AnnotationRow>(
        `SELECT ${COLUMNS} FROM annotations n WHERE n.article_id = ? ORDER BY ${TEXT_ORDER}`,
      )
      .all(articleId)
      .map(withTags);
  }

  get(id: number): Annotation | undefined {
    const row = this.db
      .prepare<[number], AnnotationRow>(`SELECT ${COLUMNS} FROM annotations n WHERE n.id = ?`)
      .get(id);
    return row && withTags(row);
  }

  /** Every annotation of the library matching the filters, by article (newest import first), in text order. */
  all(
    filters: AnnotationFilters,
    limit: number,
    offset: number,
  ): { items: AnnotationInArticle[]; total: number } {
    const where = `
      FROM annotations n JOIN articles a ON a.id = n.article_id JOIN sources s ON s.id = a.source_id
      WHERE (:color IS NULL OR n.color = :color)
        AND (:text IS NULL OR ${CONTAINS}(n.quote, :text) OR ${CONTAINS}(n.note, :text))
        AND (:tag IS NULL OR EXISTS (SELECT 1 FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
          WHERE at.annotation_id = n.id AND t.name = :tag))`;
    const params = { color: filters.color ?? null, text: filters.text || null, tag: filters.tag ?? null };
    const items = this.db
      .prepare<
        [typeof params & { limit: number; offset: number }],
        AnnotationRow & Omit<AnnotationInArticle, keyof Annotation>
      >(
        `SELECT ${COLUMNS}, a.title AS articleTitle, s.file_name AS sourceName ${where}
         ORDER BY s.imported_at DESC, s.id DESC, a.position, ${TEXT_ORDER} LIMIT :limit OFFSET :offset`,
      )
      .all({ ...params, limit, offset })
      .map(withTags);
    const { total } = this.db
      .prepare<[typeof params], { total: number }>(`SELECT count(*) AS total ${where}`)
      .get(params)!;
    return { items, total };
  }

  /**
   * The annotated articles an export covers, by article (newest import first): all of them, or those
   * where the tag is on the article or on one of its annotations.
   */
  annotatedArticleIds(tag?: string): number[] {
    return this.db
      .prepare<[{ tag: string | null }], number>(
        `SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id
         WHERE EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id)
           AND (:tag IS NULL
             OR EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id
               WHERE at.article_id = a.id AND t.name = :tag)
             OR EXISTS (SELECT 1 FROM annotations n JOIN annotation_tags nt ON nt.annotation_id = n.id
               JOIN tags t ON t.id = nt.tag_id WHERE n.article_id = a.id AND t.name = :tag))
         ORDER BY s.imported_at DESC, s.id DESC, a.position`,
      )
      .pluck()
      .all({ tag: tag ?? null });
  }

  /** Writes the annotation and its tags, or nothing. */
  insert(annotation: NewAnnotation): Annotation {
    const stamp = this.now().toISOString();
    return this.db.transaction(() => {
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO annotations (id, uuid, article_id, kind, start_offset, end_offset, quote, prefix, suffix,
             color, style, note, status, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          annotation.id ?? null,
          annotation.uuid ?? randomUUID(),
          annotation.articleId,
          annotation.kind ?? 'highlight',
          annotation.start,
          annotation.end,
          annotation.quote,
          annotation.prefix,
          annotation.suffix,
          annotation.color,
          annotation.style ?? 'highlight',
          annotation.note,
          annotation.status ?? 'anchored',
          annotation.createdAt ?? stamp,
          annotation.updatedAt ?? annotation.createdAt ?? stamp,
        );
      const id = Number(lastInsertRowid);
      this.attachTags(id, annotation.tags ?? []);
      return this.get(id)!;
    })();
  }

  update(id: number, changes: AnnotationChanges): Annotation | undefined {
    return this.db.transaction(() => {
      const { changes: updated } = this.db
        .prepare(
          `UPDATE annotations SET color = coalesce(?, color), style = coalesce(?, style), note = coalesce(?, note),
             updated_at = ? WHERE id = ?`,
        )
        .run(
          changes.color ?? null,
          changes.style ?? null,
          changes.note ?? null,
          this.now().toISOString(),
          id,
        );
      if (updated > 0 && changes.tags !== undefined) {
        this.db.prepare('DELETE FROM annotation_tags WHERE annotation_id = ?').run(id);
        this.attachTags(id, changes.tags);
        this.dropUnusedTags();
      }
      return this.get(id);
    })();
  }

  delete(id: number): boolean {
    return this.db.transaction(() => {
      const deleted = this.db.prepare('DELETE FROM annotations WHERE id = ?').run(id).changes > 0;
      if (deleted) this.dropUnusedTags();
      return deleted;
    })();
  }

  /** Re-anchoring's verdict; not a user's edit, so `updated_at` stays. */
  place(id: number, placement: Placement): void {
    if (placement.status === 'orphaned') {
      this.db.prepare("UPDATE annotations SET status = 'orphaned' WHERE id = ?").run(id);
      return;
    }
    this.db
      .prepare(
        `UPDATE annotations SET status = 'anchored', start_offset = ?, end_offset = ?, quote = ?, prefix = ?,
           suffix = ? WHERE id = ?`,
      )
      .run(placement.start, placement.end, placement.quote, placement.prefix, placement.suffix, id);
  }

  /** What tells one annotation from another across libraries (see main/domain/backup/plan-restore.ts). */
  identities(): { articleId: number; uuid: string; quote: string; createdAt: string }[] {
    return this.db
      .prepare<[], { articleId: number; uuid: string; quote: string; createdAt: string }>(
        'SELECT article_id AS articleId, uuid, quote, created_at AS createdAt FROM annotations',
      )
      .all();
  }

  hasUuid(uuid: string): boolean {
    return this.db.prepare('SELECT 1 FROM annotations WHERE uuid = ?').get(uuid) !== undefined;
  }

  /** Every article's tags, by name. */
  articleTags(): { articleId: number; tag: string }[] {
    return this.db
      .prepare<[], { articleId: number; tag: string }>(
        'SELECT at.article_id AS articleId, t.name AS tag FROM article_tags at JOIN tags t ON t.id = at.tag_id',
      )
      .all();
  }

  /** Every tag name, in the order a backup lists them. */
  tagNames(): string[] {
    return this.db.prepare<[], string>('SELECT name FROM tags ORDER BY name COLLATE NOCASE').pluck().all();
  }

  /** Creates the tags not there yet (names are unique ignoring case). */
  createTags(names: readonly string[]): void {
    const create = this.db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
    for (const name of names) create.run(name.trim());
  }

  private attachTags(annotationId: number, names: readonly string[]): void {
    this.createTags(names);
    const attach = this.db.prepare(
      `INSERT INTO annotation_tags (annotation_id, tag_id) SELECT ?, id FROM tags WHERE name = ?
       ON CONFLICT DO NOTHING`,
    );
    for (const name of names) attach.run(annotationId, name.trim());
  }

  /** Tags are offered for completion, so one nothing carries any more goes (as search's article tags do). */
  private dropUnusedTags(): void {
    this.db.exec(`DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM article_tags WHERE tag_id = tags.id)
      AND NOT EXISTS (SELECT 1 FROM annotation_tags WHERE tag_id = tags.id)`);
  }
}
