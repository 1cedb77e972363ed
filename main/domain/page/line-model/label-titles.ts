// A label the model read as the headline, over the headline it read as the subtitle: "Update", "Analysis", a
// month or a box's name stands over the story's real headline, which it took for a deck. A label of a word or two
// titles no story; the line under it, shaped as a headline, ending no sentence and twice as wide, is the title,
// and the label its kicker (a kicker over it, in turn, the section's name). Only in text typed a paragraph to a
// line, where a headline is never wrapped: elsewhere a headline's first words are as often a line of their own.
// And the other way round: a headline the model read as a kicker, over its deck or over the text; and a Chinese
// section's name read as a part of the headline.
import { ems, endsSentence } from '../chars';
import { headlineSized, isHeadlineCandidate, labelSized } from '../headline';
import type { PageLines } from '../lines';
import { isRunningText, ROLE } from './model';
import { blanksSetParagraphsApart } from './between-blanks';
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

/** Words a Latin line runs to at least where it is a headline over text, not a kicker ("Update", "Ten years on"). */
const TITLE_WORDS = 4;

/**
 * A Latin line the model read as a kicker: of four words or more over running text, with no headline under it to
 * label, it is the story's headline; sized as a headline (headlineSized) over lines read as the headline and set
 * apart from them as the text sets its blocks apart (on the next line, where it types a paragraph to a line; past
 * a blank, where blanks set its paragraphs apart), it is the headline and they are its deck. Elsewhere such a line
 * may be a wrapped headline's first.
 */
export function headlinesReadAsKickers(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  // How the text sets its blocks apart, asked once: at the next line (a paragraph to a line) or past a blank.
  let perLine: boolean | null = null;
  let blanks: boolean | null = null;
  const setApart = (i: number): boolean => {
    const gap = lines.gapBefore(i);
    if (gap === 0) return (perLine ??= paragraphPerLine(lines));
    return gap === 1 && (blanks ??= blanksSetParagraphsApart(lines));
  };
  for (let i = 0; i + 1 < lines.length; i++) {
    if (roles[i] !== ROLE.kicker || lines.gapBefore(i + 1) > 1) continue;
    const text = lines.text(i).trim();
    if (/\p{Script=Han}/u.test(text)) continue;
    const overText = isRunningText(roles[i + 1]) && text.split(/\s+/).length >= TITLE_WORDS;
    const overDeck = roles[i + 1] === ROLE.title && headlineSized(text) && setApart(i + 1);
    if (!overText && !overDeck) continue;
    if (out === roles) out = roles.slice();
    out[i] = ROLE.title;
    for (let k = i + 1; overDeck && k < lines.length && out[k] === ROLE.title; k++) {
      if (k > i + 1 && lines.gapBefore(k) > 0) break;
      out[k] = ROLE.subtitle;
    }
  }
  return out;
}

/**
 * A Chinese line of a word (four Han characters at most, labelSized) that the model read as a kicker or a title,
 * over a line read as one, in text typed a paragraph to a line: the page's section ("要闻", "国际", "新闻速览").
 * A Chinese headline's parts are phrases, and a typed headline is never wrapped, as one set in a narrow column
 * (four characters a line) is.
 */
export function sectionNamesOverHeadlines(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  let perLine: boolean | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!HEADING.has(roles[i] ?? -1) || !HEADING.has(roles[i + 1] ?? -1) || lines.gapBefore(i + 1) > 1)
      continue;
    const text = lines.text(i);
    if (!/\p{Script=Han}/u.test(text) || !labelSized(text) || !(perLine ??= paragraphPerLine(lines)))
      continue;
    if (out === roles) out = roles.slice();
    out[i] = ROLE.section;
  }
  return out;
}
const HEADING = new Set<number>([ROLE.kicker, ROLE.title]);
