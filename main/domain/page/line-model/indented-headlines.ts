// Text that opens its paragraphs with an indent (typed out, or pasted from a page that indents) sets its headlines
// apart by the indent they lack: a line standing flush, over an indented paragraph, opens no paragraph.
import { endsSentence } from '../chars';
import { isHeadlineCandidate, labelSized } from '../headline';
import type { PageLines } from '../lines';
import { ROLE } from './model';

/** Whether the text opens its paragraphs with an indent: some lines are indented, most are not. */
export function indentsParagraphs(lines: PageLines): boolean {
  let indented = 0;
  for (let i = 0; i < lines.length; i++) if (lines.indent(i) >= 1) indented++;
  return indented >= 3 && indented <= lines.length * 0.7;
}

/**
 * The lines that stand flush at the top of a block (the page's first line, after a blank line or after a
 * paragraph's last line) right over an indented paragraph, none ending a sentence: in text that indents its
 * paragraphs they are a headline's parts, which a reader of such text sees at once and a model that learned from
 * other text (extractors seldom indent) may not. Unless the model read a headline among them already, the first
 * that reads as one is the title, a label-sized line over it ("Business Briefs", "本埠") its kicker, and a line
 * under it its subtitle.
 */
export function headlinesOverIndents(lines: PageLines, roles: Uint8Array): Uint8Array {
  if (!indentsParagraphs(lines)) return roles;
  let out = roles;
  for (let i = 0; i < lines.length; i++) {
    // A block's top: the page's first line, a line after a blank, or one after a sentence's end (the last line
    // of a paragraph: one that goes on from it would open indented). There, with no blank to set it apart, a
    // headline the model read as a subhead is as likely a crosshead between the paragraphs of one story.
    const afterText = i > 0 && lines.gapBefore(i) === 0;
    if (afterText && !endsSentence(lines.text(i - 1))) continue;
    let top = i;
    while (top < lines.length && (top === i || lines.gapBefore(top) === 0) && SET_APART.has(roles[top]!))
      top++;
    if (top > i && lines.gapBefore(top) > 0) continue;
    let end = top;
    while (end < lines.length && end - top < MAX_STACK && standsFlush(lines, roles, end, top)) end++;
    if (end === top || end >= lines.length || lines.gapBefore(end) > 0 || lines.indent(end) < 1) continue;
    // A headline the model read stands, unless all it read is a label over the text's first line.
    if (rangeOf(top, end).some((j) => roles[j] === ROLE.title && (j > top || !labelSized(lines.text(j)))))
      continue;
    const labelled = end - top > 1 && labelSized(lines.text(top));
    const title = labelled ? top + 1 : top;
    if (!isHeadlineCandidate(lines.text(title)) || (afterText && roles[title] === ROLE.subhead)) continue;
    if (out === roles) out = roles.slice();
    if (labelled) out[top] = ROLE.kicker;
    out[title] = ROLE.title;
    for (let j = title + 1; j < end; j++) out[j] = ROLE.subtitle;
  }
  return out;
}
/** Lines of a page's furniture or a section's name, which may stand over the headline. */
const SET_APART: ReadonlySet<number> = new Set([ROLE.furniture, ROLE.section]);
/** The roles the model may have misread a headline's part as. */
const HEADLINE_OR_TEXT: ReadonlySet<number> = new Set([
  ROLE.kicker,
  ROLE.title,
  ROLE.subtitle,
  ROLE.para,
  ROLE.cont,
  ROLE.subhead,
]);
/** A kicker, the headline and its subtitle over two lines, at most. */
const MAX_STACK = 4;

function standsFlush(lines: PageLines, roles: Uint8Array, j: number, top: number): boolean {
  return (
    (j === top || lines.gapBefore(j) === 0) &&
    lines.kind(j) === 'text' &&
    lines.indent(j) < 1 &&
    HEADLINE_OR_TEXT.has(roles[j]!) &&
    !endsSentence(lines.text(j))
  );
}

function rangeOf(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
