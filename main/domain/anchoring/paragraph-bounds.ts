/**
 * A highlight made inside one paragraph stays inside one. Where the end of a quote was deleted, the next
 * paragraph may open with the very words that ended it ("…bid for Kestrel." then "Kestrel said…"); a match
 * on them would carry the highlight over the break onto text the user never selected. Paragraphs are
 * separated by a blank line; a single line break (a wrapped line, a line of verse) is inside a paragraph.
 */
import type { Reanchored } from './reanchor.js';

const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/gu;

export function keepWithinParagraphs(newText: string, quote: string, result: Reanchored): Reanchored {
  if (result.status !== 'anchored' || /\n[^\S\n]*\n/u.test(quote)) return result;
  const span = newText.slice(result.start, result.end);
  // The piece between breaks with the most of the passage in it is the user's; the rest was carried over.
  let best = { start: 0, end: span.length, visible: -1 };
  let from = 0;
  for (const gap of [...span.matchAll(PARAGRAPH_BREAK), null]) {
    const to = gap ? gap.index : span.length;
    const visible = span.slice(from, to).trim().length;
    if (visible > best.visible) best = { start: from, end: to, visible };
    if (gap) from = gap.index + gap[0].length;
  }
  if (best.start === 0 && best.end === span.length) return result;
  const piece = span.slice(best.start, best.end);
  const start = result.start + best.start + (piece.length - piece.trimStart().length);
  const end = result.start + best.end - (piece.length - piece.trimEnd().length);
  return end > start ? { ...result, start, end } : { status: 'orphaned' };
}
