/**
 * The one service API. Every transport (Electron IPC, loopback HTTP, CLI) exposes exactly these
 * requests; main validates every input against its schema before a service sees it.
 */
import { OWN_MESSAGES } from './own-messages.js';
import { z } from 'zod';
import type { MethodName } from './methods.js';
import { fileName, searchEntries, tagName } from './search-entries.js';
import { annotation, annotationEntries, annotationTags } from './annotation-entries.js';
import { importEntries } from './import-entries.js';
import { articleLayout, pageEntries } from './page-entries.js';
import { snapshotEntries } from './snapshot-entries.js';
import { settingsEntries } from './settings-entries.js';
import { libraryEntries } from './library-entries.js';
import {
  ANNOTATION_KINDS,
  ARCHIVE_FILTERS,
  HIGHLIGHT_COLORS,
  HIGHLIGHT_STYLES,
  LIBRARY_SORTS,
  MAX_NOTE_LENGTH,
} from './vocabulary.js';

export type { Annotation, Bookmark, ExportScope } from './annotation-entries.js';
export type { HighlightColor } from './vocabulary.js';
export type { Snapshot } from './snapshot-entries.js';
export type { Collection } from './library-entries.js';
export type { AppSettings } from './settings-entries.js';

const id = z.number().int().positive();
const offset = z.number().int().nonnegative();

/** A figure's picture (article.ts's Figure): a stored image by its SHA-256, or the address of one not stored. */
export const figure = z.object({
  image: z
    .string()
    .regex(/^[0-9a-f]{64}$/u)
    .nullable(),
  alt: z.string(),
  src: z.string().optional(),
});

const segment = z.object({
  type: z.string(),
  text: z.string(),
  start: z.number().int(),
  markdown: z.string().optional(),
  figure: figure.optional(),
  /** How deep the block sits and what it shows before its text (article.ts's BlockShape). */
  level: z.number().int().positive().optional(),
  marker: z.string().optional(),
});

export const articleSummary = z.object({
  id,
  sourceId: id,
  title: z.string(),
  section: z.string().nullable(),
  sourceName: z.string(),
  importedAt: z.string(),
  position: z.number().int(),
  annotationCount: z.number().int(),
  /** The article's own date (YYYY-MM-DD) when one was set, else null. */
  date: z.string().nullable(),
  read: z.boolean(),
  archived: z.boolean(),
  /** How far the reader got, 0–100: the reading position over the text's length; null if never read. */
  progress: z.number().int().min(0).max(100).nullable(),
  /** When the reading position was last saved by reading. */
  lastReadAt: z.string().nullable(),
});

export const article = articleSummary.extend({
  kicker: z.string().nullable(),
  subtitle: z.string().nullable(),
  byline: z.string().nullable(),
  authors: z.array(z.string()),
  dateline: z.string().nullable(),
  rubric: z.string().nullable(),
  format: z.enum(['text', 'markdown']),
  text: z.string(),
  segments: z.array(segment),
});

/** A sentence in each language of the interface (the page and the CLI show their own). */
const saidText = z.object({ en: z.string(), 'zh-CN': z.string() });

const importedFile = z.object({
  fileName: z.string(),
  sourceId: id,
  encoding: z.string(),
  articleIds: z.array(id),
  duplicate: z.boolean(),
  /** What the reader should know of a file read in part (a damaged one): each a sentence. */
  notices: z.array(saidText),
});
/** `reason` in English, `said` in each language of the interface (the page and the CLI show their own). */
const rejectedFile = z.object({
  fileName: z.string(),
  reason: z.string(),
  said: saidText,
});

