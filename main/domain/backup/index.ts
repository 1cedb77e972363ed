/**
 * Backup and restore of the whole library (sources, articles, and the user's annotations with their
 * tags, bookmarks, reading positions, article tags, tag list, settings, articles' states and
 * collections) as lossless, versioned JSON. All pure: the caller reads the library and applies the
 * plan.
 *
 * - `createBackup(library: LibraryData): CurrentBackup` — sources carry their original text as the
 *   caller deflated it (base64), with its content hash.
 * - `serializeBackup(backup): string` / `parseBackup(json: string): { ok: true, backup } | { ok: false, error }`
 *   — zod-validated; version 1 backups are read into the current shape; a newer format version or a
 *   damaged file gives a message, never an exception.
 * - `sourcesToCreate(backup, library: RestoreTargetArticle[]): number[]` — the backed-up sources the
 *   library has no trace of; the caller recreates them (and their articles) before planning.
 * - `planRestore(backup, library: RestoreTargetArticle[], existing: ExistingUserData): RestorePlan` —
 *   what to insert: `tagsToCreate`, `articleTags`, `annotations` (each with `placement`: 'unchanged',
 *   'position' | 'diff' | 'search' after re-anchoring, or 'orphaned' — restore orphans, never drop
 *   them), `bookmarks`, `readingPositions`, `settings`, `collectionsToCreate`, `collectionArticles`,
 *   `articleStates` (dates, own source names, read, archived and last-read times the library's
 *   article lacks), plus `unmatched` articles and `skipped` duplicates. Planning again after applying a plan yields nothing new (idempotent).
 * - `contentHash(text): string` — SHA-256 hex of the UTF-8 text, identical to Node's crypto; how
 *   articles are matched between libraries.
 * - `snapshotName`, `parseSnapshotName`, `needsDailySnapshot`, `snapshotsToPrune` — names and retention
 *   of whole-library snapshots (see snapshots.ts).
 */
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupSchema,
  parseBackup,
  serializeBackup,
} from './backup-format.js';
export type {
  ArticleParse,
  Backup,
  BackupAnnotation,
  BackupArticle,
  BackupBookmark,
  BackupImage,
  BackupSource,
  CurrentBackup,
  ParsedBackup,
} from './backup-format.js';
export { createBackup } from './create-backup.js';
export type { LibraryArticleData, LibraryData } from './create-backup.js';
export { sourcesToCreate } from './match-articles.js';
export type { RestoreTargetArticle } from './match-articles.js';
export { planRestore } from './plan-restore.js';
export type { ExistingUserData, PlannedAnnotation, RestorePlan } from './plan-restore.js';
export { collectionKey } from './plan-library-state.js';
export type { ArticleState } from './plan-library-state.js';
export { contentHash } from './content-hash.js';
export { needsDailySnapshot, parseSnapshotName, snapshotName, snapshotsToPrune } from './snapshots.js';
