// Headlines set side by side, read line by line across the row: pdftotext's default mode orders a row's lines by
// height on the page, so the lines of two or three Chinese headlines alternate, and lines that share a baseline
// come out as one, the headlines' pieces a space apart. Each headline is read back by the words its stories hold:
// where a line break cut a headline, the characters on both sides of the break stand together in its story,
// while a line of one headline followed by a line of the next makes a sequence the page holds nowhere else.
import { hanShare, isHanCode } from '../chars';
import type { PageLines } from '../lines';
import { ROLE } from './model';

const HEADLINE_ROLES = new Set<number>([ROLE.kicker, ROLE.title, ROLE.subtitle]);
/** Headlines in a row at most, and lines and pieces a row is read over (the search grows with them). */
const MAX_COLUMNS = 3;
/**
 * Lines of a text searched for rows, at most: a broadsheet page has some 1,500, a few pages pasted together a
 * few thousand. A page read apart is read again by the model, whose cost on short lines (a hostile text of them)
 * is many times a page's: a longer text is left as read.
 */
const MAX_LINES = 10_000;
const MAX_RUN_LINES = 24;
const MAX_PIECES = 40;
/**
 * Readings of a row kept at each piece: the tuning corpus reads the same with 32 as with 2,000 (16 loses a page),
 * and a hostile text of 50,000 headline lines costs 55 µs a line.
 */
const BEAM = 32;
/** What a break costs whose characters across stand nowhere else on the page, and one past Han text. */
const UNSEEN = -1;
const UNKNOWN = -0.25;
/**
 * What each headline of the row after the first costs: a line of its own could as well be a line of one already
 * read, a piece beside another on a line could be a headline's words after a space, as Chinese headlines set
 * their phrases apart.
 */
const OPEN = 1.5;
const OPEN_BESIDE = 0.5;
/** How much better the row read apart must be than read in order. */
const MARGIN = 2;

interface Piece {
  text: string;
  line: number;
}

/**
 * The page's lines with every row of headlines read apart (one headline after another), as text, or null if
 * none was. Written from the lines themselves (their blank lines and indents), not from the text they were cut
 * from: lines set aside before (a web page's buttons) stay aside.
 */
export function headlineRowsApart(lines: PageLines, roles: Uint8Array): string | null {
  if (lines.length > MAX_LINES) return null;
  const runs = candidateRuns(lines, roles);
  if (runs.length === 0) return null;
  const seen = trigramsOutside(lines, runs);
  const apart = new Map<number, [number, string[]]>();
  for (const [first, last] of runs) {
    const columns = readApart(pieces(lines, first, last), seen);
    if (columns !== null) apart.set(first, [last, columns]);
  }
  if (apart.size === 0) return null;
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    if (i > 0) out.push('\n'.repeat(lines.gapBefore(i)));
    const row = apart.get(i);
    if (row) {
      out.push(row[1].join('\n\n'));
      i = row[0];
    } else {
      // The indent in ems again, as spaces (half an em each).
      out.push(' '.repeat(Math.round(lines.indent(i) * 2)) + lines.text(i));
      i++;
    }
    out.push('\n');
  }
  return out.join('');
}

