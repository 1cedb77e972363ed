/** Opens a library database and wires the services over it: what every transport starts from. */
import { methods, type Services } from '../../shared/contract/api.js';
import { snapshotBeforeMigration, takeDailySnapshot } from './backup/snapshot-files.js';
import { createDispatch, type Dispatch } from './services/dispatch.js';
import { createServices } from './services/library-services.js';
import { readerLanguage } from './services/settings-services.js';
import { LibraryStore } from './storage/library-store.js';
import { openDatabase, type OpenOptions } from './storage/open-database.js';

export interface Library {
  /** Each call goes to the database open at that moment (a snapshot restore opens another). */
  services: Services;
  dispatch: Dispatch;
  /** The store over the database open now. */
  readonly store: LibraryStore;
  close(): void;
}

/** The library's file, for the services that work on it whole (snapshots). */
export interface LibraryFile {
  readonly path: string;
  readonly options: OpenOptions;
  /**
   * Closes the library, runs `swap` while no connection of this process is open, and opens the
   * library again, also when `swap` throws (its error is passed on).
   */
  reopenAfter(swap: () => void): void;
}

export function openLibrary(dbPath: string, options: OpenOptions = {}): Library {
  let store = new LibraryStore(openDatabase(dbPath, options));
  const file: LibraryFile = {
    path: dbPath,
    options,
    reopenAfter(swap) {
      store.db.close();
      try {
        swap();
      } finally {
        store = new LibraryStore(openDatabase(dbPath, options));
        current = createServices(store, file);
      }
    },
  };
  let current = createServices(store, file);
  const services = Object.fromEntries(
    methods.map((method) => [
      method,
      (input: never) => (current[method] as (input: never) => unknown)(input),
    ]),
  ) as Services;
  return {
    services,
    dispatch: createDispatch(services, { language: () => readerLanguage(store) }),
    get store() {
      return store;
    },
    close: () => store.db.close(),
  };
}

/**
 * How the app, the browser mode and the CLI open the library: a snapshot first if it is about to be
 * migrated (refusing to migrate without one), and the day's snapshot at its first start.
 */
export async function startLibrary(
  dbPath: string,
  options: OpenOptions = {},
  now: () => Date = () => new Date(),
): Promise<Library> {
  try {
    await snapshotBeforeMigration(dbPath, options, now());
  } catch (error) {
    throw new Error(
      `Jianbao could not save a copy of the library before upgrading it, so it was left as it was: ${(error as Error).message}`,
    );
  }
  const library = openLibrary(dbPath, options);
  try {
    await takeDailySnapshot(library.store.db, dbPath, now());
  } catch (error) {
    // The library itself is fine: a missing daily copy must not keep the user from it.
    console.error(`Jianbao could not take today's snapshot of the library: ${(error as Error).message}`);
  }
  return library;
}
