/**
 * The contract's fixed vocabularies and limits, without zod, so the page can use them without
 * bundling the schemas (api.ts and the *-entries.ts files build their schemas from these).
 */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;
export const HIGHLIGHT_STYLES = ['highlight', 'underline'] as const;
export const ANNOTATION_KINDS = ['highlight', 'note'] as const;
export const ANNOTATION_STATUSES = ['anchored', 'orphaned'] as const;
/** `continue`: the articles being read (opened, not marked read) first, the most recently read first. */
export const LIBRARY_SORTS = ['newest', 'title', 'source', 'annotated', 'continue'] as const;
/** Which articles a listing shows by their archived state: archived ones are hidden unless asked for. */
export const ARCHIVE_FILTERS = ['exclude', 'only', 'include'] as const;
export const SEARCH_SORTS = ['relevance', 'newest'] as const;
/** Why a whole-library snapshot was taken (main/domain/backup/snapshots.ts). */
export const SNAPSHOT_KINDS = ['daily', 'before-migration', 'before-restore', 'manual'] as const;
/** The languages of the interface (BCP 47 tags, as `<html lang>` and `Intl` take them). */
export const UI_LANGUAGES = ['en', 'zh-CN'] as const;

/** The pictures the library keeps: formats that cannot run code, and SVG, served so that it cannot either. */
export const IMAGE_MEDIA_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/svg+xml',
] as const;

/**
 * The text encodings a text file can be read in, by their WHATWG names (as TextDecoder reports them):
 * what import detects, and what a re-import may be told to use. 'big5' includes Big5-HKSCS, 'euc-kr' is
 * Windows-949 (UHC), 'gb18030' covers GBK and GB2312, 'windows-1252' covers ISO-8859-1.
 */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'gb18030',
  'big5',
  'shift_jis',
  'euc-jp',
  'iso-2022-jp',
  'euc-kr',
  'windows-1252',
] as const;

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_QUERY_LENGTH = 1000;
export const MAX_NOTE_LENGTH = 100_000;
export const MAX_TEMPLATE_LENGTH = 100_000;
export const MAX_BACKUP_LENGTH = 200_000_000;

export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export type LibrarySort = (typeof LIBRARY_SORTS)[number];
export type ArchiveFilter = (typeof ARCHIVE_FILTERS)[number];
export type SearchSort = (typeof SEARCH_SORTS)[number];
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];
export type ImageMediaType = (typeof IMAGE_MEDIA_TYPES)[number];
