// `npm run eval:pages`: scores parsePage on a few hundred generated pages (fixed seed) with the shared scorer
// (../shared/tools/score-page.mjs, run once per page since it exports nothing) and prints the mean of each row.
// usage: node --import tsx scripts/eval-pages.mjs [pages=300] [seed=20260101] [--worst]
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parsePage } from '../main/domain/page/index.ts';
import { generatePage } from '../test/support/page-generator.ts';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(root, '../shared/tools/score-page.mjs');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const pages = Number(args[0] ?? 300);
const seed = Number(args[1] ?? 20260101);
const showWorst = process.argv.includes('--worst');

const ROW = /^(.+?)\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)$/;
function parseReport(report) {
  const rows = {};
  for (const line of report.split('\n')) {
    const m = ROW.exec(line);
    if (m) rows[m[1].trim()] = Number(m[4]);
    const fields = /^metadata fields\s+(\d+)\/(\d+)/.exec(line);
    if (fields && Number(fields[2]) > 0) rows['metadata fields'] = Number(fields[1]) / Number(fields[2]);
    const overall = /^overall ([\d.]+)/.exec(line);
    if (overall) rows.overall = Number(overall[1]);
  }
  return rows;
}

const dir = mkdtempSync(join(tmpdir(), 'jianbao-eval-'));
const sums = {};
const counts = {};
const perPage = [];
try {
  let next = 0;
  const worker = async () => {
    while (next < pages) {
      const n = next++;
      const { text, golden } = generatePage(seed + n);
      const goldenPath = join(dir, `${n}.golden.json`);
      const parsedPath = join(dir, `${n}.parsed.json`);
      writeFileSync(goldenPath, JSON.stringify(golden));
      writeFileSync(parsedPath, JSON.stringify(parsePage(text)));
      const { stdout } = await run(process.execPath, [scorer, goldenPath, parsedPath]);
      const rows = parseReport(stdout);
      perPage.push({ seed: seed + n, overall: rows.overall ?? 0 });
      for (const [name, value] of Object.entries(rows)) {
        sums[name] = (sums[name] ?? 0) + value;
        counts[name] = (counts[name] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${pages} generated pages, seed ${seed}: mean per row (pages where the row applies)`);
for (const name of Object.keys(sums)) {
  console.log(`${name.padEnd(24)} ${(sums[name] / counts[name]).toFixed(3)}  (n=${counts[name]})`);
}
if (showWorst) {
  perPage.sort((a, b) => a.overall - b.overall);
  console.log(
    'worst pages:',
    perPage
      .slice(0, 10)
      .map((p) => `${p.seed}:${p.overall.toFixed(3)}`)
      .join(' '),
  );
}
const overall = (sums.overall ?? 0) / (counts.overall ?? 1);
if (overall < 0.97) {
  console.error(`overall ${overall.toFixed(3)} is below the 0.97 target`);
  process.exitCode = 1;
}
