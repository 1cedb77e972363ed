// Splits decoded page text into its non-blank lines, remembering how many blank lines preceded each: blank
// runs carry layout information (a caption is usually set off by more blank lines than the text around it).
import { TEXT_ROLE, type LineKind, type LineRole } from './line-role';

/**
 * The non-blank lines of a page, as a table of offsets into the page text rather than one object and one string
 * per line. A 50 MB page has about a million lines that all live until the parse ends: as objects the collector
 * would copy each of them twice (young generation, then old); typed arrays it never scans. A line's text is cut
 * out of the page when asked for, and that string dies young.
 */
export class PageLines {
  /** Number of non-blank lines. */
  length = 0;
  private starts: Int32Array;
  private ends: Int32Array;
  private gaps: Int32Array;
  private indents: Float64Array;
  /** Classification of each line; text lines (most of them) share one role object. Sized like the arrays. */
  private roles: LineRole[];

  constructor(readonly page: string) {
    // A guess that most pages will not outgrow (lines average well over 16 characters); `add` grows it.
    const capacity = Math.max(64, page.length >> 4);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.gaps = new Int32Array(capacity);
    this.indents = new Float64Array(capacity);
    this.roles = new Array<LineRole>(capacity).fill(TEXT_ROLE);
  }

  add(start: number, end: number, gapBefore: number, indent: number): void {
    if (this.length === this.starts.length) this.grow();
    const i = this.length++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.gaps[i] = gapBefore;
    this.indents[i] = indent;
  }

  private grow(): void {
    const capacity = this.starts.length * 2;
    this.starts = copyInto(new Int32Array(capacity), this.starts);
    this.ends = copyInto(new Int32Array(capacity), this.ends);
    this.gaps = copyInto(new Int32Array(capacity), this.gaps);
    this.indents = copyInto(new Float64Array(capacity), this.indents);
    this.roles = this.roles.concat(new Array<LineRole>(capacity - this.roles.length).fill(TEXT_ROLE));
  }

  /** The line without surrounding whitespace; '' outside the page. */
  text(i: number): string {
    return i >= 0 && i < this.length ? this.page.slice(this.starts[i], this.ends[i]) : '';
  }

  /** Where the line's text starts in `page`. */
  start(i: number): number {
    return this.starts[i] ?? 0;
  }

  /** Where the line's text ends in `page` (exclusive). */
  end(i: number): number {
    return this.ends[i] ?? 0;
  }

  /** The last code unit of the line's text, read without cutting the line out; NaN outside the page. */
  lastCode(i: number): number {
    return i >= 0 && i < this.length ? this.page.charCodeAt((this.ends[i] ?? 0) - 1) : NaN;
  }

  /** Blank (or whitespace-only) lines between this line and the previous non-blank one. */
  gapBefore(i: number): number {
    return this.gaps[i] ?? 0;
  }

  /** The two lines that stand right under line `i`, no blank between: where its text may go on. */
  under(i: number): string[] {
    const under: string[] = [];
    for (let k = i + 1; k < this.length && k <= i + 2 && this.gapBefore(k) === 0; k++)
      under.push(this.text(k));
    return under;
  }

  /** Leading whitespace in ems (U+3000 counts 1, a space ½, a tab 2): Chinese paragraphs open indented. */
  indent(i: number): number {
    return this.indents[i] ?? 0;
  }

  /** What the line is on its own (set by classifyLines); undefined outside the page. */
  role(i: number): LineRole | undefined {
    return i >= 0 && i < this.length ? this.roles[i] : undefined;
  }

  /** The role's kind; undefined outside the page. */
  kind(i: number): LineKind | undefined {
    return this.role(i)?.kind;
  }

  setRole(i: number, role: LineRole): void {
    this.roles[i] = role;
  }

  /** The same lines, each read as standing flush. */
  withoutIndents(): PageLines {
    const flush = new PageLines(this.page);
    for (let i = 0; i < this.length; i++) {
      flush.add(this.starts[i]!, this.ends[i]!, this.gaps[i]!, 0);
      flush.setRole(i, this.roles[i]!);
    }
    return flush;
  }
}

function copyInto<T extends Int32Array | Float64Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

/** JavaScript's `String.prototype.trim` whitespace, minus the line terminators splitLines already cut at. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  // Past U+3000 only the BOM is a space: Han text (most of a Chinese page) is answered by this one test.
  if (code > 0x3000) return code === 0xfeff;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Whether only whitespace stands between the line break before `at` (or the text's start) and `at`. */
export function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return true;
    if (!isSpaceCode(code)) return false;
  }
  return true;
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

export function splitLines(text: string): PageLines {
  const lines = new PageLines(text);
  const length = text.length;
  // \r\n, \r and \n each end a line; the text is not copied to normalise them.
  let nextCR = text.indexOf('\r');
  if (nextCR < 0) nextCR = length;
  let nextLF = -1;
  let gap = 0;
  let start = 0;
  // One pass: each line is trimmed by scanning its ends; nothing is allocated per line.
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
      const gapBefore = lines.length === 0 ? 0 : gap;
      const indent = from === start ? 0 : leadingIndent(text, start, from);
      lines.add(from, to, gapBefore, indent);
      gap = 0;
    }
    start = after;
  }
  return lines;
}
