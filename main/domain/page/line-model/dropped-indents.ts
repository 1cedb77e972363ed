// Chinese paragraphs open with an indent of two characters, which text extractors drop with the spaces that
// made it: the paragraph's first line is then two characters narrower than the lines under it, filled to the
// column. Where the line above ends a sentence, that is the paragraph's opening; the model, which sees widths
// only roughly (a fifth narrower or wider), reads it as the paragraph above going on.
import { ems, endsSentence, hanShare } from '../chars';
import type { PageLines } from '../lines';
import { isRunningText, ROLE } from './model';

/** How much narrower than the line under it, in ems, a first line whose indent was dropped runs. */
const INDENT_EMS = { least: 1.5, most: 3.5 };
/** A space with Chinese text on either side of it. */
const SPACED = /[^\x00-\x7f]\s|\s[^\x00-\x7f]/;
/** A line of Chinese text: mostly Han characters. */
const HAN_LINE = 0.5;

export function droppedIndents(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 1; i + 2 < lines.length; i++) {
    if (out[i] !== ROLE.cont || !goesOn(lines, out, i + 1) || !goesOn(lines, out, i + 2)) continue;
    if (!isRunningText(out[i - 1]) || !endsSentence(lines.text(i - 1))) continue;
    const text = lines.text(i);
    if (endsSentence(text) || hanShare(text) < HAN_LINE) continue;
    // The column's width, from two lines under it that agree on it; a line an extractor spaced out where the
    // page justified it, or a list of short items, gives none.
    const below = [lines.text(i + 1), lines.text(i + 2)];
    if (below.some((line) => SPACED.test(line))) continue;
    const next = ems(below[0] ?? '', 200);
    const after = ems(below[1] ?? '', 200);
    if (Math.abs(next - after) > 1) continue;
    const narrower = Math.min(next, after) - ems(text, 200);
    if (narrower < INDENT_EMS.least || narrower > INDENT_EMS.most) continue;
    if (out === roles) out = roles.slice();
    out[i] = ROLE.para;
  }
  return out;
}

/** Whether line `i` goes on with the paragraph of the line above it, no blank between. */
function goesOn(lines: PageLines, roles: Uint8Array, i: number): boolean {
  return roles[i] === ROLE.cont && lines.gapBefore(i) === 0;
}
