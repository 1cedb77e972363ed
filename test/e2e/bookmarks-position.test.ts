/**
 * Bookmarks (several per article, labelled, listed in text order, jumped to) and the reading position,
 * remembered as a place in the text: reopened in a window of another size, the same passage is at the
 * top.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { highlightTexts, importTexts, openPage, selectText, sessionForSuite } from './helpers.js';

const session = sessionForSuite();

const PARAGRAPHS = Array.from(
  { length: 80 },
  (_, i) =>
    `Paragraph ${i + 1}. The harbour authority reported that container traffic in district ${i + 1} ` +
    `rose again this quarter, while officials said the new rail link would carry more of the freight ` +
    `inland; dock workers in shift ${i + 1} described longer hours and a busier quay than last year.`,
);
const LONG = `# A long report on the harbour\n\n${PARAGRAPHS.join('\n\n')}\n`;

/** Viewport y of the reading line (just below the sticky header), as the reader computes it. */
const topLine = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize) * 4);

test('the reading position is restored after a reload in a window of another size', async () => {
  const { page, problems } = await openPage(session());
  const articleId = await importTexts(page, [{ name: 'long-report.md', text: LONG }]);
  await page.goto(`${session().url}#article=${articleId}`);
  const paragraphs = page.locator('jb-article .paragraph');
  await paragraphs.nth(79).waitFor();

  // Scroll so that paragraph 41's second line is at the top of the reading column.
  const line = await topLine(page);
  const saved = page.waitForRequest((request) => request.url().includes('articles.setReadingPosition'));
  await paragraphs.nth(40).evaluate((el, y) => {
    const box = el.getBoundingClientRect();
    window.scrollBy(0, box.top - y + 40);
  }, line);
  const request = await saved;
  const offset = (JSON.parse(request.postData() ?? '{}') as { offset: number }).offset;
  const start = Number(await paragraphs.nth(40).getAttribute('data-start'));
  assert.ok(
    offset > start && offset < start + PARAGRAPHS[40]!.length,
    `offset ${offset} is inside paragraph 41`,
  );
  await page.close();

  // Another window size: the lines wrap differently, the passage at the top is the same.
  for (const viewport of [
    { width: 760, height: 600 },
    { width: 1600, height: 1100 },
  ]) {
    const reopened = await session().browser.newPage({ viewport });
    await reopened.goto(`${session().url}#article=${articleId}`);
    const again = reopened.locator('jb-article .paragraph').nth(40);
    await again.waitFor();
    await reopened.waitForFunction(() => window.scrollY > 0);
    const y = await topLine(reopened);
    const box = (await again.boundingBox())!;
    assert.ok(
      box.y <= y + 1 && box.y + box.height > y,
      `paragraph 41 is at the top (${box.y}, ${y}) at ${viewport.width}px`,
    );
    // The character at the reading line is the saved one's line.
    const atTop = await again.evaluate((el, top) => {
      const node = el.firstChild as Text;
      const range = document.createRange();
      for (let i = 0; i < node.data.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect && rect.bottom > top + 1) return i;
      }
      return -1;
    }, y);
    const savedLine = await again.evaluate(
      (el, [at]) => {
        const node = el.firstChild as Text;
        const range = document.createRange();
        range.setStart(node, at!);
        range.setEnd(node, at! + 1);
        return range.getClientRects()[0]!.top;
      },
      [offset - start],
    );
    assert.ok(Math.abs(savedLine - y) < 4, `the saved character's line is at the top (${savedLine} vs ${y})`);
    assert.ok(atTop <= offset - start, `${atTop} ≤ ${offset - start}`);
    await reopened.close();
  }
  assert.deepEqual(problems, []);
});

