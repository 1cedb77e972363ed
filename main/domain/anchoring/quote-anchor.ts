/** Builds the anchor an annotation stores when it is created. */
import type { TextQuoteAnchor } from './reanchor.js';

/** UTF-16 units of context kept on each side of a quote (as Hypothesis does), to find it again later. */
export const QUOTE_CONTEXT = 32;

export function quoteAnchor(text: string, start: number, end: number): TextQuoteAnchor {
  return {
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}
