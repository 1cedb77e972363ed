/**
 * The lossless JSON backup of the whole library: every source (its original text deflated, with its
 * content hash; a PDF's file too), every article as it was parsed, and everything the user made (annotations with their
 * tags, bookmarks, reading positions, article tags, the tag list, settings). Library ids mean nothing
 * in another library, so none is written: sources are named by their content hash, articles by their
 * source's index in `sources`, their position and the SHA-256 of their canonical text, annotations by
 * their UUID.
 *
 * Versioned: `version` only ever grows, and a restore refuses a version it does not know rather than
 * guessing at it. Version 1 held only the articles carrying the user's work, without their sources,
 * and annotations had no UUID; it is still read (see `Backup` for what it lacks).
 *
 * Library management (migration 8) extended version 2 rather than making a version 3: an article's
 * date, its own source name, its read, archived and last-read times, and the collections (each
 * article naming those it is in). Each of these only adds to what the rest of the document means, so
 * a version 2 backup made before them still reads, with none set; and a Jianbao from before them,
 * which drops keys it does not know, still restores everything else in a backup made after, instead
 * of refusing it. Pictures (migration 9) extended it the same way: `images` holds each picture once, in
 * base64, and each source names those it shows; a figure segment names its picture.
 */
import { said, type Said } from '../../../shared/i18n/said.js';
import { z } from 'zod';
import {
  ANNOTATION_KINDS,
  HIGHLIGHT_COLORS,
  HIGHLIGHT_STYLES,
  IMAGE_MEDIA_TYPES,
} from '../../../shared/contract/vocabulary.js';

export const BACKUP_FORMAT = 'jianbao-backup';
export const BACKUP_VERSION = 2;

const offset = z.number().int().nonnegative();
const tagName = z.string().trim().min(1);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/u, 'a SHA-256 in lowercase hex');

// Spelled out, not picked from the contract's annotation: a file format must not change when the API does.
// kind, style and orphaned came later in version 1: a backup without them means what they default to.
const annotationFields = z.object({
  kind: z.enum(ANNOTATION_KINDS).default('highlight'),
  start: offset,
  end: offset,
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  color: z.enum(HIGHLIGHT_COLORS),
  style: z.enum(HIGHLIGHT_STYLES).default('highlight'),
  note: z.string(),
  tags: z.array(tagName),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Its passage was lost in an earlier re-import: offsets stale, quote exact. */
  orphaned: z.boolean().default(false),
});

/** A highlight covers a passage; a note on the whole article has none. */
function wellPlaced<T extends z.ZodType<{ kind: string; start: number; end: number }>>(schema: T) {
  return schema.refine(
    (value) => (value.kind === 'note' ? value.start === 0 && value.end === 0 : value.end > value.start),
    { message: 'a highlight ends after its start; a note on the article is at 0', path: ['end'] },
  );
}

const bookmark = z.object({ offset, label: z.string(), createdAt: z.string() });

/** As the library stores them (migration 8's CHECKs): a name with something in it; a day. */
const collectionName = z.string().trim().min(1);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'a date written YYYY-MM-DD');
const time = z.string().min(1);

/** What a person set on an article in the library; later in version 2, absent meaning none set. */
const articleState = {
  /** The article's own date, YYYY-MM-DD. */
  date: day.nullable().default(null),
  /** The source name the person gave it, over its file's name (`sourceName`, which matching uses). */
  ownSourceName: z.string().trim().min(1).nullable().default(null),
  readAt: time.nullable().default(null),
  archivedAt: time.nullable().default(null),
  /** When a reading position was last saved in it: what *Continue reading* sorts by. */
  lastReadAt: time.nullable().default(null),
  /** What the person changed of what the file said ({"title": …, "authors": […]}), which a re-import keeps. */
  userEdits: z
    .string()
    .refine((json) => {
      try {
        const value: unknown = JSON.parse(json);
        return value !== null && typeof value === 'object' && !Array.isArray(value);
      } catch {
        return false;
      }
    }, 'a JSON object')
    .nullable()
    .default(null),
  /** The collections it is in, by name, with when it was put there. */
  collections: z.array(z.object({ name: collectionName, addedAt: z.string() })).default([]),
};

