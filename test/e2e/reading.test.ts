/**
 * Reading settings (applied live, kept by the library after a reload, the reading place kept when they
 * change), the table of contents (the current heading marked while scrolling, a click jumps) and the
 * keyboard (sentence selection and highlight, Esc closing what is open then going back, the `?` list).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { importTexts, openPage, panelItem, sessionForSuite, until } from './helpers.js';
import { callApi } from './library-api.js';

const session = sessionForSuite();

const PART = (p: number) =>
  Array.from(
    { length: 8 },
    (_, i) =>
      `Dock ${p}.${i + 1} opened early. The harbour authority said traffic in part ${p} rose again, ` +
      `while the rail link carried more freight inland; workers described longer hours on the quay.`,
  ).join('\n\n');
const BOOK = `# The harbour year\n\n${[1, 2, 3, 4, 5, 6].map((p) => `## Part ${p}\n\n${PART(p)}`).join('\n\n')}\n`;

const topLine = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize) * 4);

/** Scrolls so that the element's top is just above the reading line. */
async function scrollToTop(page: Page, selector: string, index: number): Promise<void> {
  const line = await topLine(page);
  await page
    .locator(selector)
    .nth(index)
    .evaluate((el, y) => window.scrollBy(0, el.getBoundingClientRect().top - y + 5), line);
}

async function openBook(page: Page): Promise<number> {
  const id = await importTexts(page, [{ name: 'harbour-year.md', text: BOOK }]);
  await page.goto(`${session().url}#article=${id}`);
  await page.locator('jb-article .paragraph').nth(47).waitFor();
  return id;
}

