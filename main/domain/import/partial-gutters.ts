// A region of a laid-out page with neither a blank row across it nor a gutter down all of it, where a run of its
// rows stands in columns: a story's columns under the headlines of a row of boxes, or over a caption set across
// them, with no blank row between (pdftotext -layout writes each printed line on the next row of its grid, and
// a box's edge leaves none). Cut above and below the tallest such run, the region's columns are read one after
// another instead of row by row across them.
import { columnParts, columns, markUsed, rowBlank, type Cut, type Region } from './layout-grid.js';
import { MIN_COLUMN } from './packed-columns.js';

/** Fewest rows with text a run needs to stand in columns: the spaces of two lines can fall under each other. */
const MIN_ROWS = 3;
/**
 * Regions with more rows with text, or more characters across, than this are not searched: the search takes time
 * in the square of the rows times the width, and a page's region has a few dozen rows of a few hundred characters.
 */
const MAX_ROWS = 400;
const MAX_WIDTH = 1000;

/** The region's rows with text on them, in order. */
function textRows(grid: readonly string[], r: Region): number[] {
  const rows: number[] = [];
  for (let y = r.top; y < r.bottom; y++) if (!rowBlank(grid[y] ?? '', r.left, r.right)) rows.push(y);
  return rows;
}

/** Whether the used columns split into two parts or more, each as wide as a column. */
function splitsIntoColumns(used: Uint8Array, r: Region): boolean {
  const { parts } = columnParts(used, r);
  return parts.length > 1 && parts.every((p) => p.right - p.left >= MIN_COLUMN);
}

/** How many rows a cut's parts span. */
const height = (cut: Cut): number => cut.parts[0]!.bottom - cut.parts[0]!.top;

/**
 * The tallest run of the region's rows with a gutter down it, cut into its columns. Each run is grown from its
 * first row while its parts stay columns (two or more, each a column's width) and stops at the first row that
 * breaks that: a row added can fill a gutter but never open one again (a part too narrow at first is not waited
 * for to widen).
 */
function tallestRun(grid: readonly string[], r: Region, rows: readonly number[]): Cut | null {
  let best: Cut | null = null;
  for (let a = 0; a + MIN_ROWS <= rows.length; a++) {
    if (best && rows[rows.length - 1]! + 1 - rows[a]! <= height(best)) break;
    const used = new Uint8Array(r.right - r.left);
    let b = a;
    while (b < rows.length) {
      markUsed(grid[rows[b]!] ?? '', r, used);
      // A run's first rows may hold one column's text only (the other's starts lower).
      if (b + 1 - a >= MIN_ROWS && !splitsIntoColumns(used, r)) break;
      b++;
    }
    if (b - a < MIN_ROWS) continue;
    const run = { ...r, top: rows[a]!, bottom: rows[b - 1]! + 1 };
    if (best && run.bottom - run.top <= height(best)) continue;
    // Parts no row holds side by side stand one over the other: not columns.
    best = columns(grid, run) ?? best;
  }
  return best;
}

/**
 * The region cut across above and below its tallest run of rows in columns; null when it has none, or the run is
 * the whole region. A line across the columns right above the run (a subtitle, a caption) wraps onto the next
 * rows at the region's left: rows under it with text in the first column only are its, not the first column's.
 */
export function partialGutterCut(grid: readonly string[], r: Region): Region[] | null {
  if (r.right - r.left > MAX_WIDTH) return null;
  const rows = textRows(grid, r);
  if (rows.length > MAX_ROWS) return null;
  const parts = tallestRun(grid, r, rows)?.parts;
  if (!parts) return null;
  const run = { ...r, top: parts[0]!.top, bottom: parts[0]!.bottom };
  if (run.top <= r.top && run.bottom >= r.bottom) return null;
  const across = (y: number): boolean =>
    parts.slice(1).some((part, i) => !rowBlank(grid[y] ?? '', parts[i]!.right, part.left));
  // Text in the first column only: the line above wrapped there (a right column starting higher is its own).
  const leftOnly = (y: number): boolean =>
    parts.every((part, i) => rowBlank(grid[y] ?? '', part.left, part.right) === i > 0);
  const above = rows.filter((y) => y < run.top).at(-1);
  if (above !== undefined && across(above))
    while (run.top < run.bottom && leftOnly(run.top)) run.top = rows.find((y) => y > run.top) ?? run.bottom;
  if (run.top >= run.bottom) return null;
  const cut: Region[] = [];
  if (run.top > r.top) cut.push({ ...r, bottom: run.top });
  cut.push(run);
  if (run.bottom < r.bottom) cut.push({ ...r, top: run.bottom });
  return cut;
}
