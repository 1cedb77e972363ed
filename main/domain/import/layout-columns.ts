// Text laid out in columns side by side (what `pdftotext -layout` and similar tools write: each printed line
// of the page is one text line, columns separated by runs of spaces) is read back column by column, by a
// recursive XY-cut on the character grid: a region is cut across at its widest runs of blank rows (bands, top to
// bottom) or down at its gutters (columns, left to right), whichever blank run is longer, until neither exists.
// Bands whose columns run on into each other are joined again, and blocks that share no row are not columns.
// A final region of Chinese text is read as packed columns (packed-columns.ts) or, where most of its rows are not,
// cut above and below a run of rows that stands in columns and read on (partial-gutters.ts). Each final region is
// a block.

import { opensLine } from '../page/lines.js';
import { furnitureItems, sectionLabel } from '../page/furniture.js';
import { isLatinMasthead, isLatinRunningHead } from '../page/latin-furniture.js';
import { columns, rowBlank, usedElsewhere, type Cut, type Region } from './layout-grid.js';
import { mostlyWide, readPackedColumns } from './packed-columns.js';
import { partialGutterCut } from './partial-gutters.js';
import { kickersOverRaisedHeadlines } from './raised-headline-lines.js';

/**
 * A line with text; the end of a run of three spaces (a gutter, layout-grid.ts) before a word, which is a gap when
 * a word stands before it.
 */
const CONTENT_LINE = /^[^\S\n]*\S/gm;
const GAP_END = / {3}\S/g;
/** A line set in by this many spaces or more stands in a column right of the page's left edge. */
const FAR_IN = /^ {8,}\S/gm;
const LINE_END = /[\n\r\u2028\u2029]/g;

/**
 * Whether the text looks like a column layout: many lines with wide gaps inside them, or set far in from the left
 * (a column whose lines take rows of their own, as a column set in other leading than its neighbours does, stands
 * there alone on each). Counted over the whole text at once, as most pages are not laid out and splitting a long
 * one into lines would cost more than the answer.
 */
function looksLaidOut(text: string): boolean {
  const placed = countGappedLines(text) + countMatches(text, FAR_IN);
  return placed >= 8 && placed >= countMatches(text, CONTENT_LINE) * 0.25;
}

/** Lines with a gap between two words: found from the gaps, as most text has none and most lines hold none. */
function countGappedLines(text: string): number {
  let lines = 0;
  GAP_END.lastIndex = 0;
  for (let found = GAP_END.exec(text); found; found = GAP_END.exec(text)) {
    // Spaces that open a line indent it; a gap has a word before it.
    if (opensLine(text, found.index)) continue;
    lines++;
    LINE_END.lastIndex = found.index;
    if (!LINE_END.test(text)) break;
    GAP_END.lastIndex = LINE_END.lastIndex;
  }
  return lines;
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) count++;
  return count;
}

/**
 * The region cut across at its widest runs of blank rows (narrower ones are cut later, inside each part); null
 * when no row between two lines is blank. Cutting at every blank row at once would slice a column whose lines
 * fall on other rows than its neighbours' lines into one-line pieces.
 * `oneColumn`: the region is a single column, where one blank row holding text outside the region is no gap: it
 * is a line of a column beside it, set in other leading, that took a row of pdftotext's grid between two of this
 * column's lines (a paragraph cut there would come out as two).
 */
function bands(grid: readonly string[], r: Region, oneColumn = false): Cut | null {
  const runs: { top: number; bottom: number }[] = [];
  let lastLine = -1;
  for (let y = r.top; y < r.bottom; y++) {
    if (rowBlank(grid[y] ?? '', r.left, r.right)) continue;
    if (
      lastLine >= 0 &&
      y - lastLine > 1 &&
      !(oneColumn && y - lastLine === 2 && usedElsewhere(grid[y - 1] ?? '', r))
    )
      runs.push({ top: lastLine + 1, bottom: y });
    lastLine = y;
  }
  if (runs.length === 0) return null;
  const gap = runs.reduce((widest, run) => Math.max(widest, run.bottom - run.top), 0);
  const parts: Region[] = [];
  let top = r.top;
  for (const run of runs) {
    if (run.bottom - run.top < gap) continue;
    parts.push({ ...r, top, bottom: run.top });
    top = run.bottom;
  }
  parts.push({ ...r, top, bottom: r.bottom });
  return { parts, gap };
}

/**
 * A line across the top or bottom of columns with no blank row between (a caption or a headline set right on
 * them) is its own band, cut off when the rest has gutters: without it the gutters run down the whole region.
 */
