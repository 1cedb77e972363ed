/**
 * The interface's language in real Chromium: English from the browser's en-US locale, switched to
 * Chinese in Settings while an article is open (no reload: the route, the open article and its scroll
 * position stay), `<html lang>` following, the article keeping its own `lang`, the choice remembered by
 * the library after a reload, and Chinese from a zh-TW browser at first start.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { FIXTURE, importThroughPicker, openPage, sessionForSuite } from './helpers.js';
import { callApi } from './library-api.js';

const session = sessionForSuite();

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

async function chooseLanguage(page: Page, settingsName: string, languageLabel: string, value: string) {
  await page.getByRole('button', { name: settingsName }).click();
  await page.getByRole('combobox', { name: languageLabel }).selectOption(value);
  await page.keyboard.press('Escape');
}

test('switching the language re-renders at once, keeps the open article and is remembered', async () => {
  const { page, problems } = await openPage(session());
  assert.equal(await htmlLang(page), 'en');
  const articleId = await importThroughPicker(page, [FIXTURE]);
  await page.goto(`${session().url}#article=${articleId}`);
  const article = page.locator('jb-article article');
  await article.waitFor();
  assert.equal(await article.getAttribute('lang'), 'zh');
  await page.getByRole('button', { name: 'Details…' }).waitFor();
  // A marker on the page's window is gone after any reload.
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
  await page.evaluate(() => window.scrollTo(0, 300));
  const paragraph = page.locator('jb-article .paragraph').nth(3);
  const before = (await paragraph.boundingBox())!.y;

  await chooseLanguage(page, 'Settings', 'Language', 'zh-CN');
  await page.getByRole('button', { name: '详细信息…' }).waitFor();
  assert.equal(await htmlLang(page), 'zh-CN');
  await page.getByRole('button', { name: '导入…', exact: true }).waitFor();
  await page.getByRole('button', { name: '导出笔记' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: '高亮与笔记' }).count(), 1);
  assert.ok(page.url().endsWith(`#article=${articleId}`), 'the route stays');
  assert.equal(await page.evaluate(() => 'notReloaded' in window), true, 'the page was not reloaded');
  // The same text stays at the top of the column, to within the line it was scrolled into.
  await page.waitForTimeout(100);
  assert.ok(Math.abs((await paragraph.boundingBox())!.y - before) < 40, 'the reading place stays');
  assert.equal(await article.getAttribute('lang'), 'zh', 'the article keeps its own language');

  // The library remembers the choice: a reload (and the browser's en-US) keeps Chinese.
  await page.reload();
  await page.getByRole('button', { name: '详细信息…' }).waitFor();
  assert.equal(await htmlLang(page), 'zh-CN');
  await page.goto(`${session().url}#`);
  await page.getByRole('heading', { name: '文库' }).waitFor();
  // Dates and counts in Chinese: "1月5日 15:04", "5 篇文章".
  const row = page.locator('jb-library a[data-article-id]').first();
  assert.match((await row.textContent()) ?? '', /\d+月\d+日 \d+:\d\d/);
  assert.match((await page.locator('jb-library .count').textContent()) ?? '', /^\d+ 篇文章$/);

  // And back: English strings, `<html lang="en">`.
  await chooseLanguage(page, '设置', '语言', 'en');
  await page.getByRole('heading', { name: 'Library' }).waitFor();
  assert.match((await row.textContent()) ?? '', /[A-Z][a-z]{2} \d+, \d+:\d\d [AP]M/);
  assert.equal(await htmlLang(page), 'en');
  await page.getByRole('button', { name: 'Import…', exact: true }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('a Chinese browser starts in Chinese when no language was chosen', async () => {
  const { language } = await callApi(session().url, 'settings.update', { language: null });
  assert.equal(language, null);
  const page = await session().browser.newPage({ locale: 'zh-TW' });
  await page.goto(session().url);
  await page.getByRole('heading', { name: '文库' }).waitFor();
  assert.equal(await htmlLang(page), 'zh-CN');
  await page.close();
});
