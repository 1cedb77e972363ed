// Text laid out in columns side by side (what `pdftotext -layout` and similar tools write: each printed line
// of the page is one text line, columns separated by runs of spaces) is read back column by column, by a
// recursive XY-cut on the character grid: a region is cut at rows blank across it (bands, top to bottom) or,
// when none, at columns blank down it (left to right), until neither cut exists. Each final region is a block.

/** A text line counts as laid out when a run of this many spaces stands between two of its words. */
const GUTTER = 3;
const WIDE_GAP = / {3,}\S/;

interface Region {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Whether the text looks like a column layout: many lines with wide gaps inside them. */
function looksLaidOut(lines: readonly string[]): boolean {
  let content = 0;
  let gapped = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    content++;
    if (WIDE_GAP.test(trimmed)) gapped++;
  }
  return gapped >= 8 && gapped >= content * 0.25;
}

function occupied(row: string, x: number): boolean {
  const code = row.charCodeAt(x);
  return code === code && code !== 32 && code !== 9;
}

function rowBlank(row: string, left: number, right: number): boolean {
  for (let x = left; x < right && x < row.length; x++) if (occupied(row, x)) return false;
  return true;
}

/** Rows blank across the region split it into bands; null when there is at most one band. */
function bands(grid: readonly string[], r: Region): Region[] | null {
  const out: Region[] = [];
  let start = -1;
  for (let y = r.top; y <= r.bottom; y++) {
    const blank = y === r.bottom || rowBlank(grid[y] ?? '', r.left, r.right);
    if (!blank && start < 0) start = y;
    if (blank && start >= 0) {
      out.push({ ...r, top: start, bottom: y });
      start = -1;
    }
  }
  return out.length > 1 ? out : null;
}

/** Runs of at least GUTTER columns blank down the region split it into columns; null when there are none. */
function columns(grid: readonly string[], r: Region): Region[] | null {
  const used = new Uint8Array(r.right - r.left);
  for (let y = r.top; y < r.bottom; y++) {
    const row = grid[y] ?? '';
    for (let x = r.left; x < r.right && x < row.length; x++) if (occupied(row, x)) used[x - r.left] = 1;
  }
  const out: Region[] = [];
  let start = -1;
  let last = -1;
  for (let x = 0; x < used.length; x++) {
    if (used[x] !== 1) continue;
    if (start >= 0 && x - last > GUTTER) {
      out.push({ ...r, left: r.left + start, right: r.left + last + 1 });
      start = -1;
    }
    if (start < 0) start = x;
    last = x;
  }
  if (start >= 0) out.push({ ...r, left: r.left + start, right: r.left + last + 1 });
  return out.length > 1 ? out : null;
}

function blocks(grid: readonly string[], r: Region, out: string[][], depth: number): void {
  const parts = depth < 64 ? (bands(grid, r) ?? columns(grid, r)) : null;
  if (parts) {
    for (const part of parts) blocks(grid, part, out, depth + 1);
    return;
  }
  const lines: string[] = [];
  for (let y = r.top; y < r.bottom; y++) {
    const text = (grid[y] ?? '').slice(r.left, r.right).trim();
    if (text !== '') lines.push(text);
  }
  if (lines.length > 0) out.push(lines);
}

/**
 * The text with its columns read one after another (blocks separated by a blank line), or the text unchanged
 * when it is not laid out in columns. Characters are kept; only whitespace and order change.
 */
export function readLayoutColumns(text: string): string {
  const pages = text.split('\f');
  const rowsOf = pages.map((page) => page.split(/\r\n|\r|\n/));
  if (!looksLaidOut(rowsOf.flat())) return text;
  const out: string[] = [];
  for (const rows of rowsOf) {
    const grid = rows.map((row) => row.replace(/\t/g, ' '));
    const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
    const found: string[][] = [];
    blocks(grid, { top: 0, bottom: grid.length, left: 0, right: width }, found, 0);
    out.push(found.map((lines) => lines.join('\n')).join('\n\n'));
  }
  return out.join('\n\n');
}
