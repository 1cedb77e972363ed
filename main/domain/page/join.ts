// Joining two pieces of one paragraph that a line break separated. A break between wide (CJK) characters
// disappears, but next to Korean; elsewhere it becomes one space (CSS Text 3). Ambiguous punctuation (“ ” …) takes the width of
// the character next to it.
import { isAmbiguousCode, isHanLine, isWideCode } from './chars';

function wideAt(text: string, index: number, step: -1 | 1): boolean {
  let i = index;
  for (let k = 0; k < 3 && i >= 0 && i < text.length; k++, i += step) {
    const code = text.charCodeAt(i);
    if (step === -1 && code >= 0xdc00 && code <= 0xdfff) continue; // low surrogate: look at its high half
    if (isAmbiguousCode(code)) continue;
    return isWideCode(code) && !isHangulCode(code);
  }
  return false;
}

/** Korean sets a space between its words: a break next to Hangul becomes one (CSS Text 3 keeps it too). */
function isHangulCode(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7af) || (code >= 0x3130 && code <= 0x318f);
}

/** What replaces the line break between `a` and `b`: nothing between wide characters, else a space. */
export function separatorBetween(a: string, b: string): string {
  if (a === '' || b === '') return '';
  if (wideAt(a, a.length - 1, -1) || wideAt(b, 0, 1)) return '';
  // A number cut at a line end in Chinese text ("投入2" + "5万元", "增长2." + "5%") is one number.
  const last = a.charCodeAt(a.length - 1) === 46 ? a.length - 2 : a.length - 1;
  if (isDigitCode(a.charCodeAt(last)) && isDigitCode(b.charCodeAt(0)) && isHanLine(a.slice(-20))) return '';
  return ' ';
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Two lines of a headline, a credit or a note joined: a word hyphenated at the line end keeps its hyphen and
 * closes up ("Kestrel-" + "Marsh wins" → "Kestrel-Marsh wins"); a headline gives too few words to tell a
 * compound from a word broken for the line, and the hyphen is the printed text's.
 */
export function joinLines(a: string, b: string): string {
  return a + (closesUpAtHyphen(a, b) ? '' : separatorBetween(a, b)) + b;
}

/**
 * Whether a line ending in a hyphen right after a word, a number or an abbreviation ("Marlow-", "12-", "U.K.-")
 * closes up on the word or number that opens the next line: the hyphen is the compound's ("12-year",
 * "U.K.-built"), and a space there would split the compound. A dash set apart ("Markets -") or doubled ("--")
 * is punctuation, which a space follows.
 */
function closesUpAtHyphen(a: string, b: string): boolean {
  // Asked at every line break of a paragraph: a line that does not end in a hyphen is answered at once, as an
  // end-anchored pattern would be run over the whole line.
  return (
    a.charCodeAt(a.length - 1) === 45 && COMPOUND_HYPHEN_END.test(a.slice(-2)) && WORD_OR_NUMBER_START.test(b)
  );
}
const COMPOUND_HYPHEN_END = /[^\s-]-$/;
const WORD_OR_NUMBER_START = /^[\p{L}\p{N}]/u;

/** Whether a line ends in a word broken at a hyphen ("Kestrel-"), not in a dash set apart ("Markets -"). */
export function endsInBrokenWord(line: string): boolean {
  return HYPHEN_END.test(line);
}
const HYPHEN_END = /[A-Za-zÀ-ɏ]-$/;

const HYPHENATED_END = /([A-Za-zÀ-ɏ]+)-$/;
const WORD_START = /^[a-zà-ÿ][A-Za-zÀ-ɏ]*/;

/** The word a line-end hyphen splits ("con-" + "tinued" → "continued"), or null. */
export function hyphenJoin(a: string, b: string): { joined: string; headLength: number } | null {
  if (a.charCodeAt(a.length - 1) !== 45) return null;
  const head = HYPHENATED_END.exec(a.slice(-40));
  const tail = WORD_START.exec(b.slice(0, 40));
  if (!head || !tail || !head[1]) return null;
  return { joined: (head[1] + tail[0]).toLowerCase(), headLength: head[1].length };
}

interface Joint {
  dropHyphen: boolean;
  separator: string;
}

// The two answers without a hyphen, shared: joint runs for every line break inside a paragraph.
const NO_SEPARATOR: Joint = Object.freeze({ dropHyphen: false, separator: '' });
const SPACE_SEPARATOR: Joint = Object.freeze({ dropHyphen: false, separator: ' ' });

/**
 * How to join `b` after `a`, rejoining a word hyphenated at the line end only when the text itself uses the joined
 * word (`knownWords`); otherwise the hyphen stays and the pieces are glued ("well-known", "Marlow-Kessing").
 */
export function joint(a: string, b: string, knownWords: ReadonlySet<string>): Joint {
  const h = hyphenJoin(a, b);
  if (!h) {
    if (closesUpAtHyphen(a, b)) return NO_SEPARATOR;
    const separator = separatorBetween(a, b);
    return separator === ''
      ? NO_SEPARATOR
      : separator === ' '
        ? SPACE_SEPARATOR
        : { dropHyphen: false, separator };
  }
  return { dropHyphen: knownWords.has(h.joined), separator: '' };
}
