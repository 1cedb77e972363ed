// A headline set in a column's width and in the case of running text ("FAO sees lower" over "global wheat,") is
// hard to tell from a paragraph's lines by their look, and a model reads it as one. What gives it away is what
// stands under it: the story's dateline, opening the very next line. Running text under a blank never leads into
// a dateline without ending a sentence first.
import { leadCredit } from '../byline';
import { endsSentence } from '../chars';
import { isHeadlineCandidate } from '../headline';
import type { PageLines } from '../lines';
import { isRunningText, ROLE } from './model';

/** How many lines a headline set in a column's width takes at most. */
const MAX_LINES = 5;

/**
 * Lines the model read as running text that open after a blank, end no sentence, read together as a headline and
 * stand right over a line opening with a dated dateline: the headline over that story.
 */
export function headlinesOverDatelines(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 0; i < lines.length; i++) {
    if ((i > 0 && lines.gapBefore(i) === 0) || !isRunningText(out[i])) continue;
    const end = datelineUnder(lines, out, i);
    if (end < 0) continue;
    if (out === roles) out = roles.slice();
    out.fill(ROLE.title, i, end);
    i = end;
  }
  return out;
}

/**
 * The line under the block opening at `start` that opens with a dated dateline, where the block is a headline over
 * it; else -1.
 */
function datelineUnder(lines: PageLines, roles: Uint8Array, start: number): number {
  let joined = '';
  for (let k = start; k < lines.length && k - start <= MAX_LINES; k++) {
    if (k > start && lines.gapBefore(k) > 0) return -1;
    const text = lines.text(k);
    if (k > start) {
      const lead = leadCredit(text);
      if (lead && /\d/.test(lead.dateline ?? '') && lead.rest !== '')
        // A place broken over the line above ("GREEN BAY," over "WIS., March 11 …") is the dateline's own start.
        return isHeadlineCandidate(joined) && !leadCredit(`${lines.text(k - 1)} ${text}`) ? k : -1;
    }
    if (!isRunningText(roles[k]) || endsSentence(text)) return -1;
    joined = joined === '' ? text : `${joined} ${text}`;
  }
  return -1;
}
