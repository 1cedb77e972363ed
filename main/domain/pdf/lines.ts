// Text runs → lines. Runs on one baseline that follow each other closely form a line; a wide horizontal gap
// on the same baseline is a column gutter, so the runs beyond it start another line.
import { normalizeExtractedText, readsDoorAsSimplified } from '../import/normalize-text';
import { separatorBetween } from '../page/join';
import type { Rect, TextRun } from './geometry';

export interface PdfLine extends Rect {
  text: string;
  /** The baseline. */
  y: number;
  /** The size most of the line's characters are set in. */
  size: number;
  /** The font most of the line's characters are set in. */
  font: string;
  /**
   * The fonts of its first and last words: a paragraph's text runs on from the end of one line to the start of
   * the next, so a bold dateline or lead-in opening a line says nothing of where the paragraph ends.
   */
  leadFont: string;
  endFont: string;
}

/** A gap wider than this many ems between runs on one baseline separates columns, not words. */
const GUTTER_EMS = 1.2;
/**
 * Type of another size past a word space belongs to something else. Type of another face only does not: a bold
 * dateline opening a paragraph, an italic word, past a justified line's word space, which may be wide.
 */
const OTHER_SIZE_GAP_EMS = 0.3;

function dominant<K>(pairs: readonly (readonly [K, number])[]): K {
  const weights = new Map<K, number>();
  for (const [k, w] of pairs) weights.set(k, (weights.get(k) ?? 0) + w);
  let best = pairs[0]![0];
  let most = -1;
  for (const [k, w] of weights) if (w > most) [best, most] = [k, w];
  return best;
}

const sameSize = (a: TextRun, b: TextRun): boolean =>
  Math.abs(a.size - b.size) <= 0.1 * Math.max(a.size, b.size);

/**
 * A gap of most of an em beside CJK text is an ideographic space the text holds (between names in a credit),
 * not the spacing of a justified line, which stays narrower: it is kept as one.
 */
const WIDE_GAP_EMS = 0.8;
const WIDE_GAP = '\u0001';
const CJK_RANGES = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
export const CJK_MARK = `[${CJK_RANGES}—―]`;
// A dash is no CJK character of its own: a wide gap beside one between Latin words ("EDINBURGH —") is a space.
const CJK_TEXT = `[${CJK_RANGES}]`;
const WIDE_GAP_BESIDE_CJK = new RegExp(`(?<=${CJK_TEXT})\u0001|\u0001(?=${CJK_TEXT})`, 'gu');

/**
 * A justified CJK line comes out of pdf.js letter-spaced, a space after every character, often only over part of
 * the line and across a bracketed number ("基础设施建 设 （ A22 ）。 社 区 居 ⺠ 认"): the page-wide repair wants
 * four spaced CJK characters in a row, which the number cuts short. Stretches of three or more short tokens (four
 * characters at most) a single space apart, most of them one CJK character, are such spacing: the spaces beside
 * their CJK characters go, and so does the space joining such a stretch to the CJK text around it.
 */
function closedUp(line: string): string {
  if (!line.includes(' ')) return line;
  const tokens = line.split(' ');
  const short = (t: string | undefined): boolean => t !== undefined && t.length > 0 && t.length <= 4;
  const join: boolean[] = tokens.map(() => false); // join[k]: the space before token k goes
  for (let start = 0; start < tokens.length;) {
    let end = start;
    while (short(tokens[end])) end++;
    const stretch = tokens.slice(start, end);
    const single = stretch.filter((t) => t.length === 1 && CJK_CHAR.test(t)).length;
    if (stretch.length >= 3 && single * 2 > stretch.length)
      for (let k = Math.max(1, start); k <= Math.min(end, tokens.length - 1); k++) join[k] = true;
    start = end + 1;
  }
  let out = tokens[0] ?? '';
  for (let k = 1; k < tokens.length; k++) {
    const [before, after] = [out.at(-1) ?? '', tokens[k]!.charAt(0)];
    out += join[k] && (CJK_CHAR.test(before) || CJK_CHAR.test(after)) ? tokens[k] : ` ${tokens[k]}`;
  }
  return out;
}
const CJK_CHAR = new RegExp(`^${CJK_MARK}$`, 'u');

