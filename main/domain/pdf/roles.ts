// What each block of a PDF page is, from what the PDF knows and plain text does not: the size and face it is
// set in, relative to the page's body text, and where it stands. The text rules (furniture, section labels,
// bylines) are the page parser's own.
import { bylineLine, leadCredit, namesLine } from '../page/byline';
import { endsSentence } from '../page/chars';
import { classifyLines } from '../page/classify-lines';
import { sectionLabel } from '../page/furniture';
import { isLatinMasthead, isLatinRunningHead } from '../page/latin-furniture';
import { splitLines } from '../page/lines';
import type { FurnitureItem } from '../page/furniture';
import type { PdfBlock } from './blocks';
import { xOverlapShare } from './geometry';
import { pullQuotes } from './pull-quotes';

export type BlockRole = 'furniture' | 'section' | 'headline' | 'credit' | 'subhead' | 'caption' | 'body';

export interface Typed {
  block: PdfBlock;
  role: BlockRole;
  text: string;
  /** Furniture found in the block's row of the page, for the page's metadata (given with the row's first block). */
  furniture?: FurnitureItem[];
}

/** The body text's setting: the size and face most characters of the page are set in. */
export interface BodySetting {
  size: number;
  font: string;
}

/** Headlines are set at least this much larger than the body. */
export const HEADLINE_RATIO = 1.2;
/** Captions and furniture are set at least this much smaller. */
const SMALL_RATIO = 0.93;
/** Page edges where running heads, folios and mastheads stand: top and bottom shares of the page height. */
const TOP_EDGE = 0.16;
/** A masthead alone in its band is set at least this much larger than the body. */
const MASTHEAD_RATIO = 2;
/** A subhead runs to three lines at most, a bold one to five. */
const SUBHEAD_LINES = 3;
const BOLD_SUBHEAD_LINES = 5;
const BOLD = /bold|black|heavy|semibold|demi/i;
/** A caption set in the body's face runs to two lines at most (in a face of its own, to any length). */
const CAPTION_LINES = 2;
const BOTTOM_EDGE = 0.93;

export function bodySetting(blocks: readonly PdfBlock[]): BodySetting {
  const weights = new Map<string, number>();
  for (const b of blocks)
    for (const l of b.lines) {
      const key = `${l.size}\u0000${l.font}`;
      weights.set(key, (weights.get(key) ?? 0) + l.text.length);
    }
  let best = '';
  let most = -1;
  for (const [k, w] of weights) if (w > most) [best, most] = [k, w];
  const [size = '0', font = ''] = best.split('\u0000');
  return { size: Number(size), font };
}

function blockText(block: PdfBlock): string {
  return block.lines.map((l) => l.text).join('\n');
}

/** Blocks side by side on one band of the page (a running head's pieces), top to bottom, each left to right. */
function rows(blocks: readonly PdfBlock[]): PdfBlock[][] {
  const out: PdfBlock[][] = [];
  for (const b of [...blocks].sort((a, c) => a.y0 - c.y0 || a.x0 - c.x0)) {
    const row = out.find((r) => r.some((o) => b.y0 < o.y1 && o.y0 < b.y1));
    if (row) row.push(b);
    else out.push([b]);
  }
  return out.map((r) => r.sort((a, c) => a.x0 - c.x0));
}

/**
 * Furniture in the page's top and bottom bands, read with the text parser's furniture rules: one text line per
 * band, its pieces joined as a running head prints them, so that a masthead is seen beside the running head.
 * A name standing alone in its band is the paper's masthead only when set as large as one (twice the body):
 * a section's label ("Roundup", "World") stands there too.
 */
