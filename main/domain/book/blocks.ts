// The body of a chapter as blocks. In a book a blank line always ends a paragraph, so each run of lines between
// blank lines is one unit: verse keeps its line breaks, prose is reflowed by the page parser's reflow.
import type { ParsedBlock } from '../../../shared/contract/article';
import { ems } from '../page/chars';
import type { BodyLine } from '../page/draft';
import type { PageLines } from '../page/lines';
import { reflowBody, type ReflowContext } from '../page/reflow';

export interface BookLayout {
  /** Width in ems that the book's running text is wrapped at. */
  wrapWidth: number;
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
