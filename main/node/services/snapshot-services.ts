/** Whole-library snapshots: list them, take one, and put one back in the library's place. */
import type { Services } from '../../../shared/contract/api.js';
import {
  backupsFolder,
  listSnapshots,
  prepareSnapshot,
  swapIn,
  takeSnapshot,
} from '../backup/snapshot-files.js';
import type { LibraryFile } from '../library.js';
import type { LibraryStore } from '../storage/library-store.js';

type SnapshotServices = Pick<Services, 'snapshots.list' | 'snapshots.create' | 'snapshots.restore'>;

export function createSnapshotServices(
  store: LibraryStore,
  file: LibraryFile,
  now: () => Date = () => new Date(),
): SnapshotServices {
  return {
    'snapshots.list': () => ({ folder: backupsFolder(file.path), items: listSnapshots(file.path) }),
    'snapshots.create': () => takeSnapshot(store.db, file.path, 'manual', now()),
    'snapshots.restore': async ({ name }) => {
      // Checked before anything changes: a snapshot that cannot be opened leaves all as it was.
      const incoming = prepareSnapshot(file.path, name, file.options);
      const saved = await takeSnapshot(store.db, file.path, 'before-restore', now());
      // From here on synchronous: no other request runs between the close and the reopen.
      file.reopenAfter(() => swapIn(file.path, incoming, file.options));
      const restored = listSnapshots(file.path).find((snapshot) => snapshot.name === name)!;
      return { restored, saved };
    },
  };
}
