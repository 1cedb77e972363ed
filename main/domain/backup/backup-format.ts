/**
 * The lossless JSON backup of everything the user made: annotations (with their tags), bookmarks,
 * article tags and the tag list. Library ids mean nothing in another library, so articles are
 * identified by the SHA-256 of their canonical text, and each article's text is carried along so a
 * restore onto a changed text can re-anchor through a diff rather than a search.
 *
 * Versioned: `version` only ever grows; a restore refuses a version it does not know rather than
 * guessing at it.
 */
import { z } from 'zod';
import { ANNOTATION_KINDS, HIGHLIGHT_COLORS, HIGHLIGHT_STYLES } from '../../../shared/contract/vocabulary.js';

export const BACKUP_FORMAT = 'jianbao-backup';
export const BACKUP_VERSION = 1;

const offset = z.number().int().nonnegative();
const tagName = z.string().trim().min(1);

// kind, style and orphaned came later in version 1: a backup without them means what they default to.
const backupAnnotation = z
  .object({
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
  })
  .refine(
    (value) => (value.kind === 'note' ? value.start === 0 && value.end === 0 : value.end > value.start),
    {
      message: 'a highlight ends after its start; a note on the article is at 0',
      path: ['end'],
    },
  );

const backupBookmark = z.object({ offset, label: z.string(), createdAt: z.string() });

const backupArticle = z.object({
  contentHash: z.string().regex(/^[0-9a-f]{64}$/u, 'a SHA-256 in lowercase hex'),
  title: z.string(),
  sourceName: z.string(),
  /** The canonical text the offsets point into; null in a backup made without texts (smaller). */
  text: z.string().nullable(),
  tags: z.array(tagName),
  annotations: z.array(backupAnnotation),
  bookmarks: z.array(backupBookmark),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  /** Every tag, also those on nothing yet. */
  tags: z.array(tagName),
  articles: z.array(backupArticle),
});

export type Backup = z.output<typeof backupSchema>;
export type BackupArticle = z.output<typeof backupArticle>;
export type BackupAnnotation = z.output<typeof backupAnnotation>;
export type BackupBookmark = z.output<typeof backupBookmark>;

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

/** Reads a backup file's text: any problem becomes a message for the user, never an exception. */
export function parseBackup(json: string): ParsedBackup {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: 'This file is not a Jianbao backup: it is not valid JSON.' };
  }
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(value);
  if (!header.success || header.data.format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This file is not a Jianbao backup.' };
  }
  if (header.data.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer Jianbao (format ${header.data.version}); update Jianbao to restore it.`,
    };
  }
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return {
      ok: false,
      error: `This backup is damaged${where ? ` at ${where}` : ''}: ${issue?.message ?? 'invalid'}.`,
    };
  }
  return { ok: true, backup: parsed.data };
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}
