// A crosshead the model read as a paragraph of its own: a few words on a short line between two paragraphs of a
// story, ending no sentence ("Fares and timetables", "Port traffic"). Text never does that: a paragraph ends a
// sentence, and a line that breaks off mid-sentence was full, the next word too wide to fit on it.
import { creditsPicture } from '../captions';
import { leadCredit } from '../byline';
import { ems, endsSentence, endsSentenceIn } from '../chars';
import { OPEN_WORD, unclosedBrackets } from '../headline';
import type { PageLines } from '../lines';
import { isRunningText, ROLE } from './model';

/** A crosshead is at most this wide (in ems). */
const MAX_EMS = 20;
/** How much room (in ems) a line the text ran on from may leave at its end, besides the next word's width. */
const RAGGED = 1;
/** How far (in ems) the widest lines above and under the line may differ in a column of steady width. */
const STEADY = 2;
/** What a line cut off mid-sentence, or a dateline waiting for its text, ends with. */
const OPEN_END = /[,;:\-–—(/&]$/;
/** The first character of a paragraph's opening: a capital or an opening quote (Chinese, with no capitals to tell
 * a paragraph's opening by, is left as the model read it). */
const OPENS = /^["“‘'(]?[A-Z]/;

/** Whether the first word of `next` would have fitted at the end of `line` in a column this wide. */
function nextWordFits(line: string, next: string, column: number): boolean {
  const space = next.indexOf(' ');
  return ems(line) + 0.5 + ems(space < 0 ? next : next.slice(0, space)) <= column - RAGGED;
}

/** The words a page writes in lower case somewhere. */
function lowerCaseWords(page: string): Set<string> {
  return new Set(page.match(/\b[a-z]+\b/g));
}

/**
 * Whether `under` opens a sentence with a word the page writes in lower case elsewhere ("The", "One", "Finally,"):
 * a capital there says a sentence starts, where a name ("Japanese", "December") may stand anywhere in one. It is
 * the evidence where widths cannot say whether the line was full (proportional type, a column of uneven width).
 */
function opensSentence(under: string, lowerCase: ReadonlySet<string>): boolean {
  const word = /^["“‘'(]?([A-Z][a-z]*)\b/.exec(under)?.[1];
  return word !== undefined && lowerCase.has(word.toLowerCase());
}

/**
 * Whether the line reads as a phrase standing alone: no clause punctuation or figures inside (a sentence's
 * words), no quotation or bracket left open, and no capitalised last word, which a name may carry on from
 * ("…the board said North" over "Harbour Bank had…").
 */
const standsAlone = (text: string): boolean =>
  !/[,;:\d]|[A-Z][\w'’]*$/.test(text) &&
  unclosedBrackets(text) === 0 &&
  (text.match(/"/g)?.length ?? 0) % 2 === 0;

/** The roles with every crosshead read as a paragraph read as a subhead, and the line under it opening one. */
export function crossheadsBetweenParagraphs(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  let lowerCase: Set<string> | null = null;
  for (let i = 1; i + 1 < lines.length; i++) {
    if (roles[i] !== ROLE.para || !isRunningText(roles[i - 1]) || !isRunningText(roles[i + 1])) continue;
    if (lines.kind(i) !== 'text' || lines.gapBefore(i + 1) > 0) continue;
    const text = lines.text(i);
    const under = lines.text(i + 1);
    if (ems(text, MAX_EMS) > MAX_EMS || endsSentence(text) || OPEN_END.test(text) || OPEN_WORD.test(text))
      continue;
    if (!OPENS.test(under) || !endsSentenceIn(lines.page, lines.start(i - 1), lines.end(i - 1))) continue;
    // The column is as wide above the line as under it (text set around a picture, a word or two a line, is not).
    const above = Math.max(ems(lines.text(i - 1), 200), ems(lines.text(i - 2), 200));
    const column = Math.max(ems(under, 200), ems(lines.text(i + 2), 200));
    const endedShort = Math.abs(above - column) <= STEADY && nextWordFits(text, under, column);
    if (
      !endedShort &&
      !(standsAlone(text) && opensSentence(under, (lowerCase ??= lowerCaseWords(lines.page))))
    )
      continue;
    // A dateline's line breaks where it is full, whatever is left of it.
    if (creditsPicture(text) || leadCredit(text) !== null) continue;
    if (out === roles) out = roles.slice();
    out[i] = ROLE.subhead;
    out[i + 1] = ROLE.para;
  }
  return out;
}
