/**
 * How well an annotation's stored context (the text that was just before or after its quote) agrees
 * with the text around a candidate position, from 0 (nothing in common) to 1 (identical).
 *
 * The comparison is an edit distance anchored at the candidate's edge and free at the far end, so a
 * context that is partly kept (an edit 20 characters away from the quote) still counts in proportion.
 */

/** Extra characters of text looked at beyond the context's length, so a few insertions still align. */
const SLACK = 8;

export function prefixSimilarity(prefix: string, text: string, at: number): number {
  if (prefix === '') return at === 0 ? 1 : 0;
  // A folded space between context and quote is kept in the text but trimmed from a stored context.
  const window = text.slice(Math.max(0, at - prefix.length - SLACK), at).trimEnd();
  return anchoredSimilarity(reverse(prefix), reverse(window));
}

export function suffixSimilarity(suffix: string, text: string, at: number): number {
  if (suffix === '') return at === text.length ? 1 : 0;
  return anchoredSimilarity(suffix, text.slice(at, at + suffix.length + SLACK).trimStart());
}

/**
 * How many characters of context agree exactly, outward from the candidate's edge, before the first
 * difference: the unbroken evidence that touches the quote.
 */
export function touchingAgreement(
  prefix: string,
  suffix: string,
  text: string,
  start: number,
  end: number,
): number {
  const before = text.slice(Math.max(0, start - prefix.length - 1), start).trimEnd();
  const after = text.slice(end, end + suffix.length + 1).trimStart();
  let agreed = 0;
  while (agreed < Math.min(prefix.length, before.length) && prefix.at(-1 - agreed) === before.at(-1 - agreed))
    agreed++;
  let agreedAfter = 0;
  while (agreedAfter < Math.min(suffix.length, after.length) && suffix[agreedAfter] === after[agreedAfter])
    agreedAfter++;
  return agreed + agreedAfter;
}

/** 1 − (edits to turn `context` into some prefix of `window`) / context length. */
function anchoredSimilarity(context: string, window: string): number {
  let previous = new Int32Array(window.length + 1).map((_, j) => j);
  let current = new Int32Array(window.length + 1);
  for (let i = 1; i <= context.length; i++) {
    current[0] = i;
    for (let j = 1; j <= window.length; j++) {
      const substitution = previous[j - 1]! + (context[i - 1] === window[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  const distance = Math.min(...previous);
  return Math.max(0, 1 - distance / context.length);
}

function reverse(text: string): string {
  return [...text].reverse().join('');
}
