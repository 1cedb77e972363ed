// The thread pdf.js reads a PDF in (started by pdf-thread.ts): the file arrives as a message, each page read is
// reported, and the pages' text runs go back, or the sentence saying why the file cannot be read.
import { parentPort } from 'node:worker_threads';
import type { PdfThreadReply } from './pdf-thread.js';
import { PdfReadError, readPdfText } from './pdf-text.js';

const port = parentPort;
if (!port) throw new Error('pdf-worker runs as a worker thread');
port.once('message', (data: Uint8Array) => {
  const reply = (message: PdfThreadReply): void => port.postMessage(message);
  readPdfText(data, { progress: (done, total) => reply({ kind: 'progress', done, total }) }).then(
    (pages) => reply({ kind: 'done', pages }),
    (error: unknown) => {
      if (error instanceof PdfReadError) reply({ kind: 'refused', said: error.said });
      else throw error;
    },
  );
});
