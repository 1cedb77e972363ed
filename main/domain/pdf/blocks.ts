// Lines → blocks: a line joins the block whose last line stands right above it in the same column, set in the
// same size and font, no further below it than the block's own line spacing allows.
import { union, xOverlapShare, type Rect } from './geometry';
import type { PdfLine } from './lines';

export interface PdfBlock extends Rect {
  lines: PdfLine[];
  size: number;
  font: string;
}

/** Largest gap between a block's last line and the next, in ems of the block's size, when spacing is unknown. */
const FIRST_GAP_EMS = 0.9;

function sameSetting(a: PdfLine, b: PdfLine): boolean {
  return a.font === b.font && Math.abs(a.size - b.size) <= 0.12 * Math.max(a.size, b.size);
}

function fits(block: PdfBlock, line: PdfLine): boolean {
  const last = block.lines[block.lines.length - 1]!;
  if (!sameSetting(last, line)) return false;
  if (xOverlapShare(last, line) < 0.5) return false;
  const pitch = line.y - last.y;
  if (pitch <= 0) return false;
  // Once a block has two lines its own pitch is known: a larger jump is a break (a new paragraph set apart or
  // another item), a jump of the same pitch is the next line.
  if (block.lines.length >= 2) {
    const own = last.y - block.lines[block.lines.length - 2]!.y;
    return pitch <= own * 1.3 + 0.5;
  }
  return pitch - line.size <= FIRST_GAP_EMS * line.size;
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
    } else
      blocks.push({
        x0: line.x0,
        y0: line.y0,
        x1: line.x1,
        y1: line.y1,
        lines: [line],
        size: line.size,
        font: line.font,
      });
  }
  return blocks;
}
