// Character classes the parser reasons with. Code-point ranges rather than Unicode property regexes keep the
// hot paths (run on every line of a 50 MB page) free of regex overhead.

/** East Asian wide characters: a line break between two of them disappears when lines are joined (CSS Text 3). */
export function isWideCode(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) || // radicals, CJK punctuation, kana, CJK ext A, unified ideographs
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // vertical/compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // fullwidth forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0xd800 && code <= 0xdbff) // astral planes: in these texts, CJK extensions
  );
}

/** Han ideographs only (names and headlines are made of these). */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Whether the text is Han ideographs and nothing else (not empty). */
export function allHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** Punctuation whose width follows its neighbours: wide in Chinese text, narrow in Latin text. */
export function isAmbiguousCode(code: number): boolean {
  return (
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x2026 ||
    code === 0x2014 ||
    code === 0xb7
  );
}

/**
 * A set of UTF-16 code units (each character's first), tested with charCodeAt so that no one-character strings
 * are made on hot paths. A bit table rather than a hash set: these are asked of nearly every line's first or
 * last characters, and a bit test costs a fraction of a hash lookup.
 */
export class CodeSet {
  private readonly bits = new Int32Array(0x10000 >> 5);

  constructor(chars: Iterable<string>) {
    for (const c of chars) {
      const code = c.charCodeAt(0);
      this.bits[code >> 5]! |= 1 << (code & 31);
    }
  }

  /** Whether the code unit is in the set; false for NaN (charCodeAt past the end). */
  has(code: number): boolean {
    return code === code && (this.bits[code >> 5]! & (1 << (code & 31))) !== 0;
  }
}

const SENTENCE_FINAL = new CodeSet(['。', '！', '？', '!', '?', '…', '.', '．', '｡']);
const CLOSERS = new CodeSet(['”', '’', '"', "'", '」', '』', '）', ')', '】', '》', '〉', '］', ']', '〕']);
/** Characters after which a line cannot end a paragraph: the clause plainly goes on. */
const CLAUSE_OPEN = new CodeSet([
  '，',
  ',',
  '、',
  '；',
  ';',
  '：',
  ':',
  '（',
  '(',
  '“',
  '‘',
  '《',
  '〈',
  '「',
  '『',
  '【',
  '[',
]);

/** CLOSERS.has, with the common case (a Han character) answered by one comparison. */
function isCloser(code: number): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return false;
  return CLOSERS.has(code);
}

function isSentenceFinal(code: number): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return false;
  return SENTENCE_FINAL.has(code);
}

/** Whether the text ends a sentence: final punctuation, possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return endsSentenceIn(text, 0, text.length);
}

/** endsSentence of text[start, end), read in place (a page's line without cutting it out). */
export function endsSentenceIn(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isCloser(text.charCodeAt(i))) i--;
  if (i < start) return false;
  const ch = text.charCodeAt(i);
  if (!isSentenceFinal(ch)) return false;
  // "增长2.5%" cut after the point is no sentence end; a number standing as a word ("in April 1985.") is, and
  // so is any number closing Latin text ("on June 5.", "in 1986/87."): Latin text never breaks a line inside one.
  if ((ch === 46 || ch === 0xff0e) && i === end - 1 && i > start) {
    let k = i - 1;
    while (k >= start && isDigitCode(text.charCodeAt(k))) k--;
    if (k < i - 1)
      return k >= start && ((text.charCodeAt(k) === 32 && i - 1 - k >= 2) || latinBefore(text, start, k));
  }
  return true;
}

/** Whether the text before `at` (a number's first digit) is Latin: letters, spaces and signs, no wide script. */
function latinBefore(text: string, start: number, at: number): boolean {
  let letters = 0;
  for (let k = at; k >= Math.max(start, at - LATIN_CONTEXT); k--) {
    const c = text.charCodeAt(k);
    if (isWideCode(c)) return false;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  return letters >= 2;
}
/** How far back a number's script is read. */
const LATIN_CONTEXT = 24;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function endsClauseOpen(text: string): boolean {
  return CLAUSE_OPEN.has(text.charCodeAt(text.length - 1));
}

/** Whether 。！？｡ occurs in the text before index `end` (the whole text by default). */
export function containsSentenceBreak(text: string, end = text.length): boolean {
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff61) return true;
  }
  return false;
}

/** Width in ems of one code unit (not the second half of a surrogate pair): 1 if wide or ambiguous, else ½. */
function charWidth(code: number): number {
  // Nothing below U+00B7 (the first ambiguous character) is wide: Latin text is answered by this one test.
  if (code < 0xb7) return 0.5;
  return isWideCode(code) || isAmbiguousCode(code) ? 1 : 0.5;
}

/**
 * Each code unit's width in half ems: charWidth doubled, 0 for the second half of a surrogate pair (its first
 * half counts for the character). A table, because every character of most lines is measured, some twice.
 */
const HALF_EMS = new Uint8Array(0x10000);
for (let code = 0; code < HALF_EMS.length; code++)
  HALF_EMS[code] = code >= 0xdc00 && code <= 0xdfff ? 0 : charWidth(code) * 2;

/** The code unit's width in half ems (see HALF_EMS); code must be one (not NaN). */
export function halfEms(code: number): number {
  return HALF_EMS[code]!;
}

/**
 * Display width in ems: wide characters count 1, others ½. Stops counting past `cap`, so callers can ask
 * "is this line short?" of a 20 MB line in constant time.
 */
export function ems(text: string, cap = Infinity): number {
  // Counted in half ems, an integer: the same sums, exact either way, with one table read a character.
  let halves = 0;
  const capHalves = cap * 2;
  const limit = Math.min(text.length, cap === Infinity ? text.length : Math.ceil(capHalves) + 2);
  for (let i = 0; i < limit; i++) {
    halves += HALF_EMS[text.charCodeAt(i)]!;
    if (halves > capHalves) return halves / 2;
  }
  return halves / 2;
}

/** Share of Han characters among non-space characters: tells Chinese lines from Latin ones. */
export function hanShare(text: string, sample = 200): number {
  let han = 0;
  let all = 0;
  const limit = Math.min(text.length, sample);
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32) continue;
    all++;
    if (isHanCode(code)) han++;
  }
  return all === 0 ? 0 : han / all;
}

/** Whether a line is Chinese text: mostly Han characters. */
export function isHanLine(text: string): boolean {
  return hanShare(text) >= 0.5;
}

export function isLatinLetterCode(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

export function isLowerStart(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}
