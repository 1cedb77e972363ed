// A standalone short line between finished paragraphs (or a stack of them: kicker, title, subtitle) is either a
// subhead of the article around it or the head of the next article, and on a plain-text page nothing
// typographic tells them apart. What does is the text itself: an article keeps to its subject, so the words
// after a subhead repeat the words before it, while the next article talks about something else (lexical
// cohesion, as in Hearst's TextTiling). This module measures that, so a draft can be cut where its subject
// changes.
import { fullWidth, widthBound } from './body-width';
import { ems, endsSentence, isHanCode } from './chars';
import { type ArticleDraft, type BodyItem, newDraft } from './draft';

/** Text read on each side of a candidate: enough for a stable measure, short enough to stay local. */
const WINDOW = 400;
/** Below this much text on either side the measure is noise, and the line stays a subhead. */
const MIN_SIDE = 60;

/**
 * English words every report uses whatever its subject (reporting verbs, auxiliaries, pronouns, connectives):
 * they would make any two English texts look alike. Words under four letters are left out for the same reason.
 */
const FUNCTION_WORDS = new Set(
  (
    'said says that this with from have has had were been will would could should which their there they ' +
    'them than then what when where while also about after before into over more most other some such only ' +
    'just very your year years last first told being does did made make many much each both because ' +
    'between during under since until these those through against among would'
  ).split(' '),
);

/** A term: a Han bigram as a number (no string made per bigram) or a Latin word. */
type Term = number | string;

/** Han code points counted from 0 in one run: the unified block with extension A, then the compatibility block. */
const HAN_SPAN = 0xa000 - 0x3400 + 0x200;
function hanIndex(code: number): number {
  return code >= 0xf900 ? code - 0xf900 + 0xa000 - 0x3400 : code - 0x3400;
}
/**
 * A Han bigram's number, small enough for the engine to keep as an immediate integer: a pair of code points
 * shifted by 16 bits is not, and a map keyed by such numbers boxes and hashes one per lookup.
 */
function bigram(a: number, b: number): number {
  return hanIndex(a) * HAN_SPAN + hanIndex(b);
}

/**
 * Reads the terms of a text in order: Han character bigrams as numbers, lowercased Latin words of four letters
 * or more (function words left out) as strings.
 */
function eachTerm(text: string, bigramAt: (term: number) => void, word: (term: string) => void): void {
  let wordStart = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) latinWord(text, wordStart, i, word);
    wordStart = -1;
    const next = text.charCodeAt(i + 1);
    if (isHanCode(code) && isHanCode(next)) bigramAt(bigram(code, next));
  }
  if (wordStart >= 0) latinWord(text, wordStart, text.length, word);
}

function latinWord(text: string, start: number, end: number, word: (term: string) => void): void {
  const w = text.slice(start, end).toLowerCase();
  if (w.length >= 4 && !FUNCTION_WORDS.has(w)) word(w.replace(/s$/, ''));
}

/** Terms of a text: Han character bigrams and lowercased Latin words of four letters or more. */
export function terms(text: string): Map<Term, number> {
  const counts = new Map<Term, number>();
  const add = (t: Term): void => {
    counts.set(t, (counts.get(t) ?? 0) + 1);
  };
  eachTerm(text, add, add);
  return counts;
}

