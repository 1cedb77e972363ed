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

const STRUCTURED = `---
title: Port volumes
author: [Li Wei, Jane Doe]
date: 2024-05-04
tags: [ports, trade]
---
## Volumes

1. Ningbo
   - containers up
   - bulk flat
2. Shanghai

| Port | Tons |
| --- | --- |
| Ningbo | 1,200 |
`;

test('a note keeps its table, nested numbered list and front matter, and a highlight over a table row is exact', async () => {
  const { page, problems } = await openPage(session());
  await page.locator('jb-app input[type=file]').setInputFiles({
    name: 'volumes.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(STRUCTURED),
  });
  await page.locator('jb-import-report a').first().click();

  const article = page.locator('jb-article');
  await article.locator('h1').waitFor();
  assert.equal(await article.locator('h1').textContent(), 'Port volumes');
  assert.equal(await article.locator('.byline').textContent(), 'Li Wei, Jane Doe');
  assert.doesNotMatch((await article.textContent()) ?? '', /tags|2024-05-04|---/);
  assert.equal(await article.locator('h2.heading[data-level="2"]').textContent(), 'Volumes');

  const items = article.locator('.list-item');
  assert.deepEqual(await items.allTextContents(), ['Ningbo', 'containers up', 'bulk flat', 'Shanghai']);
  assert.equal(await items.nth(0).getAttribute('data-marker'), '1.');
  assert.equal(await items.nth(3).getAttribute('data-marker'), '2.');
  const indent = (n: number) => items.nth(n).evaluate((el) => el.getBoundingClientRect().left);
  assert.ok((await indent(1)) > (await indent(0)), 'the nested items are indented');
  const number = await items
    .nth(0)
    .evaluate((el) => getComputedStyle(el, '::before').content.replaceAll('"', ''));
  assert.equal(number, '1.');

  const rows = article.locator('.row');
  assert.deepEqual(await rows.allTextContents(), ['Port\tTons', 'Ningbo\t1,200']);
  // Across the cells of a row: the tab between them is part of the quote, nothing is glued.
  const row = rows.nth(1);
  const passage = await charPoints(row, 2, 'Ningbo\t1,2'.length);
  assert.equal(passage.text, 'ngbo\t1,2');
  await dragSelect(page, passage.start, passage.end);
  await page.getByRole('button', { name: 'Highlight Yellow' }).click();
  await page.locator('jb-annotation-panel li').waitFor();
  assert.deepEqual((await highlightTexts(page, 'jb-yellow')).join(''), passage.text);
  assert.deepEqual(problems, []);
  await page.close();
});
