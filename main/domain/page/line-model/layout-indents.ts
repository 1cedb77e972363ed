// Paragraphs of columns read back from a layout (`pdftotext -layout`): where a column sets its paragraphs in, the
// column reader keeps the indent that opens each one, and nothing else on the page tells a paragraph's first line
// from a wrapped one under a line that ended a sentence. The model is trained on text whose indents mean other
// things (typed text, OCR), so it reads the columns flush, and the indents settle what it left open.
import { endsSentence, isLowerStart } from '../chars';
import { looksLikeSubhead } from '../headline';
import type { PageLines } from '../lines';
import { isRunningText, ROLE } from './model';

/**
 * The roles with each running-text line of an indented block read by its indent: set in under running text that
 * ended a sentence, it opens a paragraph; flush, it goes on with the one above, unless it is a heading over a
 * paragraph. `lines` keep the reader's indents.
 */
export function paragraphsByIndents(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  let blockIndents = false;
  for (let i = 0; i < lines.length; i++) {
    if (i === 0 || lines.gapBefore(i) > 0) blockIndents = indentsBlock(lines, i);
    if (!blockIndents || i === 0 || !isRunningText(roles[i - 1]) || !isRunningText(roles[i])) continue;
    const setIn = lines.indent(i) >= 1;
    if (!setIn && headsParagraph(lines, roles, i)) {
      if (out === roles) out = roles.slice();
      out[i] = ROLE.subhead;
      out[i + 1] = ROLE.para;
      continue;
    }
    if (setIn && (!endsSentence(lines.text(i - 1)) || isLowerStart(lines.text(i)))) continue;
    const role = setIn ? ROLE.para : ROLE.cont;
    if (role === out[i]) continue;
    if (out === roles) out = roles.slice();
    out[i] = role;
  }
  return out;
}

/** Whether the block of lines from `start` to the next blank line holds a line set in. */
function indentsBlock(lines: PageLines, start: number): boolean {
  for (let k = start; k < lines.length && (k === start || lines.gapBefore(k) === 0); k++)
    if (lines.indent(k) >= 1) return true;
  return false;
}

/**
 * A flush line between a finished sentence and a set-in line, ending no sentence itself: a line of its own in a
 * column that sets its paragraphs in is no paragraph's first or last line but a heading. The model reads a short
 * line under a finished sentence as a paragraph opening or, where it reads as a phrase, as running text.
 */
function headsParagraph(lines: PageLines, roles: Uint8Array, i: number): boolean {
  const text = lines.text(i);
  const next = i + 1;
  if (next >= lines.length || lines.gapBefore(next) > 0 || lines.indent(next) < 1) return false;
  if (!endsSentence(lines.text(i - 1)) || endsSentence(text) || isLowerStart(lines.text(next))) return false;
  return roles[i] === ROLE.para || looksLikeSubhead(text);
}
