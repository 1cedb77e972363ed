import { BrowserWindow, screen, session, shell, type WebContents } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ENTRY_URL, allowNavigation } from './policies/app-origin.js';
import { externalUrlToOpen } from './policies/external-links.js';
import { grantPermission } from './policies/permissions.js';
import { parseWindowState, restoreWindowState, type WindowState } from './policies/window-state.js';

/** Applies the security policies to the default session once: every permission is refused. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(grantPermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => grantPermission(permission));
}

/** A link the page may not follow itself goes to the system browser, if it is one a browser should open. */
function openInBrowser(url: string): void {
  const external = externalUrlToOpen(url);
  // Electronegativity OPEN_EXTERNAL_JS_CHECK: only what externalUrlToOpen lets through reaches the
  // OS, https with a host and no credentials (policies/external-links.ts, tested): never file:, a
  // custom scheme or a path that would start a program.
  if (external) void shell.openExternal(external);
}

function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (allowNavigation(url)) return;
    event.preventDefault();
    openInBrowser(url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createAppWindow(userData: string, preloadPath: string): BrowserWindow {
  const stateFile = join(userData, 'window-state.json');
  const saved = parseWindowState(readOptional(stateFile));
  const state = restoreWindowState(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 480,
    minHeight: 360,
    show: false,
    title: 'Jianbao',
    webPreferences: {
      // Electronegativity PRELOAD_JS_CHECK: the preload is our own bundle, run isolated and sandboxed;
      // it exposes one function per contract request over IPC (every input validated in main) and the
      // app's events, never ipcRenderer, Node or Electron themselves (main/preload/bridge.ts).
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click opens a link in a new window without a click event the page could stop;
      // window.open is denied anyway, but the feature has no use here.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  guardNavigation(window.webContents);
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const current: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeFileSync(stateFile, JSON.stringify(current));
    } catch (error) {
      console.error('Could not remember the window size:', error);
    }
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
