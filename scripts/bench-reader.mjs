// `npm run bench:reader`: a long book in the reader, in headless Chromium through the real browser mode (the
// built bundle: run `npm run build` first). A Markdown book of 200,000 characters in chapters (real text of the
// committed corpus samples, Chinese and English) and a short article of 2,000 characters are imported; for each
// it prints the time from opening the article's address to its last paragraph on screen, and for the book the
// frame times while scrolling through it, beside the frame times of the same page doing nothing (the machine's
// own frame rate, measured in the same run). The bars: the book opens in under 500 ms and scrolls at
// 60 fps (a frame every 16.7 ms).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callApi } from '../test/e2e/library-api.ts';
import { REPO_ROOT, startBrowserMode } from '../test/support/browser-mode.ts';
import { launchChromium } from '../test/support/chromium.ts';
import { frameTimes, percentile } from '../test/support/frame-times.ts';

const BOOK_CHARS = 200_000;
const SHORT_CHARS = 2_000;
const RUNS = 5;

function samples() {
  const read = (lang) =>
    readFileSync(join(REPO_ROOT, 'test/fixtures/corpus/sources', `${lang}.jsonl`), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line));
  return [...read('zh'), ...read('en')];
}

/** Chapters of real articles, one after another, until the text holds `size` characters. */
function book(size, title) {
  const articles = samples();
  const parts = [`# ${title}`];
  let length = 0;
  for (let chapter = 0; length < size; chapter++) {
    const article = articles[chapter % articles.length];
    parts.push(`## ${chapter + 1}. ${article.title.trim()}`);
    for (const paragraph of article.paragraphs) {
      if (length >= size) break;
      parts.push(paragraph.trim());
      length += paragraph.trim().length;
    }
  }
  return `${parts.join('\n\n')}\n`;
}

const fmt = (ms) => ms.toFixed(1);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startBrowserMode();
const browser = await launchChromium();
try {
  const encoder = new TextEncoder();
  const reply = await callApi(server.url, 'library.import', {
    files: [
      { name: 'long-book.md', data: encoder.encode(book(BOOK_CHARS, 'A long book')) },
      { name: 'short-article.md', data: encoder.encode(book(SHORT_CHARS, 'A short article')) },
    ],
  });
  const [bookId, shortId] = reply.imported.map((file) => file.articleIds[0]);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await page.goto(server.url);
  await page.locator('jb-app').waitFor();

  // Opening: from the address change to the article's last paragraph laid out, warm (the app is loaded).
  const open = async (id) => {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${server.url}#library`);
      await page.locator('jb-article-list a[data-article-id]').first().waitFor();
      const started = performance.now();
      await page.evaluate((hash) => (location.hash = hash), `#article=${id}`);
      await page.locator('jb-article .paragraph').last().waitFor();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
      times.push(performance.now() - started);
    }
    return median(times);
  };
  const shortOpen = await open(shortId);
  const bookOpen = await open(bookId);
  const paragraphs = await page.locator('jb-article .paragraph').count();
  console.log(`Opening (median of ${RUNS}, to the last paragraph laid out):`);
  console.log(`  short article (${SHORT_CHARS} characters): ${fmt(shortOpen)} ms`);
  console.log(
    `  book (${BOOK_CHARS} characters, ${paragraphs} paragraphs): ${fmt(bookOpen)} ms, ${(bookOpen / shortOpen).toFixed(2)}× the short article (bar: under 500 ms)`,
  );

  // Frames: the page idle, then scrolling one step a frame through the book, as a fast wheel would.
  const frames = (px) => frameTimes(page, px);
  const summary = (times) => {
    const sorted = [...times].sort((a, b) => a - b);
    const slow = times.filter((t) => t > 1000 / 60 + 1).length;
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), slow, count: times.length };
  };
  await page.evaluate(() => window.scrollTo(0, 0));
  const idle = summary(await frames(0));
  console.log(`Frames (300 each):`);
  console.log(`  idle page: p50 ${fmt(idle.p50)} ms, p95 ${fmt(idle.p95)} ms`);
  for (const step of [120, 1200]) {
    await page.evaluate(() => window.scrollTo(0, 0));
    const s = summary(await frames(step));
    console.log(
      `  scrolling ${step} px a frame: p50 ${fmt(s.p50)} ms, p95 ${fmt(s.p95)} ms (${(s.p95 / idle.p95).toFixed(2)}× idle), ${s.slow} of ${s.count} frames over 17.7 ms`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}
