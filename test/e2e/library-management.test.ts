/**
 * Managing the library from the page: reading progress in the list and the reader, renaming in the
 * article header, archiving, a collection as a filter, and deleting with undo.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, sessionForSuite } from './helpers.js';
import { callApi, importMarkdown } from './library-api.js';

const session = sessionForSuite();

const body = (word: string) =>
  Array.from({ length: 40 }, (_, i) => `${word} paragraph ${i + 1}.`).join('\n\n');
const FILES = ['Alpha', 'Beta', 'Gamma'].map((name) => ({
  name: `${name.toLowerCase()}.md`,
  text: `# ${name} story\n\n${body(name)}\n`,
}));

const row = (page: Page, title: string) => page.locator('jb-article-list li').filter({ hasText: title });
const titles = (page: Page) => page.locator('jb-article-list li .title').allTextContents();

async function waitForTitles(page: Page, expected: string[]): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const now = (await titles(page)).sort();
    if (JSON.stringify(now) === JSON.stringify([...expected].sort())) return;
    if (Date.now() > deadline) assert.deepEqual(now, [...expected].sort());
    await page.waitForTimeout(50);
  }
}

test('progress, rename, archive, a collection filter, and delete with undo', async () => {
  const { url } = session();
  assert.equal(await importMarkdown(url, FILES), 3);
  const { items } = await callApi(url, 'articles.list', {});
  const id = (title: string) => items.find((item) => item.title === title)!.id;
  const alpha = await callApi(url, 'articles.get', { id: id('Alpha story') });
  await callApi(url, 'articles.setReadingPosition', {
    articleId: alpha.id,
    offset: Math.round(alpha.text.length / 2),
  });

  const { page, problems } = await openPage(session());
  await waitForTitles(page, ['Alpha story', 'Beta story', 'Gamma story']);
  // Progress: in the list, and in the reader's header.
  await row(page, 'Alpha story').getByText('50% read').waitFor();
  await row(page, 'Alpha story').locator('a').click();
  const header = page.locator('jb-article-actions');
  await header.getByText('50% read').waitFor();

  // Rename from the header, by keyboard: the headline in the text changes too.
  await header.getByRole('button', { name: 'Details…' }).focus();
  await page.keyboard.press('Enter');
  const title = header.getByLabel('Title');
  await title.fill('Alpha, renamed');
  await title.press('Enter');
  await page.locator('jb-article .title').getByText('Alpha, renamed').waitFor();
  await page.getByRole('button', { name: 'Library' }).click();
  await waitForTitles(page, ['Alpha, renamed', 'Beta story', 'Gamma story']);

  // Archive: hidden from the default list, shown with the filter.
  await page.getByRole('button', { name: 'Archive “Beta story”' }).click();
  await waitForTitles(page, ['Alpha, renamed', 'Gamma story']);
  const show = page.getByRole('combobox', { name: 'Show' });
  await show.selectOption('only');
  await waitForTitles(page, ['Beta story']);
  await row(page, 'Beta story').getByText('Archived').waitFor();
  await show.selectOption('exclude');
  await waitForTitles(page, ['Alpha, renamed', 'Gamma story']);

  // A collection, made in the library, filled from the reader, chosen as a filter.
  await page.getByRole('button', { name: 'New collection' }).click();
  await page.getByLabel('Name of the new collection').fill('Weekend');
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText('No article matches these filters.').waitFor();
  await page.getByRole('combobox', { name: 'Collection' }).selectOption({ label: 'All articles' });
  await row(page, 'Gamma story').locator('a').click();
  await header.getByText('Collections').click();
  await header.getByRole('checkbox', { name: 'Weekend' }).check();
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('combobox', { name: 'Collection' }).selectOption({ label: 'Weekend (1)' });
  await waitForTitles(page, ['Gamma story']);

  // Delete, then undo: the article is back in the list (and in its collection).
  await page.getByRole('button', { name: 'Delete “Gamma story”' }).click();
  await page.getByText('Deleted “Gamma story”.').waitFor();
  await waitForTitles(page, []);
  assert.equal((await callApi(url, 'search.query', { query: 'gamma' })).hits.length, 0);
  await page.locator('jb-undo-toast').getByRole('button', { name: 'Undo' }).click();
  await page.getByText('The article is back.').waitFor();
  await waitForTitles(page, ['Gamma story']);
  assert.equal((await callApi(url, 'search.query', { query: 'gamma' })).hits.length, 1);
  assert.deepEqual(problems, []);
  await page.close();
});
