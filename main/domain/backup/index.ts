/**
 * Backup and restore of the user's work (annotations with their tags, bookmarks, article tags, the
 * tag list) as lossless, versioned JSON. All pure: the caller reads the library and applies the plan.
 *
 * - `createBackup({ createdAt, tags, articles: LibraryArticleData[] }, { includeTexts = true }?): Backup`
 * - `serializeBackup(backup): string` / `parseBackup(json: string): { ok: true, backup } | { ok: false, error }`
 *   — zod-validated; a newer format version or a damaged file gives a message, never an exception.
 * - `planRestore(backup, library: RestoreTargetArticle[], existing: ExistingUserData): RestorePlan` —
 *   what to insert: `tagsToCreate`, `articleTags`, `annotations` (each with `placement`: 'unchanged',
 *   'position' | 'diff' | 'search' after re-anchoring, or 'orphaned' — restore orphans, never drop
 *   them), `bookmarks`, plus `unmatched` articles and `skipped` duplicates. Planning again after
 *   applying a plan yields nothing new (idempotent).
 * - `contentHash(text): string` — SHA-256 hex of the UTF-8 text, identical to Node's crypto; how
 *   articles are matched between libraries.
 */
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupSchema,
  parseBackup,
  serializeBackup,
} from './backup-format.js';
export type {
  Backup,
  BackupAnnotation,
  BackupArticle,
  BackupBookmark,
  ParsedBackup,
} from './backup-format.js';
export { createBackup } from './create-backup.js';
export type { LibraryArticleData } from './create-backup.js';
export { planRestore } from './plan-restore.js';
export type {
  ExistingUserData,
  PlannedAnnotation,
  RestorePlan,
  RestoreTargetArticle,
} from './plan-restore.js';
export { contentHash } from './content-hash.js';
