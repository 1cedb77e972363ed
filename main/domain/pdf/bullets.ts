// A list set with bullets (a fact box's "• 2,300 staff at 41 sites • 600 jobs to go"): one item per bullet, not
// one caption or paragraph holding them all.
import type { PageRegion } from '../../../shared/contract/article';
import type { BodyItem } from '../page/draft';
import { joinLines } from '../page/join';
import type { PdfLine } from './lines';

/** A bullet opening a line, and the space after it. */
const BULLET = /^[•●▪■◆◦‣⁃]\s*/u;

/**
 * The block's lines as list items when it opens with a bullet and holds two or more: each bullet opens an item,
 * and a line without one goes on with the item above (a wrapped one); null for any other block.
 */
export function bulletItems(
  lines: readonly PdfLine[],
  region: (line: PdfLine) => PageRegion,
): BodyItem[] | null {
  if (!BULLET.test(lines[0]?.text ?? '') || lines.filter((l) => BULLET.test(l.text)).length < 2) return null;
  const items: { kind: 'list-item'; text: string; regions: PageRegion[] }[] = [];
  for (const line of lines) {
    const bullet = BULLET.exec(line.text);
    const last = items[items.length - 1];
    if (bullet || !last)
      items.push({ kind: 'list-item', text: line.text.slice(bullet?.[0].length ?? 0), regions: [] });
    else last.text = joinLines(last.text, line.text);
    items[items.length - 1]!.regions.push(region(line));
  }
  return items;
}
