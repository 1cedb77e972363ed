/** The desktop app's main process: one window, one library, the services over IPC. */
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu } from 'electron';
import { join } from 'node:path';
import type { AppSettings } from '../../shared/contract/api.js';
import { eventChannel, type AppEvent, type OpenLink } from '../../shared/contract/methods.js';
import { startLibrary, type Library } from '../node/library.js';
import type { Dispatch } from '../node/services/dispatch.js';
import { DATABASE_FILE, dbFlag } from '../node/library-path.js';
import { createAppWindow, lockDownSession } from './app-window.js';
import { exportToFolderFromDialog } from './export-folder-dialog.js';
import { importFromDialog } from './import-dialog.js';
import { LINK_SCHEME, linkInArguments, parseJianbaoLink } from './policies/jianbao-link.js';
import { registerAppScheme, serveAppScheme } from './app-protocol.js';
import { menuTemplate } from './menu-template.js';
import { electronNativeBinding } from './native-binding.js';
import { registerIpc } from './register-ipc.js';
import { electronStrings } from './strings.js';

app.setName('Jianbao');
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | undefined;
  const send = (event: AppEvent, payload?: OpenLink) =>
    window?.webContents.send(eventChannel(event), payload);

  // A jianbao:// link that arrives before the page can take it waits until the page has loaded.
  let pendingLink = linkInArguments(process.argv);
  const openLink = (link: OpenLink | undefined) => {
    if (!link) return;
    if (window && !window.webContents.isLoading()) send('open:link', link);
    else pendingLink = link;
  };

  // Electronegativity PROTOCOL_HANDLER_JS_CHECK: a jianbao:// link can only name an article and an
  // annotation by number (parseJianbaoLink accepts that exact form, nothing else); it opens the article
  // in the page, and runs or loads nothing.
  app.setAsDefaultProtocolClient(LINK_SCHEME);
  // macOS hands links over as an event, also before the app is ready.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    openLink(parseJianbaoLink(url));
  });

  app.on('second-instance', (_event, argv) => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
    openLink(linkInArguments(argv));
  });

  void app.whenReady().then(async () => {
    const dbPath =
      dbFlag(process.argv) || process.env.JIANBAO_DB || join(app.getPath('userData'), DATABASE_FILE);
    const nativeBinding = electronNativeBinding({
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
      electronVersion: process.versions.electron,
      platform: process.platform,
      arch: process.arch,
    });
    let library: Library;
    try {
      library = await startLibrary(dbPath, { nativeBinding });
    } catch (error) {
      const { startup } = electronStrings(app.getLocale());
      dialog.showErrorBox(startup.title, startup.detail(dbPath, (error as Error).message));
      app.exit(1);
      return;
    }
    app.on('will-quit', () => library.close());

    lockDownSession();
    serveAppScheme(join(__dirname, '..', 'renderer'), (hash) => library.store.images.get(hash));
    // The menus and dialogs speak the interface's language: the library's saved choice, else the system's.
    let strings = electronStrings(app.getLocale());
    const followLanguage = ({ language }: Pick<AppSettings, 'language'>) => {
      strings = electronStrings(language ?? app.getLocale());
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate(
            process.platform,
            {
              importFiles: () => {
                if (!window) return;
                void importFromDialog(window, library.dispatch, strings).then(
                  (changed) => changed && send('library:changed'),
                );
              },
              exportNotes: () => send('menu:export'),
              exportNotesToFolder: () =>
                window && void exportToFolderFromDialog(window, library.dispatch, strings),
            },
            strings,
          ),
        ),
      );
    };
    const settings = await library.dispatch('settings.get', {});
    followLanguage(settings.ok ? (settings.value as AppSettings) : { language: null });
    // A choice in the page's Settings reaches the menus at once.
    const dispatch: Dispatch = async (method, payload) => {
      const reply = await library.dispatch(method, payload);
      if (method === 'settings.update' && reply.ok) followLanguage(reply.value as AppSettings);
      return reply;
    };
    registerIpc(ipcMain, dispatch);
    window = createAppWindow(app.getPath('userData'), join(__dirname, 'preload.cjs'));
    window.on('closed', () => (window = undefined));
    window.webContents.on('did-finish-load', () => {
      openLink(pendingLink);
      pendingLink = undefined;
    });
  });

  app.on('window-all-closed', () => app.quit());
}