const articleV1 = z.object({
  contentHash: sha256,
  title: z.string(),
  sourceName: z.string(),
  /** The canonical text the offsets point into; null in a backup made without texts (smaller). */
  text: z.string().nullable(),
  tags: z.array(tagName),
  annotations: z.array(wellPlaced(annotationFields)),
  bookmarks: z.array(bookmark),
});

const backupV1 = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  /** Every tag, also those on nothing yet. */
  tags: z.array(tagName),
  articles: z.array(articleV1),
});

/** Where a piece of the article (paragraph, heading, caption…) lies in its text. */
const segment = z.object({
  type: z.string().min(1),
  start: offset,
  length: offset,
  markdown: z.string().optional(),
  /** A figure's picture: a stored one by its SHA-256 (in `images`), or the address of one not stored. */
  figure: z.object({ image: sha256.nullable(), alt: z.string(), src: z.string().optional() }).optional(),
  /** A heading's level or a list item's nesting, and the marker shown before a list item's text. */
  level: z.number().int().positive().optional(),
  marker: z.string().optional(),
});

/** A rectangle on a page of the source PDF (shared/contract/article.ts's PageRegion). */
const pageRegion = z.object({
  page: z.number().int().positive(),
  x0: z.number(),
  y0: z.number(),
  x1: z.number(),
  y1: z.number(),
});

/** The article as the import parsed it: what recreates it in a library that does not have it. */
const articleParse = z.object({
  /** Index of its source in `sources`. */
  source: offset,
  position: offset,
  format: z.enum(['text', 'markdown']),
  section: z.string().nullable(),
  kicker: z.string().nullable(),
  subtitle: z.string().nullable(),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  rubric: z.string().nullable(),
  authors: z.array(z.string()),
  segments: z.array(segment),
  /** Where it stood on its PDF page(s); null for text and Markdown. */
  pageLayout: z
    .object({ regions: z.array(pageRegion), blocks: z.array(z.array(pageRegion)) })
    .nullable()
    .default(null),
});

const articleV2 = articleV1
  .extend({
    text: z.string(),
    annotations: z.array(wellPlaced(annotationFields.extend({ uuid: z.uuid() }))),
    /** Where the reader last was; null if the article was never opened. */
    readingPosition: offset.nullable(),
    parse: articleParse,
    ...articleState,
  })
  .refine((article) => article.parse.segments.every((s) => s.start + s.length <= article.text.length), {
    message: 'a segment lies outside the article text',
    path: ['parse', 'segments'],
  });

const source = z.object({
  fileName: z.string().min(1),
  /** SHA-256 of the NFC-normalised original text, as the importer computes it. */
  contentHash: sha256,
  encoding: z.string().min(1),
  byteSize: offset,
  importedAt: z.string(),
  pageMeta: z.record(z.string(), z.array(z.string())),
  /** The original text as UTF-8, raw-deflated, in base64. */
  content: z.base64(),
  /** The file itself when its text alone cannot show it (a PDF), in base64; else null. */
  original: z.base64().nullable().default(null),
  /** The pictures its articles show, by SHA-256 (in the backup's `images`); later in version 2. */
  images: z.array(sha256).default([]),
  /** The texts (by SHA-256) of the articles the person deleted from this file, which a re-import leaves out. */
  dismissed: z.array(sha256).default([]),
});

/** A picture the library keeps, once however many sources show it. */
const image = z.object({ hash: sha256, mediaType: z.enum(IMAGE_MEDIA_TYPES), data: z.base64() });

