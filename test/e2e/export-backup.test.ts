/**
 * Export of notes as Markdown (this article, a tag, the library; one file or a folder, exported again
 * into the same folder), editing and resetting the export templates, a JSON backup restored after
 * a deletion, and a whole-library snapshot taken and restored (then undone).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  download,
  FIXTURE,
  highlightTexts,
  importThroughPicker,
  openPage,
  panelItem,
  selectText,
  sessionForSuite,
} from './helpers.js';
import { tempDir } from '../support/temp-dir';

const session = sessionForSuite();

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Export notes' });

test('export to a folder and again, by tag, with edited templates', async () => {
  const { page, problems } = await openPage(session());
  await importThroughPicker(page, [FIXTURE]);
  const entries = page.locator('jb-library a[data-article-id]');
  await entries.nth(1).waitFor();

  // Highlights in two articles; one is tagged.
  const highlight = async (nth: number, color: string) => {
    await page.goto(`${session().url}#article=${await entries.nth(nth).getAttribute('data-article-id')}`);
    const paragraph = page.locator('jb-article .paragraph').first();
    await paragraph.waitFor();
    const quote = await selectText(page, paragraph, 0, 16);
    await page.getByRole('button', { name: `Highlight ${color}` }).click();
    await panelItem(page, quote).waitFor();
    return quote;
  };
  await page.getByRole('link', { name: '剪报 Jianbao' }).click();
  const first = await highlight(0, 'Yellow');
  await page.getByRole('button', { name: 'Library' }).click();
  const second = await highlight(1, 'Blue');
  const item = panelItem(page, second);
  await item.getByRole('button', { name: /^Edit the tags of/ }).click();
  await item.getByRole('combobox', { name: 'Add a tag (Enter)' }).fill('export-tag');
  await item.getByRole('combobox', { name: 'Add a tag (Enter)' }).press('Enter');
  await item.locator('.tags li', { hasText: 'export-tag' }).waitFor();

  // The whole library to a folder: one file per annotated article.
  const folder = join(tempDir('jianbao-export-'), 'notes');
  await page.getByRole('button', { name: 'Export notes' }).click();
  await dialog(page).getByRole('radio', { name: 'The whole library' }).check();
  await dialog(page).getByRole('radio', { name: 'A folder, one file per article' }).check();
  await dialog(page).getByRole('textbox', { name: 'Folder (absolute path)' }).fill(folder);
  await dialog(page).getByRole('button', { name: 'Export', exact: true }).click();
  await dialog(page).getByRole('status').filter({ hasText: '2 files written to' }).waitFor();
  const files = readdirSync(folder).sort();
  assert.equal(files.length, 2);
  const all = files.map((name) => readFileSync(join(folder, name), 'utf8')).join('\n');
  assert.ok(all.includes(first) && all.includes(second), 'both quotes are exported');
  await dialog(page).getByRole('button', { name: 'Close', exact: true }).first().click();
  await dialog(page).waitFor({ state: 'detached' });

  // Another highlight, exported again into the same folder: the same files, updated.
  const paragraph = page.locator('jb-article .paragraph').nth(1);
  const third = await selectText(page, paragraph, 0, 12);
  await page.getByRole('button', { name: 'Highlight Pink' }).click();
  await panelItem(page, third).waitFor();
  await page.getByRole('button', { name: 'Export notes' }).click();
  await dialog(page).getByRole('radio', { name: 'The whole library' }).check();
  await dialog(page).getByRole('radio', { name: 'A folder, one file per article' }).check();
  assert.equal(
    await dialog(page).getByRole('textbox', { name: 'Folder (absolute path)' }).inputValue(),
    folder,
  );
  await dialog(page).getByRole('button', { name: 'Export', exact: true }).click();
  await dialog(page).getByRole('status').filter({ hasText: '2 files written to' }).waitFor();
  assert.deepEqual(readdirSync(folder).sort(), files);
  assert.ok(
    files.some((name) => readFileSync(join(folder, name), 'utf8').includes(third)),
    'the new highlight is in the re-export',
  );

  // Only what carries a tag, as one downloaded file.
  await dialog(page).getByRole('radio', { name: 'Everything with the tag' }).check();
  await dialog(page).getByRole('combobox', { name: 'Tag to export' }).fill('export-tag');
  await dialog(page).getByRole('radio', { name: 'One Markdown file (download)' }).check();
  const tagged = await download(page, () =>
    dialog(page).getByRole('button', { name: 'Export', exact: true }).click(),
  );
  assert.match(tagged.name, /\.md$/);
  assert.ok(tagged.text.includes(second), 'the tagged highlight is exported');
  assert.ok(!tagged.text.includes(first), 'an untagged one is not');

  // Edit the article template, export with it, then reset.
  await dialog(page).getByRole('button', { name: 'Templates…' }).click();
  const templates = page.getByRole('dialog', { name: 'Export templates' });
  const article = templates.getByRole('textbox', { name: 'Article template' });
  const original = await article.inputValue();
  assert.ok(original.length > 0, 'the default template is shown');
  await article.fill(`CUSTOM EXPORT HEADER\n${original}`);
  await templates.getByRole('button', { name: 'Save templates' }).click();
  await templates.getByRole('status').filter({ hasText: 'Templates saved.' }).waitFor();
  await templates.getByRole('button', { name: 'Back to export' }).click();
  await dialog(page).getByRole('radio', { name: 'This article' }).check();
  const custom = await download(page, () =>
    dialog(page).getByRole('button', { name: 'Export', exact: true }).click(),
  );
  assert.ok(custom.text.includes('CUSTOM EXPORT HEADER'), 'the edited template is used');
  await dialog(page).getByRole('button', { name: 'Templates…' }).click();
  await templates.getByRole('button', { name: 'Reset to defaults' }).click();
  await templates.getByRole('status').filter({ hasText: 'Templates saved.' }).waitFor();
  assert.equal(await article.inputValue(), original);
  await templates.getByRole('button', { name: 'Back to export' }).click();
  const plain = await download(page, () =>
    dialog(page).getByRole('button', { name: 'Export', exact: true }).click(),
  );
  assert.ok(!plain.text.includes('CUSTOM EXPORT HEADER'), 'reset restores the default');

  assert.deepEqual(problems, []);
  await page.close();
});

test('a JSON backup restores a deleted highlight', async () => {
  const { page, problems } = await openPage(session());
  await importThroughPicker(page, [FIXTURE]);
  const entry = page.locator('jb-library a[data-article-id]').nth(2);
  await entry.waitFor();
  await entry.click();
  const paragraph = page.locator('jb-article .paragraph').first();
  await paragraph.waitFor();
  const quote = await selectText(page, paragraph, 3, 15);
  await page.getByRole('button', { name: 'Highlight Purple' }).click();
  await panelItem(page, quote).waitFor();
  const articleUrl = page.url();

  await page.getByRole('link', { name: 'Notes' }).click();
  await page.locator('jb-notes li').first().waitFor();
  const backup = await download(page, () => page.getByRole('button', { name: 'Back up…' }).click());
  assert.match(backup.name, /\.json$/);
  const parsed = JSON.parse(backup.text) as unknown;
  assert.ok(JSON.stringify(parsed).includes(quote), 'the backup holds the highlight');

  // Delete it, then restore the backup.
  await page.goto(articleUrl);
  const item = panelItem(page, quote);
  await item.getByRole('button', { name: /^Delete the highlight/ }).click();
  await item.waitFor({ state: 'detached' });
  await page.getByRole('link', { name: 'Notes' }).click();
  await page.locator('jb-notes h1').waitFor();
  await page.locator('jb-notes input.restore').setInputFiles({
    name: backup.name,
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text),
  });
  await page
    .locator('jb-notes .status')
    .filter({ hasText: /^Restored 1 annotations/ })
    .waitFor();
  await page.locator('jb-notes li', { hasText: quote }).waitFor();

  await page.goto(articleUrl);
  await item.waitFor();
  assert.deepEqual(await highlightTexts(page, 'jb-purple'), [quote]);

  // Restoring the same backup again adds nothing.
  await page.getByRole('link', { name: 'Notes' }).click();
  await page.locator('jb-notes input.restore').setInputFiles({
    name: backup.name,
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text),
  });
  await page
    .locator('jb-notes .status')
    .filter({ hasText: /^Restored 0 annotations/ })
    .waitFor();

  assert.deepEqual(problems, []);
  await page.close();
});

test('a snapshot of the whole library, taken in Settings, puts the library back; the one taken before the restore undoes it', async () => {
  const { page, problems } = await openPage(session());
  page.on('dialog', (prompt) => void prompt.accept());
  await importThroughPicker(page, [FIXTURE]);
  const settings = page.getByRole('button', { name: 'Settings', exact: true });
  await settings.click();
  const snapshots = page.locator('jb-snapshots');
  await snapshots.getByText('Snapshots of the whole library').click();
  await snapshots.getByRole('button', { name: 'Take a snapshot now' }).click();
  await snapshots.locator('li', { hasText: 'taken by hand' }).waitFor();

  // Something the snapshot does not have: a note added to the library afterwards.
  const later = join(tempDir('jianbao-later-'), 'later.md');
  writeFileSync(later, '# Written after the snapshot\n\nIt goes when the snapshot comes back.\n');
  await settings.click(); // closes the popover
  await page.getByLabel(/^Import files/).setInputFiles(later);
  const laterEntry = page.locator('jb-library a[data-article-id]', { hasText: 'Written after the snapshot' });
  await laterEntry.waitFor();

  const restore = async (kind: string) => {
    await settings.click();
    await snapshots.getByText('Snapshots of the whole library').click();
    const reloaded = page.waitForEvent('load');
    await snapshots
      .locator('li', { hasText: kind })
      .first()
      .getByRole('button', { name: /^Restore the snapshot of/ })
      .click();
    await reloaded;
    await page.locator('jb-library a[data-article-id]').first().waitFor();
  };
  await restore('taken by hand');
  assert.equal(await laterEntry.count(), 0);
  await restore('before a restore');
  await laterEntry.waitFor();

  assert.deepEqual(problems, []);
  await page.close();
});
