// `npm run bench:parse`: parse speed on >= 50 MB of generated pages, one core. For 1, 10 and 50 MB it prints
// MB/s of decode + parsePage, and of decode + parseDocument (the import's door: the extractor's text normalised,
// columns and side-by-side headlines read, the format chosen, then parsePage), and the ratios of both to just
// decoding the same bytes (TextDecoder) and splitting them into lines, all measured in this run: each figure is the best of several runs (at least 3; more for the small
// sizes, whose runs are short enough for one busy moment on the machine to spoil), baseline and parse alike.
// The heap is not collected between runs on purpose: a forced full collection also shrinks the young
// generation, and the next run then pays for growing it again (1 MB parses measured half as fast).
import { loadavg } from 'node:os';
import { parseDocument } from '../main/domain/import/parse-document.ts';
import { parsePage } from '../main/domain/page/index.ts';
import { generatePage } from '../test/support/page-generator.ts';

const MB = 1024 * 1024;
const sizes = [1, 10, 50];
const target = Math.max(...sizes) * MB;

// Build the corpus: whole generated pages one after another, blank lines between them.
const encoder = new TextEncoder();
const pages = [];
let bytes = 0;
for (let seed = 1; bytes < target; seed++) {
  const { text } = generatePage(seed, { articles: [4, 8] });
  const encoded = encoder.encode(`${text}\n\n`);
  pages.push(encoded);
  bytes += encoded.length;
}
function corpus(size) {
  const out = new Uint8Array(size);
  let at = 0;
  for (const page of pages) {
    if (at >= size) break;
    const part = page.subarray(0, Math.min(page.length, size - at));
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Seconds one call of fn takes. */
function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}
const RUNS = 3;
/** Runs per figure, about 60 MB parsed per figure: the short 1 MB and 10 MB runs get more tries than 50 MB ones. */
const runsFor = (size) => Math.max(RUNS, Math.ceil(60 / size));
console.log(`corpus: ${(bytes / MB).toFixed(1)} MB of generated pages (${pages.length} pages)`);
console.log(
  `each figure: best of ${sizes.map((size) => `${runsFor(size)} (${size} MB)`).join(', ')} runs, for the baseline and for the parse (runs alternate)`,
);
console.log(
  `load average (1, 5, 15 min): ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
// Warm-up, not measured: the first parses run unoptimised code, which says nothing about the parser's speed.
{
  const warm = new TextDecoder().decode(corpus(MB));
  for (let i = 0; i < 3; i++) parseDocument('page.txt', warm);
}
console.log('warm-up: 3 imports (parseDocument, which runs parsePage) of 1 MB before measuring');
console.log('size     parse MB/s   import MB/s   decode+split MB/s   parse ratio   import ratio');
const rates = [];
for (const size of sizes) {
  const data = corpus(size * MB);
  let sink = 0;
  const decodeAndSplit = () => {
    const text = new TextDecoder().decode(data);
    sink += text.split('\n').length;
  };
  const decodeAndParse = () => {
    const text = new TextDecoder().decode(data);
    sink += parsePage(text).articles.length;
  };
  const decodeAndImport = () => {
    const text = new TextDecoder().decode(data);
    sink += parseDocument('page.txt', text).page.articles.length;
  };
  // Baseline and parse runs alternate, so a busy spell on the machine weighs on both alike.
  let baseline = Infinity;
  let parse = Infinity;
  let importing = Infinity;
  for (let run = 0; run < runsFor(size); run++) {
    baseline = Math.min(baseline, time(decodeAndSplit));
    parse = Math.min(parse, time(decodeAndParse));
    importing = Math.min(importing, time(decodeAndImport));
  }
  const rate = size / parse;
  rates.push(rate);
  console.log(
    `${String(size).padStart(3)} MB   ${rate.toFixed(1).padStart(9)}   ${(size / importing).toFixed(1).padStart(11)}   ${(size / baseline).toFixed(1).padStart(17)}   ${(parse / baseline).toFixed(2).padStart(11)}   ${(importing / baseline).toFixed(2).padStart(12)}${sink < 0 ? '!' : ''}`,
  );
}
const linear = Math.min(...rates) / Math.max(...rates);
console.log(`linearity (slowest/fastest MB/s): ${linear.toFixed(2)}`);
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
