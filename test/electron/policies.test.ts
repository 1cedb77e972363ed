import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowNavigation, APP_ENTRY_URL, isTrustedSender } from '../../main/electron/policies/app-origin.js';
import { externalUrlToOpen } from '../../main/electron/policies/external-links.js';
import { grantPermission } from '../../main/electron/policies/permissions.js';
import {
  DEFAULT_SIZE,
  parseWindowState,
  restoreWindowState,
} from '../../main/electron/policies/window-state.js';
import { electronNativeBinding } from '../../main/electron/native-binding.js';
import { menuTemplate } from '../../main/electron/menu-template.js';
import { electronStrings } from '../../main/electron/strings.js';
import { CONTENT_SECURITY_POLICY } from '../../main/node/security/content-security-policy.js';

test('only https links with a host and no credentials are opened outside', () => {
  assert.equal(externalUrlToOpen('https://example.org/a?b#c'), 'https://example.org/a?b#c');
  for (const url of [
    'http://example.org',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'https://user:pw@example.org',
    'not a url',
    'jianbao-app://app/index.html',
  ]) {
    assert.equal(externalUrlToOpen(url), undefined, url);
  }
});

test('navigation and IPC are trusted only for the app page in the main frame', () => {
  assert.equal(allowNavigation(APP_ENTRY_URL), true);
  assert.equal(allowNavigation('https://example.org'), false);
  assert.equal(allowNavigation('file:///home/user/page.html'), false);
  assert.equal(allowNavigation('jianbao-app://other/index.html'), false);
  assert.equal(isTrustedSender(APP_ENTRY_URL, true), true);
  assert.equal(isTrustedSender(APP_ENTRY_URL, false), false);
  assert.equal(isTrustedSender('https://evil.example', true), false);
  assert.equal(isTrustedSender(undefined, true), false);
});

test('every permission is refused and the CSP allows no inline or remote script', () => {
  for (const permission of [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
  ]) {
    assert.equal(grantPermission(permission), false);
  }
  assert.match(CONTENT_SECURITY_POLICY, /default-src 'none'/);
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|\*/);
});

test('the window comes back where it was, unless that place is off every display', () => {
  const saved = parseWindowState(
    JSON.stringify({ bounds: { x: 100, y: 80, width: 900, height: 700 }, maximized: true }),
  );
  const display = { x: 0, y: 0, width: 1920, height: 1080 };
  assert.deepEqual(restoreWindowState(saved, [display]), saved);
  const offScreen = parseWindowState(JSON.stringify({ bounds: { x: 5000, y: 80, width: 900, height: 700 } }));
  assert.deepEqual(restoreWindowState(offScreen, [display]), { bounds: DEFAULT_SIZE, maximized: false });
  assert.equal(parseWindowState('{broken'), undefined);
  assert.equal(
    parseWindowState(JSON.stringify({ bounds: { x: 0, y: 0, width: 10, height: 10 } })),
    undefined,
  );
  assert.deepEqual(restoreWindowState(undefined, [display]), { bounds: DEFAULT_SIZE, maximized: false });
});

test('the Electron build of better-sqlite3 is found per Electron version in development and in resources when packaged', () => {
  const facts = {
    appPath: '/app',
    resourcesPath: '/res',
    electronVersion: '45.5.0',
    platform: 'linux' as const,
    arch: 'x64',
  };
  assert.equal(
    electronNativeBinding({ ...facts, isPackaged: false }),
    '/app/dist/native/electron-45.5.0-linux-x64/better_sqlite3.node',
  );
  assert.equal(electronNativeBinding({ ...facts, isPackaged: true }), '/res/native/better_sqlite3.node');
});

test('the menu has Import on Ctrl/Cmd+O and the app menu on macOS only', () => {
  const calls: string[] = [];
  const actions = {
    importFiles: () => calls.push('import'),
    exportNotes: () => calls.push('export'),
    exportNotesToFolder: () => calls.push('export to folder'),
  };
  const linux = menuTemplate('linux', actions, electronStrings('en-US'));
  const fileMenu = linux[0]!.submenu as { label?: string; accelerator?: string; click?: () => void }[];
  const importItem = fileMenu.find((item) => item.accelerator === 'CmdOrCtrl+O')!;
  importItem.click!();
  fileMenu.find((item) => item.label === 'Export Notes to Folder…')!.click!();
  assert.deepEqual(calls, ['import', 'export to folder']);
  assert.equal(
    (menuTemplate('darwin', actions, electronStrings('en'))[0] as { role?: string }).role,
    'appMenu',
  );
  assert.notEqual((linux[0] as { role?: string }).role, 'appMenu');
});
