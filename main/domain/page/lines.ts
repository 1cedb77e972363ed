// Splits decoded page text into its non-blank lines, remembering how many blank lines preceded each: blank
// runs carry layout information (a caption is usually set off by more blank lines than the text around it).

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
  readonly unterminated?: boolean;
}

function leadingIndent(raw: string): number {
  let width = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0x3000) width += 1;
    else if (code === 9) width += 2;
    else if (code === 32 || code === 0xa0 || code === 0xfeff) width += code === 0xfeff ? 0 : 0.5;
    else break;
  }
  return width;
}

export function splitLines(input: string): PageLine[] {
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const lines: PageLine[] = [];
  let gap = 0;
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed === '') gap++;
    else {
      const line: PageLine = {
        text: trimmed,
        gapBefore: lines.length === 0 ? 0 : gap,
        indent: leadingIndent(raw),
        index,
      };
      lines.push(end === text.length ? { ...line, unterminated: true } : line);
      gap = 0;
    }
    index++;
    start = end + 1;
  }
  return lines;
}
