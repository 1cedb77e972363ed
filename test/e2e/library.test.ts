/**
 * The library list: virtualised over a large library (only the rows in view exist), paged from the
 * API as it scrolls, keyboard navigation, sort orders, and the source and date filters.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, startSession, type Session } from './helpers.js';
import { focused, importMarkdown } from './library-api.js';

/** Enough to need many pages of 200 and a tall list; imported in about a second per 2,500. */
const ARTICLES = 20_000;
const MAX_ROWS = 100;
const pad = (n: number) => String(n).padStart(5, '0');

let session: Session;
before(async () => {
  session = await startSession();
  const files = Array.from({ length: ARTICLES }, (_, i) => ({
    name: `clip-${pad(i + 1)}.md`,
    text: `# Article ${pad(i + 1)}\n\nA short clipping about the river delta, number ${i + 1}.\n`,
  }));
  assert.equal(await importMarkdown(session.url, files), ARTICLES);
});
after(async () => {
  await session?.stop();
});

const rows = (page: Page) => page.locator('jb-article-list li');

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('a large library renders only the rows in view and scrolls to its last article', async () => {
  const { page, problems } = await openPage(session);
  await page.locator('jb-library .count').getByText('20,000 articles').waitFor();
  await page.getByRole('combobox', { name: 'Sort articles' }).selectOption('title');
  await page.locator('jb-article-list a[data-article-id]').first().waitFor();
  assert.equal((await rows(page).first().locator('.title').textContent())?.trim(), 'Article 00001');
  assert.ok((await rows(page).count()) <= MAX_ROWS, `rows in the DOM: ${await rows(page).count()}`);
  const list = page.getByRole('list', { name: 'Library' });
  assert.equal(await rows(page).first().getAttribute('aria-setsize'), String(ARTICLES));

  // Scrolling through the middle and to the end keeps the DOM small; the last article shows.
  const started = Date.now();
  for (const fraction of [0.25, 0.5, 0.75, 1]) {
    await page.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f), fraction);
    await page.waitForTimeout(50);
    assert.ok((await rows(page).count()) <= MAX_ROWS, `rows in the DOM at ${fraction}`);
  }
  const last = list.locator('li').filter({ hasText: `Article ${pad(ARTICLES)}` });
  await last.waitFor();
  assert.equal(await last.getAttribute('aria-posinset'), String(ARTICLES));
  assert.ok(await last.isVisible());
  assert.ok((await rows(page).count()) <= MAX_ROWS);
  assert.ok(Date.now() - started < 10_000);

  // Keyboard: Home goes back to the first, arrows move one row, End to the last, Enter opens it.
  await last.locator('a').focus();
  await page.keyboard.press('Home');
  await until(
    () => focused(page),
    (f) => f.index === '0',
    'Home',
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await until(
    () => focused(page),
    (f) => f.index === '1',
    'arrows',
  );
  await page.keyboard.press('PageDown');
  const afterPage = await until(
    () => focused(page),
    (f) => Number(f.index) > 3,
    'Page Down',
  );
  assert.ok(Number(afterPage.index) < 30);
  await page.keyboard.press('End');
  await until(
    () => focused(page),
    (f) => f.index === String(ARTICLES - 1),
    'End',
  );
  await page.keyboard.press('Enter');
  await page.waitForURL(/#article=\d+/);
  await page
    .locator('jb-article')
    .getByText(`Article ${pad(ARTICLES)}`)
    .first()
    .waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('sort orders, the source filter and the date filter', async () => {
  const { page, problems } = await openPage(session);
  const sort = page.getByRole('combobox', { name: 'Sort articles' });
  await page.locator('jb-article-list a[data-article-id]').first().waitFor();
  assert.deepEqual(
    (await sort.locator('option').allTextContents()).map((o) => o.trim()),
    ['Newest first', 'Title', 'Source file', 'Most annotated', 'Continue reading'],
  );
  // Newest first: the last file imported leads.
  assert.equal(
    (await rows(page).first().locator('.title').textContent())?.trim(),
    `Article ${pad(ARTICLES)}`,
  );
  await sort.selectOption('source');
  await until(
    () => rows(page).first().locator('.title').textContent(),
    (title) => title?.trim() === 'Article 00001',
    'sorted by source',
  );

  // Clicking a source name filters by it; the field shows it and can be edited or cleared.
  await rows(page).nth(1).getByTitle('Only articles from clip-00002.md').click();
  const source = page.getByRole('textbox', { name: 'Source' });
  assert.equal(await source.inputValue(), 'clip-00002.md');
  await page
    .locator('jb-library .count')
    .getByText(/^1 article$/)
    .waitFor();
  await source.fill('clip-0001');
  await page.locator('jb-library .count').getByText('10 articles').waitFor();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.locator('jb-library .count').getByText('20,000 articles').waitFor();

  // Dates: nothing was imported after tomorrow; everything on or after today.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('From', { exact: true }).fill(day(1));
  await page.locator('jb-search-results').getByText('No article matches').waitFor();
  await page.getByLabel('From', { exact: true }).fill(day(-1));
  await page.locator('jb-search-results').getByText('1,000+ results').waitFor();
  await page.getByLabel('Before', { exact: true }).fill(day(-1));
  await page.locator('jb-search-results').getByText('No article matches').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});