function edgeFurniture(
  blocks: readonly PdfBlock[],
  pageHeight: number,
  body: BodySetting,
): Map<PdfBlock, FurnitureItem[]> {
  const edge = rows(blocks.filter((b) => b.y1 <= pageHeight * TOP_EDGE || b.y0 >= pageHeight * BOTTOM_EDGE));
  const found = new Map<PdfBlock, FurnitureItem[]>();
  const text = edge.map((row) => row.map((b) => blockText(b).replace(/\n/g, ' ')).join('   ')).join('\n');
  const lines = classifyLines(splitLines(text));
  const small = edge.map((row) => smallRunningHead(row, body));
  edge.forEach((row, i) => {
    const role = lines.role(i);
    if (role?.kind !== 'furniture') {
      const value = row.map((b) => blockText(b)).join('   ');
      if (runningFoot(row, pageHeight, body) || small[i])
        row.forEach((block, k) => found.set(block, k === 0 ? [{ key: 'running-head', value }] : []));
      // The paper's name set large over such a line is its masthead.
      else if (
        small[i + 1] &&
        row.length === 1 &&
        row[0]!.size >= body.size * MASTHEAD_RATIO &&
        isLatinMasthead(value)
      )
        found.set(row[0]!, [{ key: 'paper', value }]);
      return;
    }
    const lone = row.length === 1 && role.items.every((item) => item.key === 'paper');
    if (lone && row[0]!.size < body.size * MASTHEAD_RATIO) return;
    // The row's items say what all its pieces hold: they go with its first piece.
    row.forEach((block, k) => found.set(block, k === 0 ? role.items : []));
  });
  return found;
}

/**
 * A line of the page's head or foot in type no larger than the text's, holding what only running heads print (a
 * date and a page, a volume, a price), set in capitals or not: it stands apart as a running head does.
 */
function smallRunningHead(row: readonly PdfBlock[], body: BodySetting): boolean {
  return (
    row.every((b) => b.lines.length === 1 && b.size <= body.size) &&
    isLatinRunningHead(row.map((b) => blockText(b)).join('   '), true)
  );
}

/**
 * The page's foot: one line of small type under everything else on the page, finishing no sentence (a folio
 * with the paper's name, a web address), whatever words it holds.
 */
function runningFoot(row: readonly PdfBlock[], pageHeight: number, body: BodySetting): boolean {
  return row.every(
    (b) =>
      b.y0 >= pageHeight * BOTTOM_EDGE &&
      b.lines.length === 1 &&
      b.size <= body.size * SMALL_RATIO &&
      !endsSentence(b.lines[0]!.text),
  );
}

export function typeBlocks(blocks: readonly PdfBlock[], pageHeight: number, body: BodySetting): Typed[] {
  return pullQuotes(promoteDatelineHeads(roleOfEach(blocks, pageHeight, body)));
}

/**
 * A subhead never stands over a dateline: a heading right above a paragraph that opens with one is the headline
 * of its own item, however small the layout had to set it.
 */
function promoteDatelineHeads(typed: Typed[]): Typed[] {
  return typed.map((t) => {
    if (t.role !== 'subhead') return t;
    const b = t.block;
    const below = typed.find(
      (o) =>
        o.role === 'body' &&
        o.block.y0 >= b.y1 - 1 &&
        o.block.y0 - b.y1 <= 1.5 * b.size &&
        xOverlapShare(o.block, b) > 0.5,
    );
    return below && leadCredit(below.text.replace(/\n/g, ' ')) ? { ...t, role: 'headline' } : t;
  });
}

function roleOfEach(blocks: readonly PdfBlock[], pageHeight: number, body: BodySetting): Typed[] {
  const furniture = edgeFurniture(blocks, pageHeight, body);
  return blocks.map((block): Typed => {
    const text = blockText(block);
    const items = furniture.get(block);
    if (items) return { block, role: 'furniture', text, furniture: items };
    const oneLine = block.lines.length === 1;
    if (oneLine && sectionLabel(text)) return { block, role: 'section', text };
    if (block.lines.length <= 2 && (bylineLine(text.replace(/\n/g, ' ')) || namesLine(text)))
      return { block, role: 'credit', text };
    if (block.size >= body.size * HEADLINE_RATIO) return { block, role: 'headline', text };
    // Small type over many lines in the body's face is the body of a boxed item, not a caption.
    if (
      block.size <= body.size * SMALL_RATIO &&
      (block.lines.length <= CAPTION_LINES || block.font !== body.font)
    )
      return { block, role: 'caption', text };
    // A few lines in another face, not a finished sentence: a subhead inside an article (a bold one may wrap
    // over more lines in a narrow column).
    const lines = BOLD.test(block.font) ? BOLD_SUBHEAD_LINES : SUBHEAD_LINES;
    if (block.font !== body.font && block.lines.length <= lines && !endsSentence(text))
      return { block, role: 'subhead', text };
    return { block, role: 'body', text };
  });
}
