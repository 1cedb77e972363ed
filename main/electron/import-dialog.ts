import { dialog, type BrowserWindow } from 'electron';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Output } from '../../shared/contract/api.js';
import type { Dispatch } from '../node/services/dispatch.js';

/**
 * File > Import: main asks for the files itself, because a page may open a file picker only from a user
 * gesture and a menu click reaches it over IPC, which is not one. The import goes through the same
 * validated dispatch as every other request.
 */
export async function importFromDialog(window: BrowserWindow, dispatch: Dispatch): Promise<boolean> {
  const { canceled, filePaths } = await dialog.showOpenDialog(window, {
    title: 'Import into Jianbao',
    properties: ['openFile', 'multiSelections'],
    filters: [
      {
        name: 'Articles (text, Markdown, PDF, web pages, EPUB, Word)',
        extensions: ['txt', 'text', 'md', 'markdown', 'pdf', 'html', 'htm', 'mhtml', 'mht', 'epub', 'docx'],
      },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  if (canceled || filePaths.length === 0) return false;
  const problems: string[] = [];
  const files: { name: string; data: Uint8Array }[] = [];
  for (const path of filePaths) {
    try {
      files.push({ name: basename(path), data: await readFile(path) });
    } catch (error) {
      problems.push(`${basename(path)} could not be read: ${(error as Error).message}`);
    }
  }
  if (files.length > 0) {
    const reply = await dispatch('library.import', { files });
    if (reply.ok)
      problems.push(...(reply.value as Output<'library.import'>).rejected.map((file) => file.reason));
    else problems.push(reply.error.message);
  }
  if (problems.length > 0) {
    await dialog.showMessageBox(window, {
      type: 'warning',
      message: 'Some files were not imported',
      detail: problems.join('\n'),
    });
  }
  return files.length > 0;
}
