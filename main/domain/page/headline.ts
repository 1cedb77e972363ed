// Headline groups: 引题 (kicker) above the 主题 (title), 副题 (subtitle) below, and the subheads inside articles.
import { ems, endsClauseOpen, endsSentence, halfEms, hanShare, isHanCode } from './chars';
import { joinLines } from './join';
import { isSpaceCode } from './lines';

export interface Headline {
  kicker: string | null;
  title: string;
  subtitle: string | null;
}

const TRAILING_DASHES = /(?:——|—|--|－－|──|―)\s*$/;
const LEADING_DASHES = /^\s*(?:——|—|--|－－|──|―)/;

/** — ― - － ─: the characters the dash patterns end or start with. */
function isDashCode(code: number): boolean {
  return code === 0x2014 || code === 0x2015 || code === 45 || code === 0xff0d || code === 0x2500;
}

/** The last word of a line that breaks off inside a phrase: no heading ends so. */
export const OPEN_WORD =
  /\b(?:a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|as|that|is|was|are|were)$/i;

export function endsWithDashes(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (!isDashCode(last) && !isSpaceCode(last)) return false;
  return TRAILING_DASHES.test(text.slice(-4));
}

export function startsWithDashes(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!isDashCode(first) && !isSpaceCode(first)) return false;
  return LEADING_DASHES.test(text.slice(0, 4));
}

export function isLatinText(text: string): boolean {
  return hanShare(text) < LATIN_HAN_SHARE;
}
/** Below this share of Han characters a line is Latin text. */
const LATIN_HAN_SHARE = 0.3;

/** Number of U+0020 spaces in the text. */
function spaces(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/** Whether a Latin headline may start with this code unit: [A-Z0-9“"'‘]. */
function latinHeadStart(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 0x201c ||
    code === 34 ||
    code === 39 ||
    code === 0x2018
  );
}

/** A short line that could be (part of) a headline: no sentence-final full stop, no open clause at its end. */
export function isHeadlineCandidate(text: string): boolean {
  return headlineCandidate(text) !== null;
}

/**
 * What the candidate test measures of a line it accepts, and the subhead test asks again of the same line:
 * whether it is Latin text (as isLatinText reads it) and its width in ems. A candidate has 80 characters at most,
 * all of them measured.
 */
export interface CandidateShape {
  latin: boolean;
  width: number;
}

