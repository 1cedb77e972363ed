import { dialog, type BrowserWindow } from 'electron';
import type { Output } from '../../shared/contract/api.js';
import type { Dispatch } from '../node/services/dispatch.js';
import type { ElectronStrings } from './strings.js';

/**
 * File > Export Notes to Folder: main picks the folder (a page cannot name one) and exports every
 * annotated article through the validated dispatch, one file each; then says where they went.
 */
export async function exportToFolderFromDialog(
  window: BrowserWindow,
  dispatch: Dispatch,
  { exportDialog: words }: ElectronStrings,
): Promise<void> {
  const { canceled, filePaths } = await dialog.showOpenDialog(window, {
    title: words.title,
    properties: ['openDirectory', 'createDirectory'],
  });
  const folder = filePaths[0];
  if (canceled || folder === undefined) return;
  const reply = await dispatch('export.toFolder', { folder, scope: { kind: 'library' } });
  const written = reply.ok ? (reply.value as Output<'export.toFolder'>) : undefined;
  await dialog.showMessageBox(window, {
    type: written ? 'info' : 'warning',
    message: written ? words.exported(written.files.length) : words.failed,
    detail: written ? written.folder : reply.ok ? '' : reply.error.message,
  });
}
