import { dialog, type BrowserWindow } from 'electron';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Output } from '../../shared/contract/api.js';
import type { Dispatch } from '../node/services/dispatch.js';
import type { ElectronStrings } from './strings.js';

/**
 * File > Import: main asks for the files itself, because a page may open a file picker only from a user
 * gesture and a menu click reaches it over IPC, which is not one. The import goes through the same
 * validated dispatch as every other request.
 */
export async function importFromDialog(
  window: BrowserWindow,
  dispatch: Dispatch,
  { importDialog: words }: ElectronStrings,
): Promise<boolean> {
  const { canceled, filePaths } = await dialog.showOpenDialog(window, {
    title: words.title,
    properties: ['openFile', 'multiSelections'],
    filters: [
      {
        name: words.articles,
        extensions: ['txt', 'text', 'md', 'markdown', 'pdf', 'html', 'htm', 'mhtml', 'mht', 'epub', 'docx'],
      },
      { name: words.allFiles, extensions: ['*'] },
    ],
  });
  if (canceled || filePaths.length === 0) return false;
  const problems: string[] = [];
  const files: { name: string; data: Uint8Array }[] = [];
  for (const path of filePaths) {
    try {
      files.push({ name: basename(path), data: await readFile(path) });
    } catch (error) {
      problems.push(words.unreadable(basename(path), (error as Error).message));
    }
  }
  if (files.length > 0) {
    const reply = await dispatch('library.import', { files });
    if (reply.ok)
      problems.push(
        ...(reply.value as Output<'library.import'>).rejected.map((file) => words.reason(file.said)),
      );
    else problems.push(reply.error.message);
  }
  if (problems.length > 0) {
    await dialog.showMessageBox(window, {
      type: 'warning',
      message: words.notImported,
      detail: problems.join('\n'),
    });
  }
  return files.length > 0;
}
