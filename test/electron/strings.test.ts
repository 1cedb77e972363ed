/**
 * The desktop app's menus and dialogs in both languages: the resources have the same keys, functions and
 * arities, the Chinese ones are Chinese, the system's locale picks the language, and every menu item
 * (role items too, which Electron names in English only) carries a label in it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../main/electron/menu-template.js';
import { electronEn, electronStrings, electronZhCN } from '../../main/electron/strings.js';
import { differences, leaves } from '../support/resources.js';

const actions = { importFiles() {}, exportNotes() {}, exportNotesToFolder() {} };

/** The labels of every item that is not a separator, at every depth. */
const labels = (items: MenuItemConstructorOptions[]): (string | undefined)[] =>
  items.flatMap((item) =>
    item.type === 'separator'
      ? []
      : [item.label, ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])],
  );

test('the menus and dialogs have the same keys in both languages, and the Chinese ones are Chinese', () => {
  assert.deepEqual(differences(electronEn, electronZhCN), []);
  assert.deepEqual(
    leaves(electronZhCN).filter(([, text]) => !/\p{Script=Han}/u.test(text)),
    [],
  );
});

test('the system locale picks the language of the menus', () => {
  assert.equal(electronStrings('zh-CN'), electronZhCN);
  assert.equal(electronStrings('zh-TW'), electronZhCN);
  assert.equal(electronStrings('en-GB'), electronEn);
  assert.equal(electronStrings('fr'), electronEn);
});

test('every menu item is labelled in the chosen language, on Linux and macOS', () => {
  for (const platform of ['linux', 'darwin'] as const) {
    const chinese = labels(menuTemplate(platform, actions, electronZhCN));
    // The macOS app menu is named by the system after the app.
    const named = platform === 'darwin' ? chinese.slice(1) : chinese;
    assert.deepEqual(
      named.filter((label) => !label || !/\p{Script=Han}/u.test(label)),
      [],
      platform,
    );
  }
  const file = menuTemplate('linux', actions, electronZhCN)[0]!;
  assert.equal(file.label, '文件(&F)');
  assert.equal((file.submenu as MenuItemConstructorOptions[])[0]!.accelerator, 'CmdOrCtrl+O');
});
