// Splits decoded page text into its non-blank lines, remembering how many blank lines preceded each: blank
// runs carry layout information (a caption is usually set off by more blank lines than the text around it).
import { TEXT_ROLE, type LineRole } from './line-role';

/**
 * One non-blank line of the page. It is the only object made per line: classification records its finding on
 * the line (`role`) rather than wrapping it, because on a 50 MB page every extra object per line is collector
 * work.
 */
export interface PageLine {
  /** The line without surrounding whitespace. */
  readonly text: string;
  /** Blank (or whitespace-only) lines between this line and the previous non-blank one. */
  readonly gapBefore: number;
  /** Leading whitespace in ems (U+3000 counts 1, a space ½, a tab 2): Chinese paragraphs open indented. */
  readonly indent: number;
  /** 0-based line number in the source, for diagnostics. */
  readonly index: number;
  /** The input ended inside this line: no line break followed it. */
  readonly unterminated: boolean;
  /** What the line is on its own (set by classifyLines): text until shown to be furniture, a byline… */
  role: LineRole;
}

/** JavaScript's `String.prototype.trim` whitespace, minus the line terminators splitLines already cut at. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Leading whitespace of text[start, end) in ems (U+3000 counts 1, a space ½, a tab 2, a BOM 0). */
function leadingIndent(text: string, start: number, end: number): number {
  let width = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3000) width += 1;
    else if (code === 9) width += 2;
    else if (code === 32 || code === 0xa0) width += 0.5;
    else if (code !== 0xfeff) break;
  }
  return width;
}

export function splitLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  const length = text.length;
  // \r\n, \r and \n each end a line; the text is not copied to normalise them.
  let nextCR = text.indexOf('\r');
  if (nextCR < 0) nextCR = length;
  let nextLF = -1;
  let gap = 0;
  let start = 0;
  let index = 0;
  // One pass: each line is trimmed by scanning its ends, and cut out once; blank lines allocate nothing.
  while (start <= length) {
    if (nextLF < start) {
      nextLF = text.indexOf('\n', start);
      if (nextLF < 0) nextLF = length;
    }
    if (nextCR < start) {
      nextCR = text.indexOf('\r', start);
      if (nextCR < 0) nextCR = length;
    }
    const end = nextCR < nextLF ? nextCR : nextLF;
    // Where the next line starts: after the break, both characters of a \r\n.
    const after =
      end < length && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    let from = start;
    while (from < end && isSpaceCode(text.charCodeAt(from))) from++;
    if (from === end) gap++;
    else {
      let to = end;
      while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
      const trimmed = text.slice(from, to);
      const gapBefore = lines.length === 0 ? 0 : gap;
      const indent = from === start ? 0 : leadingIndent(text, start, from);
      // Every line has the same fields in the same order, so code reading lines sees one object shape.
      lines.push({ text: trimmed, gapBefore, indent, index, unterminated: end === length, role: TEXT_ROLE });
      gap = 0;
    }
    index++;
    start = after;
  }
  return lines;
}
