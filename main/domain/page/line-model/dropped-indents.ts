// Chinese paragraphs open with an indent of two characters, which text extractors drop with the spaces that
// made it: the paragraph's first line is then two characters narrower than the lines around it that fill the
// column (under it, or the paragraph's above when it has only one more line). Where the line above ends a
// sentence, that is the paragraph's opening; the model, which sees widths only roughly (a fifth narrower or
// wider), reads it as the paragraph above going on. A short line over such an opening is the crosshead over it.
import { leadCredit } from '../byline';
import { ems, endsSentence, isHanLine } from '../chars';
import type { PageLines } from '../lines';
import { isRunningText, ROLE } from './model';

/** How much narrower than the column, in ems, a first line whose indent was dropped runs. */
const INDENT_EMS = { least: 1.5, most: 3.5 };
/** A space with Chinese text on either side of it. */
const SPACED = /[^\x00-\x7f]\s|\s[^\x00-\x7f]/;
/** A line opening, or ending, with a word a line break cannot split. */
const WORD_START = /^[0-9A-Za-z]/;
const WORD_END = /[0-9A-Za-z]$/;
/**
 * A line whose second character may not open a line: its first was pulled down with it, and the line above
 * fell short of the column by a character.
 */
const PULLED_DOWN = /^.[、，。；：！？”’）》」』】]/u;

export function droppedIndents(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 1; i + 1 < lines.length; i++) {
    if (out[i] !== ROLE.cont || !goesOn(lines, out, i + 1)) continue;
    if (!isRunningText(out[i - 1]) || !endsSentence(lines.text(i - 1))) continue;
    const text = lines.text(i);
    if (endsSentence(text) || !isHanLine(text)) continue;
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
  return crossheadsOverIndents(lines, out);
}

/**
 * A Chinese crosshead over a paragraph whose indent was dropped: a line ending no sentence, under one that ends
 * one, over a line as much narrower than the column as an indent makes it. Had the short line opened a paragraph,
 * the line under it would fill the column; as it does not, that line is the paragraph's opening, and the short
 * line a heading of its own (no wider than the opening under it: a line as wide would be an opening too).
 */
function crossheadsOverIndents(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 1; i + 2 < lines.length; i++) {
    if (!isRunningText(out[i]) || lines.gapBefore(i) > 0 || !goesOn(lines, out, i + 1)) continue;
    if (!goesOn(lines, out, i + 2) || !isRunningText(out[i - 1]) || !endsSentence(lines.text(i - 1)))
      continue;
    const [text, opening, under] = [lines.text(i), lines.text(i + 1), lines.text(i + 2)];
    if (endsSentence(text) || endsSentence(opening) || !isHanLine(text) || !isHanLine(opening)) continue;
    // A dateline's line, or lines an extractor spaced out, say nothing by their width; nor does a line that broke
    // inside a number or a Latin word going on in the next.
    if (SPACED.test(text) || SPACED.test(opening) || leadCredit(text) !== null) continue;
    if (WORD_END.test(text) && WORD_START.test(opening)) continue;
    if (WORD_START.test(under) || PULLED_DOWN.test(under)) continue;
    // The column, from the paragraph's next lines: the narrower of two that fill it (a sentence's end may not).
    const fills = goesOn(lines, out, i + 3) && !endsSentence(lines.text(i + 3));
    const column = Math.min(ems(under, 200), fills ? ems(lines.text(i + 3), 200) : Infinity);
    const [width, indented] = [ems(text, 200), column - ems(opening, 200)];
    if (!(indented >= INDENT_EMS.least && indented <= INDENT_EMS.most)) continue;
    if (column - width < INDENT_EMS.least || width > ems(opening, 200) + HALF_EM) continue;
    if (out === roles) out = roles.slice();
    out[i] = ROLE.subhead;
    out[i + 1] = ROLE.para;
  }
  return out;
}
/** A digit's or a Latin letter's width, by which two lines of one measure may differ. */
const HALF_EM = 0.5;

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
