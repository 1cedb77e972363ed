/** Opens a library database and wires the services over it: what every transport starts from. */
import { openDatabase, type OpenOptions } from './storage/open-database.js';
import { LibraryStore } from './storage/library-store.js';
import { createServices } from './services/library-services.js';
import { createDispatch, type Dispatch } from './services/dispatch.js';
import type { Services } from '../../shared/contract/api.js';

export interface Library {
  services: Services;
  dispatch: Dispatch;
  store: LibraryStore;
  close(): void;
}

export function openLibrary(dbPath: string, options: OpenOptions = {}): Library {
  const db = openDatabase(dbPath, options);
  const store = new LibraryStore(db);
  const services = createServices(store);
  return { services, dispatch: createDispatch(services), store, close: () => db.close() };
}
