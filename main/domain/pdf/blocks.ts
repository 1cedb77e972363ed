// Lines → blocks: a line joins the block whose last line stands right above it in the same column, set in the
// same size and font, no further below it than the block's own line spacing allows.
import { leadCredit } from '../page/byline';
import { endsSentence } from '../page/chars';
import { joinLines } from '../page/join';
import { union, xOverlapShare, type Rect } from './geometry';
import { CJK_MARK, type PdfLine } from './lines';

export interface PdfBlock extends Rect {
  lines: PdfLine[];
  size: number;
  font: string;
}

/** Largest gap between a block's last line and the next, in ems of the block's size, when spacing is unknown. */
const FIRST_GAP_EMS = 0.9;

/**
 * Whether `b` can go on from `a` in one block: set in the same size, and in the same face, or at least the face
 * `a` ends in is the one `b` opens with (a paragraph whose first line opens with a bold dateline).
 */
function continues(a: PdfLine, b: PdfLine): boolean {
  if (Math.abs(a.size - b.size) > 0.12 * Math.max(a.size, b.size)) return false;
  return a.font === b.font || a.endFont === b.leadFont;
}

/**
 * Lines of one block share an edge or their middle: justified lines both edges, an indented first line the
 * right one, a paragraph's last line the left one, centred lines the middle. A line that shares none (a
 * deck across two columns over one column's text) stands apart.
 */
function aligned(a: PdfLine, b: PdfLine): boolean {
  const em = Math.max(a.size, b.size);
  return (
    Math.abs(a.x0 - b.x0) <= 3 * em ||
    Math.abs(a.x1 - b.x1) <= em ||
    Math.abs(a.x0 + a.x1 - b.x0 - b.x1) / 2 <= em
  );
}

/**
 * A dateline set in its own face fills the first line of a narrow column ("EDINBURGH —" in bold over the
 * paragraph it opens, "本报北京3月7日电" over "（记者　金　歆）近期，"): the paragraph goes on under it, though the
 * faces differ.
 */
function datelineOver(block: PdfBlock, line: PdfLine): boolean {
  if (block.lines.length > MAX_DATELINE_LINES || Math.abs(block.size - line.size) > 0.12 * line.size)
    return false;
  const above = block.lines.map((l) => l.text).reduce(joinLines);
  const joined = joinLines(above, line.text);
  const lead = leadCredit(joined);
  // The credit takes in all the lines above (the dateline, and its credit running on into the line or not), and
  // the dateline stands above whole: a brief's heading in capitals over "HALIFAX — …" would read as its place.
  return (
    lead !== null &&
    lead.dateline !== null &&
    lead.dateline.length <= above.length &&
    joined.length - lead.rest.length >= above.length
  );
}
const MAX_DATELINE_LINES = 2;

function fits(block: PdfBlock, line: PdfLine): boolean {
  const last = block.lines[block.lines.length - 1]!;
  if (xOverlapShare(last, line) < 0.5 || !aligned(last, line)) return false;
  const pitch = line.y - last.y;
  if (pitch <= 0) return false;
  // Asked after the geometry, which most pairs of lines fail: reading a dateline costs more.
  if (!continues(last, line) && !datelineOver(block, line)) return false;
  // Once a block has two lines its own pitch is known: a larger jump is a break (a new paragraph set apart or
  // another item), a jump of the same pitch is the next line.
  if (block.lines.length >= 2) {
    const own = last.y - block.lines[block.lines.length - 2]!.y;
    return pitch <= own * 1.3 + 0.5;
  }
  return pitch - line.size <= FIRST_GAP_EMS * line.size;
}

function blockOf(lines: readonly PdfLine[]): PdfBlock {
  const first = lines[0]!;
  const rect = lines.reduce<Rect>((r, l) => union(r, l), first);
  return {
    x0: rect.x0,
    y0: rect.y0,
    x1: rect.x1,
    y1: rect.y1,
    lines: [...lines],
    size: first.size,
    font: first.font,
  };
}

/**
 * Lines centred in the block's measure (both margins of a quarter em or more, alike within half an em) over
 * justified text are set apart from it even in the same face and size: a deck or a kicker over a paragraph.
 */
