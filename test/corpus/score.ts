// Scores parses with the shared scorer (../shared/tools/score-page.mjs, which exports nothing, so it runs as a
// child process per page) and sums the scores into one row per family × language.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { ParsedPage } from '../../shared/contract/article';
import type { CorpusPage } from './types';

const run = promisify(execFile);

/** The scorer's rows, in the order it prints them; `overall` is the mean of those that apply. */
export const SCORE_ROWS = [
  'articles',
  'paragraphs',
  'subheads',
  'captions',
  'metadata',
  'reflow',
  'overall',
] as const;
export type ScoreRow = (typeof SCORE_ROWS)[number];
export type PageScore = Partial<Record<ScoreRow, number>>;

const ROW_NAMES: Record<string, ScoreRow> = {
  'articles (title match)': 'articles',
  'paragraph blocks': 'paragraphs',
  'subhead blocks': 'subheads',
  'caption blocks': 'captions',
  'reflow (pooled text)': 'reflow',
};

export function parseScoreReport(report: string): PageScore {
  const rows: PageScore = {};
  for (const line of report.split('\n')) {
    const f1 = /^(.+?)\s+P=[\d.]+ R=[\d.]+ F1=([\d.]+)$/.exec(line);
    const name = f1 ? ROW_NAMES[f1[1]!.trim()] : undefined;
    if (f1 && name) rows[name] = Number(f1[2]);
    const fields = /^metadata fields\s+(\d+)\/(\d+)/.exec(line);
    if (fields && Number(fields[2]) > 0) rows.metadata = Number(fields[1]) / Number(fields[2]);
    const overall = /^overall ([\d.]+)/.exec(line);
    if (overall) rows.overall = Number(overall[1]);
  }
  return rows;
}

export interface ScoredPage {
  page: CorpusPage;
  score: PageScore;
}

/** Parses and scores every page, a few scorer processes at a time. */
export async function scorePages(
  pages: readonly CorpusPage[],
  parse: (page: CorpusPage) => ParsedPage,
  sharedRoot: string,
): Promise<ScoredPage[]> {
  const scorer = resolve(sharedRoot, 'tools/score-page.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-eval-'));
  const scored: ScoredPage[] = new Array<ScoredPage>(pages.length);
  let next = 0;
  const worker = async (slot: number): Promise<void> => {
    const goldenPath = join(dir, `${slot}.golden.json`);
    const parsedPath = join(dir, `${slot}.parsed.json`);
    while (next < pages.length) {
      const index = next++;
      const page = pages[index]!;
      writeFileSync(goldenPath, JSON.stringify(page.golden));
      writeFileSync(parsedPath, JSON.stringify({ source: page.name, ...parse(page) }));
      const { stdout } = await run(process.execPath, [scorer, goldenPath, parsedPath]);
      scored[index] = { page, score: parseScoreReport(stdout) };
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, (_, i) => worker(i)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return scored;
}

export interface TableRow {
  family: string;
  lang: string;
  pages: number;
  means: PageScore;
  worst: ScoredPage[];
}

/** One row per family × language: each score row's mean over the pages where it applies, and the worst pages. */
export function summarise(scored: readonly ScoredPage[], worstCount = 3): TableRow[] {
  const groups = new Map<string, ScoredPage[]>();
  for (const s of scored) {
    const key = `${s.page.family}\u0000${s.page.lang}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.entries()].map(([key, items]) => {
    const [family = '', lang = ''] = key.split('\u0000');
    const means: PageScore = {};
    for (const row of SCORE_ROWS) {
      const values = items.map((s) => s.score[row]).filter((v): v is number => v !== undefined);
      if (values.length > 0) means[row] = values.reduce((a, b) => a + b, 0) / values.length;
    }
    const worst = [...items]
      .sort((a, b) => (a.score.overall ?? 0) - (b.score.overall ?? 0))
      .slice(0, worstCount);
    return { family, lang, pages: items.length, means, worst };
  });
}

export function formatTable(rows: readonly TableRow[]): string {
  const head = ['family', 'lang', 'pages', ...SCORE_ROWS, 'worst three (overall)'];
  const lines = [head.join(' | '), head.map(() => '---').join(' | ')];
  for (const r of rows) {
    const cells = SCORE_ROWS.map((row) => (r.means[row] === undefined ? 'n/a' : r.means[row]!.toFixed(3)));
    const worst = r.worst.map((w) => `${w.page.name} ${(w.score.overall ?? 0).toFixed(2)}`).join(', ');
    lines.push([r.family, r.lang, String(r.pages), ...cells, worst].join(' | '));
  }
  return lines.map((l) => `| ${l} |`).join('\n');
}

/** A page's overall score in two runs, as `npm run eval:pages -- --json` writes pages. */
export interface ScoreChange {
  family: string;
  lang: string;
  name: string;
  before: number;
  after: number;
}

/**
 * Pages whose overall score moved between two runs by more than `margin`, up and down, the largest moves first:
 * a change that lifts a row's mean can still break pages, and those are the ones to read. Pages in one run only
 * are left out.
 */
export function comparePages(
  before: readonly { family: string; lang: string; name: string; score: PageScore }[],
  after: readonly { family: string; lang: string; name: string; score: PageScore }[],
  margin = 0.005,
): { up: ScoreChange[]; down: ScoreChange[] } {
  const key = (p: { family: string; lang: string; name: string }): string =>
    `${p.family}/${p.lang}/${p.name}`;
  const old = new Map(before.map((p) => [key(p), p.score.overall ?? 0]));
  const up: ScoreChange[] = [];
  const down: ScoreChange[] = [];
  for (const p of after) {
    const was = old.get(key(p));
    if (was === undefined) continue;
    const now = p.score.overall ?? 0;
    const change = { family: p.family, lang: p.lang, name: p.name, before: was, after: now };
    if (now > was + margin) up.push(change);
    else if (now < was - margin) down.push(change);
  }
  const size = (c: ScoreChange): number => Math.abs(c.after - c.before);
  return { up: up.sort((a, b) => size(b) - size(a)), down: down.sort((a, b) => size(b) - size(a)) };
}
