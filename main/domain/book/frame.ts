// The Project Gutenberg frame around a book: a licence header that ends with a START marker line and a footer
// that begins with an END line. Both are kept verbatim and apart from the book's own text.
import { opensLine, type PageLines } from '../page/lines';

const START_MARKER = /^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG\b/i;
// Older files close with "End of (the) Project Gutenberg('s) …" before, or instead of, the starred line.
const END_MARKER = /^(?:\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG\b|End of (?:the )?Project Gutenberg)/i;

export interface BookFrame {
  /** Index of the first line of the book's text, and one past its last. */
  firstLine: number;
  endLine: number;
  /** The licence header up to and including the START line, or null when the text has none. */
  header: string | null;
  /** The footer from the END line to the end of the text, or null. */
  footer: string | null;
}

export function findFrame(lines: PageLines): BookFrame {
  let start = -1;
  for (let i = 0; i < lines.length && start < 0; i++) if (START_MARKER.test(lines.text(i))) start = i;
  let end = lines.length;
  for (let i = start + 1; i < lines.length && end === lines.length; i++)
    if (END_MARKER.test(lines.text(i))) end = i;
  const text = lines.page;
  return {
    firstLine: start + 1,
    endLine: end,
    header: start < 0 ? null : text.slice(0, lines.end(start)).trim(),
    footer: end === lines.length ? null : text.slice(lines.start(end)).trim(),
  };
}

export function hasGutenbergMarker(text: string): boolean {
  GUTENBERG_MARKER.lastIndex = 0;
  for (let found = GUTENBERG_MARKER.exec(text); found; found = GUTENBERG_MARKER.exec(text))
    if (opensLine(text, found.index)) return true;
  return false;
}

/** Found by its stars rather than from every line start: a pattern opening with `^\s*` is tried at every line. */
const GUTENBERG_MARKER = /\*{3}\s*(?:START|END) OF (?:THE|THIS) PROJECT GUTENBERG\b/gi;

/**
 * A `Field: value` line of the header; a long value goes on over indented lines
 * ("Title: A System Of Logic,\n       Ratiocinative And Inductive").
 */
export function headerField(header: string, name: string): string | null {
  const found = new RegExp(`^${name}:[ \\t]*(.+(?:\\r?\\n[ \\t]+\\S.*)*)`, 'm').exec(header);
  return found?.[1] ? found[1].replace(/\s+/g, ' ').trim() : null;
}
