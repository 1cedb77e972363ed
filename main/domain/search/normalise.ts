/**
 * The one text normaliser of search: the index, the query and the in-article hit finder all see text
 * through it, so what a query matches is decided in one place. Full-width ASCII (U+FF01–FF5E) folds to
 * its half-width form, the ideographic space to a space, and letters to lower case.
 */

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_TO_HALF_WIDTH = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** Normalised text plus, for each of its UTF-16 units, the original range that produced it. */
export interface NormalisedText {
  text: string;
  /** originStart[i] / originEnd[i]: the UTF-16 range in the original text behind normalised unit i. */
  originStart: number[];
  originEnd: number[];
}

function foldCodePoint(codePoint: number): string {
  if (codePoint < 0x80) {
    // Fast path for ASCII, which lower-cases one to one.
    return codePoint >= 0x41 && codePoint <= 0x5a
      ? String.fromCharCode(codePoint + 32)
      : String.fromCharCode(codePoint);
  }
  if (codePoint >= 0x3400 && codePoint <= 0x9fff) {
    // Fast path for the common CJK ideographs, which have no case.
    return String.fromCharCode(codePoint);
  }
  if (codePoint === IDEOGRAPHIC_SPACE) return ' ';
  if (codePoint >= FULL_WIDTH_FIRST && codePoint <= FULL_WIDTH_LAST) {
    return foldCodePoint(codePoint - FULL_TO_HALF_WIDTH);
  }
  return String.fromCodePoint(codePoint).toLowerCase();
}

/** Walks the code points of `text`, handing each folded form and its original range to `visit`. */
function foldEach(text: string, visit: (folded: string, start: number, end: number) => void): void {
  for (let index = 0; index < text.length;) {
    const codePoint = text.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    visit(foldCodePoint(codePoint), index, index + width);
    index += width;
  }
}

export function normalise(text: string): string {
  let out = '';
  foldEach(text, (folded) => {
    out += folded;
  });
  return out;
}

export function normaliseWithOrigins(text: string): NormalisedText {
  let out = '';
  const originStart: number[] = [];
  const originEnd: number[] = [];
  foldEach(text, (folded, start, end) => {
    out += folded;
    for (let unit = 0; unit < folded.length; unit++) {
      originStart.push(start);
      originEnd.push(end);
    }
  });
  return { text: out, originStart, originEnd };
}