export function cosine(a: ReadonlyMap<Term, number>, b: ReadonlyMap<Term, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    const y = b.get(t);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * The bigram counts of the two texts textCosine compares, in an open-addressing table kept from call to call:
 * the term a slot holds (-1 for none), its count in either text, and the slots taken, to clear them after.
 */
let slotTerm = new Int32Array(1024).fill(-1);
let countsA = new Int32Array(1024);
let countsB = new Int32Array(1024);
let taken = new Int32Array(512);
let takenCount = 0;
const wordsA = new Map<string, number>();
const wordsB = new Map<string, number>();

/** Room for this many bigrams with the table at most half full. */
function makeRoom(bigrams: number): void {
  let size = slotTerm.length;
  while (size < 2 * bigrams) size *= 2;
  if (size === slotTerm.length) return;
  slotTerm = new Int32Array(size).fill(-1);
  countsA = new Int32Array(size);
  countsB = new Int32Array(size);
  taken = new Int32Array(size >> 1);
}

function slotOf(term: number): number {
  const mask = slotTerm.length - 1;
  let slot = (Math.imul(term, 0x9e3779b1) >>> 16) & mask;
  for (;;) {
    const held = slotTerm[slot];
    if (held === term) return slot;
    if (held === -1) {
      slotTerm[slot] = term;
      taken[takenCount++] = slot;
      return slot;
    }
    slot = (slot + 1) & mask;
  }
}

// Module-level, not made per call: these run for every term of both windows.
const countInA = (term: number): void => {
  countsA[slotOf(term)]! += 1;
};
const countInB = (term: number): void => {
  countsB[slotOf(term)]! += 1;
};
const wordInA = (w: string): void => {
  wordsA.set(w, (wordsA.get(w) ?? 0) + 1);
};
const wordInB = (w: string): void => {
  wordsB.set(w, (wordsB.get(w) ?? 0) + 1);
};

/**
 * cosine(terms(a), terms(b)), without a map entry per bigram: two windows of a page are compared wherever a
 * headline could stand, and the maps' hashing and growth were most of that. Every count is a small integer, so
 * the sums are exact in any order and the result is the same to the last bit.
 */
export function textCosine(a: string, b: string): number {
  // A text has fewer bigrams than characters.
  makeRoom(a.length + b.length);
  eachTerm(a, countInA, wordInA);
  eachTerm(b, countInB, wordInB);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < takenCount; k++) {
    const slot = taken[k]!;
    const x = countsA[slot]!;
    const y = countsB[slot]!;
    na += x * x;
    nb += y * y;
    dot += x * y;
    slotTerm[slot] = -1;
    countsA[slot] = 0;
    countsB[slot] = 0;
  }
  takenCount = 0;
  for (const [w, x] of wordsA) {
    na += x * x;
    dot += x * (wordsB.get(w) ?? 0);
  }
  for (const y of wordsB.values()) nb += y * y;
  wordsA.clear();
  wordsB.clear();
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Below this cosine the two sides share no more than two unrelated reports do. Measured on the development
 * corpus's real articles (SogouCS, Reuters): across two articles the 90th percentile is 0.07 (Chinese) and 0.10
 * (English); inside one article the 10th percentile is 0.15 and 0.08.
 */
const SHIFT = 0.08;

function itemText(item: BodyItem): string {
  return item.kind === 'caption' ? '' : item.text;
}

/**
 * How a body sets a line apart: blank lines (`apart` of them) or, in a double-spaced body, a narrow line. A
 * class rather than an object holding a closure: one is made for every draft, and a closure is made (and named
 * by the TypeScript loader) anew each time.
 */
class Spacing {
  readonly apart: number;
  private narrowEms: number | undefined;

  constructor(
    private readonly body: readonly BodyItem[],
    private readonly typicalGap: number,
  ) {
    this.apart = typicalGap + 1;
  }

  /**
   * A line narrower than this many ems is no paragraph's first line: the body's lines fill more. Measured
   * only when a line's other signs make it a candidate (most bodies have none).
   */
  narrow(): number {
    return (this.narrowEms ??= this.typicalGap >= 1 ? narrowWidth(this.body) : 0);
  }

  /** At least narrow(), from the lines' lengths (see widthBound). */
  narrowBound(): number {
    if (this.narrowEms !== undefined || this.typicalGap < 1) return this.narrow();
    const bound = widthBound(this.body);
    return bound === Infinity ? 0 : NARROW_SHARE * bound;
  }
}

/** Where a line could be the title of another article: it stands alone between finished paragraphs. */
function isCandidate(body: readonly BodyItem[], k: number, s: Spacing): boolean {
  const item = body[k];
  const before = body[k - 1];
  const after = body[k + 1];
  if (!item || item.kind === 'caption' || !before || before.kind === 'caption') return false;
  if (after?.kind !== 'line') return false;
  if (item.kind === 'line' && !item.headlineLike) return false;
  if (endsSentence(item.text) || !endsSentence(before.text) || /[-,，、;；:：]$/.test(item.text))
    return false;
  if (item.kind !== 'line') return true;
  // A title stands apart from the text under it; the first line of a hard-wrapped paragraph does not. In a
  // double-spaced body, where every line stands one blank apart, a title is a line far narrower than the rest.
  if (item.gapBefore >= s.apart && after.gapBefore >= s.apart) return true;
  if (item.gapBefore < 1 || after.gapBefore < 1) return false;
  // A line as wide as the bound's share is no narrower than the measured width's: the body is then not measured.
  const most = s.narrowBound();
  const width = ems(item.text, most);
  return width < most && width < s.narrow();
}

/** A line under this share of the width most of the body's lines reach is narrow. */
const NARROW_SHARE = 0.7;

/** Seven tenths of the width most of the body's lines reach, in ems (0 for a body without lines). */
function narrowWidth(body: readonly BodyItem[]): number {
  const full = fullWidth(body);
  return full === Infinity ? 0 : NARROW_SHARE * full;
}

/** A head stacks this many standalone lines at most: a kicker, the title, a subtitle. */
const MAX_HEAD_LINES = 3;

/**
 * Where a stack of standalone lines starting at `k` (a kicker, a title, a subtitle) could head another article:
 * between finished paragraphs, every line of it short and unfinished. Returns the index after the stack, or -1.
 */
function headAt(body: readonly BodyItem[], k: number, s: Spacing): number {
  if (isCandidate(body, k, s)) return k + 1;
  const before = body[k - 1];
  if (!before || before.kind === 'caption' || !endsSentence(before.text)) return -1;
  let m = k;
  while (m < body.length && m - k < MAX_HEAD_LINES) {
    const item = body[m]!;
    const standalone = item.kind === 'subhead' || (item.kind === 'line' && item.headlineLike);
    if (!standalone || endsSentence(item.text)) break;
    m++;
  }
  return m - k >= 2 && body[m]?.kind === 'line' ? m : -1;
}

/** Latin capitals throughout: how wire copy and many desks set a headline, and not their text. */
function allCaps(text: string): boolean {
  const letters = text.match(/[A-Za-z]/g) ?? [];
  return letters.length >= 3 && letters.every((c) => c <= 'Z');
}

/** A draft headed by a stack of lines: the one in capitals when only one is, else the first, is the title. */
function headedDraft(section: string | null, head: readonly BodyItem[]): ArticleDraft {
  const texts = head.map(itemText);
  const caps = texts.filter(allCaps);
  const at = caps.length === 1 ? texts.indexOf(caps[0]!) : 0;
  const draft = newDraft(section, texts[at]!);
  if (at > 0) draft.kicker = texts.slice(0, at).join(' ');
  if (at < texts.length - 1) draft.subtitle = texts.slice(at + 1).join(' ');
  return draft;
}

/** Up to WINDOW characters of running text on one side of `k`, stopping at `limit`. */
function side(body: readonly BodyItem[], k: number, step: 1 | -1, limit: number): string {
  let text = '';
  for (let j = k + step; j !== limit && j >= 0 && j < body.length && text.length < WINDOW; j += step) {
    const t = itemText(body[j]!);
    text = step === 1 ? text + t : t + text;
  }
  return step === 1 ? text.slice(0, WINDOW) : text.slice(-WINDOW);
}

/**
 * Cuts a draft where a standalone line opens text about another subject: that line becomes the title of a new
 * draft holding the rest. Returns the draft itself when there is no such line.
 */
export function splitAtTopicShifts(draft: ArticleDraft, typicalGap: number): ArticleDraft[] {
  // A line stands apart when more blank lines surround it than separate the page's lines of running text: in a
  // double-spaced dump one blank line is only the spacing.
  const body = draft.body;
  const spacing = new Spacing(body, typicalGap);
  const out: ArticleDraft[] = [draft];
  let from = 0;
  let current = draft;
  for (let k = 1; k < body.length - 1; k++) {
    const end = headAt(body, k, spacing);
    if (end < 0) continue;
    const before = side(body, k, -1, from - 1);
    const after = side(body, end - 1, 1, body.length);
    if (before.length < MIN_SIDE || after.length < MIN_SIDE) continue;
    if (textCosine(before, after) >= SHIFT) continue;
    current.body = body.slice(from, k);
    current = headedDraft(draft.section, body.slice(k, end));
    out.push(current);
    from = end;
    k = end - 1;
  }
  if (current !== draft) current.body = body.slice(from);
  return out;
}
