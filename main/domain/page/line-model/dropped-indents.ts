// Chinese paragraphs open with an indent of two characters, which text extractors drop with the spaces that
// made it: the paragraph's first line is then two characters narrower than the lines around it that fill the
// column (under it, or the paragraph's above when it has only one more line). Where the line above ends a
// sentence, that is the paragraph's opening; the model, which sees widths only roughly (a fifth narrower or
// wider), reads it as the paragraph above going on.
import { ems, endsSentence, hanShare } from '../chars';
import type { PageLines } from '../lines';
import { isRunningText, ROLE } from './model';

/** How much narrower than the column, in ems, a first line whose indent was dropped runs. */
const INDENT_EMS = { least: 1.5, most: 3.5 };
/** A space with Chinese text on either side of it. */
const SPACED = /[^\x00-\x7f]\s|\s[^\x00-\x7f]/;
/** A line opening with a word a line break cannot split. */
const WORD_START = /^[0-9A-Za-z]/;
/** A line of Chinese text: mostly Han characters. */
const HAN_LINE = 0.5;

export function droppedIndents(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 1; i + 1 < lines.length; i++) {
    if (out[i] !== ROLE.cont || !goesOn(lines, out, i + 1)) continue;
    if (!isRunningText(out[i - 1]) || !endsSentence(lines.text(i - 1))) continue;
    const text = lines.text(i);
    if (endsSentence(text) || hanShare(text) < HAN_LINE) continue;
    const width = ems(text, 200);
    const narrower = columnWidth(lines, out, i) - width;
    if (!(narrower >= INDENT_EMS.least && narrower <= INDENT_EMS.most)) continue;
    // The paragraph's own next line says more than the lines around: filled to the column, it is as narrow; and a
    // number or a Latin word opening it may not have fitted on the line, which fell short for that.
    const next = lines.text(i + 1);
    if (WORD_START.test(next) || (!endsSentence(next) && ems(next, 200) - width < INDENT_EMS.least)) continue;
    if (out === roles) out = roles.slice();
    out[i] = ROLE.para;
  }
  return out;
}

/** How many lines on each side of a line, in its block, tell the column's width. */
const REACH = 4;

/**
 * The column's width at line `i`: the widest of the lines around it in its block that go on into the next (filled
 * to the column), when the two widest agree on it; NaN when they do not or there are fewer than two. A line an
 * extractor spaced out where the page justified it, or a list of short items, gives none.
 */
function columnWidth(lines: PageLines, roles: Uint8Array, i: number): number {
  const widths: number[] = [];
  const take = (k: number): boolean => {
    const text = lines.text(k);
    if (!isRunningText(roles[k]) || SPACED.test(text)) return false;
    if (!endsSentence(text)) widths.push(ems(text, 200));
    return true;
  };
  for (let k = i + 1; k < lines.length && k <= i + REACH && lines.gapBefore(k) === 0 && take(k); k++);
  for (let k = i - 1; k >= 0 && k >= i - REACH && lines.gapBefore(k + 1) === 0 && take(k); k--);
  widths.sort((a, b) => b - a);
  const [widest, second] = widths;
  return widest !== undefined && second !== undefined && widest - second <= 1 ? widest : NaN;
}

/** Whether line `i` goes on with the paragraph of the line above it, no blank between. */
function goesOn(lines: PageLines, roles: Uint8Array, i: number): boolean {
  return roles[i] === ROLE.cont && lines.gapBefore(i) === 0;
}
