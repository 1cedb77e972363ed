// `npm run eval:pages`: scores the page parser with the shared scorer on every family × language of the corpus
// that `npm run corpus` wrote (default `.corpus/`), plus pages of the project's own generator, and prints one
// table row per family × language with the worst three pages by name.
// usage: npm run eval:pages -- [--corpus DIR] [--generator N] [--seed S] [--family NAME ...] [--json FILE]
//   (--json writes the table's rows and every page's scores)
//   [--roles auto|rules|model] [--weights FILE]: which way the page parser reads line roles, with which weights
//   [--compare FILE]: pages whose overall score moved since the run that wrote FILE (its --json), downs listed
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../test/corpus/corpus-files.ts';
import { parseCorpusPage } from '../test/corpus/parse-page.ts';
import { comparePages, formatTable, scorePages, summarise } from '../test/corpus/score.ts';
import { generatePage } from '../test/support/page-generator.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
};
const families = argv.flatMap((a, i) => (argv[i - 1] === '--family' ? [a] : []));
const corpusDir = resolve(root, option('--corpus', '.corpus'));
const generated = Number(option('--generator', '300'));
const seed = Number(option('--seed', '20260101'));
const weights = option('--weights', null);
const pageOptions = {
  roles: option('--roles', 'auto'),
  ...(weights ? { model: JSON.parse(readFileSync(resolve(weights), 'utf8')) } : {}),
};

// Read first: a wrong path should not cost a whole evaluation before it is reported.
const compare = option('--compare', null);
let earlier = null;
if (compare) {
  try {
    earlier = JSON.parse(readFileSync(resolve(compare), 'utf8')).pages;
  } catch (error) {
    console.error(
      `Cannot read ${compare} (${error.message}): --compare takes the --json file of an earlier run.`,
    );
    process.exit(2);
  }
  if (!Array.isArray(earlier)) {
    console.error(`${compare} holds no pages: --compare takes the --json file of an earlier run.`);
    process.exit(2);
  }
}

const pages = readCorpus(corpusDir);
for (let n = 0; n < generated; n++) {
  const { text, golden } = generatePage(seed + n);
  pages.push({
    family: 'generator',
    lang: 'zh',
    name: `seed-${seed + n}`,
    text,
    golden: { source: '', ...golden },
  });
}
const chosen = families.length > 0 ? pages.filter((p) => families.includes(p.family)) : pages;
if (chosen.length === 0) {
  console.error(`No pages to score: run \`npm run corpus\` first, or check --corpus and --family.`);
  process.exit(2);
}
const parsed = new Map();
for (const p of chosen) parsed.set(p, await parseCorpusPage(p, pageOptions));
const scored = await scorePages(chosen, (p) => parsed.get(p), resolve(root, '../shared'));
const rows = summarise(scored);
console.log(
  `${chosen.length} pages from ${corpusDir} and the generator (seed ${seed}); mean per score row\n`,
);
console.log(formatTable(rows));
// The bars: extractor output that loses layout (-layout columns side by side, OCR) has a lower one.
const bar = (family) => (family === 'pdftotext-layout' || family === 'ocr' ? 0.75 : 0.9);
const below = rows.filter((r) => (r.means.overall ?? 0) < bar(r.family));
for (const r of below)
  console.log(`below the bar (${bar(r.family)}): ${r.family} ${r.lang} ${r.means.overall?.toFixed(3)}`);
const pageScores = scored.map(({ page, score }) => ({
  family: page.family,
  lang: page.lang,
  name: page.name,
  score,
}));
if (earlier) {
  const { up, down } = comparePages(earlier, pageScores);
  console.log(
    `\nagainst ${compare}: ${up.length} pages up, ${down.length} down (overall, by more than 0.005)`,
  );
  for (const d of down)
    console.log(`  down: ${d.family} ${d.lang} ${d.name} ${d.before.toFixed(3)} -> ${d.after.toFixed(3)}`);
}
const json = option('--json', null);
if (json)
  writeFileSync(
    json,
    JSON.stringify(
      {
        rows: rows.map(({ worst, ...r }) => ({ ...r, worst: worst.map((w) => w.page.name) })),
        pages: pageScores,
      },
      null,
      1,
    ),
  );
process.exitCode = below.length > 0 ? 1 : 0;
