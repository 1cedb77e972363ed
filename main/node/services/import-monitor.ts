// How far the running import is, and its cancel switch: what `library.importProgress` and
// `library.cancelImport` answer while a `library.import` request is still reading its files.
import type { Output } from '../../../shared/contract/api.js';
import type { ProgressUnit } from '../../../shared/contract/import-entries.js';

type Progress = Output<'library.importProgress'>;

const IDLE: Progress = { running: false, fileName: null, file: 0, files: 0, page: 0, pages: 0, unit: 'page' };

export class ImportMonitor {
  private progress: Progress = IDLE;
  private controller: AbortController | null = null;

  /** Starts following an import of `files` files; returns the signal that cancelling raises. */
  begin(files: number): AbortSignal {
    this.controller?.abort();
    this.controller = new AbortController();
    this.progress = { ...IDLE, running: true, files };
    return this.controller.signal;
  }

  file(fileName: string, index: number): void {
    this.progress = { ...this.progress, fileName, file: index + 1, page: 0, pages: 0, unit: 'page' };
  }

  page(done: number, total: number, unit: ProgressUnit): void {
    this.progress = { ...this.progress, page: done, pages: total, unit };
  }

  end(): void {
    this.controller = null;
    this.progress = IDLE;
  }

  snapshot(): Progress {
    return this.progress;
  }

  cancel(): boolean {
    if (!this.controller || this.controller.signal.aborted) return false;
    this.controller.abort();
    return true;
  }
}
