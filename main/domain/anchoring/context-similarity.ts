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

/** Letters and digits of scripts that separate words with spaces (a Han character is a word of its own). */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]/u;

/**
 * How a quote's edge cuts a word: null if the quote's edge character is no word letter; else the part
 * of that word outside the quote ('' when the quote's edge is the word's edge), and whether that part
 * is complete (not cut short by the end of the stored context).
 */
export interface WordCut {
  readonly outside: string;
  readonly complete: boolean;
}

/** From the raw stored quote and context: the words cut at the quote's start and end. */
export function wordCuts(
  quote: string,
  prefix: string,
  suffix: string,
): { before: WordCut | null; after: WordCut | null } {
  const cut = (edge: string | undefined, neighbours: string, part: string): WordCut | null =>
    WORD_CHAR.test(edge ?? '') ? { outside: part, complete: part.length < neighbours.length } : null;
  return {
    before: cut(quote[0], prefix, trailingWordPart(prefix)),
    after: cut(quote.at(-1), suffix, leadingWordPart(suffix)),
  };
}

/**
 * Whether a candidate cuts the same words as the stored quote: "d." cut from "named." is not "d." cut
 * from "pleased.", and "at" the word is not "at" inside "flats".
 */
export function cutsSameWords(
  cuts: { before: WordCut | null; after: WordCut | null },
  text: string,
  start: number,
  end: number,
): boolean {
  const { before, after } = cuts;
  if (before) {
    const found = trailingWordPart(text.slice(Math.max(0, start - before.outside.length - 1), start));
    if (before.complete ? found !== before.outside : !found.endsWith(before.outside)) return false;
  }
  if (after) {
    const found = leadingWordPart(text.slice(end, end + after.outside.length + 1));
    if (after.complete ? found !== after.outside : !found.startsWith(after.outside)) return false;
  }
  return true;
}

function trailingWordPart(text: string): string {
  let from = text.length;
  while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from--;
  return text.slice(from);
}

function leadingWordPart(text: string): string {
  let to = 0;
  while (to < text.length && WORD_CHAR.test(text[to]!)) to++;
  return text.slice(0, to);
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
