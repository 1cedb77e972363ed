// The body of a chapter as blocks. In a book a blank line always ends a paragraph, so each run of lines between
// blank lines is one unit: verse keeps its line breaks, prose becomes one paragraph. A book that does not set its
// paragraphs apart with blank lines (they open indented instead) is reflowed by the page parser's reflow.
import type { ParsedBlock } from '../../../shared/contract/article';
import { ems } from '../page/chars';
import type { BodyLine } from '../page/draft';
import { joint } from '../page/join';
import type { PageLines } from '../page/lines';
import { reflowBody, type ReflowContext } from '../page/reflow';

export interface BookLayout {
  /** Width in ems that the book's running text is wrapped at. */
  wrapWidth: number;
  /** Whether blank lines end paragraphs (else runs of lines between blank lines hold several). */
  blankLinesSeparate: boolean;
  reflow: ReflowContext;
}

/** Width most lines of [first, end) reach: the wrap width of a hard-wrapped text. */
export function wrapWidth(lines: PageLines, first: number, end: number): number {
  const widths: number[] = [];
  const step = Math.max(1, Math.floor((end - first) / 2000));
  for (let i = first; i < end; i += step) widths.push(ems(lines.text(i), 200));
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.75)] ?? 0;
}

/** Whether blank lines set paragraphs apart in [first, end): then a paragraph averages fewer than 20 lines. */
export function blankLinesSeparate(lines: PageLines, first: number, end: number): boolean {
  let units = 0;
  for (let i = first; i < end; i++) if (lines.gapBefore(i) > 0) units++;
  return units * 20 >= end - first;
}

/**
 * Lines that are verse rather than wrapped prose: every line indented (a poem or a quotation set in), or every
 * line well short of the wrap width (a wrapped line reaches it).
 */
function isVerse(lines: PageLines, first: number, end: number, layout: BookLayout): boolean {
  if (end - first < 2) return false;
  let indented = true;
  let short = true;
  for (let i = first; i < end; i++) {
    if (lines.indent(i) < 1) indented = false;
    if (ems(lines.text(i), layout.wrapWidth) > 0.6 * layout.wrapWidth) short = false;
  }
  return indented || short;
}

function unitBlocks(lines: PageLines, first: number, end: number, layout: BookLayout): ParsedBlock[] {
  if (isVerse(lines, first, end, layout)) {
    const verse: string[] = [];
    for (let i = first; i < end; i++) verse.push(lines.text(i));
    return [{ type: 'paragraph', text: verse.join('\n') }];
  }
  if (!layout.blankLinesSeparate) {
    const items: BodyLine[] = [];
    for (let i = first; i < end; i++) {
      items.push({
        kind: 'line',
        text: lines.text(i),
        gapBefore: 0,
        indent: lines.indent(i),
        headlineLike: false,
      });
    }
    return reflowBody(items, layout.reflow);
  }
  return [{ type: 'paragraph', text: joinedLines(lines, first, end, layout.reflow.knownWords) }];
}

/** Lines of one paragraph joined as the page parser joins them (words split by a hyphen rejoined if known). */
function joinedLines(lines: PageLines, first: number, end: number, knownWords: ReadonlySet<string>): string {
  const parts = [lines.text(first)];
  for (let i = first + 1; i < end; i++) {
    const previous = lines.text(i - 1);
    const next = lines.text(i);
    const j = joint(previous, next, knownWords);
    if (j.dropHyphen) parts[parts.length - 1] = (parts[parts.length - 1] ?? '').slice(0, -1);
    parts.push(j.separator, next);
  }
  return parts.join('');
}

/** The blocks of lines [first, end). */
export function bodyBlocks(lines: PageLines, first: number, end: number, layout: BookLayout): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  let unitStart = first;
  for (let i = first + 1; i <= end; i++) {
    if (i < end && lines.gapBefore(i) === 0) continue;
    if (unitStart < end) blocks.push(...unitBlocks(lines, unitStart, i, layout));
    unitStart = i;
  }
  return blocks;
}
