// Reads a PDF on a thread of its own, so that no file, however heavy a page of it is, holds up the main process
// (the app's window, its other requests). Cancelling ends the thread at once; so does a page that pdf.js has
// been reading for longer than any real page takes (a malformed file that sends it round in circles).
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { said, type Said } from '../../../shared/i18n/said.js';
import type { PageText } from '../../domain/pdf/geometry.js';
import { CANCELLED, type ReadProgress } from './page-result.js';
import { PdfReadError } from './pdf-text.js';

export type PdfThreadReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; pages: PageText[] }
  | { kind: 'refused'; said: Said };

/** The longest a single page may take; a dense broadsheet page takes under a second. */
export const PAGE_BUDGET_MS = 60_000;

const TOO_SLOW = said(
  'one of its pages could not be read within a minute (the file may be damaged); try printing it to a new PDF',
  '其中一页一分钟内仍未读完（文件可能已损坏）；请尝试将它重新打印为新的 PDF',
);
const THREAD_FAILED = (detail: string): Said =>
  said(`the PDF reader stopped (${detail}); try again`, `PDF 读取线程意外停止（${detail}）；请重试`);

/**
 * The worker's file beside this module, in the form this module runs as: the TypeScript source under tsx, the
 * ES module bundle of the CLI and web server, the CommonJS bundle of the desktop app.
 */
function startWorker(): Worker {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  const file = join(dirname(here), `pdf-worker${extname(here)}`);
  if (extname(file) !== '.ts') return new Worker(file);
  // Under tsx (tests, scripts) the thread loads the source through tsx's loader, which a worker does not inherit.
  const url = JSON.stringify(pathToFileURL(file).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${url}); });`, {
    eval: true,
  });
}

export function readPdfTextOffThread(
  data: Uint8Array,
  options: ReadProgress = {},
  budgetMs = PAGE_BUDGET_MS,
): Promise<PageText[]> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new PdfReadError(CANCELLED));
    const worker = startWorker();
    let timer: NodeJS.Timeout | undefined;
    const finish = (outcome: () => void): void => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', cancel);
      worker.removeAllListeners();
      void worker.terminate();
      outcome();
    };
    const refuse = (reason: Said) => finish(() => reject(new PdfReadError(reason)));
    const cancel = () => refuse(CANCELLED);
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => refuse(TOO_SLOW), budgetMs);
    };
    options.signal?.addEventListener('abort', cancel, { once: true });
    worker.on('message', (reply: PdfThreadReply) => {
      if (reply.kind === 'progress') {
        watch();
        options.progress?.(reply.done, reply.total, 'page');
      } else if (reply.kind === 'done') finish(() => resolve(reply.pages));
      else refuse(reply.said);
    });
    worker.on('error', (error) => refuse(THREAD_FAILED(error.message)));
    worker.on('exit', (code) => refuse(THREAD_FAILED(`exit code ${code}`)));
    watch();
    const copy = new Uint8Array(data);
    worker.postMessage(copy, [copy.buffer]);
  });
}
