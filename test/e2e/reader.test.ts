/**
 * The main reading flow in real Chromium against the real browser-mode server: import a Chinese
 * newspaper page through the file input, open an article, highlight and annotate passages selected
 * with the mouse, reload, and export the notes.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  charPoints,
  dragSelect,
  FIXTURE,
  highlightTexts,
  importThroughPicker,
  openPage,
  sessionForSuite,
} from './helpers.js';

const session = sessionForSuite();

const panelQuotes = (page: Page) => page.locator('jb-annotation-panel li .quote').allTextContents();
const panelNotes = (page: Page) => page.locator('jb-annotation-panel li .note').allTextContents();
const trimmed = (items: string[]) => items.map((item) => item.trim());

test('import, highlight, note, reload, export', async () => {
  const { page, problems } = await openPage(session());

  const articleId = await importThroughPicker(page, [FIXTURE]);
  assert.ok(articleId > 0, 'the import report links to the first imported article');
  await assert.doesNotReject(page.locator('jb-import-report').getByText('party-building-page.txt').waitFor());

  // The library lists the page's articles with their source file.
  const entry = page.locator(`jb-library a[data-article-id="${articleId}"]`);
  await entry.waitFor();
  assert.match((await entry.textContent()) ?? '', /party-building-page\.txt/);
  await entry.click();
  await page.waitForURL(new RegExp(`#article=${articleId}$`));

  // Highlight part of the first paragraph in green.
  const first = page.locator('jb-article .paragraph').first();
  await first.waitFor();
  const passage = await charPoints(first, 4, 24);
  await dragSelect(page, passage.start, passage.end);
  await page.getByRole('button', { name: 'Highlight Green' }).click();
  await page.locator('jb-annotation-panel li').first().waitFor();
  assert.deepEqual(trimmed(await panelQuotes(page)), [passage.text]);
  assert.deepEqual(await highlightTexts(page, 'jb-green'), [passage.text]);

  // Add a note to part of the second paragraph.
  const second = page.locator('jb-article .paragraph').nth(1);
  const noted = await charPoints(second, 2, 18);
  await dragSelect(page, noted.start, noted.end);
  await page.getByRole('button', { name: 'Note', exact: true }).click();
  const note = 'Village leaders picked by the county: check the 2020 figures';
  await page.getByRole('textbox', { name: 'Note' }).fill(note);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('jb-annotation-panel li').nth(1).waitFor();

  // Everything is still there after a reload, which reopens the same article.
  await page.reload();
  await page.locator('jb-annotation-panel li').nth(1).waitFor();
  assert.match(page.url(), new RegExp(`#article=${articleId}$`));
  assert.deepEqual(trimmed(await panelQuotes(page)), [passage.text, noted.text]);
  assert.deepEqual(trimmed(await panelNotes(page)), [note]);
  assert.deepEqual(await highlightTexts(page, 'jb-green'), [passage.text]);
  assert.deepEqual(await highlightTexts(page, 'jb-yellow'), [noted.text]);
  assert.deepEqual(await highlightTexts(page, 'jb-has-note'), [noted.text]);
  // Painting never rewrote the article: the paragraph is still one plain text node.
  assert.equal(await first.evaluate((el) => el.childNodes.length), 1);

  // Export (this article, one file) downloads Markdown with the quotes and the note.
  await page.getByRole('button', { name: 'Export notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  assert.equal(await dialog.getByRole('radio', { name: 'This article' }).isChecked(), true);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.md$/);
  const markdown = await readFile((await download.path())!, 'utf8');
  assert.ok(markdown.includes(passage.text), 'the export quotes the highlight');
  assert.ok(markdown.includes(noted.text), 'the export quotes the noted passage');
  assert.ok(markdown.includes(note), 'the export contains the note');

  assert.deepEqual(problems, []);
  await page.close();
});

test('the side panel edits, recolours, reveals and deletes annotations', async () => {
  const { page, problems } = await openPage(session());
  await importThroughPicker(page, [FIXTURE]);
  // The page's second article (the first one is the previous test's).
  const entry = page.locator('jb-library a[data-article-id]').nth(1);
  await entry.waitFor();
  await entry.click();

  const paragraph = page.locator('jb-article .paragraph').nth(2);
  await paragraph.waitFor();
  const passage = await charPoints(paragraph, 0, 12);
  await dragSelect(page, passage.start, passage.end);
  await page.getByRole('button', { name: 'Highlight Blue' }).click();
  const item = page.locator('jb-annotation-panel li').filter({ hasText: passage.text });
  await item.waitFor();

  // Edit the note from the panel, then recolour.
  await item.getByRole('button', { name: /^Edit the note on/ }).click();
  await item.getByRole('textbox', { name: 'Note text' }).fill('A second thought');
  await item.getByRole('button', { name: 'Save' }).click();
  await item.locator('.note').waitFor();
  await item.getByRole('button', { name: 'Change colour to Purple' }).click();
  await page.waitForFunction(() => (CSS.highlights.get('jb-purple')?.size ?? 0) === 1);

  await page.reload();
  await item.locator('.note').waitFor();
  assert.equal((await item.locator('.note').textContent())?.trim(), 'A second thought');
  assert.deepEqual(await highlightTexts(page, 'jb-purple'), [passage.text]);
  assert.deepEqual(await highlightTexts(page, 'jb-blue'), []);

  // Clicking the highlighted passage in the text points at its entry in the panel.
  const middle = await charPoints(paragraph, 5, 7);
  await page.mouse.click(middle.start.x, middle.start.y);
  await page.locator('jb-annotation-panel li.active').filter({ hasText: passage.text }).waitFor();

  // Clicking the quote scrolls the passage into view and flashes it.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await item.locator('.quote').click();
  await page.waitForFunction(() => (CSS.highlights.get('jb-flash')?.size ?? 0) > 0);
  await page.waitForTimeout(700); // smooth scrolling
  const box = await paragraph.boundingBox();
  assert.ok(box && box.y < 900 && box.y + box.height > 0, 'the passage is in the viewport');

  // Delete it: gone from the panel and from the page, also after a reload.
  await item.getByRole('button', { name: /^Delete the highlight/ }).click();
  await item.waitFor({ state: 'detached' });
  assert.deepEqual(await highlightTexts(page, 'jb-purple'), []);
  await page.reload();
  await page.locator('jb-annotation-panel h2').waitFor();
  assert.equal(await page.locator('jb-annotation-panel li').filter({ hasText: passage.text }).count(), 0);

  assert.deepEqual(problems, []);
  await page.close();
});
