/**
 * Turns parsed search terms into an FTS5 MATCH expression. Every term becomes a quoted FTS5 string,
 * inside which nothing is syntax except the doubled quote, so whatever a person typed can never be
 * read as an FTS5 operator. The string's content is the term's tokens joined by spaces: the table's
 * tokenizer splits on spaces only, so each token is one index term and the string is a phrase.
 */
import type { SearchTerm } from './query.js';

function phrase(term: SearchTerm): string {
  const body = term.tokens.map((token) => token.replaceAll('"', '""')).join(' ');
  return `"${body}"${term.prefix ? ' *' : ''}`;
}

/** Articles containing every term; null when there are no terms. */
export function matchAll(terms: readonly SearchTerm[]): string | null {
  return terms.length === 0 ? null : terms.map(phrase).join(' AND ');
}

/** Articles containing any of the terms; null when there are no terms. */
export function matchAny(terms: readonly SearchTerm[]): string | null {
  return terms.length === 0 ? null : terms.map(phrase).join(' OR ');
}

/** Articles containing every `include` term and none of the `exclude` ones; null without `include`. */
export function matchExpression(
  include: readonly SearchTerm[],
  exclude: readonly SearchTerm[],
): string | null {
  const all = matchAll(include);
  const any = matchAny(exclude);
  if (all === null) return null;
  return any === null ? all : `(${all}) NOT (${any})`;
}
