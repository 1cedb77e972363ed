// `npm run bench:library -- [--db library.sqlite] [--articles N]`: how the library
// list behaves over a large library in headless Chromium, through the real browser mode (the built
// bundle: run `npm run build` first). Without --db, builds a library of N generated articles
// (default 100,000) with `bench:search --keep` and removes it afterwards. Prints the time to the
// first rows, the frame times while scrolling steadily through the list, the time for a jump to the
// end to show the last article, and how many rows the DOM holds.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/support/chromium.ts';
import { frameTimes, percentile } from '../test/support/frame-times.ts';
import { startBrowserMode } from '../test/support/browser-mode.ts';

const { values } = parseArgs({
  options: { db: { type: 'string' }, articles: { type: 'string', default: '100000' } },
});

let dbPath = values.db;
let generated = null;
if (!dbPath) {
  console.log(`Generating ${values.articles} articles with bench:search…`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench-search.mjs', '--articles', values.articles, '--keep'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const folder = /The libraries are in (\S+)/.exec(run.stdout)?.[1];
  if (!folder) throw new Error(`bench:search did not keep a library:\n${run.stdout}\n${run.stderr}`);
  generated = folder;
  dbPath = join(folder, 'indexed.sqlite');
}

const fmt = (ms) => ms.toFixed(1);

const server = await startBrowserMode({ dbPath });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const rowCount = () => page.locator('jb-article-list li').count();

  for (const run of ['cold', 'warm']) {
    const started = performance.now();
    await page.goto(server.url);
    await page.locator('jb-article-list a[data-article-id]').first().waitFor();
    const wall = performance.now() - started;
    const inPage = await page.evaluate(() => performance.now());
    const count = (await page.locator('jb-library .count').textContent())?.trim();
    console.log(
      `First rows (${run}): ${fmt(wall)} ms from navigation (${fmt(inPage)} ms on the page's clock); ${count}; ${await rowCount()} rows in the DOM`,
    );
  }

  // Steady scrolling: one step a frame, as a fast wheel or a dragged scrollbar would.
  for (const step of [400, 4000]) {
    await page.evaluate(() => window.scrollTo(0, 0));
    const frames = await frameTimes(page, step);
    const sorted = [...frames].sort((a, b) => a - b);
    console.log(
      `Scrolling ${step} px a frame for ${frames.length} frames: frame time p50 ${fmt(percentile(sorted, 50))} ms, p95 ${fmt(percentile(sorted, 95))} ms, max ${fmt(sorted.at(-1))} ms; ${await rowCount()} rows in the DOM`,
    );
  }

  // A jump to the end: the last page is fetched, and the last article shows.
  const jumped = await page.evaluate(async () => {
    const list = document
      .querySelector('jb-app')
      .shadowRoot.querySelector('jb-library')
      .shadowRoot.querySelector('jb-article-list');
    const started = performance.now();
    window.scrollTo(0, document.documentElement.scrollHeight);
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const rows = list.shadowRoot.querySelectorAll('li');
      const last = [...rows].find(
        (row) => row.getAttribute('aria-posinset') === row.getAttribute('aria-setsize'),
      );
      if (last?.querySelector('a[data-article-id]')) return performance.now() - started;
      if (performance.now() - started > 10_000) return -1;
    }
  });
  console.log(
    `Jump to the end until the last article shows: ${fmt(jumped)} ms; ${await rowCount()} rows in the DOM`,
  );
} finally {
  await browser.close();
  await server.stop();
  if (generated) rmSync(generated, { recursive: true, force: true });
}
