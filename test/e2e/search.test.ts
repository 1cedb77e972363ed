/** Library search with snippets, matches marked in the article, and tags as a library filter. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  FIXTURE,
  highlightTexts,
  importThroughPicker,
  openPage,
  startSession,
  type Session,
} from './helpers.js';

let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.stop();
});

test('search finds articles, marks the matches in the text, and is kept when going back', async () => {
  const { page, problems } = await openPage(session);
  await importThroughPicker(page, [FIXTURE]);

  await page.getByRole('searchbox', { name: 'Search the library' }).fill('乡村振兴');
  const results = page.locator('jb-search-results li');
  await results.first().waitFor();
  assert.match((await page.locator('jb-search-results .summary').textContent()) ?? '', /match/);
  const marks = await results.first().locator('mark').allTextContents();
  assert.ok(
    marks.length > 0 && marks.every((mark) => mark.includes('乡村振兴') || '乡村振兴'.includes(mark)),
  );
  assert.match(page.url(), /#q=/, 'the query is kept in the address');

  await results.first().locator('a').click();
  await page.waitForURL(/#article=\d+&q=/);
  await page.waitForFunction(() => (CSS.highlights.get('jb-search')?.size ?? 0) > 0);
  const found = await highlightTexts(page, 'jb-search');
  assert.ok(found.length > 0 && found.every((text) => text === '乡村振兴'), `matches: ${found.join(', ')}`);
  assert.deepEqual(await highlightTexts(page, 'jb-search-current'), ['乡村振兴']);
  await page
    .locator('jb-reader .matches')
    .getByText(/for “乡村振兴”/)
    .waitFor();

  // Searching offers its own orders.
  const sort = page.getByRole('combobox', { name: 'Sort articles' });
  await page.goBack();
  await results.first().waitFor();
  assert.deepEqual(
    (await sort.locator('option').allTextContents()).map((o) => o.trim()),
    ['Best match', 'Newest first'],
  );
  await sort.selectOption('newest');
  await results.first().waitFor();
  await page.goForward();
  await page.locator('jb-reader .matches').waitFor();

  // Back to the library: the search is still there.
  await page.getByRole('button', { name: 'Library' }).click();
  await results.first().waitFor();
  assert.equal(await page.getByRole('searchbox', { name: 'Search the library' }).inputValue(), '乡村振兴');

  // A query that matches nothing says so.
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('zzzqqqxxx');
  await page.locator('jb-search-results').getByText('No article matches').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('tags added in the reader filter the library', async () => {
  const { page, problems } = await openPage(session);
  await importThroughPicker(page, [FIXTURE]);
  const entry = page.locator('jb-library a[data-article-id]').nth(2);
  await entry.waitFor();
  const title = (await entry.locator('.title').textContent())!.trim();
  await entry.click();

  const field = page.getByRole('textbox', { name: 'Add a tag' });
  await field.fill('基层党建');
  await field.press('Enter');
  await page.getByRole('button', { name: 'Remove tag 基层党建' }).waitFor();
  await field.fill('to read');
  await field.press('Enter');
  await page.getByRole('button', { name: 'Remove tag to read' }).click();
  await page.getByRole('button', { name: 'Remove tag to read' }).waitFor({ state: 'detached' });

  await page.reload();
  await page.getByRole('button', { name: 'Remove tag 基层党建' }).waitFor();

  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('button', { name: '基层党建 (1)' }).click();
  await page.waitForFunction(
    () =>
      document
        .querySelector('jb-app')
        ?.shadowRoot?.querySelector('jb-library')
        ?.shadowRoot?.querySelectorAll('li a[data-article-id]').length === 1,
  );
  assert.equal((await page.locator('jb-library li .title').textContent())?.trim(), title);
  assert.equal(await page.getByRole('button', { name: /^to read/ }).count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
