import { forEachToken } from './tokens.js';

/**
 * What the full-text index stores for a text: its folded tokens separated by single spaces. The
 * FTS5 tokenizer is configured to split on the space only (see main/node/storage/search-index.ts),
 * so each token here is exactly one index term, and a query phrase built from the same tokens
 * matches exactly where the hit finder finds it.
 */
export function segmentForIndex(text: string): string {
  const tokens: string[] = [];
  forEachToken(text, (token) => tokens.push(token));
  return tokens.join(' ');
}
