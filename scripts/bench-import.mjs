// `npm run bench:import`: how long importing a 1 MB web page and a 500-chapter EPUB takes, against the
// extraction alone in the same run (Readability over linkedom for the page; unzipping and parsing every
// chapter for the book). Two figures a file: reading it (the import pipeline's reader: decode, extract,
// sanitise, blocks) and importing it whole into a library on a real SQLite file (parse, store, index).
// The EPUB's chapter progress, as the import reports it, is printed as it goes.
// usage: npm run bench:import -- [--runs N] [--chapters N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { openLibrary } from '../main/node/library.ts';
import { readDocument } from '../main/node/import/read-document.ts';
import { loadSample } from '../test/corpus/sources.ts';
import { bookOfChapters } from '../test/support/packaged-documents.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, chapters: { type: 'string', default: '500' } },
});
const runs = Number(values.runs);
const chapterCount = Number(values.chapters);

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const paragraphs = [...loadSample('en'), ...loadSample('zh')].flatMap((article) => article.paragraphs);

/** A news page of about 1 MB: one long article among the site's navigation, teasers and footer. */
function bigPage() {
  const body = [];
  for (let size = 0, i = 0; size < 1024 * 1024; i++) {
    const paragraph = `<p>${escape(paragraphs[i % paragraphs.length])}</p>`;
    body.push(i % 40 === 39 ? `<h2>Part ${(i + 1) / 40}</h2>${paragraph}` : paragraph);
    size += Buffer.byteLength(paragraph);
  }
  const nav = Array.from({ length: 60 }, (_v, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
  return new TextEncoder().encode(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The long read - Example News</title></head>` +
      `<body><nav><ul>${nav}</ul></nav><main><article><h1>The long read</h1><p class="byline">By A. Writer</p>` +
      `${body.join('\n')}</article></main><footer>Copyright Example News</footer></body></html>`,
  );
}

function bigBook() {
  return bookOfChapters(chapterCount, (i) =>
    paragraphs
      .slice((i * 6) % paragraphs.length, ((i * 6) % paragraphs.length) + 6)
      .map((p) => `<p>${escape(p)}</p>`)
      .join(''),
  );
}

async function best(fn) {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-import-'));
let round = 0;
/** The whole import into a fresh library on a real file, as the app does it. */
async function importWhole(name, data, onProgress) {
  const library = openLibrary(join(dir, `library-${round++}.sqlite`));
  try {
    const watch = onProgress
      ? setInterval(() => {
          const p = library.services['library.importProgress']({});
          Promise.resolve(p).then(onProgress);
        }, 50)
      : undefined;
    const result = await library.services['library.import']({ files: [{ name, data }] });
    clearInterval(watch);
    if (result.rejected.length > 0) throw new Error(result.rejected[0].reason);
  } finally {
    library.close();
  }
}

try {
  const page = bigPage();
  const book = bigBook();
  console.log(
    `a web page of ${(page.byteLength / 1024 / 1024).toFixed(2)} MB; an EPUB of ${chapterCount} chapters ` +
      `(${(book.byteLength / 1024).toFixed(0)} kB); best of ${runs} runs\n`,
  );

  let shown = 0;
  await importWhole('book.epub', book, (p) => {
    if (p.running && p.unit === 'chapter' && p.page >= shown + 100) {
      shown = p.page - (p.page % 100);
      console.log(`  importing book.epub: chapter ${p.page} of ${p.pages}`);
    }
  });
  console.log('');

  const html = new TextDecoder().decode(page);
  const rows = [
    [
      'web page',
      () => new Readability(parseHTML(html).document).parse(),
      () => readDocument('page.html', page),
      () => importWhole('page.html', page),
    ],
    [
      'EPUB',
      () => {
        const files = unzipSync(book);
        for (const [path, bytes] of Object.entries(files))
          if (path.endsWith('.xhtml')) parseHTML(new TextDecoder().decode(bytes));
      },
      () => readDocument('book.epub', book),
      () => importWhole('book.epub', book),
    ],
  ];
  console.log('| file | extraction alone (ms) | read (ms) | ratio | import into a library (ms) | ratio |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [name, extract, read, whole] of rows) {
    const floor = await best(extract);
    const reading = await best(read);
    const importing = await best(whole);
    console.log(
      `| ${name} | ${floor.toFixed(0)} | ${reading.toFixed(0)} | ${(reading / floor).toFixed(2)} | ` +
        `${importing.toFixed(0)} | ${(importing / floor).toFixed(2)} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