test('reading settings apply at once, keep the place and are remembered', async () => {
  const { page, problems } = await openPage(session());
  await openBook(page);
  const paragraph = page.locator('jb-article .paragraph').nth(20);
  await scrollToTop(page, 'jb-article .paragraph', 20);
  const line = await topLine(page);
  const fontSize = () => page.locator('jb-article').evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(await fontSize(), '18px');

  await page.getByRole('button', { name: 'Settings' }).click();
  const size = page.getByRole('slider', { name: 'Text size' });
  await size.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await fontSize(), '24px', 'the size applies while the slider moves');
  await page.waitForTimeout(150);
  const box = (await paragraph.boundingBox())!;
  assert.ok(box.y <= line && box.y + box.height > line, `paragraph 21 stays at the top (${box.y}, ${line})`);

  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.getByRole('combobox', { name: 'Latin font' }).selectOption('sans');
  assert.match(await paragraph.evaluate((el) => getComputedStyle(el).fontFamily), /^"Helvetica Neue"/);
  await page.getByRole('checkbox', { name: 'Indent Chinese paragraphs by two characters' }).uncheck();
  await page.getByRole('slider', { name: 'Column width' }).focus();
  await page.keyboard.press('ArrowLeft');
  const width = await page.locator('jb-article article').evaluate((el) => getComputedStyle(el).maxWidth);
  assert.equal(width, `${35 * 24}px`);
  await page.keyboard.press('Escape');

  // Saved in the library: a reload shows the same, and the API answers it.
  const expected: Record<string, unknown> = {
    theme: 'dark',
    latinFont: 'sans',
    fontSize: 24,
    indent: false,
    columnWidth: 35,
  };
  const saved = async () => {
    const { reader } = await callApi(session().url, 'settings.get', {});
    return Object.fromEntries(Object.keys(expected).map((key) => [key, reader[key as keyof typeof reader]]));
  };
  assert.deepEqual(await until(saved, expected), expected);
  await page.reload();
  await page.locator('jb-article .paragraph').nth(47).waitFor();
  await until(fontSize, '24px');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.getByRole('button', { name: 'Settings' }).click();
  assert.equal(await page.getByRole('slider', { name: 'Text size' }).inputValue(), '24');
  await page.getByRole('button', { name: 'Reset reading settings' }).click();
  assert.equal(await fontSize(), '18px');
  await until(async () => (await callApi(session().url, 'settings.get', {})).reader.theme, 'system');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the table of contents marks the part being read and jumps to a part', async () => {
  const { page, problems } = await openPage(session());
  await openBook(page);
  const toc = page.getByRole('navigation', { name: 'Contents' });
  const entries = toc.getByRole('button');
  assert.deepEqual(
    await entries.allTextContents(),
    [1, 2, 3, 4, 5, 6].map((p) => `Part ${p}`),
  );
  const current = () => toc.locator('[aria-current="true"]').allTextContents();

  await scrollToTop(page, 'jb-article .paragraph', 8 * 2 + 3);
  assert.deepEqual(await until(current, ['Part 3']), ['Part 3']);

  await entries.filter({ hasText: 'Part 5' }).click();
  const heading = page.locator('jb-article .heading').nth(4);
  const line = await topLine(page);
  await until(async () => Math.abs((await heading.boundingBox())!.y - line) < 30, true);
  assert.deepEqual(await until(current, ['Part 5']), ['Part 5']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('by keyboard: s selects a sentence, arrows move it, h highlights; Esc closes, then goes back; ? lists the keys', async () => {
  const { page, problems } = await openPage(session());
  const id = await openBook(page);
  await scrollToTop(page, 'jb-article .paragraph', 10);
  const selected = () => page.evaluate(() => String(document.getSelection()));

  await page.keyboard.press('s');
  await page.locator('jb-selection-toolbar').waitFor();
  assert.equal(await selected(), 'Dock 2.3 opened early.');
  await page.keyboard.press('ArrowRight');
  assert.match(await selected(), /^The harbour authority said traffic in part 2 rose again/);
  await page.keyboard.press('Shift+ArrowRight');
  assert.match(await selected(), /on the quay\.\s+Dock 2\.4 opened early\.$/);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await selected(), 'Dock 2.3 opened early.');
  await page.keyboard.press('h');
  await panelItem(page, 'Dock 2.3 opened early.').waitFor();

  // Esc closes the toolbar, then leaves the article.
  await page.keyboard.press('s');
  await page.locator('jb-selection-toolbar').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('jb-selection-toolbar').waitFor({ state: 'detached' });
  assert.ok(page.url().endsWith(`#article=${id}`));

  await page.keyboard.press('?');
  const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await list.waitFor();
  assert.ok((await list.textContent())?.includes('Select the sentence at the reading position'));
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'detached' });
  assert.ok(page.url().endsWith(`#article=${id}`), 'closing the list stays in the article');

  await page.keyboard.press('Escape');
  await page.getByRole('heading', { name: 'Library' }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("a page's furniture (paper, date, page) is shown under the headline, not as the article's text", async () => {
  const { page, problems } = await openPage(session());
  const text = [
    '江城晚报 2023年4月23日 星期日 第14版',
    '',
    '河湾村办起共享书屋',
    '',
    '本报讯（记者 王立新）河湾村把闲置多年的仓库改成了共享书屋，孩子们放学后有了好去处。',
    '',
  ].join('\n');
  const id = await importTexts(page, [{ name: 'evening-paper.txt', text }]);
  await page.goto(`${session().url}#article=${id}`);
  const line = page.locator('jb-article header .page-meta');
  await line.waitFor();
  const shown = (await line.textContent()) ?? '';
  for (const value of ['江城晚报', '2023年4月23日 星期日', '第14版']) assert.ok(shown.includes(value), shown);
  assert.ok(!((await page.locator('jb-article .body').textContent()) ?? '').includes('江城晚报'));
  assert.deepEqual(problems, []);
  await page.close();
});

test("a news site's buttons and links copied with an article are shown neither in it nor under its headline", async () => {
  const { page, problems } = await openPage(session());
  const text = [
    '河湾村办起共享书屋',
    '2023-04-23 09:30　来源：江城晚报　作者：王立新',
    '分享到：',
    '【字号：大 中 小】',
    '河湾村把闲置多年的仓库改成了共享书屋，孩子们放学后有了好去处。',
    '书屋开放以来，借阅人数逐月增加，周边几个村的家长也带着孩子赶来。',
    '（责任编辑：李华）',
  ].join('\n');
  const id = await importTexts(page, [{ name: 'copied-from-site.txt', text }]);
  await page.goto(`${session().url}#article=${id}`);
  await page.locator('jb-article .body').waitFor();
  const article = (await page.locator('jb-article article').textContent()) ?? '';
  for (const value of ['分享到', '字号', '责任编辑']) assert.ok(!article.includes(value), article);
  assert.ok(article.includes('共享书屋') && article.includes('王立新'), article);
  assert.equal(await page.locator('jb-article header .page-meta').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
