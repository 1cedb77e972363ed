// A headline's first line written over the kicker that stands above it: pdftotext -layout writes a line on the
// row its top falls in, and the large type of a headline reaches higher up the page than the kicker's small type
// does. The column reader then gives the headline's first line, the kicker under it, and the headline's other
// lines as the next block ('全省春播进度过半 各地抢抓' over '气温回升快于往年，农机提前下田——', then '农时'); a box's
// label over a row of headlines comes out so too. The kicker (or label) goes back over the headline, whose lines
// are read together again; only order and blank lines change.

import { ems } from '../page/chars.js';
import { sectionLabel } from '../page/furniture.js';
import { endsWithDashes, labelSized } from '../page/headline.js';
import { SET_IN } from './packed-columns.js';
import { headlineLine } from './side-by-side-headlines.js';

/** How much wider than the headline's first line, in ems, a kicker in smaller type runs at least. */
const WIDER = 3;
/** Widths are read up to this many ems: a headline's line (and a kicker's) is no wider (side-by-side-headlines.ts). */
const EMS_CAP = 40;

/**
 * The column reader's blocks with every kicker written under its headline's first line set back over it: a block
 * of two lines, a headline's line (not a box's label) over a kicker, followed by a block that opens with a
 * headline's line no wider than the first (the headline wrapped). The kicker, shaped as a headline's line too, is
 * wider by a few characters (smaller type, so not the headline going on), or told by its form.
 */
export function kickersOverRaisedHeadlines(blocks: readonly string[][]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    const [first, kicker] = block;
    const rest = next?.[0];
    if (block.length === 2 && first !== undefined && kicker !== undefined && rest !== undefined) {
      const width = ems(first.trim(), EMS_CAP + 1);
      // A kicker told by its closing dash, or a box's label, says what it is whatever its width; a row of
      // headlines side by side may run on a little wider, where its columns' lines fill them alike.
      const byForm =
        sectionLabel(kicker.trim()) !== null || (headlineLine(kicker) && endsWithDashes(kicker.trim()));
      const raised =
        headlineLine(first) &&
        !labelSized(first) &&
        sectionLabel(first.trim()) === null &&
        (byForm || (headlineLine(kicker) && ems(kicker.trim(), EMS_CAP + 1) >= width + WIDER)) &&
        headlineLine(rest) &&
        // The column reader sets in a line that opens a paragraph (or stands centred): not a headline running on.
        !rest.startsWith(SET_IN) &&
        ems(rest.trim(), EMS_CAP + 1) <= width + (byForm ? WIDER : 1);
      if (raised) {
        out.push([kicker, first, ...next!]);
        i++;
        continue;
      }
    }
    out.push(block);
  }
  return out;
}
