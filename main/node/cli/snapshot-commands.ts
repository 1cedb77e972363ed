/** `jianbao backup --snapshot` and `jianbao snapshots [restore NAME]`: whole-library copies of the SQLite file. */
import { join, resolve } from 'node:path';
import { takeSnapshot } from '../backup/snapshot-files.js';
import type { Library } from '../library.js';
import { t } from './cli-strings.js';
import { call, UsageError, type Console } from './cli-support.js';

/** Into the backups folder beside the library, or to `out`. */
export async function snapshotCommand(
  library: Library,
  dbPath: string,
  out: string | undefined,
  io: Console,
): Promise<number> {
  if (out !== undefined) {
    const snapshot = await takeSnapshot(library.store.db, dbPath, 'manual', new Date(), resolve(out));
    io.out(`${t.snapshots.written(snapshot.bytes, resolve(out))}\n`);
    return 0;
  }
  const snapshot = await call(library, 'snapshots.create', {});
  const { folder } = await call(library, 'snapshots.list', {});
  io.out(`${t.snapshots.written(snapshot.bytes, join(folder, snapshot.name))}\n`);
  return 0;
}

export async function snapshotsCommand(library: Library, args: string[], io: Console): Promise<number> {
  const [action, name, ...rest] = args;
  if (action === undefined) {
    const { folder, items } = await call(library, 'snapshots.list', {});
    if (items.length === 0) io.out(`${t.snapshots.none(folder)}\n`);
    for (const item of items) io.out(`${item.name}\t${item.kind}\t${item.takenAt}\t${item.bytes}\n`);
    return 0;
  }
  if (action !== 'restore' || name === undefined || rest.length > 0)
    throw new UsageError(t.misuse.snapshotWhich);
  const { restored, saved } = await call(library, 'snapshots.restore', { name });
  io.out(`${t.snapshots.restored(restored.name, saved.name)}\n`);
  return 0;
}
