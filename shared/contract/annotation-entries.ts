/**
 * Contract entries for lasting annotations (issue 4), spread into `contract` in api.ts: undo of a
 * delete, the library-wide Notes view, bookmarks, reading position, re-import with re-anchoring,
 * export to files and folders with editable templates, and backup/restore.
 *
 * Every offset is a UTF-16 code unit index into the article's canonical text.
 */
import { OWN_MESSAGES } from './own-messages.js';
import { z } from 'zod';
import { fileName, tagName, withoutControlCharacters } from './search-entries.js';
import {
  ANNOTATION_KINDS,
  ANNOTATION_STATUSES,
  HIGHLIGHT_COLORS,
  HIGHLIGHT_STYLES,
  MAX_BACKUP_LENGTH,
  MAX_TEMPLATE_LENGTH,
  TEXT_ENCODINGS,
} from './vocabulary.js';

const id = z.number().int().positive();
const offset = z.number().int().nonnegative();
const count = z.number().int().nonnegative();

export const annotationTags = z.array(tagName).max(100);

export const annotation = z.object({
  id,
  /** Its identity in every library and backup; `id` is this library's own. */
  uuid: z.uuid(),
  articleId: id,
  /** A note on the article as a whole has start = end = 0 and an empty quote. */
  kind: z.enum(ANNOTATION_KINDS),
  start: offset,
  end: offset,
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  color: z.enum(HIGHLIGHT_COLORS),
  style: z.enum(HIGHLIGHT_STYLES),
  note: z.string(),
  tags: z.array(z.string()),
  /** Orphaned: a re-import could not find the passage again; start/end are stale, the quote is not. */
  status: z.enum(ANNOTATION_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const bookmark = z.object({
  id,
  articleId: id,
  offset,
  label: z.string(),
  createdAt: z.string(),
});

/** Which annotations an export covers. */
export const exportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), articleId: id }),
  z.object({ kind: z.literal('tag'), tag: tagName }),
  z.object({ kind: z.literal('library') }),
]);

/** POSIX "/…", Windows "C:\…" or "C:/…", or a UNC "\\server\…" path: relative ones depend on a cwd. */
const absolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path) && !path.includes('\0'), {
    message: OWN_MESSAGES.absoluteFolder.en,
  });

const template = z.string().max(MAX_TEMPLATE_LENGTH);
const templates = z.object({
  article: z.string(),
  highlight: z.string(),
  collection: z.string(),
  /** False while every template is the default. */
  custom: z.boolean(),
});

const label = withoutControlCharacters(z.string().max(1000));
/** As the library writes them (toISOString), or with an offset. */
const timestamp = z.iso.datetime({
  offset: true,
  message: OWN_MESSAGES.dateTime.en,
});

export const annotationEntries = {
  'annotations.restore': {
    /** Re-creates a deleted annotation with its id, uuid (a new one if absent) and timestamps (undo of a delete). */
    input: z.object({
      annotation: annotation.extend({
        tags: annotationTags,
        uuid: z.uuid().optional(),
        createdAt: timestamp,
        updatedAt: timestamp,
      }),
    }),
    output: annotation,
  },
  'annotations.all': {
    input: z.object({
      /** Matches the quote or the note, any case, as a plain substring. */
      text: z.string().max(1000).optional(),
      tag: tagName.optional(),
      color: z.enum(HIGHLIGHT_COLORS).optional(),
      limit: z.number().int().min(1).max(1000).default(200),
      offset: offset.default(0),
    }),
    output: z.object({
      items: z.array(annotation.extend({ articleTitle: z.string(), sourceName: z.string() })),
      total: count,
    }),
  },
  'bookmarks.list': {
    input: z.object({ articleId: id }),
    /** Ordered by offset. */
    output: z.array(bookmark),
  },
  'bookmarks.create': {
    input: z.object({ articleId: id, offset, label: label.default('') }),
    output: bookmark,
  },
  'bookmarks.update': {
    input: z.object({ id, label }),
    output: bookmark,
  },
  'bookmarks.delete': {
    input: z.object({ id }),
    output: z.object({ deleted: z.boolean() }),
  },
  'articles.setReadingPosition': {
    input: z.object({ articleId: id, offset }),
    output: z.object({ ok: z.literal(true) }),
  },
  'library.reimport': {
    /**
     * Without `file`, parses the stored source text again (after a parser improvement); with it,
     * replaces the source's content. Counts: `anchored` annotations kept their offsets, `moved` ones
     * were found elsewhere, `orphaned` ones could not be placed (kept with their quote). `encoding` reads
     * a text file (the given one, or the stored one's bytes) in that encoding instead of the detected one;
     * the output's `encoding` is the one the source is now read in.
     */
    input: z.object({
      sourceId: id,
      file: z.object({ name: fileName, data: z.instanceof(Uint8Array) }).optional(),
      encoding: z.enum(TEXT_ENCODINGS).optional(),
    }),
    output: z.object({
      articleIds: z.array(id),
      encoding: z.string(),
      anchored: count,
      moved: count,
      orphaned: count,
    }),
  },
  'export.notes': {
    input: z.object({ scope: exportScope, layout: z.enum(['single', 'per-article']).default('single') }),
    output: z.object({ files: z.array(z.object({ fileName: z.string(), markdown: z.string() })) }),
  },
  'export.toFolder': {
    /**
     * One file per article; the folder (absolute on this computer) is created if missing; re-exporting
     * overwrites the same files. Writing stops with an error after a time budget or on `export.cancel`.
     */
    input: z.object({ folder: absolutePath, scope: exportScope }),
    output: z.object({ folder: z.string(), files: z.array(z.string()) }),
  },
  'export.cancel': {
    /** Stops every running `export.toFolder` before its next file; the files already renamed into place stay. */
    input: z.object({}),
    output: z.object({ cancelled: z.boolean() }),
  },
  'export.templates.get': {
    input: z.object({}),
    output: templates,
  },
  'export.templates.set': {
    /** Omitted templates stay as they are; `reset: true` restores all defaults (and ignores the rest). */
    input: z.object({
      article: template.optional(),
      highlight: template.optional(),
      collection: template.optional(),
      reset: z.boolean().optional(),
    }),
    output: templates,
  },
  'backup.create': {
    input: z.object({}),
    output: z.object({ fileName: z.string(), json: z.string() }),
  },
  'backup.restore': {
    /**
     * Idempotent: restoring the same backup again adds nothing. Into an empty library it recreates
     * every source and article too (`sources`, `articles`: how many were recreated).
     */
    input: z.object({ json: z.string().min(1).max(MAX_BACKUP_LENGTH) }),
    output: z.object({
      sources: count,
      articles: count,
      annotations: count,
      bookmarks: count,
      tags: count,
      /** Already present (a second restore). */
      skipped: count,
      /** Restored, but their passage could not be found in the library's text. */
      orphaned: count,
      /** Backed-up articles with no article of the same content in this library. */
      unmatched: count,
    }),
  },
} as const;

export type Annotation = z.output<typeof annotation>;
export type Bookmark = z.output<typeof bookmark>;
export type ExportScope = z.output<typeof exportScope>;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
