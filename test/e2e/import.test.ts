/** Importing by drag-and-drop and by Ctrl+O, with rejected files reported by name and reason. */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { FIXTURE, openPage, sessionForSuite } from './helpers.js';

const session = sessionForSuite();

test('files dropped anywhere on the window are imported; rejected ones say why', async () => {
  const { page, problems } = await openPage(session());
  const text = await readFile(FIXTURE, 'utf8');

  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped-page.txt', { type: 'text/plain' }));
    // Not text: PNG signature and NUL bytes.
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    transfer.items.add(new File([png], 'photo.png', { type: 'image/png' }));
    // UTF-8 with a stray byte after its first line: read, the byte counted.
    const line = new TextEncoder().encode('国家统计局今天发布数据显示，经济运行持续回升向好。\n');
    const damaged = new Uint8Array([...line, 0xff, ...line, ...line]);
    transfer.items.add(new File([damaged], 'damaged.txt', { type: 'text/plain' }));
    return transfer;
  }, text);
  await page.dispatchEvent('jb-library', 'dragenter', { dataTransfer });
  await page.dispatchEvent('jb-library', 'dragover', { dataTransfer });
  await page.getByText('Drop files to import them: text, Markdown, PDF, web pages, EPUB, Word').waitFor();
  await page.dispatchEvent('jb-library', 'drop', { dataTransfer });

  const report = page.locator('jb-import-report');
  await report.locator('.ok').filter({ hasText: 'dropped-page.txt' }).waitFor();
  const damaged = report.locator('.ok').filter({ hasText: 'damaged.txt' });
  await damaged.waitFor();
  assert.match((await damaged.textContent()) ?? '', /1 place in it could not be read/);
  const rejected = report.locator('.bad').filter({ hasText: 'photo.png' });
  await rejected.waitFor();
  // The reason follows the name (the server's wording is its own).
  assert.match((await rejected.textContent()) ?? '', /photo\.png\S*\s+\S+/);
  assert.equal(
    await page.getByText('Drop files to import them: text, Markdown, PDF, web pages, EPUB, Word').count(),
    0,
  );

  // The library now lists the page's articles, titled and attributed to the dropped file.
  await page.locator('jb-library a[data-article-id]').first().waitFor();
  const entries = await page.locator('jb-library li').allTextContents();
  const fromDrop = entries.filter((entry) => entry.includes('dropped-page.txt'));
  assert.ok(fromDrop.length >= 2, 'a newspaper page yields several articles');

  // The report can be dismissed.
  await report.getByRole('button', { name: 'Dismiss' }).click();
  await report.locator('.report').waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await page.close();
});

test('Ctrl+O opens the file picker', async () => {
  const { page } = await openPage(session());
  // Playwright turns on file-chooser interception without waiting for it; subscribing before the
  // round trips below makes sure it is on before the key is pressed (it raced the key under load).
  const chooser = page.waitForEvent('filechooser');
  await page.locator('jb-library h1').waitFor();
  // The key goes to the focused page: under load the new tab may not have focus yet.
  await page.bringToFront();
  await page.locator('jb-library h1').click();
  await page.keyboard.press('Control+o');
  assert.ok((await chooser).isMultiple());
  await page.close();
});
