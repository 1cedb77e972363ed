/**
 * Re-import of a changed file: annotations whose passage is still there follow it, the others are
 * kept as orphans and shown as such in the side panel with their quote.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import {
  highlightTexts,
  importTexts,
  openPage,
  panelItem,
  selectText,
  sessionForSuite,
  until,
} from './helpers.js';

const session = sessionForSuite();

const KEPT = 'The port of Ningbo-Zhoushan handled record volumes this year, officials said on Monday.';
const DROPPED = 'Dock workers described twelve-hour shifts and a quay crowded with cranes from dawn.';
const OLD = `# Harbour trade doubles\n\n${KEPT}\n\n${DROPPED}\n\nThe rail link opens next spring.\n`;
const NEW = `# Harbour trade doubles\n\nA new opening paragraph was added by the editors in the second edition.\n\n${KEPT}\n\nThe rail link opens next spring, a year late.\n`;

test('after re-importing a changed file, lost passages are shown as orphans with their quote', async () => {
  const { page, problems } = await openPage(session());
  const articleId = await importTexts(page, [{ name: 'harbour.md', text: OLD }]);
  await page.goto(`${session().url}#article=${articleId}`);
  const paragraphs = page.locator('jb-article .paragraph');
  await paragraphs.first().waitFor();

  const kept = await selectText(page, paragraphs.nth(0), 12, 30);
  await page.getByRole('button', { name: 'Highlight Green' }).click();
  await panelItem(page, kept).waitFor();
  const dropped = await selectText(page, paragraphs.nth(1), 0, 40);
  await page.getByRole('button', { name: 'Highlight Orange' }).click();
  await panelItem(page, dropped).waitFor();

  // Re-import the second edition through the reader's file picker.
  await page.locator('jb-reader input.reimport').setInputFiles({
    name: 'harbour.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(NEW),
  });
  const status = page.locator('jb-reader .status-line');
  await status.filter({ hasText: 'Re-imported' }).waitFor();
  assert.match((await status.textContent()) ?? '', /1 could not be found/);

  // The kept passage moved with its paragraph and is still painted; the lost one is an orphan.
  await page.locator('jb-annotation-panel h3.orphans').waitFor();
  assert.deepEqual(await highlightTexts(page, 'jb-green'), [kept]);
  assert.deepEqual(await highlightTexts(page, 'jb-orange'), []);
  const orphan = page.locator('jb-annotation-panel ol.orphans li');
  assert.equal(await orphan.count(), 1);
  assert.equal((await orphan.locator('blockquote.quote').textContent())?.trim(), dropped);
  assert.match((await orphan.textContent()) ?? '', /Not found in the text/);
  // It can still be deleted.
  assert.equal(await orphan.getByRole('button', { name: /^Delete the highlight/ }).count(), 1);

  // The same after a reload, and in the Notes view.
  await page.reload();
  await page.locator('jb-annotation-panel ol.orphans li').waitFor();
  await page.getByRole('link', { name: 'Notes' }).click();
  await page.locator('jb-notes li', { hasText: dropped }).locator('.orphan').waitFor();

  assert.deepEqual(problems, []);
  await page.close();
});

test('a text file whose characters came out wrong is read again in the encoding the reader picks', async () => {
  const { page, problems } = await openPage(session());
  const text = '河湾村办起共享书屋\n\n去年冬天，河湾村的志愿者把村口闲置多年的仓库改成了共享书屋。\n';
  await page
    .locator('jb-app input[type=file]')
    .first()
    .setInputFiles({ name: 'gbk-note.txt', mimeType: 'text/plain', buffer: iconv.encode(text, 'gbk') });
  await page.locator('jb-import-report a').first().click();
  const body = page.locator('jb-article .paragraph').first();
  await body.filter({ hasText: '志愿者' }).waitFor();
  const encoding = page.getByRole('combobox', { name: 'Read the file as' });
  assert.equal(await encoding.inputValue(), 'gb18030');

  // Read as Big5, the characters come out wrong; read as GB18030 again, they are back.
  await encoding.selectOption('big5');
  await page.locator('jb-reader .status-line').filter({ hasText: 'Re-imported' }).waitFor();
  await until(async () => ((await body.textContent()) ?? '').includes('志愿者'), false);
  assert.equal(await encoding.inputValue(), 'big5');
  await encoding.selectOption('gb18030');
  await body.filter({ hasText: '志愿者' }).waitFor();
  assert.equal(await encoding.inputValue(), 'gb18030');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a file read with certainty offers no encoding to choose', async () => {
  const { page, problems } = await openPage(session());
  const id = await importTexts(page, [{ name: 'utf8.md', text: '# Certain\n\nPlain UTF-8 text.\n' }]);
  await page.goto(`${session().url}#article=${id}`);
  await page.locator('jb-article .paragraph').first().waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Read the file as' }).count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
