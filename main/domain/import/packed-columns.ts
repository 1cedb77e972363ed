// Columns of Chinese text that `pdftotext -layout` packed together. Its character grid is as wide as the page's
// average glyph, so a column of full-width characters overflows its place and runs into the next one: the columns
// stand side by side on each row with a single space between them, and where the gutter falls moves from row to
// row ('…全市新建的口袋 公园达到42个，新增… 明年还将…'), so no blank run goes down the region for the XY-cut to find.
// Each row still holds one piece of each column, in order: rows that split into the same number of pieces give
// the columns, and the other rows' pieces go to the column that starts nearest them.

import { isLatinLetterCode, isWideCode } from '../page/chars.js';

/** Fewest rows, and least share of a region's rows, that split into the same number of pieces. */
const MIN_ROWS = 3;
const MIN_SHARE = 0.5;
/** How far from its usual place a column may start on a row, as a share of the width of the column before it. */
const MAX_DRIFT = 0.5;
/** Words this short on both sides of a space are a line spaced out to its column's width. */
const SPACED = 2;
/** Columns narrower than this many characters (the median of their rows) are words set apart, not columns. */
export const MIN_COLUMN = 6;

interface Piece {
  start: number;
  text: string;
}

/** How many characters long the run of non-spaces from `at` is. */
function wordAt(text: string, at: number): number {
  const next = text.indexOf(' ', at);
  return (next < 0 ? text.length : next) - at;
}

/**
 * The row's pieces: cut at a run of three spaces, or at a single space next to a full-width character where
 * neither side is a Latin letter (a space inside Chinese text is where one column stops and the next starts;
 * one between a Latin word and the text around it is a word space), unless the words on both sides are a
 * character or two: a justified line spaced out letter by letter ('12 月 前 完 工').
 */
export function piecesOf(row: string): Piece[] {
  const pieces: Piece[] = [];
  const runs = /\S+(?: {1,2}\S+)*/g;
  for (let m = runs.exec(row); m; m = runs.exec(row)) {
    let start = m.index;
    const text = m[0];
    for (let i = 1; i < text.length; i++) {
      if (text[i] !== ' ' || text[i - 1] === ' ') continue;
      let end = i;
      while (text[end] === ' ') end++;
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(end);
      const spacedOut = i - 1 - text.lastIndexOf(' ', i - 1) <= SPACED && wordAt(text, end) <= SPACED;
      if (
        (isWideCode(before) || isWideCode(after)) &&
        !isLatinLetterCode(before) &&
        !isLatinLetterCode(after) &&
        !spacedOut
      ) {
        pieces.push({ start, text: text.slice(start - m.index, i) });
        start = m.index + end;
      }
    }
    pieces.push({ start, text: text.slice(start - m.index) });
  }
  return pieces;
}

