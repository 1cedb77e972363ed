// The character grid of a laid-out page (`pdftotext -layout`: each printed line one row, columns set apart by runs
// of spaces) and the tests the column reader asks of a region of it.

/** Columns stand apart by a run of at least this many blank character columns (and a laid-out line holds one). */
const GUTTER = 3;

export interface Region {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Parts of a region and the widest blank run that separates two of them. */
export interface Cut {
  parts: Region[];
  gap: number;
}

function occupied(row: string, x: number): boolean {
  const code = row.charCodeAt(x);
  return code === code && code !== 32 && code !== 9;
}

/** Whether the row holds text left or right of the region. */
export function usedElsewhere(row: string, r: Region): boolean {
  return !rowBlank(row, 0, r.left) || !rowBlank(row, r.right, row.length);
}

export function rowBlank(row: string, left: number, right: number): boolean {
  for (let x = left; x < right && x < row.length; x++) if (occupied(row, x)) return false;
  return true;
}

/** Runs of at least GUTTER columns blank down the region split it into columns; null when there are none. */
export function columns(grid: readonly string[], r: Region): Cut | null {
  const used = new Uint8Array(r.right - r.left);
  for (let y = r.top; y < r.bottom; y++) markUsed(grid[y] ?? '', r, used);
  const cut = columnParts(used, r);
  return cut.parts.length > 1 && sideBySide(grid, cut.parts) ? cut : null;
}

/** Marks in `used` (one entry per character column of the region) the columns where the row holds text. */
export function markUsed(row: string, r: Region, used: Uint8Array): void {
  for (let x = r.left; x < r.right && x < row.length; x++) if (occupied(row, x)) used[x - r.left] = 1;
}

/** The region's parts between runs of at least GUTTER unused columns, and the widest such run. */
export function columnParts(used: Uint8Array, r: Region): Cut {
  const parts: Region[] = [];
  let start = -1;
  let last = -1;
  let gap = 0;
  for (let x = 0; x < used.length; x++) {
    if (used[x] !== 1) continue;
    if (start >= 0 && x - last > GUTTER) {
      parts.push({ ...r, left: r.left + start, right: r.left + last + 1 });
      gap = Math.max(gap, x - last - 1);
      start = -1;
    }
    if (start < 0) start = x;
    last = x;
  }
  if (start >= 0) parts.push({ ...r, left: r.left + start, right: r.left + last + 1 });
  return { parts, gap };
}

/**
 * Whether the parts stand side by side: some row holds text in two of them, or no row does but rows of one part
 * and of another take turns again and again (a staircase: pdftotext gives each column's lines rows of their own
 * where the columns' baselines differ); otherwise one over the other (a kicker set off-centre over its headline,
 * a box under another).
 */
function sideBySide(grid: readonly string[], parts: readonly Region[]): boolean {
  const { top, bottom } = parts[0]!;
  // The part the last row with text in one part only held, and how often that part changed.
  let previous = -1;
  let turns = 0;
  for (let y = top; y < bottom; y++) {
    const row = grid[y] ?? '';
    let filled = 0;
    let only = -1;
    for (let i = 0; i < parts.length; i++) {
      if (rowBlank(row, parts[i]!.left, parts[i]!.right)) continue;
      if (++filled === 2) return true;
      only = i;
    }
    if (filled === 0) continue;
    if (previous >= 0 && only !== previous) turns++;
    previous = only;
  }
  return turns >= STAIRCASE_TURNS;
}

/** Turns between parts that make a staircase: one part's rows, another's, the first's again, the other's again. */
const STAIRCASE_TURNS = 3;
