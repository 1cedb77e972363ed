// Renders the screenshots in docs/screenshots/: the reader and the library at 360, 768 and 1280 px wide, in the
// light and the dark theme, with the interface in Chinese and in English (issue 11's bar). It runs the built
// browser mode on a new temporary library in headless Chromium (/usr/bin/chromium or CHROME_PATH), fills it
// through the API (a Chinese newspaper page and an English Markdown note, with highlights and a note) and sets
// the language and theme the way the Settings dialog does, through settings.update. Usage:
//   npm run screenshots
// JPEG at quality 70 keeps the 24 pictures small enough to commit.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startBrowserMode, REPO_ROOT } from '../test/support/browser-mode.ts';
import { launchChromium } from '../test/support/chromium.ts';
import { callApi } from '../test/e2e/library-api.ts';
import { FIXTURE } from '../test/e2e/helpers.ts';

const OUT = join(REPO_ROOT, 'docs/screenshots');
const WIDTHS = [
  { width: 360, height: 760 },
  { width: 768, height: 1000 },
  { width: 1280, height: 820 },
];
const THEMES = ['light', 'dark'];
/** Each language shows an article in its own language in the reader. */
const LANGUAGES = [
  { language: 'zh-CN', article: 'zh' },
  { language: 'en', article: 'en' },
];

const NOTE = `---
title: A year in the container ports
author: [Li Wei, Jane Doe]
date: 2024-05-04
tags: [ports, trade]
---
The port of **Ningbo-Zhoushan** handled record volumes this year, officials said on Monday, as exporters
rushed goods out ahead of new tariffs and shipping lines added calls along the coast.

## Volumes by port

| Port | Million TEU | Change |
| --- | --- | --- |
| Shanghai | 49.2 | +4.8% |
| Ningbo-Zhoushan | 36.5 | +7.1% |
| Shenzhen | 31.2 | +5.6% |

## What drove the growth

1. Exports to Southeast Asia
   - electronics and machinery
   - new rail links inland
2. Larger ships on the Europe routes

> Volumes will stay high into the summer, then ease. — a freight forwarder in Ningbo
`;

/** Highlights over parts of an article's paragraphs, and one with a note, as a reader would leave them. */
async function annotate(url, articleId, note) {
  const article = await callApi(url, 'articles.get', { id: articleId });
  const paragraphs = article.segments.filter((segment) => segment.type === 'paragraph');
  const marks = [
    { at: 0, from: 4, to: 40, color: 'yellow' },
    { at: 1, from: 0, to: 30, color: 'green', note },
    { at: 2, from: 10, to: 34, color: 'pink' },
  ];
  for (const { at, from, to, color, note: text = '' } of marks) {
    const paragraph = paragraphs[at];
    if (!paragraph || paragraph.text.length < to) continue;
    // Whole words in English (a Chinese passage may start and end at any character).
    const [start, end] = [from, to].map(
      (at) => at + (/^\w*/.exec(paragraph.text.slice(at))?.[0].length ?? 0),
    );
    await callApi(url, 'annotations.create', {
      articleId,
      start: paragraph.start + (from === 0 ? 0 : start + 1),
      end: paragraph.start + end,
      color,
      note: text,
    });
  }
}

async function fillLibrary(url) {
  const encoder = new TextEncoder();
  const { imported } = await callApi(url, 'library.import', {
    files: [
      { name: 'party-building-page.txt', data: new Uint8Array(await readFile(FIXTURE)) },
      { name: 'container-ports.md', data: encoder.encode(NOTE) },
    ],
  });
  const zh = imported[0].articleIds[0];
  const en = imported[1].articleIds[0];
  await annotate(url, zh, '用人标准是“能干成事”。');
  await annotate(url, en, 'Compare with last year’s figures.');
  await callApi(url, 'articles.setTags', { articleId: zh, tags: ['基层党建', '乡村振兴'] });
  return { zh, en };
}

/** Waits until the view has drawn what the picture is of: the article with its highlights, or the list. */
async function shot(page, url, hash, ready, path) {
  await page.goto(url + hash);
  await page.locator(ready).first().waitFor();
  if (hash.startsWith('#article'))
    await page.waitForFunction(() => (CSS.highlights.get('jb-yellow')?.size ?? 0) > 0);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path, type: 'jpeg', quality: 70 });
}

const server = await startBrowserMode();
const browser = await launchChromium();
try {
  const articles = await fillLibrary(server.url);
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  for (const { language, article } of LANGUAGES) {
    for (const theme of THEMES) {
      await callApi(server.url, 'settings.update', { language, reader: { theme } });
      for (const viewport of WIDTHS) {
        const page = await browser.newPage({ viewport, colorScheme: theme, locale: language });
        const name = (view) => join(OUT, `${view}-${viewport.width}-${theme}-${language}.jpg`);
        await shot(
          page,
          server.url,
          `#article=${articles[article]}`,
          'jb-article .paragraph',
          name('reader'),
        );
        await shot(page, server.url, '#', 'jb-article-list a[data-article-id]', name('library'));
        await page.close();
        console.log(`${language} ${theme} ${viewport.width}px`);
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
