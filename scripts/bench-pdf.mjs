// `npm run bench:pdf`: how long importing a PDF e-paper takes, against pdf.js's own text extraction of the same
// file (the floor), at 1, 10 and 100 pages. The page is a broadsheet printed by Chromium from the committed
// sample articles; the longer files repeat it (qpdf). Bars: one page ≤ 1.5 s, every ratio ≤ 2×. The work is
// timed on this thread: the import runs the same on a thread of its own (pdf-thread.ts), which adds the thread's
// start, some 0.2 s a file.
// usage: npm run bench:pdf -- [--pages 1,10,100] [--runs N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parsePdfText } from '../main/domain/pdf/index.ts';
import { readPdfText } from '../main/node/import/pdf-text.ts';
import { buildRenderedPages } from '../test/corpus/rendered.ts';
import { loadSample } from '../test/corpus/sources.ts';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
};
const counts = option('--pages', '1,10,100').split(',').map(Number);
const runs = Number(option('--runs', '3'));

const pkg = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** pdf.js alone, set up as the import sets it up: every page's text content, nothing else. */
async function extractOnly(data) {
  const doc = await getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    cMapUrl: join(pkg, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pkg, 'standard_fonts') + '/',
    verbosity: 0,
  }).promise;
  try {
    for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
  } finally {
    await doc.destroy();
  }
}

const importPdf = async (data) => parsePdfText(await readPdfText(data));

async function best(fn, data) {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(data);
    fastest = Math.min(fastest, performance.now() - t);
  }
  return fastest;
}

const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-pdf-'));
try {
  // The sample's articles are short: each takes on the paragraphs of the next four, so that a full broadsheet
  // sheet (390 × 545 mm, body in 9 pt) fills with some 8,000 characters.
  const sample = loadSample('zh');
  const sources = sample.map((a, i) => ({
    ...a,
    paragraphs: [1, 2, 3, 4, 5].flatMap((k) => sample[(i + k - 1) % sample.length].paragraphs),
  }));
  const rendered = await buildRenderedPages(sources, {
    lang: 'zh',
    pages: 1,
    seed: 44,
    families: ['pdf'],
    sheet: 'broadsheet',
  });
  const page = rendered[0];
  const one = join(dir, 'page.pdf');
  writeFileSync(one, page.pdf);
  const chars = page.golden.articles.reduce(
    (n, a) => n + a.title.length + a.blocks.reduce((m, b) => m + b.text.length, 0),
    0,
  );
  console.log(`a broadsheet page of ${chars} characters; best of ${runs} runs\n`);
  console.log('| pages | pdf.js text (ms) | import (ms) | ratio |');
  console.log('| --- | --- | --- | --- |');
  let worst = 0;
  let single = 0;
  for (const n of counts) {
    const file = join(dir, `pages-${n}.pdf`);
    if (n === 1) writeFileSync(file, page.pdf);
    else execFileSync('qpdf', ['--empty', '--pages', one, Array(n).fill('1').join(','), '--', file]);
    const data = new Uint8Array(readFileSync(file));
    const floor = await best(extractOnly, data);
    const full = await best(importPdf, data);
    if (n === 1) single = full;
    worst = Math.max(worst, full / floor);
    console.log(`| ${n} | ${floor.toFixed(0)} | ${full.toFixed(0)} | ${(full / floor).toFixed(2)} |`);
  }
  console.log(`\none page: ${single.toFixed(0)} ms (bar 1500); largest ratio ${worst.toFixed(2)} (bar 2.00)`);
  process.exitCode = single > 1500 || worst > 2 ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
