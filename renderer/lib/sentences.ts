/**
 * Sentences of an article's text for selecting by keyboard: Intl.Segmenter's sentence breaks (UAX #29:
 * after 。！？ as after . ! ?, and at every paragraph break), without the spaces around them.
 */
import type { TextSpan } from './offsets.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
const SPACE = /\s/;

function trimmed(text: string, index: number): TextSpan {
  const found = segmenter.segment(text).containing(index)!;
  let start = found.index;
  let end = start + found.segment.length;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The sentence at `offset`, or the first one after it when it falls between two; null in blank text. */
export function sentenceAt(text: string, offset: number): TextSpan | null {
  let index = Math.max(0, Math.min(offset, text.length - 1));
  while (index < text.length && SPACE.test(text[index]!)) index++;
  if (index === text.length) {
    index = Math.min(offset, text.length) - 1;
    while (index >= 0 && SPACE.test(text[index]!)) index--;
    if (index < 0) return null;
  }
  return trimmed(text, index);
}

/** The sentence after (1) or before (-1) a span; null at either end of the text. */
export function nextSentence(text: string, span: TextSpan, direction: 1 | -1): TextSpan | null {
  let index = direction === 1 ? span.end : span.start - 1;
  while (index >= 0 && index < text.length && SPACE.test(text[index]!)) index += direction;
  return index >= 0 && index < text.length ? trimmed(text, index) : null;
}
