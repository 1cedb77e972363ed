/**
 * Highlights in six colours and underlined, overlapping highlights, undo/redo of every change, the
 * h and n keys, Markdown notes (sanitised: an XSS attempt must not run), notes on the whole article,
 * tags with completion, the side panel's filters and the #annotation= link.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  FIXTURE,
  highlightTexts,
  importThroughPicker,
  openPage,
  panelItem,
  selectText,
  sessionForSuite,
  until,
} from './helpers.js';

const session = sessionForSuite();

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const count = (page: Page, name: string) => page.evaluate((key) => CSS.highlights.get(key)?.size ?? 0, name);
const waitCount = (page: Page, name: string, n: number) =>
  page.waitForFunction(([key, size]) => (CSS.highlights.get(key as string)?.size ?? 0) === size, [
    name,
    n,
  ] as const);

async function openArticle(page: Page, nth: number): Promise<number> {
  await importThroughPicker(page, [FIXTURE]);
  const entry = page.locator('jb-library a[data-article-id]').nth(nth);
  await entry.waitFor();
  const id = Number(await entry.getAttribute('data-article-id'));
  await entry.click();
  await page.locator('jb-article .paragraph').first().waitFor();
  return id;
}

test('colours, underline, overlapping highlights, the h key, and undo/redo of every change', async () => {
  const { page, problems } = await openPage(session());
  await openArticle(page, 0);
  const paragraph = page.locator('jb-article .paragraph').first();

  // Two overlapping highlights in different colours: both are painted over the shared characters.
  const blue = await selectText(page, paragraph, 0, 20);
  await page.getByRole('button', { name: 'Highlight Blue' }).click();
  await panelItem(page, blue).waitFor();
  const pink = await selectText(page, paragraph, 10, 30);
  await page.getByRole('button', { name: 'Highlight Pink' }).click();
  await panelItem(page, pink).waitFor();
  assert.deepEqual(await highlightTexts(page, 'jb-blue'), [blue]);
  assert.deepEqual(await highlightTexts(page, 'jb-pink'), [pink]);
  // Overlaps read as darker: every highlight colour is semi-transparent.
  const alphas = await page.evaluate(() =>
    ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'].map((c) =>
      getComputedStyle(document.documentElement).getPropertyValue(`--jb-hl-${c}`),
    ),
  );
  for (const value of alphas) assert.match(value, /\/\s*0\.\d+\)/, `${value} is semi-transparent`);

  // `h` highlights the selection in the last colour used (pink).
  const third = await selectText(page, paragraph, 40, 52);
  await page.keyboard.press('h');
  await panelItem(page, third).waitFor();
  assert.deepEqual(await highlightTexts(page, 'jb-pink'), [pink, third]);

  // Underline, in the last colour, from the toolbar.
  const under = await selectText(page, paragraph, 60, 72);
  await page.getByRole('button', { name: 'Underline Pink' }).click();
  await panelItem(page, under).waitFor();
  assert.deepEqual(await highlightTexts(page, 'jb-underline-pink'), [under]);
  assert.equal(await count(page, 'jb-pink'), 2);

  // Style and colour changes from the panel; the article DOM is never rewritten.
  const item = panelItem(page, blue);
  await item.getByRole('button', { name: /^Underline “/ }).click();
  await waitCount(page, 'jb-underline-blue', 1);
  await item.getByRole('button', { name: 'Change colour to Green' }).click();
  await waitCount(page, 'jb-underline-green', 1);
  assert.equal(await paragraph.evaluate((el) => el.childNodes.length), 1);

  // Undo the colour change, then the style change; redo both.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press(`${mod}+z`);
  await waitCount(page, 'jb-underline-blue', 1);
  await page.getByRole('status').filter({ hasText: 'Undone: colour change' }).waitFor();
  await page.keyboard.press(`${mod}+z`);
  await waitCount(page, 'jb-blue', 1);
  await page.keyboard.press(`Shift+${mod}+z`);
  await waitCount(page, 'jb-underline-blue', 1);
  await page.keyboard.press(`Shift+${mod}+z`);
  await waitCount(page, 'jb-underline-green', 1);

  // Delete, undo (the same annotation comes back), redo (gone again), undo.
  const id = await item.getAttribute('data-annotation-id');
  await item.getByRole('button', { name: /^Delete the highlight/ }).click();
  await item.waitFor({ state: 'detached' });
  assert.equal(await count(page, 'jb-underline-green'), 0);
  await page.keyboard.press(`${mod}+z`);
  await item.waitFor();
  assert.equal(await item.getAttribute('data-annotation-id'), id);
  await waitCount(page, 'jb-underline-green', 1);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await item.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await item.waitFor();

  // Undo of a creation removes it; redo brings it back.
  await page.keyboard.press(`${mod}+z`);
  await waitCount(page, 'jb-underline-green', 0);
  await page.keyboard.press(`Shift+${mod}+z`);
  await waitCount(page, 'jb-underline-green', 1);

  // All of it is stored: after a reload the same highlights are painted.
  await page.reload();
  await panelItem(page, under).waitFor();
  assert.deepEqual(await highlightTexts(page, 'jb-underline-green'), [blue]);
  assert.deepEqual(await highlightTexts(page, 'jb-pink'), [pink, third]);
  assert.deepEqual(await highlightTexts(page, 'jb-underline-pink'), [under]);
  await page.screenshot({ path: '/tmp/jb/annotations.png' });

  assert.deepEqual(problems, []);
  await page.close();
});

test('Markdown notes are rendered and sanitised; n opens a note; notes on the article', async () => {
  const { page, problems } = await openPage(session());
  await openArticle(page, 1);
  const paragraph = page.locator('jb-article .paragraph').nth(1);

  const quote = await selectText(page, paragraph, 2, 14);
  await page.keyboard.press('n');
  const editor = page.getByRole('textbox', { name: 'Note' });
  await editor.waitFor();
  const note = [
    '**Bold** and *soft* with [a link](https://example.com/x).',
    '',
    '- one',
    '- two',
    '',
    '<img src="x" onerror="window.pwned = 1"><script>window.pwned = 2</script>',
    '<a href="javascript:window.pwned=3">click</a> <b onmouseover="window.pwned=4">hover</b>',
  ].join('\n');
  await editor.fill(note);
  await page.getByRole('button', { name: 'Save' }).click();
  const item = panelItem(page, quote);
  const rendered = item.locator('.note');
  await rendered.waitFor();
  assert.equal(await rendered.locator('strong').textContent(), 'Bold');
  assert.equal(await rendered.locator('em').textContent(), 'soft');
  assert.equal(await rendered.locator('li').count(), 2);
  assert.equal(await rendered.locator('a[href="https://example.com/x"]').count(), 1);
  assert.equal(await rendered.locator('img, script, [onerror], [onmouseover]').count(), 0);
  assert.equal(await rendered.locator('a[href^="javascript"]').count(), 0);
  await rendered.getByText('hover').hover();
  await rendered.getByText('click').click();
  assert.equal(await page.evaluate(() => 'pwned' in window), false, 'no script in a note ran');
  assert.deepEqual(await highlightTexts(page, 'jb-has-note'), [quote]);

  // A note on the whole article: first in the panel, not painted in the text.
  await page.getByRole('button', { name: 'Article note' }).click();
  await page.getByRole('textbox', { name: 'Note on the article' }).fill('## Summary\n\nRead *twice*.');
  await page.getByRole('button', { name: 'Save' }).click();
  const first = page.locator('jb-annotation-panel li[data-annotation-id]').first();
  await first.locator('.note h2').waitFor();
  assert.match((await first.textContent()) ?? '', /Note on the article/);
  assert.equal(await first.locator('.note em').textContent(), 'twice');

  // The library-wide Notes view renders the same notes, as safely.
  await page.getByRole('link', { name: 'Notes' }).click();
  await page.locator('jb-notes li').first().waitFor();
  assert.equal(await page.locator('jb-notes .note strong').first().textContent(), 'Bold');
  assert.equal(await page.locator('jb-notes img, jb-notes script').count(), 0);
  assert.equal(await page.evaluate(() => 'pwned' in window), false);

  assert.deepEqual(problems, []);
  await page.close();
});

test('tags on highlights with completion, panel filters, Notes view by tag and text, links', async () => {
  const { page, problems } = await openPage(session());
  const articleId = await openArticle(page, 2);
  const paragraphs = page.locator('jb-article .paragraph');

  // An existing tag, offered as a completion for highlight tags.
  const articleTag = page.getByRole('textbox', { name: 'Add a tag', exact: true });
  await articleTag.fill('乡村振兴');
  await articleTag.press('Enter');
  await page.getByRole('button', { name: 'Remove tag 乡村振兴' }).waitFor();

  const a = await selectText(page, paragraphs.nth(0), 0, 10);
  await page.getByRole('button', { name: 'Highlight Yellow' }).click();
  const b = await selectText(page, paragraphs.nth(1), 0, 10);
  await page.getByRole('button', { name: 'Highlight Orange' }).click();
  await panelItem(page, b).waitFor();

  const itemA = panelItem(page, a);
  await itemA.getByRole('button', { name: /^Edit the tags of/ }).click();
  const input = itemA.getByRole('combobox', { name: 'Add a tag (Enter)' });
  await input.waitFor();
  const options = await page
    .locator('jb-annotation-panel datalist#tag-suggestions option')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
  assert.ok(options.includes('乡村振兴'), `completion offers existing tags: ${options.join(', ')}`);
  assert.equal(await input.getAttribute('list'), 'tag-suggestions');
  await input.fill('乡村振兴');
  await input.press('Enter');
  await input.fill('policy');
  await input.press('Enter');
  await itemA.locator('.tags li', { hasText: 'policy' }).waitFor();

  // Filters: by tag, by colour.
  const items = page.locator('jb-annotation-panel li[data-annotation-id]');
  assert.equal(await items.count(), 2);
  await page.getByRole('combobox', { name: 'Only with tag' }).selectOption('policy');
  await page.waitForFunction(
    () =>
      document
        .querySelector('jb-app')
        ?.shadowRoot?.querySelector('jb-reader')
        ?.shadowRoot?.querySelector('jb-annotation-panel')
        ?.shadowRoot?.querySelectorAll('li[data-annotation-id]').length === 1,
  );
  assert.match((await items.first().textContent()) ?? '', new RegExp(a));
  await page.getByRole('combobox', { name: 'Only with tag' }).selectOption('');
  await page.getByRole('button', { name: 'Show only Orange' }).click();
  await itemA.waitFor({ state: 'detached' });
  assert.equal(await items.count(), 1);
  assert.match((await items.first().textContent()) ?? '', new RegExp(b));
  await page.getByRole('button', { name: 'Show only Orange' }).click();
  await itemA.waitFor();

  // Tag changes are undoable too.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press(`${mod}+z`);
  await itemA.locator('.tags li', { hasText: 'policy' }).waitFor({ state: 'detached' });
  await page.keyboard.press(`Shift+${mod}+z`);
  await itemA.locator('.tags li', { hasText: 'policy' }).waitFor();

  // The Notes view: grouped by tag, filtered by text.
  await page.getByRole('link', { name: 'Notes' }).click();
  const notes = page.locator('jb-notes');
  await notes.locator('li').first().waitFor();
  await notes.getByRole('combobox', { name: 'Group by' }).selectOption('tag');
  const group = notes.getByRole('region', { name: 'policy', exact: true });
  await group.waitFor();
  assert.equal(await group.locator('li').count(), 1);
  await notes.getByRole('searchbox', { name: 'Filter notes' }).fill(b);
  assert.equal(await until(() => notes.locator('li').filter({ hasText: a }).count(), 0), 0);
  assert.equal(await notes.locator('li').count(), 1);

  // Opening it from the Notes view goes to the article, scrolls to the passage and flashes it.
  await notes
    .getByRole('link', { name: /^Open “/ })
    .first()
    .click();
  await page.waitForURL(new RegExp(`#article=${articleId}&annotation=\\d+$`));
  await page.waitForFunction(() => (CSS.highlights.get('jb-flash')?.size ?? 0) > 0);
  assert.deepEqual(await highlightTexts(page, 'jb-flash'), [b]);
  await page.locator('jb-annotation-panel li.active').filter({ hasText: b }).waitFor();

  assert.deepEqual(problems, []);
  await page.close();
});
