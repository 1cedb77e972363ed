/** The service API of the contract, implemented over the library store. Inputs arrive validated. */
import type { Services } from '../../../shared/contract/api.js';
import type { LibraryFile } from '../library.js';
import type { LibraryStore } from '../storage/library-store.js';
import { createAnnotationServices } from './annotation-services.js';
import { createBackupServices } from './backup-services.js';
import { createBookmarkServices } from './bookmark-services.js';
import { createCollectionServices } from './collection-services.js';
import { createExportServices } from './export-services.js';
import { importFiles } from './import-files.js';
import { ImportMonitor } from './import-monitor.js';
import { articleOrThrow } from './lookups.js';
import { createManageServices } from './manage-services.js';
import { choosableEncoding, reimportSource } from './reimport-source.js';
import { createSearchServices } from './search-services.js';
import { createPageServices } from './page-services.js';
import { createSnapshotServices } from './snapshot-services.js';
import { createSettingsServices } from './settings-services.js';

export function createServices(store: LibraryStore, file: LibraryFile): Services {
  const imports = new ImportMonitor();
  return {
    'library.import': ({ files }) => importFiles(store, files, imports),
    'library.importProgress': () => imports.snapshot(),
    'library.cancelImport': () => ({ cancelled: imports.cancel() }),
    'library.reimport': ({ sourceId, file, encoding }) => reimportSource(store, sourceId, file, encoding),
    'articles.get': ({ id }) => {
      const article = articleOrThrow(store, id);
      return {
        ...article,
        readingPosition: store.bookmarks.readingPosition(id),
        layout: store.articleLayout(id),
        pageMeta: store.pageMetaOf(id),
        encoding: choosableEncoding(store, article.sourceId),
      };
    },
    ...createAnnotationServices(store),
    ...createBookmarkServices(store),
    ...createExportServices(store),
    ...createBackupServices(store),
    ...createSearchServices(store),
    ...createSnapshotServices(store, file),
    ...createManageServices(store),
    ...createCollectionServices(store),
    ...createPageServices(store),
    ...createSettingsServices(store),
  };
}
