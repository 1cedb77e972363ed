// `npm run eval:formats`: runs every file of the set `npm run corpus:formats` built (default `.eval-formats/`)
// through the app's own import reader and prints, per kind, one Markdown row per dataset × language: files,
// failures, mean token F1 (with precision and recall) of the body against the ground truth, the share of titles
// that are the page's headline (over all pages, and over those that show the labelled headline), and for books the share of their own table-of-contents entries that come back
// as chapter titles or headings; then the five worst files of each row. A set whose truth is snippets (the
// text must hold some, must not hold others) is scored by them instead of by tokens. A measurement, not a
// gate: exits 0.
// usage: npm run eval:formats -- [--data DIR] [--kind web|epub|docx] [--dataset NAME] [--limit N] [--json FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../main/node/import/read-document.ts';
import { decodeHtml } from '../main/node/import/html/decode-html.ts';
import { parseHtmlDocument } from '../main/node/import/html/dom.ts';
import { overlap, snippets, tokens } from '../test/corpus/format-score.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
};
const data = resolve(root, option('--data', '.eval-formats'));
const kind = option('--kind', null);
const dataset = option('--dataset', null);
const limit = Number(option('--limit', 'Infinity'));

let entries;
try {
  entries = readFileSync(join(data, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
} catch {
  console.log(`No eval set in ${data}: run \`npm run corpus:formats\` first (or pass --data DIR).`);
  process.exit(0);
}
const perDataset = new Map();
entries = entries.filter((entry) => {
  if ((kind && entry.kind !== kind) || (dataset && entry.dataset !== dataset)) return false;
  const seen = perDataset.get(entry.dataset) ?? 0;
  perDataset.set(entry.dataset, seen + 1);
  return seen < limit;
});

/** Case, space and punctuation do not make two titles different. */
const norm = (text) => tokens(text).join(' ');

/**
 * The table-of-contents entries not found among the titles and headings read. An exact match is used up, so
 * the tenth "II" of a book cannot hide behind the first; failing that, an entry may stand inside a heading
 * ("Chapter I: Loomings" read for "I: Loomings") or a heading of two words or more inside the entry.
 */
function missingFromToc(toc, candidates) {
  const left = new Map();
  for (const have of candidates) left.set(have, (left.get(have) ?? 0) + 1);
  return toc.filter((entry) => {
    const want = norm(entry);
    if (want === '') return false;
    if ((left.get(want) ?? 0) > 0) {
      left.set(want, left.get(want) - 1);
      return false;
    }
    return !candidates.some(
      (have) =>
        (want.length >= 4 && ` ${have} `.includes(` ${want} `)) ||
        (have.split(' ').length >= 2 && ` ${want} `.includes(` ${have} `) && have.length * 2 >= want.length),
    );
  });
}

const HEADINGS = new Set(['heading', 'subhead']);

/**
 * @typedef {{ p: number, r: number, f1: number, title: string, titleOk?: boolean, toc?: number,
 *   missing?: string[], articles?: number, failed?: string }} Outcome
 */

/** @returns {Outcome} */
function score(entry, page) {
  const articles = page.articles;
  const blocks = articles.flatMap((article) => article.blocks);
  // A book's truth is its whole text, headings included; a page's or document's is the body below the title.
  const got =
    entry.kind === 'epub'
      ? articles.map((a) => [a.title, ...a.blocks.map((b) => b.text)].join('\n')).join('\n')
      : blocks.map((block) => block.text).join('\n');
  const title = articles[0]?.title ?? '';
  const titleOk =
    entry.title && entry.kind !== 'epub'
      ? [entry.title, ...(entry.titles ?? [])].some((want) => norm(want) === norm(title))
      : undefined;
  if (entry.with) return { ...snippets(got, entry.with, entry.without), title, titleOk };
  if (!entry.toc) return { ...overlap(got, entry.body), title, titleOk };
  const candidates = articles.map((a) => norm(a.title));
  for (const article of articles) {
    // Consecutive headings are also tried together: "Chapter I" over "Loomings" is the entry "I: Loomings".
    let run = [];
    for (const block of [...article.blocks, { type: 'end', text: '' }]) {
      if (HEADINGS.has(block.type)) {
        run.push(norm(block.text));
        candidates.push(norm(block.text));
        if (run.length > 1) candidates.push(run.join(' '));
      } else run = [];
    }
  }
  const missing = missingFromToc(entry.toc, candidates);
  const toc = 1 - missing.length / Math.max(1, entry.toc.length);
  return { ...overlap(got, entry.body), title, titleOk, toc, missing, articles: articles.length };
}

/**
 * A failure reads nothing: its F1, title and contents count as zero, so a row cannot look better by failing.
 * @returns {Outcome}
 */
function failure(entry, reason) {
  const toc = entry.toc ? { toc: 0, missing: entry.toc } : {};
  return { p: 0, r: 0, f1: 0, title: '', titleOk: entry.title ? false : undefined, ...toc, failed: reason };
}

/**
 * Whether a web page shows its labelled headline in its text. Some truths name a headline the page never
 * prints (its <title> with the site's name, a headline reworded for search engines): no reading of the page
 * can find those, so the headline column is also given over the pages that show theirs.
 */
function headlineShown(entry, bytes) {
  if (entry.kind !== 'web' || !entry.title) return undefined;
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return false;
  const document = parseHtmlDocument(decoded.text);
  for (const hidden of Array.from(document.querySelectorAll('script, style, noscript, template')))
    hidden.remove();
  const text = norm(document.body?.textContent ?? '');
  return [entry.title, ...(entry.titles ?? [])].some(
    (want) => norm(want) !== '' && text.includes(norm(want)),
  );
}

const results = [];
const started = Date.now();
for (const [index, entry] of entries.entries()) {
  const bytes = new Uint8Array(readFileSync(join(data, entry.file)));
  const t0 = Date.now();
  /** @type {Outcome} */
  let outcome;
  try {
    const read = await readDocument(basename(entry.file), bytes);
    // A refusal's reason is given in each interface language.
    const reason = read.ok ? '' : typeof read.reason === 'string' ? read.reason : read.reason.en;
    outcome = read.ok ? score(entry, read.document.page) : failure(entry, reason);
  } catch (error) {
    const where = error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 2) : [error];
    outcome = failure(entry, `threw ${where.join(' ').replace(/\s+/g, ' ')}`);
  }
  results.push({ entry, ms: Date.now() - t0, ...outcome, shown: headlineShown(entry, bytes) });
  if ((index + 1) % 250 === 0) console.error(`${index + 1}/${entries.length} files read`);
}

const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const fixed = (value, digits = 3) => (value === null ? '–' : value.toFixed(digits));
const percent = (value) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);
const clip = (text, size = 60) => {
  const flat = String(typeof text === 'string' ? text : JSON.stringify(text ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > size ? `${flat.slice(0, size - 1)}…` : flat;
};

const KINDS = { web: 'Web pages', epub: 'EPUB', docx: 'DOCX' };
const summary = [];
console.log(`${results.length} files from ${data} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
for (const [kindName, heading] of Object.entries(KINDS)) {
  const ofKind = results.filter((r) => r.entry.kind === kindName);
  if (ofKind.length === 0) continue;
  const groups = new Map();
  for (const r of ofKind) {
    const key = `${r.entry.dataset}\t${r.entry.lang}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const rows = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  rows.push([`all\t*`, ofKind]);
  console.log(`## ${heading}\n`);
  console.log(
    '| dataset | lang | files | failed | body F1 | precision | recall | title = headline | title = headline shown | TOC found |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [key, group] of rows) {
    const [name, lang] = key.split('\t');
    const titled = group.filter((r) => r.titleOk !== undefined);
    const shown = titled.filter((r) => r.shown);
    const row = {
      kind: kindName,
      dataset: name,
      lang,
      files: group.length,
      failed: group.filter((r) => r.failed).length,
      f1: mean(group.map((r) => r.f1)),
      precision: mean(group.map((r) => r.p)),
      recall: mean(group.map((r) => r.r)),
      titles: titled.length ? mean(titled.map((r) => (r.titleOk ? 1 : 0))) : null,
      shownTitles: shown.length ? mean(shown.map((r) => (r.titleOk ? 1 : 0))) : null,
      shown: shown.length,
      toc: kindName === 'epub' ? mean(group.map((r) => r.toc)) : null,
      // A book's worst is the one losing most of its contents; otherwise the one whose body matches least.
      worst: [...group].sort((a, b) => (a.toc ?? 0) - (b.toc ?? 0) || a.f1 - b.f1).slice(0, 5),
      titleMisses: titled.filter((r) => !r.titleOk && !r.failed).slice(0, 5),
    };
    summary.push(row);
    const cells = [name, lang, row.files, row.failed, fixed(row.f1), fixed(row.precision), fixed(row.recall)];
    const shownCell = row.shownTitles === null ? '–' : `${percent(row.shownTitles)} of ${row.shown}`;
    console.log(`| ${[...cells, percent(row.titles), shownCell, percent(row.toc)].join(' | ')} |`);
  }
  console.log('');
  for (const row of summary.filter((r) => r.kind === kindName && r.dataset !== 'all')) {
    console.log(`Worst of ${row.dataset} (${row.lang}):`);
    for (const r of row.worst) {
      const what = r.failed
        ? `failed: ${clip(r.failed, 100)}`
        : `F1 ${fixed(r.f1)} (P ${fixed(r.p, 2)} R ${fixed(r.r, 2)})`;
      const title = r.titleOk === false && !r.failed ? '; title wrong too' : '';
      const toc = r.missing?.length
        ? `; TOC ${percent(r.toc)} of ${r.entry.toc.length} in ${r.articles ?? 0} chapters, lost e.g. «${r.missing
            .slice(0, 3)
            .map((m) => clip(m, 30))
            .join('», «')}»`
        : '';
      console.log(`- ${r.entry.file}: ${what}${title}${toc}`);
    }
    // Titles fail independently of the body, so the worst bodies would hide the wrong titles.
    for (const r of row.titleMisses)
      console.log(`- title of ${r.entry.file}: «${clip(r.title)}», headline «${clip(r.entry.title)}»`);
  }
  console.log('');
}

const json = option('--json', null);
if (json)
  writeFileSync(
    json,
    JSON.stringify(
      results.map(({ entry, ...r }) => ({
        file: entry.file,
        dataset: entry.dataset,
        lang: entry.lang,
        ...r,
      })),
      null,
      1,
    ),
  );
process.exitCode = 0;