test('bookmarks: add, label, list in text order, jump to, delete', async () => {
  const { page, problems } = await openPage(session());
  const articleId = await importTexts(page, [
    { name: 'bookmarked-report.md', text: LONG.replace('A long report', 'Another long report') },
  ]);
  await page.goto(`${session().url}#article=${articleId}`);
  const paragraphs = page.locator('jb-article .paragraph');
  await paragraphs.nth(79).waitFor();
  const panel = page.locator('jb-annotation-panel');

  // One at a selected passage (paragraph 31), one where the reader is (paragraph 11).
  await paragraphs.nth(30).scrollIntoViewIfNeeded();
  await selectText(page, paragraphs.nth(30), 0, 12);
  await page.getByRole('button', { name: 'Bookmark this passage' }).click();
  await panel.locator('li.bookmark').first().waitFor();
  const line = await topLine(page);
  await paragraphs.nth(10).evaluate((el, y) => window.scrollBy(0, el.getBoundingClientRect().top - y), line);
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click();
  await panel.locator('li.bookmark').nth(1).waitFor();

  // Listed in text order; label the later one.
  const texts = await panel.locator('li.bookmark .excerpt').allTextContents();
  assert.match(texts[0]!, /^Paragraph 11\./);
  assert.match(texts[1]!, /^Paragraph 31\./);
  await panel.getByRole('button', { name: /^Rename bookmark “Paragraph 31/ }).click();
  await panel.getByRole('textbox', { name: 'Bookmark label' }).fill('Resume here');
  await panel.getByRole('button', { name: 'Save' }).click();
  await panel.getByRole('button', { name: 'Go to bookmark “Resume here”' }).waitFor();

  // Jump to it from the top of the page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await panel.getByRole('button', { name: 'Go to bookmark “Resume here”' }).click();
  await page.waitForFunction(() => window.scrollY > 0);
  const box = (await paragraphs.nth(30).boundingBox())!;
  assert.ok(box.y >= line - 12 && box.y < line + 60, `paragraph 31 is at the top (${box.y})`);

  // Stored: after a reload both are listed; delete one.
  await page.reload();
  await panel.locator('li.bookmark').nth(1).waitFor();
  await panel.getByRole('button', { name: /^Delete bookmark “Paragraph 11/ }).click();
  await panel.locator('li.bookmark').nth(1).waitFor({ state: 'detached' });
  assert.equal(await panel.locator('li.bookmark .label').textContent(), 'Resume here');
  await page.reload();
  await panel.locator('li.bookmark').first().waitFor();
  assert.equal(await panel.locator('li.bookmark').count(), 1);

  assert.deepEqual(problems, []);
  await page.close();
});

test('in a long article, highlights far from the viewport are painted when scrolled to', async () => {
  const { page, problems } = await openPage(session());
  const articleId = await importTexts(page, [
    { name: 'long-highlights.md', text: LONG.replace('A long report', 'A third long report') },
  ]);
  await page.goto(`${session().url}#article=${articleId}`);
  const paragraphs = page.locator('jb-article .paragraph');
  await paragraphs.nth(79).waitFor();
  const near = await selectText(page, paragraphs.nth(1), 0, 12);
  await page.getByRole('button', { name: 'Highlight Green' }).click();
  await paragraphs.nth(70).scrollIntoViewIfNeeded();
  const far = await selectText(page, paragraphs.nth(70), 0, 12);
  await page.getByRole('button', { name: 'Highlight Blue' }).click();
  await page.locator('jb-annotation-panel li[data-annotation-id]').nth(1).waitFor();

  // At the top, only what is near the viewport is registered.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => (CSS.highlights.get('jb-blue')?.size ?? 0) === 0);
  assert.deepEqual(await highlightTexts(page, 'jb-green'), [near]);
  // Going to it from the panel (or scrolling) paints it before it is shown.
  await page
    .locator('jb-annotation-panel li[data-annotation-id]')
    .filter({ hasText: far })
    .locator('.quote')
    .click();
  await page.waitForFunction(() => (CSS.highlights.get('jb-blue')?.size ?? 0) === 1);
  assert.deepEqual(await highlightTexts(page, 'jb-blue'), [far]);
  assert.deepEqual(problems, []);
  await page.close();
});