function spanningEdge(grid: readonly string[], r: Region): Cut | null {
  if (r.bottom - r.top < 3) return null;
  const belowTop = columns(grid, { ...r, top: r.top + 1 });
  if (belowTop)
    return {
      parts: [
        { ...r, bottom: r.top + 1 },
        { ...r, top: r.top + 1 },
      ],
      gap: belowTop.gap,
    };
  const aboveBottom = columns(grid, { ...r, bottom: r.bottom - 1 });
  if (aboveBottom)
    return {
      parts: [
        { ...r, bottom: r.bottom - 1 },
        { ...r, top: r.bottom - 1 },
      ],
      gap: aboveBottom.gap,
    };
  return null;
}

/**
 * Whether no run of the region's lines between blank rows stands in columns; runs of two lines or one are not
 * asked (the word spaces of two justified lines can fall under each other).
 */
function singleColumn(grid: readonly string[], r: Region): boolean {
  let top = -1;
  for (let y = r.top; y <= r.bottom; y++) {
    const blank = y === r.bottom || rowBlank(grid[y] ?? '', r.left, r.right);
    if (!blank && top < 0) top = y;
    if (blank && top >= 0) {
      if (y - top >= 3 && columns(grid, { ...r, top, bottom: y })) return false;
      top = -1;
    }
  }
  return true;
}

/**
 * Where a region is cut: across at its blank rows or down at its gutters, whichever run of blanks is longer (a
 * row counted as one character, as pdftotext's grid makes them). Cutting across at a one-row gap first would
 * slice through columns whose lines fall on other rows than their neighbours'; a wide gutter down the whole
 * region is the stronger sign. Unless a section's label opens the band under the blank row: a new section's
 * stories stand in columns of their own, and cut down through both, a column of the first section would be
 * read on into the second before the first section's next column.
 */
function cut(grid: readonly string[], r: Region): Region[] | null {
  const down = columns(grid, r) ?? spanningEdge(grid, r);
  const across = bands(grid, r, !down && singleColumn(grid, r));
  if (!down) return across ? joinedBands(grid, across.parts) : null;
  if (!across) return down.parts;
  return across.gap >= down.gap || opensSection(grid, across.parts) ? across.parts : down.parts;
}

/** Whether a band under a blank row across the region opens with a section's label, alone on its row. */
function opensSection(grid: readonly string[], parts: readonly Region[]): boolean {
  return parts.slice(1).some((part) => {
    let y = part.top;
    while (y < part.bottom && rowBlank(grid[y] ?? '', part.left, part.right)) y++;
    return y < part.bottom && sectionLabel(lineAt(grid, y)) !== null;
  });
}

/**
 * Bands cut across a region with no gutter down it, joined again where both are columns side by side and the
 * gutters run on from one into the other: only where the columns change is the cut needed. A blank run between
 * the headlines over a row of stories and the stories' text is often as wide as the one under the stories, where
 * a story across two columns breaks the gutters; cut at both, each headline would be read before any story's text.
 */
function joinedBands(grid: readonly string[], parts: readonly Region[]): Region[] {
  const joined: Region[] = [];
  let current = parts[0]!;
  for (const part of parts.slice(1)) {
    const both = { ...current, bottom: part.bottom };
    if (columns(grid, current) && columns(grid, part) && columns(grid, both)) current = both;
    else {
      joined.push(current);
      current = part;
    }
  }
  joined.push(current);
  return joined;
}

function blocks(grid: readonly string[], r: Region, out: string[][], depth: number): void {
  const parts = depth < 64 ? cut(grid, r) : null;
  if (parts) {
    for (const part of parts) blocks(grid, part, out, depth + 1);
    return;
  }
  const rows: string[] = [];
  for (let y = r.top; y < r.bottom; y++) rows.push((grid[y] ?? '').slice(r.left, r.right));
  const packed = readPackedColumns(rows);
  // Packed columns are read row by row, each row's pieces in turn, headline rows too; where no piece count holds
  // for most rows, columns may still stand on part of them.
  const partial = depth < 64 && packed.length === 1 && mostlyWide(rows) ? partialGutterCut(grid, r) : null;
  if (partial) for (const part of partial) blocks(grid, part, out, depth + 1);
  else out.push(...packed);
}

/** A page's running head, a line per row, and the row the rest of the page starts at, in the grid read on. */
interface Head {
  lines: string[];
  under: number;
  grid: readonly string[];
}

/** The row's text on one line, runs of blanks between its pieces cut to three. */
const lineAt = (grid: readonly string[], y: number): string => grid[y]!.trim().replace(/ {3,}/g, '   ');

