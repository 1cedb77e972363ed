/**
 * Renders the README screenshots: docs/screenshot-reader.png (a Chinese article with highlights in
 * several colours, a note and tags) and docs/screenshot-library.png (a library search). Runs only with JIANBAO_SCREENSHOT=1, since it rewrites a tracked file.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT } from '../support/browser-mode.js';
import {
  charPoints,
  dragSelect,
  FIXTURE,
  importThroughPicker,
  openPage,
  startSession,
  type Session,
} from './helpers.js';

const enabled = process.env.JIANBAO_SCREENSHOT === '1';
let session: Session;
before(async () => {
  if (enabled) session = await startSession();
});
after(async () => {
  await session?.stop();
});

test('README screenshot of the reader', { skip: !enabled && 'set JIANBAO_SCREENSHOT=1' }, async () => {
  const { page } = await openPage(session);
  await page.setViewportSize({ width: 1360, height: 1020 });
  const articleId = await importThroughPicker(page, [FIXTURE]);
  await page.goto(`${session.url}#article=${articleId}`);
  const paragraphs = page.locator('jb-article .paragraph');
  await paragraphs.first().waitFor();

  const highlight = async (index: number, from: number, to: number, color: string) => {
    const passage = await charPoints(paragraphs.nth(index), from, to);
    await dragSelect(page, passage.start, passage.end);
    await page.getByRole('button', { name: `Highlight ${color}` }).click();
    await page.locator('jb-annotation-panel li').filter({ hasText: passage.text }).waitFor();
  };
  await highlight(0, 60, 92, 'Yellow');
  await highlight(1, 0, 40, 'Green');
  await highlight(1, 150, 190, 'Orange');

  const noted = await charPoints(paragraphs.nth(0), 130, 162);
  await dragSelect(page, noted.start, noted.end);
  await page.getByRole('button', { name: 'Note', exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Note' })
    .fill('村民的评价：用人标准是“能干成事”。Compare with the 2020 results below.');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('jb-annotation-panel li .note').waitFor();
  await page
    .locator('jb-annotation-panel li')
    .filter({ hasText: noted.text })
    .getByRole('button', { name: 'Change colour to Pink' })
    .click();
  await page.waitForFunction(() => (CSS.highlights.get('jb-pink')?.size ?? 0) > 0);

  const tag = page.getByRole('textbox', { name: 'Add a tag' });
  for (const name of ['基层党建', '乡村振兴']) {
    await tag.fill(name);
    await tag.press('Enter');
    await page.getByRole('button', { name: `Remove tag ${name}` }).waitFor();
  }
  await tag.blur();

  // Show a live selection with its toolbar too.
  const live = await charPoints(paragraphs.nth(1), 96, 118);
  await dragSelect(page, live.start, live.end);
  await page.locator('jb-selection-toolbar').waitFor();
  await page.mouse.move(5, 5);

  await mkdir(join(REPO_ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: join(REPO_ROOT, 'docs/screenshot-reader.png') });

  // The library, searching.
  await page.getByRole('button', { name: 'Library' }).click();
  await page.locator('jb-import-report').evaluate((el) => el.remove());
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('党组织书记');
  await page.locator('jb-search-results li').first().waitFor();
  await page.setViewportSize({ width: 1360, height: 720 });
  await page.screenshot({ path: join(REPO_ROOT, 'docs/screenshot-library.png') });
  await page.close();
});