/** Runs of two or more headline lines [first, last) of Chinese text with no blank between: a row is one block. */
function candidateRuns(lines: PageLines, roles: Uint8Array): [number, number][] {
  const runs: [number, number][] = [];
  const headline = (i: number): boolean =>
    HEADLINE_ROLES.has(roles[i] ?? -1) && lines.kind(i) === 'text' && hanShare(lines.text(i)) >= 0.5;
  for (let i = 0; i < lines.length;) {
    if (!headline(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && headline(j) && lines.gapBefore(j) === 0) j++;
    if (j - i >= 2 && j - i <= MAX_RUN_LINES) runs.push([i, j]);
    i = j;
  }
  return runs;
}

function pieces(lines: PageLines, first: number, last: number): Piece[] {
  const out: Piece[] = [];
  for (let line = first; line < last; line++)
    for (const text of lines.text(line).split(/\s+/)) if (text !== '') out.push({ text, line });
  return out;
}

/** Every three characters that stand together in the page's text outside the runs, whitespace skipped. */
function trigramsOutside(lines: PageLines, runs: readonly [number, number][]): Set<string> {
  const seen = new Set<string>();
  let tail = '';
  let r = 0;
  for (let i = 0; i < lines.length; i++) {
    while (r < runs.length && runs[r]![1] <= i) r++;
    const run = runs[r];
    if (run && i >= run[0]) {
      // The text around a run does not run on across it.
      tail = '';
      continue;
    }
    const text = tail + lines.text(i).replace(/\s+/g, '');
    for (let k = 0; k + 3 <= text.length; k++) seen.add(text.slice(k, k + 3));
    tail = text.slice(-2);
  }
  return seen;
}

/**
 * What a line break between two pieces of one headline is worth: +1 where the characters across it stand together
 * elsewhere on the page, UNSEEN where (Han) they do not, UNKNOWN where they are not Han and stand nowhere.
 */
function breakWorth(before: string, after: string, seen: ReadonlySet<string>): number {
  const across = [before.slice(-2) + after.slice(0, 1), before.slice(-1) + after.slice(0, 2)].filter(
    (t) => t.length === 3,
  );
  if (across.some((t) => seen.has(t))) return 1;
  return across.some((t) => allHan(t)) ? UNSEEN : UNKNOWN;
}

function allHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  return true;
}

interface Reading {
  /** The last piece of each headline so far. */
  lasts: number[];
  score: number;
  /** The headline of each piece so far. */
  columns: number[];
}

/**
 * The row's headlines, each its lines one per line, where reading it apart is clearly better than in order;
 * else null. Readings grow a piece at a time, the best BEAM kept, one per set of headlines' last pieces (what the
 * rest of the reading depends on). Pieces of one headline on a line stand side by side there, none of another's
 * between them.
 */
function readApart(row: readonly Piece[], seen: ReadonlySet<string>): string[] | null {
  if (row.length > MAX_PIECES) return null;
  const worth = (p: number, q: number): number | null => {
    const [a, b] = [row[p]!, row[q]!];
    if (a.line === b.line) return q === p + 1 ? 0 : null;
    return breakWorth(a.text, b.text, seen);
  };
  let inOrder = 0;
  for (let q = 1; q < row.length; q++) inOrder += worth(q - 1, q) ?? 0;
  let readings: Reading[] = [{ lasts: [], score: 0, columns: [] }];
  for (let q = 0; q < row.length; q++) {
    const next = new Map<string, Reading>();
    for (const r of readings)
      for (let c = 0; c <= Math.min(r.lasts.length, MAX_COLUMNS - 1); c++) {
        const lasts = r.lasts.slice();
        let score = r.score;
        if (c === lasts.length) {
          if (lasts.length > 0) score -= row[q - 1]?.line === row[q]!.line ? OPEN_BESIDE : OPEN;
          lasts.push(q);
        } else {
          const w = worth(lasts[c]!, q);
          if (w === null) continue;
          score += w;
          lasts[c] = q;
        }
        const key = lasts.join(',');
        const known = next.get(key);
        if (!known || known.score < score) next.set(key, { lasts, score, columns: [...r.columns, c] });
      }
    readings = [...next.values()].sort((a, b) => b.score - a.score).slice(0, BEAM);
  }
  const best = readings[0];
  if (!best || best.lasts.length < 2 || best.score < inOrder + MARGIN) return null;
  const headlines: string[][] = best.lasts.map(() => []);
  best.columns.forEach((c, q) => {
    const lines = headlines[c]!;
    const piece = row[q]!;
    if (q > 0 && best.columns[q - 1] === c && row[q - 1]!.line === piece.line)
      lines[lines.length - 1] += ' ' + piece.text;
    else lines.push(piece.text);
  });
  return headlines.map((h) => h.join('\n'));
}
