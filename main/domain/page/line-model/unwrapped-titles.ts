// Headline lines the model read as one headline that no wrapping made. Wrapped text is wrapped greedily: a line
// breaks where the next word no longer fits, so a headline's line that could have held the next line's first word
// with room to spare ended there because its part did ("Rail strike ends" over "Talks resume on Monday after a
// week of closures"). A label-sized first part is the kicker over the headline; any other part ends the headline,
// and what follows is its subtitle. A first line wider than the rest, which wraps well inside it, is a kicker in
// smaller type over a headline set a word or two a line. Text typed a paragraph to a line wraps nothing; its
// headline lines are read elsewhere (paragraph-lines.ts). A Chinese headline is broken by sense (at the space
// between its phrases) as well as greedily, so a Chinese line is read only by its width beside the line under it
// (chineseParts).
import { ems, hanShare, isHanLine } from '../chars';
import { labelSized, unclosedBrackets } from '../headline';
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
    const part = chineseParts(lines, i, end);
    if (part > i) {
      if (out === roles) out = roles.slice();
      // A part of one line over the rest is the kicker over the title; a title of several lines has its subtitle
      // under it.
      if (part === i + 1) out[i] = ROLE.kicker;
      else out.fill(ROLE.subtitle, part, end);
      i = end - 1;
      continue;
    }
    const top = kickerInOtherType(lines, i, end) ? i + 1 : i;
    if (top > i) {
      if (out === roles) out = roles.slice();
      out[i] = ROLE.kicker;
    }
    let widest = 0;
    for (let j = top; j < end; j++) widest = Math.max(widest, ems(lines.text(j), 200));
    for (let j = top; j + 1 < end; j++) {
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

/** The most words a kicker set in other type than its headline holds. */
const KICKER_WORDS = 4;

/**
 * Whether the first of the Latin title lines `from`..`to` is a kicker in smaller type: wider than every line
 * under it, and the line under it could have taken the next one's first word at its width. A headline wrapped at
 * the first line's width would have filled its lines to it.
 */
function kickerInOtherType(lines: PageLines, from: number, to: number): boolean {
  if (to - from < 3) return false;
  const first = lines.text(from);
  if (hanShare(first) > 0 || first.trim().split(/\s+/).length > KICKER_WORDS) return false;
  const width = ems(first, 200) * ROOM;
  for (let j = from + 1; j < to; j++)
    if (hanShare(lines.text(j)) > 0 || ems(lines.text(j), 200) > width) return false;
  return ems(lines.text(from + 1), 200) + ems(` ${firstWord(lines.text(from + 2))}`, 200) <= width;
}

function firstWord(line: string): string {
  return line.trim().split(/\s+/)[0] ?? '';
}

/**
 * Where a run of Chinese title lines `from`..`to` holds two parts of a headline group: after the first line three
 * characters or more narrower than the line under it. A headline's line is filled up to its column, or broken at
 * the space between its phrases a little short of it; a line much narrower than the next ended its own part (a
 * kicker set over the headline in smaller type, a headline over its subtitle, whose smaller type takes more
 * characters to the line). Not where the line leaves a bracket open, whose lead-in goes on under it. Returns `from`
 * when there is no such line.
 */
function chineseParts(lines: PageLines, from: number, to: number): number {
  let run = '';
  for (let j = from; j + 1 < to; j++) {
    const text = lines.text(j);
    run += text;
    if (!isHanLine(text) || !isHanLine(lines.text(j + 1))) return from;
    if (unclosedBrackets(run) > 0) continue;
    if (ems(text.trim(), 200) + NARROWER <= ems(lines.text(j + 1).trim(), 200)) return j + 1;
  }
  return from;
}
/** How much narrower than the line under it, in ems, a line that ends its part is. */
const NARROWER = 3;
