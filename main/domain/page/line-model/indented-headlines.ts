// Text that opens its paragraphs with an indent (typed out, or pasted from a page that indents) sets its headlines
// apart by the indent they lack: a line standing flush, over an indented paragraph, opens no paragraph.
import { endsSentence } from '../chars';
import { isHeadlineCandidate } from '../headline';
import type { PageLines } from '../lines';
import { ROLE } from './model';

/** Whether the text opens its paragraphs with an indent: some lines are indented, most are not. */
export function indentsParagraphs(lines: PageLines): boolean {
  let indented = 0;
  for (let i = 0; i < lines.length; i++) if (lines.indent(i) >= 1) indented++;
  return indented >= 3 && indented <= lines.length * 0.7;
}

/**
 * A "paragraph" that stands flush at the top of a block (the page's first line, or after a blank line) with an
 * indented paragraph right under it, shaped as a headline and ending no sentence: in text that indents its
 * paragraphs it is the headline over them, which a reader of such text sees at once and a model that learned
 * from other text (extractors seldom indent) may not.
 */
export function headlinesOverIndents(lines: PageLines, roles: Uint8Array): Uint8Array {
  if (!indentsParagraphs(lines)) return roles;
  let out = roles;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (roles[i] !== ROLE.para || lines.kind(i) !== 'text' || lines.indent(i) >= 1) continue;
    if (i > 0 && lines.gapBefore(i) === 0) continue;
    if (lines.gapBefore(i + 1) > 0 || lines.indent(i + 1) < 1) continue;
    const text = lines.text(i);
    if (endsSentence(text) || !isHeadlineCandidate(text)) continue;
    if (out === roles) out = roles.slice();
    out[i] = ROLE.title;
  }
  return out;
}