export const contract = {
  'library.import': {
    input: z.object({
      files: z
        .array(z.object({ name: fileName, data: z.instanceof(Uint8Array) }))
        .min(1)
        .max(1000),
    }),
    output: z.object({ imported: z.array(importedFile), rejected: z.array(rejectedFile) }),
  },
  'articles.list': {
    input: z.object({
      limit: z.number().int().min(1).max(1000).default(200),
      offset: offset.default(0),
      /** Order of the list; newest first when absent. */
      sort: z.enum(LIBRARY_SORTS).optional(),
      /** Only articles carrying this tag (any case). */
      tag: tagName.optional(),
      /** Only articles whose source file name contains this text (any case). */
      source: z.string().trim().min(1).max(1024).optional(),
      /** Only articles in this collection. */
      collection: id.optional(),
      /** Archived articles are left out unless asked for. */
      archived: z.enum(ARCHIVE_FILTERS).default('exclude'),
    }),
    output: z.object({ items: z.array(articleSummary), total: z.number().int() }),
  },
  'articles.get': {
    input: z.object({ id }),
    /**
     * `readingPosition`: where the reader last was, as an offset in the text; null if never opened.
     * `layout`: where the article stands on its PDF page(s); null for an article not read from a PDF.
     * `pageMeta`: what its page printed around the articles (paper, date, page, running heads, section labels,
     * editors), by kind, as the parser found it in the source; `{}` when there was none.
     * `encoding`: the encoding its text file was read in when `library.reimport` can read it in another (the
     * encoding was guessed, so the bytes were kept); null for a file read with certainty or of another format.
     */
    output: article.extend({
      readingPosition: offset.nullable(),
      layout: articleLayout.nullable(),
      pageMeta: z.record(z.string(), z.array(z.string())),
      encoding: z.string().nullable(),
    }),
  },
  'annotations.list': {
    input: z.object({ articleId: id }),
    output: z.array(annotation),
  },
  'annotations.create': {
    input: z
      .object({
        articleId: id,
        kind: z.enum(ANNOTATION_KINDS).default('highlight'),
        start: offset.default(0),
        end: offset.default(0),
        color: z.enum(HIGHLIGHT_COLORS).default('yellow'),
        style: z.enum(HIGHLIGHT_STYLES).default('highlight'),
        note: z.string().max(MAX_NOTE_LENGTH).default(''),
        tags: annotationTags.default([]),
      })
      .refine((value) => value.kind === 'note' || value.end > value.start, {
        message: OWN_MESSAGES.endAfterStart.en,
        path: ['end'],
      })
      // A note on the whole article has no passage: start = end = 0 keeps it first in text order.
      .refine((value) => value.kind === 'highlight' || (value.start === 0 && value.end === 0), {
        message: OWN_MESSAGES.articleNote.en,
        path: ['start'],
      }),
    output: annotation,
  },
  'annotations.update': {
    input: z.object({
      id,
      color: z.enum(HIGHLIGHT_COLORS).optional(),
      style: z.enum(HIGHLIGHT_STYLES).optional(),
      note: z.string().max(MAX_NOTE_LENGTH).optional(),
      tags: annotationTags.optional(),
    }),
    output: annotation,
  },
  'annotations.delete': {
    input: z.object({ id }),
    output: z.object({ deleted: z.boolean() }),
  },
  'export.markdown': {
    input: z.object({ articleId: id }),
    output: z.object({ fileName: z.string(), markdown: z.string() }),
  },
  ...searchEntries,
  ...annotationEntries,
  ...snapshotEntries,
  ...libraryEntries,
  ...pageEntries,
  ...importEntries,
  ...settingsEntries,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ValidInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;
export const methods = Object.keys(contract) as Method[];

export type Article = z.output<typeof article>;
export type ArticleSummary = z.output<typeof articleSummary>;

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** What a client calls: one async function per contract entry. */
export type Api = { [M in Method]: (input: Input<M>) => Promise<Output<M>> };
/** What the services implement: inputs arrive already validated. */
export type Services = { [M in Method]: (input: ValidInput<M>) => Output<M> | Promise<Output<M>> };

// Compile-time proof that the preload's name list and the contract describe the same requests.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const methodNamesMatchContract: SameKeys<MethodName, Method> = true;
