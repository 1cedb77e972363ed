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

function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (allowNavigation(url)) return;
    event.preventDefault();
    const external = externalUrlToOpen(url);
    if (external) void shell.openExternal(external);
  });
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) void shell.openExternal(external);
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
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
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