/**
 * A Chinese line spread to the column's width with a wide gap after every character ("泛　着　柔　和　的　光　泽　。",
 * the last line before a column break) is letter-spaced: a run of five characters or more with such gaps between
 * them closes up. A credit's names set apart ("本报记者　王　悦　丁　怡　摄", two-character names spread to three
 * characters' width) are no spacing: a line naming a reporter or photographer keeps its gaps.
 */
function closedWideSpacing(text: string): string {
  return text.includes('\u3000') && !CREDIT_WORD.test(text)
    ? text.replace(WIDE_SPACED, (stretch) => stretch.replaceAll('\u3000', ''))
    : text;
}
const CREDIT_WORD = /记者|通讯员|摄|编辑|作者|撰稿/;
const SPACED_CHAR = '[\\p{Script=Han}\\u3001-\\u303f\\uff00-\\uffef]';
const WIDE_SPACED = new RegExp(`${SPACED_CHAR}(?:\u3000${SPACED_CHAR}){4,}(?!${SPACED_CHAR})`, 'gu');

function toLine(runs: readonly TextRun[], doorAsSimplified: boolean): PdfLine {
  let text = '';
  let prev: TextRun | null = null;
  for (const r of runs) {
    if (prev) {
      const gap = r.x - (prev.x + prev.width);
      const em = Math.min(r.size, prev.size);
      // Extractors put most spaces into the runs; a visible gap without one is a space between Latin words.
      if (gap > 0.2 * em && !/\s$/.test(text) && !/^\s/.test(r.text))
        text += gap >= WIDE_GAP_EMS * em ? WIDE_GAP : separatorBetween(text, r.text);
    }
    text += r.text.trim() === '' && r.width >= WIDE_GAP_EMS * r.size ? WIDE_GAP : r.text;
    prev = r;
  }
  text = closedWideSpacing(text.replace(WIDE_GAP_BESIDE_CJK, '\u3000').replaceAll(WIDE_GAP, ' '));
  const weighted = runs.map((r) => [r, r.text.trim().length] as const);
  const size = dominant(weighted.map(([r, w]) => [Math.round(r.size * 10) / 10, w] as const));
  const font = dominant(weighted.map(([r, w]) => [r.font, w] as const));
  const y = dominant(weighted.map(([r, w]) => [r.y, w] as const));
  const inked = runs.filter((r) => r.text.trim() !== '');
  return {
    // The same repairs as extracted text gets: radicals and compatibility ideographs, letter-spaced CJK.
    // An ideographic space is the text's own (between names in a Chinese credit), never an extractor's.
    text: normalizeExtractedText(
      closedUp(text.replace(/[^\S\u3000]+/g, ' ').trim()).replace(LONG_DASH, (dash) => LONG_DASHES[dash]!),
      doorAsSimplified,
    ),
    leadFont: inked[0]?.font ?? font,
    endFont: inked.at(-1)?.font ?? font,
    x0: Math.min(...inked.map((r) => r.x)),
    x1: Math.max(...inked.map((r) => r.x + r.width)),
    y,
    y0: y - size * 0.88,
    y1: y + size * 0.12,
    size,
    font,
  };
}

/**
 * The two- and three-em dashes a CJK font draws as one glyph, which pdf.js gives as U+2E3A and U+2E3B: Chinese
 * text writes them as two or three em dashes ("小伙子——26岁"), as the text was typed and is searched for.
 */
const LONG_DASH = /[\u2e3a\u2e3b]/g;
const LONG_DASHES: Record<string, string> = { '\u2e3a': '\u2014\u2014', '\u2e3b': '\u2014\u2014\u2014' };

