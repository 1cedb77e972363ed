// A kicker set in sentence case over a headline in capitals ("Rising water" over "Town Council Votes to Raise
// Flood Wall"): a paper sets each of its headlines in one case, capitalising every long word (or every letter),
// so a line over it that leaves its long words in lower case is not the headline's first line but a label in
// other type. Read where the model took both for one headline, which text without type sizes cannot tell apart
// by width alone. And a line in lower case under a headline in capitals is not more of it.
import type { PageLines } from '../lines';
import { ROLE } from './model';

/** Words this long are capitalised in any house's title case; shorter ones ("of", "for", "with") may not be. */
const LONG_WORD = 4;
/** The most words a kicker holds. */
const KICKER_WORDS = 4;

const LATIN_WORD = /^[\p{L}'’-]+$/u;

/**
 * The fewest long words a headline in capitals must show: a line or two of names ("Grand Falls Mill") is
 * capitalised in any case, and may end a headline set in sentence case.
 */
const HEADLINE_WORDS = 3;

function longWords(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((word) => word.length >= LONG_WORD && LATIN_WORD.test(word));
}

type Case = 'headline' | 'sentence' | null;

/**
 * How a Latin line is cased: `headline` where every long word opens with a capital, `sentence` where the first
 * word does and every long word after it opens in lower case; null where the line shows neither (a name among
 * lower-case words, a line opening in lower case, no long Latin word).
 */
export function lineCase(text: string): Case {
  const long = longWords(text);
  if (!long.length) return null;
  const capital = (word: string): boolean => word[0] !== word[0]?.toLowerCase();
  if (long.every(capital)) return 'headline';
  const first = text.trim().split(/\s+/, 1)[0] ?? '';
  // The long words after the first: the first word opens the sentence, capitalised whatever it is.
  const later = long[0] === first ? long.slice(1) : long;
  return capital(first) && later.length > 0 && !later.some(capital) ? 'sentence' : null;
}

export function casedKickers(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (roles[i] !== ROLE.title || roles[i + 1] !== ROLE.title || lines.gapBefore(i + 1) > 0) continue;
    if (i > 0 && roles[i - 1] === ROLE.title && lines.gapBefore(i) === 0) continue;
    const first = lines.text(i);
    if (first.trim().split(/\s+/).length > KICKER_WORDS || lineCase(first) !== 'sentence') continue;
    let end = i + 1;
    while (end < lines.length && roles[end] === ROLE.title && lines.gapBefore(end) === 0) end++;
    const rest: string[] = [];
    for (let j = i + 1; j < end; j++) rest.push(lines.text(j));
    const headline = rest.join(' ');
    if (lineCase(headline) !== 'headline' || longWords(headline).length < HEADLINE_WORDS) continue;
    if (out === roles) out = roles.slice();
    out[i] = ROLE.kicker;
  }
  return out;
}

/** A line in capitals: letters, none of them lower case. */
const CAPITALS = /^[^a-z]*[A-Z]{2}[^a-z]*$/;
/** The fewest words (of any length) a headline in capitals shows before lines in lower case are its text's. */
const CAPITAL_WORDS = 3;

/**
 * Lines the model read as more of a headline set in capitals (three words or more) that hold lower-case letters:
 * the text's first words, which a narrow column set on lines of their own ("EMISSIONS" over "The" over
 * "European"), not the headline's, as a paper sets a headline in one case throughout.
 */
export function textUnderCapitals(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  let capitalWords = 0;
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] !== ROLE.title) {
      capitalWords = 0;
      continue;
    }
    const text = lines.text(i);
    const close = i > 0 && roles[i - 1] === ROLE.title && lines.gapBefore(i) === 0;
    if (CAPITALS.test(text)) {
      capitalWords = (close ? capitalWords : 0) + text.trim().split(/\s+/).length;
      continue;
    }
    if (close && capitalWords >= CAPITAL_WORDS && /[a-z]/.test(text)) {
      let end = i + 1;
      while (end < lines.length && roles[end] === ROLE.title && lines.gapBefore(end) === 0) end++;
      if (out === roles) out = roles.slice();
      out[i] = ROLE.para;
      out.fill(ROLE.cont, i + 1, end);
      i = end - 1;
    }
    capitalWords = 0;
  }
  return out;
}
