/**
 * Library search with snippets, matches marked in the article, and tags as a library filter; the
 * search shortcuts, debounced typing, the number of hits, paging, and moving between matches.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIXTURE, highlightTexts, importThroughPicker, openPage, sessionForSuite } from './helpers.js';
import { focused, importMarkdown } from './library-api.js';

const session = sessionForSuite();

test('search finds articles, marks the matches in the text, and is kept when going back', async () => {
  const { page, problems } = await openPage(session());
  await importThroughPicker(page, [FIXTURE]);

  await page.getByRole('searchbox', { name: 'Search the library' }).fill('乡村振兴');
  const results = page.locator('jb-search-results li');
  await results.first().waitFor();
  assert.match(
    (await page.locator('jb-search-results .summary').textContent()) ?? '',
    /^\s*\d+ results? for “乡村振兴”/,
  );
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
  const { page, problems } = await openPage(session());
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
  await page
    .locator('jb-library .count')
    .getByText(/^1 article$/)
    .waitFor();
  assert.equal((await page.locator('jb-library li .title').textContent())?.trim(), title);
  assert.equal(await page.getByRole('button', { name: /^to read/ }).count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('shortcuts, results while typing, the number of hits, more on scroll, and next/previous match', async () => {
  // 1,100 articles, each with the word three times: more than search.count counts exactly.
  const files = Array.from({ length: 1100 }, (_, i) => ({
    name: `whale-${i}.md`,
    text: `# Whale report ${i}\n\nThe 蓝鲸 came up. Later the 蓝鲸 dived, and once more a 蓝鲸 was seen.\n`,
  }));
  await importMarkdown(session().url, files);
  const { page, problems } = await openPage(session());
  const box = page.getByRole('searchbox', { name: 'Search the library' });
  await page.locator('jb-article-list a[data-article-id]').first().waitFor();

  // `/` focuses the search box, but is typed as usual in another field.
  await page.getByRole('textbox', { name: 'Source' }).click();
  await page.keyboard.type('a/b');
  assert.equal(await page.getByRole('textbox', { name: 'Source' }).inputValue(), 'a/b');
  await page.getByRole('textbox', { name: 'Source' }).fill('');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  assert.equal((await focused(page)).label, 'Search the library');

  // Typing quickly sends one search, after a pause; the box never waits for it.
  const searches: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/search.query')) searches.push(request.postData() ?? '');
  });
  await page.keyboard.type('蓝鲸 dived', { delay: 20 });
  assert.equal(await box.inputValue(), '蓝鲸 dived');
  const summary = page.locator('jb-search-results .summary');
  await summary.getByText('1,000+ results for “蓝鲸 dived”').waitFor();
  assert.equal(searches.length, 1, `searches: ${searches.join(' | ')}`);

  // Snippets mark the hits as text; 50 hits come first, more as the end scrolls into view.
  const results = page.locator('jb-search-results li');
  assert.equal(await results.count(), 50);
  assert.ok((await results.first().locator('mark').allTextContents()).includes('蓝鲸'));
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(
    () =>
      (document
        .querySelector('jb-app')
        ?.shadowRoot?.querySelector('jb-library')
        ?.shadowRoot?.querySelector('jb-search-results')
        ?.shadowRoot?.querySelectorAll('li').length ?? 0) >= 100,
  );

  // Opening a hit marks every match; F3, Shift+F3, Enter and Ctrl+G move between them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await results.first().locator('a').click();
  await page.waitForURL(/#article=\d+&q=/);
  const status = page.locator('jb-reader .matches [role=status]');
  await status.getByText('Match 1 of 4').waitFor();
  assert.deepEqual(await highlightTexts(page, 'jb-search'), ['蓝鲸', '蓝鲸', 'dived', '蓝鲸']);
  await page.keyboard.press('F3');
  await status.getByText('Match 2 of 4').waitFor();
  await page.keyboard.press('Shift+F3');
  await status.getByText('Match 1 of 4').waitFor();
  await page.keyboard.press('Shift+Enter');
  await status.getByText('Match 4 of 4').waitFor();
  await page.keyboard.press('Control+g');
  await status.getByText('Match 1 of 4').waitFor();
  await page.getByRole('button', { name: 'Next match' }).click();
  await status.getByText('Match 2 of 4').waitFor();

  // Ctrl+K in the reader goes back to the search, focused.
  await page.keyboard.press('Control+k');
  await summary.getByText(/results for “蓝鲸 dived”/).waitFor();
  for (let tries = 0; (await focused(page)).label !== 'Search the library'; tries++) {
    assert.ok(tries < 50, 'Ctrl+K focuses the search box');
    await page.waitForTimeout(50);
  }

  // A stale reply never replaces a newer one: the last query typed is the one shown.
  await box.fill('蓝鲸');
  await box.fill('Whale report 7');
  await summary.getByText(/for “Whale report 7”/).waitFor();
  await page.waitForTimeout(300);
  assert.match((await summary.textContent()) ?? '', /for “Whale report 7”/);
  assert.deepEqual(problems, []);
  await page.close();
});
