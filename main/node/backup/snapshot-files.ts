/**
 * Whole-library snapshots on disk: copies of the library file in `backups/` beside it, made with
 * SQLite's online backup API (consistent while the app reads and writes), and the file swap that puts
 * one back. Names and retention are main/domain/backup/snapshots.ts's.
 */
import { said, sayWith } from '../../../shared/i18n/said.js';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Snapshot } from '../../../shared/contract/api.js';
import { ApiError } from '../../../shared/contract/errors.js';
import type { SnapshotKind } from '../../../shared/contract/vocabulary.js';
import {
  needsDailySnapshot,
  parseSnapshotName,
  snapshotName,
  snapshotsToPrune,
} from '../../domain/backup/index.js';
import { connectFile, libraryProblem, needsMigration, openNowhereElse } from '../storage/library-file.js';
import type { Db, OpenOptions } from '../storage/open-database.js';

export function backupsFolder(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/** The snapshots in the library's backups folder, newest first; other files there are left alone. */
export function listSnapshots(dbPath: string): Snapshot[] {
  const folder = backupsFolder(dbPath);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .flatMap((name) => {
      const parsed = parseSnapshotName(name);
      return parsed ? [describe(join(folder, name), parsed.kind, parsed.takenAt)] : [];
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/**
 * Copies the open library to `path` (the backups folder when not given), under a temporary name
 * first: a copy cut short by a crash never carries a snapshot's name.
 */
export async function takeSnapshot(
  db: Db,
  dbPath: string,
  kind: SnapshotKind,
  at: Date,
  path: string = join(backupsFolder(dbPath), snapshotName(kind, at)),
): Promise<Snapshot> {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  try {
    await db.backup(partial);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return describe(path, kind, at);
}

/** At the first start of a day: a daily snapshot, and the dailies past 7 days and 4 weeks go. */
export async function takeDailySnapshot(db: Db, dbPath: string, now: Date): Promise<void> {
  const folder = backupsFolder(dbPath);
  const names = () => (existsSync(folder) ? readdirSync(folder) : []);
  if (needsDailySnapshot(names(), now)) await takeSnapshot(db, dbPath, 'daily', now);
  for (const name of snapshotsToPrune(names())) rmSync(join(folder, name), { force: true });
}

/**
 * Before a library of an older schema is migrated, a copy of it as it was. Opens its own connection
 * (the library is not migrated yet, so no one else's can be trusted to exist); a new library needs none.
 */
export async function snapshotBeforeMigration(
  dbPath: string,
  options: OpenOptions,
  now: Date,
): Promise<void> {
  if (!existsSync(dbPath) || !needsMigration(dbPath, options)) return;
  const db = connectFile(dbPath, options);
  try {
    await takeSnapshot(db, dbPath, 'before-migration', now);
  } finally {
    db.close();
  }
}

/**
 * A copy of the named snapshot beside the library, checked (a Jianbao library this version can open,
 * passing SQLite's quick check), ready for `swapIn`. Throws a typed error saying what is wrong.
 */
export function prepareSnapshot(dbPath: string, name: string, options: OpenOptions): string {
  const parsed = parseSnapshotName(name);
  const path = join(backupsFolder(dbPath), name);
  if (!parsed || !existsSync(path))
    throw new ApiError(
      'not_found',
      said(
        `There is no snapshot ${name} in ${backupsFolder(dbPath)}.`,
        `${backupsFolder(dbPath)} 中没有快照 ${name}。`,
      ),
    );
  const incoming = `${dbPath}.restoring`;
  copyFileSync(path, incoming);
  try {
    const problem = libraryProblem(incoming, options);
    if (problem)
      throw new ApiError(
        'invalid_input',
        sayWith(problem, (text, language) =>
          language === 'en'
            ? `The snapshot ${name} cannot be restored: ${text}.`
            : `快照 ${name} 无法恢复：${text}。`,
        ),
      );
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
  return incoming;
}

/**
 * Puts the prepared copy in the library's place. Runs while this process has no connection open; one
 * of another process's would go on writing into the replaced file (or its journal into the new one),
 * so leaving WAL mode, which SQLite refuses while any other connection is open, proves there is none.
 */
export function swapIn(dbPath: string, incoming: string, options: OpenOptions): void {
  if (!openNowhereElse(dbPath, options)) {
    rmSync(incoming, { force: true });
    throw new ApiError(
      'rejected',
      said(
        'Another Jianbao (a window, the browser mode or a command) has this library open: close it, then restore again. Nothing was changed.',
        '另一个剪报（窗口、浏览器模式或命令行）正打开着这个文库：请先关闭它，再重新恢复。什么也没有改动。',
      ),
    );
  }
  renameSync(incoming, dbPath);
}

function describe(path: string, kind: SnapshotKind, at: Date): Snapshot {
  return { name: basename(path), kind, takenAt: at.toISOString(), bytes: statSync(path).size };
}
