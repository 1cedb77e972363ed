// Rows of two Chinese columns that pdftotext, in its default mode, wrote as one line: where a row of the next
// column shares a baseline with a row of the first and no gutter showed between them, the two follow each other
// after a single space ('本报讯今年以来，本市共启动老 全市已开工的老旧小区改造项目', a story's first line and a
// line from the middle of its next column), while the rest of that next column comes after the first column's
// block. Read as it stands, the line runs one column into the other and the next column loses a line. The next
// column's piece goes to the end of the block, where the rest of its column begins; only order and whitespace
// change.

import { ems, endsSentence, isWideCode } from '../page/chars.js';
import { LineTable } from './line-table.js';
import { piecesOf } from './packed-columns.js';

/** How far (in ems) a glued row's pieces may be from the column's width; a paragraph's first line is narrower
 * by its indent, which pdftotext does not keep. */
const SLACK = 1;
/** In columns narrower than this many ems a headline's lines are as wide as the text's, and tell nothing. */
const MIN_COLUMN = 10;
const INDENT = 2;
/** How many lines under a glued row must be as wide as its first piece: the column it fills, going on. */
const MIN_COLUMN_LINES = 2;

/** pdftotext glues the rows with one space; a line indented, or with wider gaps, was laid out. */
const LAID_OUT = /^\s| {2}/;
const piecesIn = (line: string): string[] => piecesOf(line).map((piece) => piece.text);

/** Whether a space in the line stands next to a full-width character: where a row of Chinese text may end. */
function gapBesideWide(line: string): boolean {
  for (let at = line.indexOf(' '); at >= 0; at = line.indexOf(' ', at + 1))
    if (isWideCode(line.charCodeAt(at - 1)) || isWideCode(line.charCodeAt(at + 1))) return true;
  return false;
}

/** Whether `width` is a line filling the column whose first piece is `first` ems wide. */
function sameColumn(width: number, first: number): boolean {
  return Math.abs(width - first) <= SLACK || Math.abs(width - first - INDENT) <= SLACK;
}

/** Lines [from, to) of a block with its glued rows taken apart; null when none are glued. */
function ungluedBlock(lines: LineTable, from: number, to: number): string[] | null {
  const kept: string[] = [];
  const pieces: (string[] | null)[] = [];
  for (let i = from; i < to; i++) {
    const line = lines.at(i);
    const split = lines.hasSpace(i) && gapBesideWide(line) && !LAID_OUT.test(line) ? piecesIn(line) : [];
    kept.push(line);
    pieces.push(split.length >= 2 ? split : null);
  }
  if (pieces.every((split) => split === null)) return null;
  /** The width of a line with no gap inside it; -1 for a row of pieces or a line past the block. */
  const width = (k: number): number => (k < pieces.length && !pieces[k] ? ems(kept[k]!.trim()) : -1);
  const moved: string[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const first = pieces[k];
    const column = first ? ems(first[0]!) : 0;
    if (!first || column < MIN_COLUMN) continue;
    const fills = (w: number): boolean => w >= 0 && sameColumn(w, column);
    // The run: the first row and the rows under it that hold as many pieces, the first filling the column (a row
    // with fewer does not say which column lost its piece).
    let end = k + 1;
    while (end < pieces.length && pieces[end]?.length === first.length && fills(ems(pieces[end]![0]!))) end++;
    // The first column goes on under the run, its sentence unfinished, for lines that fill it; had it stopped,
    // the lines under the run could be the next column's, which must then stay where they are.
    const under = Array.from({ length: MIN_COLUMN_LINES }, (_, n) => width(end + n));
    if (!under.every(fills) || endsSentence(pieces[end - 1]![0]!)) continue;
    // A row of the next column fills it as the first column's rows fill theirs (the columns of one story are
    // alike); the words after a space inside a headline, or a photo credit's name, fall short of it, and a
    // headline's line set across the columns runs past it.
    const full = Math.max(...under);
    if (first.slice(1).some((piece) => Math.abs(ems(piece) - full) > SLACK)) continue;
    for (let r = k; r < end; r++) kept[r] = pieces[r]![0]!;
    for (let c = 1; c < first.length; c++) for (let r = k; r < end; r++) moved.push(pieces[r]![c]!);
    k = end;
  }
  return moved.length > 0 ? [...kept, ...moved] : null;
}

/** The text with every glued row of two columns taken apart (see the head of this file). */
export function unglueColumnRows(text: string): string {
  const lines = new LineTable(text);
  const parts: string[] = [];
  let done = 0;
  let first = true;
  for (let i = 0; i < lines.length;) {
    if (lines.blank(i)) {
      i++;
      continue;
    }
    let end = i;
    let spaced = false;
    for (; end < lines.length && !lines.blank(end); end++)
      spaced ||= lines.hasSpace(end) && gapBesideWide(lines.at(end));
    // Text with no blank line between its lines (pdftotext -raw, a copied page) has no blocks, and no end of a
    // block to move to.
    let last = end;
    while (first && last < lines.length && lines.blank(last)) last++;
    const whole = first && last === lines.length;
    first = false;
    const unglued = spaced && !whole ? ungluedBlock(lines, i, end) : null;
    if (unglued) {
      if (i > done) parts.push(lines.slice(done, i), '\n');
      parts.push(unglued.join('\n'));
      if (end < lines.length) parts.push('\n');
      done = end;
    }
    i = end;
  }
  if (parts.length === 0) return text;
  if (done < lines.length) parts.push(lines.slice(done, lines.length));
  return parts.join('');
}
