/**
 * Markdown articles: inline formatting is rendered (sanitised), and offsets stay exact across the
 * formatting's text nodes, so a highlight over bold and italic text quotes exactly what was selected.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charPoints, dragSelect, highlightTexts, openPage, sessionForSuite } from './helpers.js';

const session = sessionForSuite();

const MARKDOWN = `# Harbour trade doubles

The port of **Ningbo-Zhoushan** handled *record* volumes this year, officials said on Monday.

Unsafe <img src="x" onerror="window.pwned = 1"> markup stays inert.
`;

test('Markdown formatting renders and highlights across it are exact', async () => {
  const { page } = await openPage(session());
  await page.locator('jb-app input[type=file]').setInputFiles({
    name: 'harbour.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(MARKDOWN),
  });
  await page.locator('jb-import-report a').first().click();

  const paragraph = page.locator('jb-article .paragraph').first();
  await paragraph.waitFor();
  assert.equal(await paragraph.locator('strong').textContent(), 'Ningbo-Zhoushan');
  assert.equal(await paragraph.locator('em').textContent(), 'record');
  assert.equal(await page.locator('jb-article img').count(), 0, 'no <img> survives sanitising');
  assert.equal(await page.evaluate(() => 'pwned' in window), false);

  // From inside the bold name to inside the italic word.
  const text = (await paragraph.textContent()) ?? '';
  const from = text.indexOf('Zhoushan');
  const to = text.indexOf('record') + 3;
  const passage = await charPoints(paragraph, from, to);
  assert.equal(passage.text, 'Zhoushan handled rec');
  await dragSelect(page, passage.start, passage.end);
  await page.getByRole('button', { name: 'Highlight Pink' }).click();
  await page.locator('jb-annotation-panel li').waitFor();
  assert.equal((await page.locator('jb-annotation-panel li .quote').textContent())?.trim(), passage.text);
  assert.deepEqual((await highlightTexts(page, 'jb-pink')).join(''), passage.text);

  await page.reload();
  await page.locator('jb-annotation-panel li').waitFor();
  assert.deepEqual((await highlightTexts(page, 'jb-pink')).join(''), passage.text);
  await page.close();
});