/**
 * The page's running head: its first row where a blank row sets it apart or it reads as one (a date, a page, a
 * section, the paper's name), or a paper's name over such a row. Read on its own, first: cut down with the columns
 * under it, its pieces would top them and be read as their headlines' first words.
 */
function runningHead(grid: readonly string[]): Head | null {
  const rowAt = (from: number): number => grid.findIndex((row, y) => y >= from && row.trim() !== '');
  const head = rowAt(0);
  const under = head < 0 ? -1 : rowAt(head + 1);
  if (under < 0) return null;
  const line = lineAt(grid, head);
  if (under > head + 1 || readsAsHead(line)) return liftedHeadline(grid) ?? { lines: [line], under, grid };
  // A paper's name over the row of its date and page.
  const after = rowAt(under + 1);
  if (after > under + 1 && isLatinMasthead(line) && readsAsHead(lineAt(grid, under)))
    return { lines: [line, lineAt(grid, under)], under: after, grid };
  return liftedHeadline(grid);
}

/** Where the piece of text that starts at or after `from` on the row ends (single spaces inside it). */
function pieceEnd(row: string, from: number): number {
  const start = row.slice(from).search(/\S/);
  if (start < 0) return from;
  const gap = row.indexOf('  ', from + start);
  return gap < 0 ? row.trimEnd().length : gap;
}

/** How many of the page's first rows may hold the running head and headline lines written over it. */
const HEAD_ROWS = 3;

/**
 * A running head with a headline's first line written over it: a headline's large type reaches higher up the page
 * than the head's small type, and pdftotext writes a line on the row its top falls in. The head is the last of the
 * page's first rows (no blank between them) that reads as one; those over it that do not are the headline's, and
 * go back onto the blank rows right over the headline's next line. Null when no row stands over the head or there
 * is no room for it there.
 */
function liftedHeadline(grid: readonly string[]): Head | null {
  const top = grid.findIndex((row) => row.trim() !== '');
  let head = -1;
  for (let y = top; y >= 0 && y < top + HEAD_ROWS && grid[y]!.trim() !== ''; y++)
    if (readsAsHead(lineAt(grid, y))) head = y;
  const lifted: number[] = [];
  for (let y = top; y < head; y++) if (!readsAsHead(lineAt(grid, y))) lifted.push(y);
  if (lifted.length === 0) return null;
  const left = Math.min(...lifted.map((y) => grid[y]!.search(/\S/)));
  const right = Math.max(...lifted.map((y) => grid[y]!.trimEnd().length));
  let next = head + 1;
  while (next < grid.length && rowBlank(grid[next]!, left, right)) next++;
  // A line that runs on well past the headline's (a caption across the page) is not the headline's next line: a
  // blank row stays between them.
  const runsPast = next < grid.length && pieceEnd(grid[next]!, left) > right + 2;
  const first = next - lifted.length - (runsPast ? 1 : 0);
  if (next >= grid.length || first <= head) return null;
  const read = grid.slice();
  lifted.forEach((y, k) => {
    const row = read[first + k]!.padEnd(right);
    read[first + k] =
      row.slice(0, left) + grid[y]!.slice(left, right).padEnd(right - left) + row.slice(right);
  });
  const lines: string[] = [];
  for (let y = top; y <= head; y++) if (!lifted.includes(y)) lines.push(lineAt(grid, y));
  return { lines, under: head + 1, grid: read };
}

/** Whether a line reads as a running head as the page parser reads one (a date, a page, a section, a paper). */
function readsAsHead(line: string): boolean {
  return furnitureItems(line, true) !== null || isLatinRunningHead(line);
}

/**
 * The text with its columns read one after another (blocks separated by a blank line), or the text unchanged
 * when it is not laid out in columns. Characters are kept; only whitespace and order change.
 */
export function readLayoutColumns(text: string): string {
  if (!looksLaidOut(text)) return text;
  const rowsOf = text.split('\f').map((page) => page.split(/\r\n|\r|\n/));
  const out: string[] = [];
  for (const rows of rowsOf) {
    const grid = rows.map((row) => row.replace(/\t/g, ' '));
    const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
    const found: string[][] = [];
    const page = { top: 0, bottom: grid.length, left: 0, right: width };
    const head = runningHead(grid);
    if (head) found.push(head.lines);
    blocks(head?.grid ?? grid, head ? { ...page, top: head.under } : page, found, 0);
    out.push(
      kickersOverRaisedHeadlines(found)
        .map((lines) => lines.join('\n'))
        .join('\n\n'),
    );
  }
  return out.join('\n\n');
}
