import { normalise } from './normalise.js';
import { BREAK, forEachToken } from './tokens.js';

/**
 * What the full-text index stores for a text: its tokens separated by single spaces. The FTS5
 * tokenizer is configured to split on the space only, so each token here is exactly one index term
 * (see the schema in main/node/storage/search-index.ts), and a query phrase built from the same
 * tokens matches exactly where the hit finder finds it.
 */
export function segmentForIndex(text: string): string {
  const folded = normalise(text);
  const tokens: string[] = [];
  forEachToken(folded, (start, end, kind) =>
    tokens.push(kind === 'break' ? BREAK : folded.slice(start, end)),
  );
  return tokens.join(' ');
}
