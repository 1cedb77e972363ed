// How wide a body's running text is set: reflow and the topic-shift cut both measure a line against it.
import { ems } from './chars';
import type { BodyItem } from './draft';

/** Lines read to measure a body: enough for a stable share, and a book-long body costs no more. */
const SAMPLE_LINES = 400;

/**
 * The body measured last and its width: the topic-shift cut asks first, and reflow asks again of the same body
 * right after (a body is read whole before the next one is). One entry, not a weak map of every body: the map's
 * upkeep cost more than measuring.
 */
let lastBody: readonly BodyItem[] | null = null;
let lastWidth = 0;
/**
 * The widths of the body being measured, reused from body to body (one array for the page rather than one per
 * body); a typed array sorts numbers natively, without calling back into a comparator.
 */
const scratch = new Float64Array(SAMPLE_LINES);

/**
 * The width most lines of a body fill, in ems (the 75th percentile of its lines' widths): lines that reach it
 * were wrapped, not ended. Infinity for a body without lines.
 */
export function fullWidth(items: readonly BodyItem[]): number {
  if (items === lastBody) return lastWidth;
  const limit = Math.min(items.length, SAMPLE_LINES);
  let n = 0;
  for (const item of items) {
    if (n === limit) break;
    if (item.kind === 'line') scratch[n++] = ems(item.text, SAMPLE_LINES);
  }
  const width = n === 0 ? Infinity : (scratch.subarray(0, n).sort()[Math.floor(n * 0.75)] ?? Infinity);
  lastBody = items;
  lastWidth = width;
  return width;
}

/**
 * At least fullWidth(items), read from the lines' lengths alone: a character is an em wide at most, so no line
 * is wider in ems than it is long. Most questions about the width ("is this line under half of it?") are
 * answered by the bound, and the body's lines need not be measured one by one.
 */
export function widthBound(items: readonly BodyItem[]): number {
  if (items === lastBody) return lastWidth;
  let longest = -1;
  let n = 0;
  for (const item of items) {
    if (n === SAMPLE_LINES) break;
    if (item.kind !== 'line') continue;
    n++;
    if (item.text.length > longest) longest = item.text.length;
  }
  return n === 0 ? Infinity : longest;
}
