// A line that only dates the article ("Publiziert: 03.04.2020, 12:35", "16 marca 2021", "2021-04-29 17:13",
// "2020年4月3日"), set over or under its text: the date is the page's metadata, not a paragraph of the article.
// Told by its shape (a short label, then the numbers of a date, or a day, a month's name and a year; then perhaps
// a time with its unit or zone), so it holds in any language.
import type { ParsedBlock } from '../../../../shared/contract/article.js';

const LABEL = String.raw`(?:[\p{L}][\p{L} .]{0,24}[:：]\s*)?`;
const TIME = String.raw`(?:,?\s*\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Uhr|h|[AaPp]\.?[Mm]\.?))?(?:\s*[+-]\d{2}:?\d{2}|\s*[A-Z]{2,4})?)?`;
const NUMERIC = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})`;
const WORDED = String.raw`(?:\d{1,2}\.?\s+\p{L}{3,12}\.?,?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4})`;
const HAN = String.raw`\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日`;
const DATE_LINE = new RegExp(`^${LABEL}(?:${NUMERIC}|${WORDED}|${HAN})${TIME}$`, 'u');
/** How many blocks from the article's start or end a date line is looked for. */
const EDGE = 2;

export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text.trim());
}

/** The article's blocks without the paragraphs at its start or end that only date it. */
export function withoutDateLines(blocks: ParsedBlock[]): ParsedBlock[] {
  return blocks.filter(
    (block, index) =>
      !(index < EDGE || index >= blocks.length - EDGE) ||
      block.type !== 'paragraph' ||
      !isDateLine(block.text),
  );
}
