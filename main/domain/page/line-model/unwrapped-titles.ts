// Headline lines the model read as one headline that no wrapping made. Wrapped text is wrapped greedily: a line
// breaks where the next word no longer fits, so a headline's line that could have held the next line's first word
// with room to spare ended there because its part did ("Rail strike ends" over "Talks resume on Monday after a
// week of closures"). A label-sized first part is the kicker over the headline; any other part ends the headline,
// and what follows is its subtitle. Text typed a paragraph to a line wraps nothing; its headline lines are read
// elsewhere (paragraph-lines.ts). A Chinese headline is broken by sense rather than greedily (at the space between
// its phrases), so only Latin lines are read so.
import { ems, hanShare } from '../chars';
import { labelSized } from '../headline';
import type { PageLines } from '../lines';
import { ROLE } from './model';
import { paragraphPerLine } from './paragraph-lines';

/**
 * The share of the run's widest line that a line with the next word must stay within to show it was not full:
 * widths are counted in characters, and a proportional face sets some wider than others.
 */
const ROOM = 0.8;

export function unwrappedTitles(lines: PageLines, roles: Uint8Array): Uint8Array {
  if (!roles.includes(ROLE.title) || paragraphPerLine(lines)) return roles;
  let out = roles;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (roles[i] !== ROLE.title) continue;
    let end = i + 1;
    while (end < lines.length && roles[end] === ROLE.title && lines.gapBefore(end) === 0) end++;
    let widest = 0;
    for (let j = i; j < end; j++) widest = Math.max(widest, ems(lines.text(j), 200));
    for (let j = i; j + 1 < end; j++) {
      if (hanShare(lines.text(j)) > 0 || hanShare(lines.text(j + 1)) > 0) continue;
      if (ems(lines.text(j), 200) + ems(` ${firstWord(lines.text(j + 1))}`, 200) > widest * ROOM) continue;
      if (out === roles) out = roles.slice();
      if (j === i && labelSized(lines.text(i))) {
        out[i] = ROLE.kicker;
        continue;
      }
      for (let k = j + 1; k < end; k++) out[k] = ROLE.subtitle;
      break;
    }
    i = end - 1;
  }
  return out;
}

function firstWord(line: string): string {
  return line.trim().split(/\s+/)[0] ?? '';
}
