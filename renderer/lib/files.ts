/** What the import pickers accept: every format the import pipeline reads. */
export const ACCEPT = [
  '.txt,.md,.markdown,text/plain,text/markdown',
  '.pdf,application/pdf',
  '.html,.htm,.mhtml,.mht,text/html',
  '.epub,application/epub+zip',
  '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

import type { Input } from '../../shared/contract/api.js';

/** Reads picked or dropped files into the `library.import` request. */
export async function filesToImport(files: readonly File[]): Promise<Input<'library.import'>> {
  const read = await Promise.all(
    files.map(async (file) => ({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) })),
  );
  return { files: read };
}
