// `npm run corpus`: builds the parser's development corpus in `.corpus/` (or --out): real articles from the
// fetched corpora laid out as newspaper pages, printed to PDF by Chromium and read back by pdftotext (three
// modes), pdf.js and OCR, the same articles typed out and stored one after another as plain files, plus Project
// Gutenberg books, each page with its golden. `npm run eval:pages` scores it.
// usage: npm run corpus -- [--out DIR] [--mirror DIR] [--sample] [--pages N] [--ocr-pages N] [--seed S]
//   [--typed-only | --files-only | --only FAMILY,…]
//   --sample builds from the committed samples (test/fixtures/corpus), which need no fetched corpus.
//   --only (re)writes only the given families of the rendered pages in an existing corpus (e.g. `--only pandoc`);
//   --typed-only (re)writes only the `typed` family of an existing corpus, from its printed pages' goldens;
//   --files-only only the `files` family, from the sources.
// The corpora are public repositories fetched with the search tool's `fetch` (see test/corpus/sources.ts and
// test/corpus/books.ts for which); a missing one is named in the error.
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBookPages, loadBookSample } from '../test/corpus/books.ts';
import { readCorpus, writeCorpusPage } from '../test/corpus/corpus-files.ts';
import { buildRenderedPages, RENDERED_FAMILIES } from '../test/corpus/rendered.ts';
import { filesPages } from '../test/corpus/render-files.ts';
import { typedPage } from '../test/corpus/render-typed.ts';
import { DEFAULT_MIRROR_ROOT, loadSample, loadSources } from '../test/corpus/sources.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
};
const sample = argv.includes('--sample');
const out = resolve(root, option('--out', '.corpus'));
const mirror = option('--mirror', DEFAULT_MIRROR_ROOT);
const pages = Number(option('--pages', sample ? '4' : '80'));
const ocrPages = Number(option('--ocr-pages', sample ? '1' : '24'));
const seed = Number(option('--seed', '7001'));
// Each printed page is also typed out by hand, in habits chosen from its own seed (the number in its name).
const typed = (page) => typedPage(page, Number(/\d+$/.exec(page.name)?.[0] ?? seed));

if (argv.includes('--typed-only')) {
  const printed = readCorpus(out).filter((p) => p.family === 'pdf');
  rmSync(resolve(out, 'typed'), { recursive: true, force: true });
  for (const page of printed) writeCorpusPage(out, typed(page));
  console.log(`${printed.length} typed pages in ${out}`);
  process.exit(0);
}
const sources = (lang) => (sample ? loadSample(lang) : loadSources(mirror, lang));
if (argv.includes('--files-only')) {
  rmSync(resolve(out, 'files'), { recursive: true, force: true });
  let count = 0;
  for (const lang of ['zh', 'en'])
    for (const page of filesPages(sources(lang), lang, seed, pages)) {
      writeCorpusPage(out, page);
      count++;
    }
  console.log(`${count} files pages in ${out}`);
  process.exit(0);
}
const only = option('--only', null)?.split(',');
if (only) {
  // Each name becomes a folder that is deleted first: only a rendered family's name may be one.
  const unknown = only.filter((family) => !RENDERED_FAMILIES.includes(family));
  if (unknown.length > 0) {
    console.error(
      `--only takes rendered families (${RENDERED_FAMILIES.join(', ')}), not ${unknown.join(', ')}; nothing was changed.`,
    );
    process.exit(2);
  }
  let count = 0;
  for (const family of only) rmSync(resolve(out, family), { recursive: true, force: true });
  for (const lang of ['zh', 'en'])
    for (const page of await buildRenderedPages(sources(lang), {
      lang,
      pages,
      seed,
      ocrPages,
      families: only,
    })) {
      writeCorpusPage(out, page);
      count++;
    }
  console.log(`${count} pages of ${only.join(', ')} in ${out}`);
  process.exit(0);
}
rmSync(out, { recursive: true, force: true });
let written = 0;
const write = (page) => {
  writeCorpusPage(out, page);
  written++;
};
for (const lang of ['zh', 'en']) {
  const articles = sources(lang);
  const started = Date.now();
  const rendered = await buildRenderedPages(articles, { lang, pages, seed, ocrPages });
  rendered.forEach(write);
  const printed = rendered.filter((p) => p.family === 'pdf');
  printed.forEach((p) => write(typed(p)));
  filesPages(articles, lang, seed, pages).forEach(write);
  console.log(
    `${lang}: ${printed.length} rendered pages from ${articles.length} articles, ${rendered.length} texts (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
}
const books = sample ? loadBookSample() : buildBookPages(mirror);
books.forEach(write);
console.log(`${books.length} books; ${written} pages with goldens in ${out}`);
