// What a blank line says where the text itself set it, not a column reader: it ends a block. Text that sets its
// paragraphs apart with blanks (typed out, or converted) sets its headlines apart the same way, and a headline
// with no dateline or byline under it (short items, most English news as typed) looks like a paragraph of one line
// to a model that learned headlines from the credits under them. What tells it from one is its end: in such text
// a paragraph ends its sentence before the blank, a headline does not.
import { ems, endsSentence, hanShare } from '../chars';
import { isHeadlineCandidate } from '../headline';
import type { PageLines } from '../lines';
import { isRunningText, ROLE } from './model';

/** The share of a text's sentence-ending lines a blank follows, from which blanks set its paragraphs apart. */
const BLANK_SET_SHARE = 0.9;
/** Fewest sentence-ending lines for the share to say anything. */
const MIN_PARAGRAPH_ENDS = 5;

/**
 * A lone Latin line the model read as a paragraph, under running text and over a paragraph of several lines, that
 * ends no sentence and is shaped as a headline, in text whose blanks set its paragraphs apart: a headline, and the
 * paragraph under it opens its story. Latin text only: on the training corpus's Chinese pages the rule gained
 * nothing with the typed family held out of the model's training and cost two pages with the model trained on all.
 */
export function headlinesBetweenBlanks(lines: PageLines, roles: Uint8Array): Uint8Array {
  if (!blanksSetParagraphsApart(lines)) return roles;
  let out = roles;
  for (let i = 0; i + 2 < lines.length; i++) {
    if (i > 0 && lines.gapBefore(i) === 0) continue;
    if (lines.gapBefore(i + 1) === 0 || lines.gapBefore(i + 2) > 0 || !isRunningText(out[i])) continue;
    // Under a headline, such a line is its deck or the text's first line, not another headline.
    if (i > 0 && !isRunningText(out[i - 1])) continue;
    const text = lines.text(i);
    if (hanShare(text) > 0 || endsSentence(text) || !isHeadlineCandidate(text)) continue;
    if (out === roles) out = roles.slice();
    out[i] = ROLE.title;
    if (out[i + 1] === ROLE.cont) out[i + 1] = ROLE.para;
  }
  return out;
}

/**
 * A line the model read as going on with the paragraph above it, across a blank, under a line that ends a
 * sentence: it opens a paragraph of its own where the line above ended one (running text that stops well short
 * of the line under it), or where the text's blanks set its paragraphs apart. Text extractors leave blanks
 * inside paragraphs (at a column's foot), so a model that learned from them may carry a paragraph across a blank
 * even where it wrapped text with a blank between every two paragraphs (pasted Chinese, mostly).
 */
export function paragraphsBetweenBlanks(lines: PageLines, roles: Uint8Array): Uint8Array {
  let apart: boolean | null = null;
  let out = roles;
  for (let i = 1; i < lines.length; i++) {
    if (out[i] !== ROLE.cont || lines.gapBefore(i) === 0) continue;
    const above = lines.text(i - 1);
    if (!endsSentence(above)) continue;
    const ended = isRunningText(out[i - 1]) && ems(above, 200) < ENDED_WIDTH * ems(lines.text(i), 200);
    if (!ended && !(apart ??= blanksSetParagraphsApart(lines))) continue;
    if (out === roles) out = roles.slice();
    out[i] = ROLE.para;
  }
  return out;
}

/** A paragraph's line narrower than this share of the line under it is the paragraph's last. */
const ENDED_WIDTH = 0.8;

/** Whether a blank follows nearly every line that ends a sentence (and has a line after it). */
export function blanksSetParagraphsApart(lines: PageLines): boolean {
  let ends = 0;
  let apart = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!endsSentence(lines.text(i))) continue;
    ends++;
    if (lines.gapBefore(i + 1) > 0) apart++;
  }
  return ends >= MIN_PARAGRAPH_ENDS && apart >= BLANK_SET_SHARE * ends;
}