function centredLead(block: PdfBlock): number {
  const em = block.size;
  const centred = (l: PdfLine): boolean => {
    // A single word cannot be spaced out to the measure: its margins say nothing of how it is set.
    if (!SPREADABLE.test(l.text.trim())) return false;
    const left = l.x0 - block.x0;
    const right = block.x1 - l.x1;
    return left >= em / 4 && right >= em / 4 && Math.abs(left - right) <= em / 2;
  };
  let k = 0;
  while (k < block.lines.length && k < MAX_CENTRED_LEAD && centred(block.lines[k]!)) k++;
  const rest = block.lines.slice(k, -1);
  const justified = rest.length >= 2 && rest.every((l) => block.x1 - l.x1 < em / 4);
  return k > 0 && justified ? k : 0;
}
const MAX_CENTRED_LEAD = 3;
const SPREADABLE = /\s|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2}/u;

/**
 * A line or two that finish no sentence over a line that opens with a dateline are a deck over the article's
 * first paragraph, set in its type: the dateline opens the text.
 */
function deckLead(block: PdfBlock): number {
  // A dateline may wrap in a narrow column ("央视网消息（新" / "闻联播）：", "MONTGOMERY," / "Ala., June 19 -").
  const opensDateline = (k: number): boolean =>
    leadCredit(
      block.lines
        .slice(k, k + 3)
        .map((l) => l.text)
        .reduce(joinLines),
    ) !== null;
  if (opensDateline(0)) return 0;
  for (let k = 1; k <= MAX_DECK_LINES && k < block.lines.length; k++) {
    if (endsSentence(block.lines[k - 1]!.text)) return 0;
    if (opensDateline(k)) return k;
  }
  return 0;
}
const MAX_DECK_LINES = 2;

function splitAt(block: PdfBlock, k: number): PdfBlock[] {
  return k === 0 ? [block] : [blockOf(block.lines.slice(0, k)), blockOf(block.lines.slice(k))];
}

/**
 * A justified Chinese line is spread by spacing its glyphs apart, and pdf.js writes a space wherever a gap
 * grows past a tenth of an em: beside digits and Latin letters, whose widths the font states loosely
 * ("出席 2948人", "近500 种"), and between every pair once the spread is wide ("1200 亩 农 田旁"). In a line
 * flush with both edges of its block, not the last, and a third or more CJK, a space beside a CJK character
 * and a Latin one is such spacing, and so are the spaces between CJK characters when there are two or more.
 * One space between two CJK characters stays: the text's own (a credit's "任笑一 继推出"). A headline's or a
 * running head's spaces are set, not spread, and stay.
 */
function dropSpacingInCjk(text: string): string {
  const cjk = text.match(CJK_CHARS)?.length ?? 0;
  const inked = text.replace(/\s/g, '').length;
  if (cjk * 3 < inked) return text;
  const mixed = text.replace(SPACE_BESIDE_LATIN, '');
  return (mixed.match(SPACE_BETWEEN_CJK)?.length ?? 0) >= 2 ? mixed.replace(SPACE_BETWEEN_CJK, '') : mixed;
}
const CJK_CHARS = new RegExp(CJK_MARK, 'gu');
const SPACE_BETWEEN_CJK = new RegExp(`(?<=${CJK_MARK}) (?=${CJK_MARK})`, 'gu');
const LATIN = '[\\p{Script=Latin}\\d%.,;:!?]';
const SPACE_BESIDE_LATIN = new RegExp(`(?<=${CJK_MARK}) (?=${LATIN})|(?<=${LATIN}) (?=${CJK_MARK})`, 'gu');

/**
 * What a block set in text type (not a headline's) needs more: its deck or kicker split off, and the spacing
 * of its justified Chinese lines dropped (a headline's spaces are set, not spread).
 */
export function textBlocks(block: PdfBlock): PdfBlock[] {
  return splitAt(block, centredLead(block) || deckLead(block)).map(unspread);
}

function unspread(block: PdfBlock): PdfBlock {
  const last = block.lines.length - 1;
  const lines = block.lines.map((l, i) =>
    i < last && block.x1 - l.x1 < l.size / 4 && l.x0 - block.x0 < 3 * l.size
      ? { ...l, text: dropSpacingInCjk(l.text) }
      : l,
  );
  return { ...block, lines };
}

export function linesToBlocks(lines: readonly PdfLine[]): PdfBlock[] {
  const sorted = [...lines].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const blocks: PdfBlock[] = [];
  for (const line of sorted) {
    let best: PdfBlock | null = null;
    for (const block of blocks) {
      if (!fits(block, line)) continue;
      const last = block.lines[block.lines.length - 1]!;
      if (!best || last.y > best.lines[best.lines.length - 1]!.y) best = block;
    }
    if (best) {
      best.lines.push(line);
      Object.assign(best, union(best, line));
    } else blocks.push(blockOf([line]));
  }
  return blocks;
}
