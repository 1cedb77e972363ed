/**
 * axe-core on every view and state of the interface, in both languages and in the light, sepia and dark
 * themes, wide and at 360 px: no violation of any impact. AxeBuilder runs axe through `page.evaluate`
 * (the DevTools protocol), which the page's CSP does not govern; the CSP is still checked by openPage.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { FIXTURE, importThroughPicker, openPage, selectText, sessionForSuite } from './helpers.js';

const session = sessionForSuite();

/** Runs axe on the page as it is; returns one line per violation and element, named by `state`. */
async function violations(page: Page, state: string): Promise<string[]> {
  // Legacy mode runs axe.run in the page itself: the default finishes in a new page of the context,
  // which openPage's page does not own. The app has no frames, which are all that legacy mode leaves out.
  const { violations: found } = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return found.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${state}: ${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary}`,
    ),
  );
}

interface Labels {
  settings: string;
  theme: string;
  language: string;
}

const ENGLISH: Labels = { settings: 'Settings', theme: 'Theme', language: 'Language' };
const CHINESE: Labels = { settings: '设置', theme: '主题', language: '语言' };

async function chooseInSettings(page: Page, labels: Labels, field: string, value: string): Promise<void> {
  await page.getByRole('button', { name: labels.settings, exact: true }).click();
  const select = page.getByRole('combobox', { name: field });
  await select.selectOption(value);
  // Esc closes the popover from within it (selectOption leaves the focus where it was; the field may
  // have been renamed, in the language just chosen).
  await page.locator('jb-settings [role=dialog] select').first().focus();
  await page.keyboard.press('Escape');
  await page.locator('jb-settings [role=dialog]').waitFor({ state: 'detached' });
}

/** Visits the states of the library, the reader and the dialogs, checking each. */
async function checkEveryState(
  page: Page,
  articleId: number,
  labels: Labels,
  name: string,
): Promise<string[]> {
  const found: string[] = [];
  const check = async (state: string) => found.push(...(await violations(page, `${name}, ${state}`)));

  await page.goto(`${session().url}#library`);
  await page.locator('jb-library a[data-article-id]').first().waitFor();
  await check('library');
  // The same file again: nothing is added, and the report says so.
  await importThroughPicker(page, [FIXTURE]);
  await check('import report');
  await page.getByRole('button', { name: labels.settings, exact: true }).click();
  await page.getByRole('combobox', { name: labels.theme }).waitFor();
  await check('settings popover');
  await page.getByRole('combobox', { name: labels.theme }).focus();
  await page.keyboard.press('Escape');
  await page
    .locator('jb-app')
    .getByRole('button')
    .filter({ hasText: /Export notes|导出笔记/ })
    .first()
    .click();
  await page.getByRole('dialog').first().waitFor();
  await check('export dialog');
  await page.keyboard.press('Escape');
  await page.locator('jb-app a[href="#notes"]').click();
  await page.locator('jb-notes').waitFor();
  await page.waitForTimeout(300);
  await check('Notes view');

  await page.goto(`${session().url}#library`);
  await page.locator('jb-library input[type=search]').fill('乡村振兴');
  await page.locator('jb-search-results li').first().waitFor();
  await check('search results');
  await page.locator('jb-search-results li a').first().click();
  await page.locator('jb-reader .matches').waitFor();
  await check('reader with search matches');

  await page.goto(`${session().url}#article=${articleId}`);
  const paragraph = page.locator('jb-article .paragraph').nth(1);
  await paragraph.waitFor();
  await page.locator('jb-annotation-panel li').first().waitFor();
  await check('reader');
  await selectText(page, paragraph, 2, 10);
  await check('selection toolbar');
  await page.keyboard.press('n');
  await page.locator('jb-reader .editor jb-note-editor textarea').waitFor();
  await check('note editor');
  await page.keyboard.press('Escape');
  await page.locator('jb-reader .tools button').first().click();
  await page.locator('jb-reader jb-note-editor.article-note textarea').waitFor();
  await check('article note editor');
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await page.locator('jb-shortcuts dialog').waitFor();
  await check('shortcuts');
  await page.keyboard.press('Escape');

  await page.setViewportSize({ width: 360, height: 800 });
  await check('reader at 360 px');
  await page.locator('jb-reader .drawer-toggle').click();
  await page.waitForTimeout(300); // the drawer's slide
  await check('drawer at 360 px');
  await page.keyboard.press('Escape');
  await page.goto(`${session().url}#library`);
  await page.locator('jb-library a[data-article-id]').first().waitFor();
  await check('library at 360 px');
  await page.setViewportSize({ width: 1280, height: 900 });
  return found;
}

test('axe finds no violation in any view or state, language or theme', async () => {
  const { page, problems } = await openPage(session());
  const found: string[] = [];
  await page.locator('jb-library').waitFor();
  found.push(...(await violations(page, 'en, empty library')));
  await chooseInSettings(page, ENGLISH, ENGLISH.theme, 'dark');
  await chooseInSettings(page, ENGLISH, ENGLISH.language, 'zh-CN');
  found.push(...(await violations(page, 'zh dark, empty library')));
  await chooseInSettings(page, CHINESE, CHINESE.language, 'en');
  const articleId = await importThroughPicker(page, [FIXTURE]);
  found.push(...(await violations(page, 'import report')));
  // A highlight, a note in Markdown and a bookmark, so that the side panel and the Notes view have entries.
  await page.goto(`${session().url}#article=${articleId}`);
  const paragraph = page.locator('jb-article .paragraph').first();
  await paragraph.waitFor();
  await selectText(page, paragraph, 0, 6);
  await page.keyboard.press('h');
  await selectText(page, paragraph, 8, 14);
  await page.keyboard.press('n');
  await page.locator('jb-reader .editor textarea').fill('A **note** with a [link](https://example.com/).');
  await page.locator('jb-reader .editor button.primary').click();
  await page.locator('jb-reader .tools button').nth(1).click();
  await page.locator('jb-annotation-panel li[data-bookmark-id]').waitFor();
  await page.locator('jb-annotation-panel li .note').waitFor();

  for (const theme of ['light', 'sepia', 'dark']) {
    await chooseInSettings(page, ENGLISH, ENGLISH.theme, theme);
    found.push(...(await checkEveryState(page, articleId, ENGLISH, `en ${theme}`)));
  }
  await chooseInSettings(page, ENGLISH, ENGLISH.language, 'zh-CN');
  for (const theme of ['light', 'dark']) {
    await chooseInSettings(page, CHINESE, CHINESE.theme, theme);
    found.push(...(await checkEveryState(page, articleId, CHINESE, `zh ${theme}`)));
  }
  assert.deepEqual(found, []);
  assert.deepEqual(problems, []);
  await page.close();
});
