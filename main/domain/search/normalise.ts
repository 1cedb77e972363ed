/**
 * The one character folding of search: full-width ASCII (U+FF01–FF5E) becomes its half-width form,
 * the ideographic space a space, and letters lower case. The tokenizer (tokens.ts) applies it to
 * every text it reads, so the index, queries and the hit finder all see text the same way.
 */

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_TO_HALF_WIDTH = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

export function foldCodePoint(codePoint: number): string {
  if (codePoint < 0x80) {
    // Fast path for ASCII, which lower-cases one to one.
    return String.fromCharCode(codePoint >= 0x41 && codePoint <= 0x5a ? codePoint + 32 : codePoint);
  }
  if (codePoint === IDEOGRAPHIC_SPACE) return ' ';
  if (codePoint >= FULL_WIDTH_FIRST && codePoint <= FULL_WIDTH_LAST) {
    return foldCodePoint(codePoint - FULL_TO_HALF_WIDTH);
  }
  return String.fromCodePoint(codePoint).toLowerCase();
}

/** The folded form of a whole text (for query syntax and filter values). */
export function normalise(text: string): string {
  let out = '';
  for (let index = 0; index < text.length;) {
    const codePoint = text.codePointAt(index)!;
    out += foldCodePoint(codePoint);
    index += codePoint > 0xffff ? 2 : 1;
  }
  return out;
}