export const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    createdAt: z.string(),
    tags: z.array(tagName),
    /** The library's settings (export templates) by key. */
    settings: z.record(z.string(), z.string()),
    sources: z.array(source),
    articles: z.array(articleV2),
    /** Every collection, also those holding nothing; later in version 2. */
    collections: z.array(z.object({ name: collectionName, createdAt: z.string() })).default([]),
    /** Every picture a source shows; later in version 2. */
    images: z.array(image).default([]),
  })
  .superRefine((backup, context) => {
    const pictures = new Set(backup.images.map((picture) => picture.hash));
    backup.sources.forEach((s, i) => {
      if (s.images.some((hash) => !pictures.has(hash)))
        context.addIssue({ code: 'custom', message: 'a picture it shows is missing', path: ['sources', i] });
    });
    const hashes = new Set(backup.sources.map((s) => s.contentHash));
    if (hashes.size < backup.sources.length)
      context.addIssue({ code: 'custom', message: 'two sources have the same content', path: ['sources'] });
    const places = new Set<string>();
    backup.articles.forEach(({ parse }, i) => {
      const place = `${parse.source}/${parse.position}`;
      if (parse.source >= backup.sources.length || places.has(place))
        context.addIssue({
          code: 'custom',
          message: 'no source has this article at this position',
          path: ['articles', i, 'parse'],
        });
      places.add(place);
    });
  });

/** A backup as this version of Jianbao writes it. */
export type CurrentBackup = z.output<typeof backupSchema>;
type CurrentArticle = CurrentBackup['articles'][number];
export type BackupSource = CurrentBackup['sources'][number];
export type BackupImage = CurrentBackup['images'][number];
export type ArticleParse = CurrentArticle['parse'];
export type BackupBookmark = z.output<typeof bookmark>;
/** `uuid` is null in a version 1 backup. */
export type BackupAnnotation = Omit<CurrentArticle['annotations'][number], 'uuid'> & { uuid: string | null };
/**
 * From a version 1 backup, `text` may be null, and `parse` and `readingPosition` are; it has no
 * states nor collections.
 */
export type BackupArticle = Omit<CurrentArticle, 'text' | 'annotations' | 'parse'> & {
  text: string | null;
  annotations: BackupAnnotation[];
  parse: ArticleParse | null;
};
/** Any backup this version reads, in the current shape; a version 1 one has no sources, settings nor collections. */
export type Backup = Omit<CurrentBackup, 'version' | 'articles'> & {
  version: 1 | typeof BACKUP_VERSION;
  articles: BackupArticle[];
};

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: Said };

/** Reads a backup file's text: any problem becomes a message for the user, never an exception. */
export function parseBackup(json: string): ParsedBackup {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {
      ok: false,
      error: said(
        'This file is not a Jianbao backup: it is not valid JSON (is it cut short?).',
        '这个文件不是剪报的备份：它不是有效的 JSON（是不是不完整？）。',
      ),
    };
  }
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(value);
  if (!header.success || header.data.format !== BACKUP_FORMAT) {
    return { ok: false, error: said('This file is not a Jianbao backup.', '这个文件不是剪报的备份。') };
  }
  const { version } = header.data;
  if (version > BACKUP_VERSION) {
    return {
      ok: false,
      error: said(
        `This backup was made by a newer Jianbao (format ${version}); update Jianbao to restore it.`,
        `这个备份由更新版本的剪报制作（格式 ${version}）；请先升级剪报再恢复。`,
      ),
    };
  }
  if (version !== 1 && version !== BACKUP_VERSION) {
    return {
      ok: false,
      error: said(
        `This backup has format ${version}, which no Jianbao ever wrote.`,
        `这个备份的格式是 ${version}，没有哪个版本的剪报写过这种格式。`,
      ),
    };
  }
  const parsed = version === 1 ? backupV1.safeParse(value) : backupSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return {
      ok: false,
      error: said(
        `This backup is damaged${where ? ` at ${where}` : ''}: ${issue?.message ?? 'invalid'}.`,
        `这个备份已损坏${where ? `（位置 ${where}）` : ''}：${issue?.message ?? '无效'}。`,
      ),
    };
  }
  return { ok: true, backup: parsed.data.version === 1 ? fromVersion1(parsed.data) : parsed.data };
}

function fromVersion1(backup: z.output<typeof backupV1>): Backup {
  return {
    ...backup,
    settings: {},
    sources: [],
    collections: [],
    images: [],
    articles: backup.articles.map((article) => ({
      ...article,
      annotations: article.annotations.map((annotation) => ({ ...annotation, uuid: null })),
      readingPosition: null,
      userEdits: null,
      parse: null,
      date: null,
      ownSourceName: null,
      readAt: null,
      archivedAt: null,
      lastReadAt: null,
      collections: [],
    })),
  };
}

export function serializeBackup(backup: CurrentBackup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}