/** The page's lines, each within one column, in no particular order. */
export function runsToLines(runs: readonly TextRun[]): PdfLine[] {
  const sorted = runs.filter((r) => r.text !== '' && r.size > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  // The page's script, asked once: a line alone rarely tells it.
  const doorAsSimplified = readsDoorAsSimplified(sorted.map((r) => r.text).join(''));
  const rows = baselineRows(sorted);
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  const wide = cutRows(rows, () => false);
  // Where a column's text ends on many rows and the next one's starts, a narrower gap between them is a gutter
  // still (justified columns set a few millimetres apart): the lines are cut again there. A justified line's
  // wide word space lines up with neither edge.
  const [starts, ends] = [wide.starts.sort((a, b) => a - b), wide.ends.sort((a, b) => a - b)];
  const edge = (left: TextRun, r: TextRun, from: number): boolean =>
    r.x - from >= MIN_COLUMN_EMS * r.size &&
    sharing(starts, r.x, r.size / 3) >= MIN_EDGE_ROWS &&
    sharing(ends, left.x + left.width, r.size / 3) >= MIN_EDGE_ROWS;
  // The rows are cut again only on a page where some run starts at an edge right after a run (a space run
  // too) that ends at one: on most pages none does.
  const pieces = wide.pieces.some((piece) =>
    piece.some((r, k) => k > 0 && edge(piece[k - 1]!, r, piece[0]!.x)),
  )
    ? cutRows(rows, edge).pieces
    : wide.pieces;
  return pieces.map((piece) => toLine(piece, doorAsSimplified)).filter((l) => l.text !== '');
}

/** Narrowest gutter, in ems, between columns whose text starts at one place on many rows. */
const NARROW_GUTTER_EMS = 0.8;
/** A column is at least this many ems wide: a gap nearer a line's start is inside its column. */
const MIN_COLUMN_EMS = 5;
/** A column's edge is where this many pieces of rows start (or end), at least. */
const MIN_EDGE_ROWS = 3;

/**
 * Each row cut into the pieces that stand in one column: at a gap wider than a gutter, at type of another size
 * past a word space, and at a narrower gap between columns' edges (`edge`, asked with the ink before the gap,
 * the run after it and the piece's start). The pieces' starts and ends come back too. Space runs are kept while
 * cutting: in justified text they fill the wide gaps between words, which would otherwise look like gutters.
 */
function cutRows(
  rows: readonly TextRun[][],
  edge: (left: TextRun, r: TextRun, from: number) => boolean,
): { pieces: TextRun[][]; starts: number[]; ends: number[] } {
  const pieces: TextRun[][] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (piece: TextRun[]): void => {
    const inked = piece.filter((r) => r.text.trim() !== '');
    if (inked.length === 0) return;
    pieces.push(piece);
    starts.push(inked[0]!.x);
    ends.push(inked.at(-1)!.x + inked.at(-1)!.width);
  };
  for (const row of rows) {
    let piece: TextRun[] = [];
    let reach = -Infinity;
    let ink: TextRun | null = null;
    for (const r of row) {
      const inked = r.text.trim() !== '';
      const gap = r.x - reach;
      // A space run bridges words of one size only: type of another size beside it, past a gap, belongs to
      // something else (a caption beside a column's last line).
      const foreign =
        inked && ink !== null && !sameSize(ink, r) && r.x - (ink.x + ink.width) > OTHER_SIZE_GAP_EMS * r.size;
      const gutter =
        gap > GUTTER_EMS * r.size ||
        (inked &&
          ink !== null &&
          r.x - (ink.x + ink.width) > NARROW_GUTTER_EMS * r.size &&
          edge(ink, r, piece[0]!.x));
      if (piece.length > 0 && (gutter || foreign)) {
        push(piece);
        piece = [];
        reach = -Infinity;
        ink = null;
      }
      piece.push(r);
      reach = Math.max(reach, r.x + r.width);
      if (inked) ink = r;
    }
    push(piece);
  }
  return { pieces, starts, ends };
}

/** How many of the sorted values lie within `tolerance` of x. */
function sharing(sorted: readonly number[], x: number, tolerance: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x - tolerance) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let k = lo; k < sorted.length && sorted[k]! <= x + tolerance; k++) n++;
  return n;
}

/**
 * Runs (sorted by baseline) grouped by shared baseline: within a third of an em of the smaller of the two
 * sizes, so that a large headline does not gather the body lines of the next column that fall beside it.
 */
function baselineRows(sorted: readonly TextRun[]): TextRun[][] {
  const rows: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const r of sorted) {
    let home: (typeof rows)[number] | undefined;
    // Rows are in baseline order: only the last few can be near enough.
    for (let k = rows.length - 1; k >= 0; k--) {
      const row = rows[k]!;
      if (r.y - row.y > Math.max(r.size, row.size)) break;
      if (Math.abs(r.y - row.y) < 0.35 * Math.min(r.size, row.size)) {
        home = row;
        break;
      }
    }
    if (home) home.runs.push(r);
    else rows.push({ y: r.y, size: r.size, runs: [r] });
  }
  return rows.map((row) => row.runs);
}