/** The shape of a line isHeadlineCandidate accepts; null for any other line. */
export function headlineCandidate(text: string): CandidateShape | null {
  const length = text.length;
  if (length < 2 || length > 80) return null;
  const lastCode = text.charCodeAt(length - 1);
  if (lastCode === 0x3002 || lastCode === 0xff0c || lastCode === 0x3001) return null; // 。，、
  const clauseOpen = endsClauseOpen(text);
  const latinStart = latinHeadStart(text.charCodeAt(0));
  // A line that could not open a Latin headline and fails a Chinese test is no candidate in either script.
  if (!latinStart && clauseOpen) return null;
  // One pass for what hanShare, ems, containsSentenceBreak and spaces would each measure with a pass of their own.
  let han = 0;
  let all = 0;
  let spaceCount = 0;
  // The width in half ems: an integer, compared with the limits doubled.
  let halves = 0;
  let breakBeforeLast = false;
  // ！ or ？ inside the line: a short headline's ("重磅！央行宣布降准", "降准？专家这样解读"), a sentence's elsewhere,
  // and always in a quotation ("“真好！”李阿姨笑着说").
  let markBeforeLast = false;
  let quoted = false;
  let clauses = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    // Most characters are Han (an em wide, neither a sentence break nor a clause's mark) or ASCII (half an em,
    // the marks among them , and ;): each of those is answered by its own few tests.
    if (code >= 0x4e00 && code <= 0x9fff) {
      all++;
      han++;
      halves += 2;
    } else if (code < 0x80) {
      if (code > 32) all++;
      else if (code === 32) spaceCount++;
      halves += 1;
      clauses ||= code === 44 || code === 59;
      quoted ||= code === 34;
    } else {
      all++;
      if (isHanCode(code)) han++;
      halves += halfEms(code);
      if (code === 0x3002 || code === 0xff61) breakBeforeLast ||= i < length - 1;
      else if (code === 0xff01 || code === 0xff1f) markBeforeLast ||= i < length - 1;
      clauses ||= code === 0xff0c || code === 0xff1b; // ，；
      quoted ||= code === 0x201c || code === 0x201d || (code >= 0x300c && code <= 0x300f); // “”「」『』
    }
    // A line that cannot open a Latin headline must pass the Chinese test below, which a sentence break or
    // more than 40 ems with a clause's comma already fail: most paragraph openings are rejected here, before
    // the end of the line.
    if (
      !latinStart &&
      (breakBeforeLast || halves > 2 * MAX_HEADLINE_EMS || (clauses && halves > 2 * HEADLINE_EMS))
    )
      return null;
  }
  const width = halves / 2;
  if ((all === 0 ? 0 : han / all) < LATIN_HAN_SHARE) {
    // Latin text.
    if (length > 72) return null;
    if (/[.,;:]$/.test(text) && !/\.\.\.$/.test(text) && !capitalsBrokenAtComma(text)) return null;
    return spaceCount <= 13 && latinStart ? { latin: true, width } : null;
  }
  const fits = width <= HEADLINE_EMS || (!clauses && width <= MAX_HEADLINE_EMS);
  const marked = markBeforeLast && (clauses || quoted || width > MARKED_HEADLINE_EMS);
  return fits && !clauseOpen && !breakBeforeLast && !marked ? { latin: false, width } : null;
}
/** A Chinese headline with a ！ or ？ inside runs this wide at most, with no clause's comma. */
const MARKED_HEADLINE_EMS = 24;
/** A Chinese headline printed in a column, or broken over lines, runs this wide at most. */
const HEADLINE_EMS = 40;
/**
 * Typed or pasted on one line, a title and its second clause run wider (up to 60 ems seen); such a line has
 * no clause's comma, where a paragraph's first 40 ems nearly always have one.
 */
const MAX_HEADLINE_EMS = 64;

/**
 * A headline set in capitals wraps where it will, after a comma too ("SPOT LARD, TALLOW," over "GREASE
 * STEADY"); a line of two or more words in capitals, with no lower-case letter, is no sentence cut at its end.
 */
function capitalsBrokenAtComma(text: string): boolean {
  return text.endsWith(',') && spaces(text) >= 1 && !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
}

export function stripTrailingDashes(text: string): string {
  return text.replace(TRAILING_DASHES, '').trimEnd();
}

export function stripLeadingDashes(text: string): string {
  return text.replace(LEADING_DASHES, '').trimStart();
}

function joinAll(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) out = out === '' ? line : joinLines(out, line);
  return out;
}

/**
 * Two stacked lines without dashes: a broken title has two halves of similar length; a kicker is a longer
 * line over a shorter title (or over a two-part title with a space in it). English sets its kickers short.
 */
function kickerOverTitle(first: string, second: string): boolean {
  if (isLatinText(first)) return latinLabelOverTitle(first, second);
  const a = ems(first);
  const b = ems(second);
  if (a >= 16 && a >= 1.4 * b) return true;
  const twoPart = /[\u4e00-\u9fff”]\s+[\u4e00-\u9fff“]/;
  return a >= 12 && twoPart.test(second) && !twoPart.test(first) && a > b;
}

/**
 * In English a line breaks where the words fill it, so the first line of a title set over two is the fuller one;
 * a label of three words at most over a line twice as long is a kicker ("Opinion", "MLN STG").
 */
function latinLabelOverTitle(first: string, second: string): boolean {
  return (
    first.split(/\s+/).length <= MAX_LABEL_WORDS &&
    2 * first.length <= second.length &&
    !/[.!?,;:-]$/.test(first)
  );
}
const MAX_LABEL_WORDS = 3;

