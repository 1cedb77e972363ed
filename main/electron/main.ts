/** The desktop app's main process: one window, one library, the services over IPC. */
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu } from 'electron';
import { join } from 'node:path';
import { eventChannel, type AppEvent } from '../../shared/contract/methods.js';
import { openLibrary } from '../node/library.js';
import { DATABASE_FILE } from '../node/library-path.js';
import { createAppWindow, lockDownSession } from './app-window.js';
import { importFromDialog } from './import-dialog.js';
import { registerAppScheme, serveAppScheme } from './app-protocol.js';
import { menuTemplate } from './menu-template.js';
import { electronNativeBinding } from './native-binding.js';
import { registerIpc } from './register-ipc.js';

app.setName('Jianbao');
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | undefined;
  const send = (event: AppEvent) => window?.webContents.send(eventChannel(event));

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  void app.whenReady().then(() => {
    const dbPath = process.env.JIANBAO_DB || join(app.getPath('userData'), DATABASE_FILE);
    const nativeBinding = electronNativeBinding({
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
      electronVersion: process.versions.electron,
      platform: process.platform,
      arch: process.arch,
    });
    let library: ReturnType<typeof openLibrary>;
    try {
      library = openLibrary(dbPath, { nativeBinding });
    } catch (error) {
      dialog.showErrorBox(
        'Jianbao cannot open its library',
        `${dbPath}\n\n${(error as Error).message}\n\nNothing was changed. Check that the file is readable, or start Jianbao with JIANBAO_DB set to another library.`,
      );
      app.exit(1);
      return;
    }
    app.on('will-quit', () => library.close());

    lockDownSession();
    serveAppScheme(join(__dirname, '..', 'renderer'));
    registerIpc(ipcMain, library.dispatch);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(process.platform, {
          importFiles: () => {
            if (!window) return;
            void importFromDialog(window, library.dispatch).then(
              (changed) => changed && send('library:changed'),
            );
          },
          exportNotes: () => send('menu:export'),
        }),
      ),
    );
    window = createAppWindow(app.getPath('userData'), join(__dirname, 'preload.cjs'));
    window.on('closed', () => (window = undefined));
  });

  app.on('window-all-closed', () => app.quit());
}
