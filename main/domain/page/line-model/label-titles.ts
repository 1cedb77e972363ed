// A label the model read as the headline, over the headline it read as the subtitle: "Update", "Analysis", a
// month or a box's name stands over the story's real headline, which it took for a deck. A label of a word or two
// titles no story; the line under it, shaped as a headline, ending no sentence and twice as wide, is the title,
// and the label its kicker (a kicker over it, in turn, the section's name). Only in text typed a paragraph to a
// line, where a headline is never wrapped: elsewhere a headline's first words are as often a line of their own.
import { ems, endsSentence } from '../chars';
import { isHeadlineCandidate, labelSized } from '../headline';
import type { PageLines } from '../lines';
import { ROLE } from './model';
import { paragraphPerLine } from './paragraph-lines';

export function labelsOverHeadlines(lines: PageLines, roles: Uint8Array): Uint8Array {
  if (!roles.includes(ROLE.subtitle) || !paragraphPerLine(lines)) return roles;
  let out = roles;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (roles[i] !== ROLE.title || roles[i + 1] !== ROLE.subtitle || lines.gapBefore(i + 1) > 0) continue;
    const [label, headline] = [lines.text(i), lines.text(i + 1)];
    if (!labelSized(label) || !isHeadlineCandidate(headline) || endsSentence(headline)) continue;
    if (ems(headline, 200) < 2 * ems(label, 200)) continue;
    if (out === roles) out = roles.slice();
    if (i > 0 && out[i - 1] === ROLE.kicker) out[i - 1] = ROLE.section;
    out[i] = ROLE.kicker;
    out[i + 1] = ROLE.title;
  }
  return out;
}