/** Whether lines[from..to) leave a bracket or quote open. */
function leftOpen(lines: readonly string[], from: number, to: number): boolean {
  return to > from && unclosedBrackets(lines.slice(from, to).join('')) > 0;
}

/** Splits the lines of a headline group into kicker, title and subtitle. */
export function splitHeadline(lines: readonly string[]): Headline {
  let kickerEnd = -1;
  for (let i = 0; i < lines.length - 1; i++) if (endsWithDashes(lines[i] ?? '')) kickerEnd = i;
  let subStart = lines.length;
  for (let i = Math.max(1, kickerEnd + 1); i < lines.length; i++) {
    // Dashes inside a bracket the lines above left open (【…——…】) belong to the title.
    if (startsWithDashes(lines[i] ?? '') && !leftOpen(lines, kickerEnd + 1, i)) {
      subStart = i;
      break;
    }
  }
  let kickerLines = lines.slice(0, kickerEnd + 1);
  let titleLines = lines.slice(kickerEnd + 1, subStart);
  const subLines = lines.slice(subStart);
  if (kickerLines.length === 0 && titleLines.length >= 2) {
    const first = titleLines[0] ?? '';
    const rest = titleLines.slice(1);
    if (
      unclosedBrackets(first) <= 0 &&
      (kickerOverTitle(first, joinAll(rest)) || (rest.length >= 2 && kickerOverTitle(first, rest[0] ?? '')))
    ) {
      kickerLines = [first];
      titleLines = rest;
    }
  }
  let kicker = kickerLines.length > 0 ? stripTrailingDashes(joinAll(kickerLines)) : null;
  let title = joinAll(titleLines);
  let subtitle = subLines.length > 0 ? stripLeadingDashes(joinAll(subLines)) : null;
  if (title === '') {
    // Dashes on every line: the last kicker line is the title after all, or the subtitle is.
    if (kicker !== null) {
      title = kicker;
      kicker = null;
    } else if (subtitle !== null) {
      title = subtitle;
      subtitle = null;
    }
  }
  return { kicker: kicker === '' ? null : kicker, title, subtitle: subtitle === '' ? null : subtitle };
}

// Pairs: “” ‘’ 《》 （） () 「」 『』 【】. Opener k is at BRACKETS[2k], its closer at BRACKETS[2k + 1].
const BRACKETS = Array.from('“”‘’《》（）()「」『』【】', (c) => c.charCodeAt(0));
const BRACKET_INDEX = new Map(BRACKETS.map((code, i) => [code, i]));

function balanced(text: string): boolean {
  return unclosedBrackets(text) === 0;
}

/**
 * How many brackets and quotes the text opens and leaves open, or -1 when one closes what it did not open (a
 * line that is the end of something): a headline that leaves one open runs on into the next line.
 */
export function unclosedBrackets(text: string): number {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Every bracket is from U+2018 on or is a parenthesis, and none is among the Han characters and what stands
    // between them and the full-width forms: most characters skip the lookup.
    if ((code < 0x2018 && code !== 40 && code !== 41) || (code >= 0x3400 && code < 0xff08)) continue;
    const at = BRACKET_INDEX.get(code);
    if (at === undefined) continue;
    if (at % 2 === 0) stack.push(at >> 1);
    else if (stack.pop() !== at >> 1) return -1;
  }
  return stack.length;
}

/**
 * The clauses of a line split at ，,、：: and whitespace, in one pass without cutting them out: how many, the
 * width in ems of the widest (as `ems` measures it), and whether the line has whitespace or a comma.
 */