export function mostlyWide(rows: readonly string[]): boolean {
  let wide = 0;
  let all = 0;
  for (const row of rows)
    for (let i = 0; i < row.length; i++) {
      const code = row.charCodeAt(i);
      if (code === 32) continue;
      all++;
      if (isWideCode(code)) wide++;
    }
  return wide * 2 >= all;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

interface Columns {
  starts: number[];
  widths: number[];
}

/** Where each column starts and how wide it is, from the rows that hold one piece of each; null when none do. */
function findColumns(rows: readonly Piece[][]): Columns | null {
  const filled = rows.filter((pieces) => pieces.length > 0);
  const counts = new Map<number, number>();
  for (const pieces of filled) counts.set(pieces.length, (counts.get(pieces.length) ?? 0) + 1);
  const enough = (n: number): boolean => n >= MIN_ROWS && n >= filled.length * MIN_SHARE;
  const k = [...counts].find(([count, rowsWith]) => count >= 2 && enough(rowsWith))?.[0];
  if (k === undefined) return null;
  const full = filled.filter((pieces) => pieces.length === k);
  const widths = Array.from({ length: k }, (_, c) => median(full.map((pieces) => pieces[c]!.text.length)));
  const starts = Array.from({ length: k }, (_, c) => median(full.map((pieces) => pieces[c]!.start)));
  // A row of as many pieces that starts them elsewhere (a line spaced out over the columns) shows no column.
  const aligned = full.filter((pieces) =>
    pieces.every((piece, c) => c === 0 || Math.abs(piece.start - starts[c]!) <= widths[c - 1]! * MAX_DRIFT),
  );
  if (!enough(aligned.length) || widths.some((width) => width < MIN_COLUMN)) return null;
  return { starts, widths };
}

/** The column a piece belongs to: the one starting nearest it, not left of the previous piece's column. */
function nearest(starts: readonly number[], at: number, from: number): number {
  let best = from;
  for (let c = from + 1; c < starts.length; c++)
    if (Math.abs(starts[c]! - at) < Math.abs(starts[best]! - at)) best = c;
  return best;
}

/**
 * Whether a row runs across the columns (a caption or a headline set over them): one of its pieces reaches
 * halfway into the next column. Such a row is kept whole, above the columns or, once they have begun, under them;
 * so is a row above the first that holds a piece of every column.
 */
function spans({ starts, widths }: Columns, pieces: readonly Piece[]): boolean {
  let column = 0;
  return pieces.some((piece) => {
    column = nearest(starts, piece.start, column);
    const next = starts[column + 1];
    return next !== undefined && piece.start + piece.text.length > next + widths[column + 1]! / 2;
  });
}

/**
 * A region's rows as blocks of lines: one block per packed column, left to right, or the rows themselves (as one
 * block) when they are not packed columns. Characters are kept; only whitespace and order change.
 */
export function readPackedColumns(rows: readonly string[]): string[][] {
  const whole = rows.map((row) => row.trim()).filter((row) => row !== '');
  // Latin columns keep their place on the grid; the wide runs inside them are justified word spaces.
  const split = mostlyWide(whole) ? rows.map(piecesOf) : [];
  const found = findColumns(split);
  if (!found) return whole.length > 0 ? [withParagraphIndents(rows)] : [];
  const { starts } = found;
  const columns: string[][] = starts.map(() => []);
  const above: string[] = [];
  const below: string[] = [];
  const first = split.findIndex((pieces) => pieces.length === starts.length);
  split.forEach((pieces, y) => {
    if (pieces.length === 0) return;
    if (y < first || spans(found, pieces)) {
      (columns.some((lines) => lines.length > 0) ? below : above).push(rows[y]!.trim());
      return;
    }
    const row: string[] = starts.map(() => '');
    let column = 0;
    for (const piece of pieces) {
      column = nearest(starts, piece.start, column);
      row[column] = row[column] ? `${row[column]} ${piece.text}` : piece.text;
    }
    row.forEach((text, c) => {
      if (text) columns[c]!.push(text);
    });
  });
  return [above, ...columns, below].filter((lines) => lines.length > 0);
}

/** What a block's line set in past its left edge is given to say so (page/lines.ts reads it as an indent). */
export const SET_IN = '  ';
/** How far in (in characters) past the block's left edge a line opening a paragraph is set. */
const PARAGRAPH_INDENT = 2;

/**
 * The block's lines, trimmed, with two spaces before those set in past its left edge where fewer than half are
 * (a column that opens its paragraphs indented); otherwise all flush. A line set in there is most often a
 * paragraph's first line (else one centred in the block), and only the line grid shows it.
 */
function withParagraphIndents(rows: readonly string[]): string[] {
  const filled = rows.filter((row) => row.trim() !== '');
  const leads = filled.map((row) => row.search(/\S/));
  const edge = Math.min(...leads);
  const setIn = leads.map((lead) => lead - edge >= PARAGRAPH_INDENT);
  const count = setIn.filter(Boolean).length;
  const indents = count > 0 && count * 2 < filled.length;
  return filled.map((row, k) => (indents && setIn[k] ? `${SET_IN}${row.trim()}` : row.trim()));
}
