/**
 * The page view in real Chromium against browser mode: import a printed newspaper PDF, open an article, show
 * the page it came from (drawn by pdf.js from the app's own files, under the app's CSP), see every article
 * outlined, open another one by clicking its region, highlight a passage and see the mark on the page, and
 * export the notes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildRenderedPages } from '../corpus/rendered';
import { loadSample } from '../corpus/sources';
import { hostilePdf } from '../support/hostile-pdf';
import {
  charPoints,
  download,
  dragSelect,
  importThroughPicker,
  openPage,
  sessionForSuite,
} from './helpers.js';

const session = sessionForSuite();
const dir = mkdtempSync(join(tmpdir(), 'jianbao-page-view-'));
const file = join(dir, 'epaper.pdf');

before(async () => {
  const [page] = await buildRenderedPages(loadSample('en').slice(0, 10), {
    lang: 'en',
    pages: 1,
    seed: 5,
    families: ['pdf'],
  });
  writeFileSync(file, page!.pdf!);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('show an article on its PDF page, open another from the page, see a highlight marked, export the notes', async () => {
  const { page, problems } = await openPage(session());
  const articleId = await importThroughPicker(page, [file]);
  await page.goto(`${session().url}#article=${articleId}`);
  await page.locator('jb-article .paragraph').first().waitFor();

  // Highlight a passage in the text first: it must show on the page too.
  const first = page.locator('jb-article .paragraph').first();
  const passage = await charPoints(first, 0, 30);
  await dragSelect(page, passage.start, passage.end);
  await page.getByRole('button', { name: 'Highlight Yellow' }).click();
  await page.locator('jb-annotation-panel li').first().waitFor();

  await page.getByRole('button', { name: 'Show on page' }).click();
  const view = page.locator('jb-page-view');
  const canvas = view.locator('canvas').first();
  await canvas.waitFor();
  // pdf.js drew the page: the canvas holds dark pixels (text), not only white.
  await page.waitForFunction(() => {
    const c = document
      .querySelector('jb-app')
      ?.shadowRoot?.querySelector('jb-reader')
      ?.shadowRoot?.querySelector('jb-page-view')
      ?.shadowRoot?.querySelector('canvas');
    if (!c || c.width === 0) return false;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
    if (!data) return false;
    for (let i = 0; i < data.length; i += 4 * 97) if ((data[i] ?? 255) < 100) return true;
    return false;
  });
  const regions = view.locator('button.region');
  assert.ok((await regions.count()) >= 4, 'every article of the page is outlined');
  assert.ok((await view.locator('button.region.current').count()) >= 1, 'the open article is marked');
  assert.ok((await view.locator('.mark').count()) >= 1, 'the highlight shows on the page');

  // Clicking another article's region opens it.
  const other = view.locator('button.region:not(.current) .label').first();
  const title = (await other.textContent())?.trim() ?? '';
  await other.click();
  await page.waitForURL((url) => !url.hash.endsWith(`article=${articleId}`));
  // The address changes on the click and the article arrives after it: wait for its headline, not any.
  const heading = page.locator('jb-article h1.title', { hasText: title });
  await heading.waitFor();
  assert.equal((await heading.textContent())?.trim(), title);

  // Read it, highlight a passage of it, and take both highlights out as Markdown.
  const opened = page.locator('jb-article .paragraph').first();
  const second = await charPoints(opened, 0, 24);
  await dragSelect(page, second.start, second.end);
  await page.getByRole('button', { name: 'Highlight Yellow' }).click();
  await page.locator('jb-annotation-panel li', { hasText: second.text.trim() }).waitFor();
  await page.getByRole('button', { name: 'Export notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  await dialog.getByRole('radio', { name: 'The whole library' }).check();
  await dialog.getByRole('radio', { name: 'One Markdown file (download)' }).check();
  const notes = await download(page, () =>
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  );
  assert.match(notes.name, /\.md$/);
  // Markdown escapes what could open a tag ("\\<BPII>").
  const unescaped = notes.text.replace(/\\([<>])/g, '$1');
  assert.ok(unescaped.includes(`## ${title}`), 'the article read from the page is in the notes');
  for (const quote of [passage.text, second.text])
    assert.ok(notes.text.includes(quote.trim()), `exported: ${quote}`);
  assert.deepEqual(problems, []);
});

test('a hostile PDF (JavaScript on opening, a launch link, an embedded file) shows its page and does nothing', async () => {
  const hostile = join(dir, 'hostile.pdf');
  writeFileSync(hostile, hostilePdf());
  const { page, problems } = await openPage(session());
  const happened: string[] = [];
  page.on('dialog', (dialog) => {
    happened.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('download', (download) => happened.push(`download: ${download.suggestedFilename()}`));
  page.on('popup', () => happened.push('popup'));
  const articleId = await importThroughPicker(page, [hostile]);
  await page.goto(`${session().url}#article=${articleId}`);
  await page.getByRole('button', { name: 'Show on page' }).click();
  await page.locator('jb-page-view button.region').first().waitFor();
  await page
    .locator('jb-page-view button.region')
    .first()
    .click({ position: { x: 5, y: 5 } });
  await page.waitForTimeout(500);
  assert.deepEqual(happened, []);
  assert.deepEqual(problems, []);
});