function clauseShape(text: string): { count: number; widest: number; space: boolean; comma: boolean } {
  let count = 0;
  let widest = -Infinity;
  let width = 0;
  let length = 0;
  let space = false;
  let comma = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    const isComma = code === 0xff0c || code === 44 || code === 0x3001;
    const isSpace = code >= 0 && isSpaceCode(code);
    if (code < 0 || isComma || isSpace || code === 0xff1a || code === 58) {
      if (length > 0) {
        count++;
        if (width > widest) widest = width;
      }
      width = 0;
      length = 0;
      if (isComma) comma = true;
      if (isSpace) space = true;
    } else {
      length++;
      width += halfEms(code) / 2;
    }
  }
  return { count, widest, space, comma };
}

const ENUMERATED =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．]\D|第[一二三四五六七八九十]{1,3}[部章节篇])/;

function capitalOrDigit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * Whether a Latin line has ten words at most (as split at whitespace, an empty piece at either end counted) and
 * six tenths of those longer than three characters open with a capital or a digit, or none is that long. Read
 * in one pass: every English line after a finished sentence is asked, and splitting made an array a line.
 */
function capitalisedWords(text: string): boolean {
  let words = 1;
  let long = 0;
  let caps = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpaceCode(text.charCodeAt(i))) continue;
    if (i - start > 3) {
      long++;
      if (capitalOrDigit(text.charCodeAt(start))) caps++;
    }
    // A run of whitespace ends one word; the next starts after it.
    while (i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) i++;
    if (i < text.length) words++;
    start = i + 1;
  }
  return words <= 10 && (long === 0 || caps / long >= 0.6);
}

/**
 * Whether a lone short line between paragraphs reads as a subhead rather than the start of a paragraph that
 * was cut at a column end. Subheads are built of short parallel phrases ("甲化配备、乙化精选、丙化保障,选出…")
 * or are one short phrase; a cut paragraph start has a long clause running into the cut. `shape` is the line's
 * as a headline candidate, where it is one: its script and width are not measured again.
 */
export function looksLikeSubhead(text: string, shape?: CandidateShape): boolean {
  if (shape ? shape.latin : isLatinText(text)) {
    if (text.length > 60 || /[.,;:]$/.test(text) || !capitalOrDigit(text.charCodeAt(0))) return false;
    return capitalisedWords(text);
  }
  // Measured whole, a candidate's width decides as `ems` capped at 40 would: past 36 it fails either way.
  const width = shape ? shape.width : ems(text, 40);
  if (width < 2 || width > 36) return false;
  // The clauses before the punctuation and the brackets: most lines asked open a paragraph, whose long clauses
  // turn them away.
  const enumerated = ENUMERATED.test(text);
  if (!enumerated && !subheadClauses(text, width)) return false;
  if (/[。；;]/.test(text) || endsClauseOpen(text) || /[！？!?]./.test(text)) return false;
  return balanced(text) && (!enumerated || width <= 30);
}

/** Whether a line's clauses are a subhead's: one short phrase, short parallel phrases, or short words spaced. */
function subheadClauses(text: string, width: number): boolean {
  const { count, widest, space, comma } = clauseShape(text);
  if (count === 1) return width <= 12;
  if (count >= 3) return widest <= 10;
  return space && !comma && widest <= 8;
}

/**
 * A label rather than a headline: two words at most, or four Han characters and nothing else ("Business Briefs",
 * "本埠").
 */
export function labelSized(text: string): boolean {
  const trimmed = text.trim();
  if (/\p{Script=Han}/u.test(trimmed)) return hanShare(trimmed) === 1 && ems(trimmed, 200) <= 4;
  return trimmed.split(/\s+/).length <= 2;
}

/** Latin words at least of a line that is a headline over its deck, not a kicker over the headline. */
const HEADLINE_WORDS = 6;

/**
 * A headline rather than a kicker over one: a Latin line of six words or more (a kicker is a few, a headline
 * rarely fewer) that ends no sentence (a headline has no full stop; a list's item or a caption does).
 */
export function headlineSized(text: string): boolean {
  const trimmed = text.trim();
  return (
    !/\p{Script=Han}/u.test(trimmed) &&
    trimmed.split(/\s+/).length >= HEADLINE_WORDS &&
    !endsSentence(trimmed)
  );
}
