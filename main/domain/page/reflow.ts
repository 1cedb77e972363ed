// Reflow: the lines of an article's body become paragraphs. A break is kept after a finished sentence and
// removed inside one; captions that interrupted a sentence are set aside until the sentence is complete.
import type { ParsedBlock } from '../../../shared/contract/article';
import { ems, endsSentence, isLowerStart, isWideCode } from './chars';
import type { BodyItem } from './draft';
import { joint } from './join';
import type { PageLine } from './lines';

export interface ReflowContext {
  /** Blank lines usually found between two lines of running text (1 in double-spaced dumps). */
  typicalGap: number;
  /** Words the page uses unbroken, for rejoining words hyphenated at a line end. */
  knownWords: ReadonlySet<string>;
}

const ENUMERATOR = /^(?:\d{1,2}[.、)]|[（(]?[一二三四五六七八九十]{1,3}[、)）]|[•·\-*] )/;

/** Width most lines of this body fill: lines that reach it were wrapped, not ended. */
function fullWidth(items: readonly BodyItem[]): number {
  const widths: number[] = [];
  for (const item of items) if (item.kind === 'line' && widths.length < 400) widths.push(ems(item.text, 400));
  if (widths.length === 0) return Infinity;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.75)] ?? Infinity;
}

/** Whether the body uses indentation to open paragraphs (then a non-indented line continues one). */
function usesIndentation(items: readonly BodyItem[]): boolean {
  let lines = 0;
  let indented = 0;
  for (const item of items) {
    if (item.kind !== 'line') continue;
    lines++;
    if (item.line.indent >= 1) indented++;
  }
  return lines >= 3 && indented >= 1 && indented <= lines * 0.7;
}

function shouldJoin(
  a: string,
  b: string,
  next: PageLine,
  ctx: ReflowContext,
  width: () => number,
  indentation: boolean,
): boolean {
  const gap = next.gapBefore;
  if (indentation && gap === 0) return next.indent < 1;
  const latinEnd = !isWideCode(a.charCodeAt(a.length - 1));
  if (endsSentence(a)) {
    // A double-spaced dump whose paragraphs open indented: a blank after a full stop is just the line spacing,
    // and a line that does not open indented goes on with the paragraph.
    if (gap >= 1) return indentation && ctx.typicalGap >= 1 && gap <= ctx.typicalGap && next.indent < 1;
    // Gutenberg-style text wraps at a fixed width: a full line that ends a sentence still goes on.
    if (!latinEnd || isWideCode(b.charCodeAt(0))) return false;
    const full = width();
    return full >= 25 && ems(a, full + 1) >= 0.8 * full;
  }
  if (gap === 0) return true;
  if (/[：:]$/.test(a) && ENUMERATOR.test(b)) return false;
  if (ctx.typicalGap >= 1) return true; // double-spaced dump: blank lines carry no meaning
  // Text with blank lines between paragraphs: an unfinished line before a blank is a column break only when
  // the text plainly goes on.
  if (latinEnd) return isLowerStart(b) || /[,;-]$/.test(a);
  return !indentation || next.indent < 1;
}

export function reflowBody(items: readonly BodyItem[], ctx: ReflowContext): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  // Measured only when a Latin line ends a sentence at a line end: most pages never ask.
  let measured: number | null = null;
  const width = (): number => (measured ??= fullWidth(items));
  const indentation = usesIndentation(items);
  // The open paragraph is kept as pieces and joined once, so a paragraph of 50,000 lines costs linear time.
  let parts: string[] = [];
  // Text of the last line of the open paragraph, or null when none is open.
  let last: string | null = null;
  let pending: ParsedBlock[] = [];
  const flush = (): void => {
    // A one-line paragraph keeps the line's string as it is (join would copy it).
    if (parts.length > 0)
      blocks.push({ type: 'paragraph', text: parts.length === 1 ? (parts[0] ?? '') : parts.join('') });
    parts = [];
    last = null;
    blocks.push(...pending);
    pending = [];
  };
  for (const item of items) {
    if (item.kind === 'caption') {
      if (last !== null && !endsSentence(last)) pending.push({ type: 'caption', text: item.text });
      else {
        flush();
        blocks.push({ type: 'caption', text: item.text });
      }
      continue;
    }
    if (item.kind === 'subhead') {
      flush();
      blocks.push({ type: 'subhead', text: item.text });
      continue;
    }
    if (last !== null && shouldJoin(last, item.text, item.line, ctx, width, indentation)) {
      const j = joint(last, item.text, ctx.knownWords);
      if (j.dropHyphen) parts[parts.length - 1] = (parts[parts.length - 1] ?? '').slice(0, -1);
      if (j.separator !== '') parts.push(j.separator);
      parts.push(item.text);
    } else {
      flush();
      parts.push(item.text);
    }
    last = item.text;
  }
  flush();
  return blocks;
}
