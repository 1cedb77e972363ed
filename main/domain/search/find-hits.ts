import type { SearchTerm } from './query.js';
import { tokenise, type Token } from './tokens.js';

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Every place in `text` where one of `terms` occurs, as UTF-16 ranges into the original `text`,
 * sorted, with overlapping hits merged. Uses the index's tokenizer, so it marks exactly what made
 * the article match.
 */
export function findHits(text: string, terms: readonly SearchTerm[]): TextRange[] {
  if (terms.length === 0) return [];
  const tokens = tokenise(text);
  const hits: TextRange[] = [];
  for (const term of terms) {
    for (let at = 0; at + term.tokens.length <= tokens.length; at++) {
      if (termStartsAt(term, tokens, at)) {
        hits.push({ start: tokens[at]!.start, end: tokens[at + term.tokens.length - 1]!.end });
      }
    }
  }
  return mergeOverlapping(hits);
}

function termStartsAt(term: SearchTerm, tokens: readonly Token[], at: number): boolean {
  const lastIndex = term.tokens.length - 1;
  return term.tokens.every((wanted, offset) => {
    const actual = tokens[at + offset]!.text;
    return offset === lastIndex && term.prefix ? actual.startsWith(wanted) : actual === wanted;
  });
}

function mergeOverlapping(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && range.start < previous.end) previous.end = Math.max(previous.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
