import type { TextRange } from './find-hits.js';

/** A piece of a snippet: plain text, marked as a hit or not. The UI renders it without HTML. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export const SNIPPET_LENGTH = 120;
/** How much text to show before the first hit, so it reads in context. */
const LEAD = 30;
const ELLIPSIS = '…';

/**
 * A short excerpt of `text` around its first hit, split into parts with the hits marked. Layout
 * whitespace (line breaks between blocks) becomes single spaces, since a snippet is one line.
 */
export function buildSnippet(
  text: string,
  hits: readonly TextRange[],
  length = SNIPPET_LENGTH,
): SnippetPart[] {
  const first = hits[0];
  let start = first ? Math.max(0, first.start - LEAD) : 0;
  let end = Math.min(text.length, Math.max(start + length, first?.end ?? 0));
  start = avoidSplitPair(text, start);
  end = avoidSplitPair(text, end);

  const parts: SnippetPart[] = [];
  const push = (from: number, to: number, hit: boolean) => {
    if (to > from) parts.push({ text: text.slice(from, to).replace(/\s+/gu, ' '), hit });
  };
  let cursor = start;
  for (const hit of hits) {
    if (hit.end <= start || hit.start >= end) continue;
    const hitStart = Math.max(hit.start, start);
    const hitEnd = Math.min(hit.end, end);
    push(cursor, hitStart, false);
    push(hitStart, hitEnd, true);
    cursor = hitEnd;
  }
  push(cursor, end, false);

  const head = parts[0];
  if (head) head.text = head.text.trimStart();
  const tail = parts[parts.length - 1];
  if (tail) tail.text = tail.text.trimEnd();
  if (start > 0) parts.unshift({ text: ELLIPSIS, hit: false });
  if (end < text.length) parts.push({ text: ELLIPSIS, hit: false });
  return parts.filter((part) => part.text !== '');
}

/** Moves an offset off the middle of a surrogate pair, so no half character is shown. */
function avoidSplitPair(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return offset > 0 && offset < text.length && code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}
