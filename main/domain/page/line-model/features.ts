// What the line-role model sees of each line: facts of the line itself (shape, punctuation, script, what the
// rule classifier and the credit patterns say of it) and of its neighbours. The same code serves training
// (scripts/train-parser.mjs) and inference, so the model never sees features computed two ways.
import { leadCredit, namesLine } from '../byline';
import { creditsPicture, namesPicture } from '../captions';
import { ems, endsClauseOpen, endsSentence, hanShare, isLowerStart } from '../chars';
import { endsWithDashes, isHeadlineCandidate, looksLikeSubhead, startsWithDashes } from '../headline';
import type { PageLines } from '../lines';
import { textCosine } from '../topic-shift';

/** Names of the per-line facts, in vector order. */
const LINE_FACTS = [
  'furniture',
  'section',
  'marker',
  'byline',
  'rubric',
  'lead-credit',
  'names',
  'picture',
  'photo-credit',
  'ends-sentence',
  'ends-clause',
  'ends-dashes',
  'starts-dashes',
  'headline-shape',
  'subhead-shape',
  'width-to-column',
  'full-width',
  'short',
  'tiny',
  'under-12',
  'under-24',
  'over-40',
  'han',
  'upper',
  'capitalised-words',
  'digits',
  'lower-start',
  'quote-start',
  'blank-before',
  'blanks-before',
  'indented',
  'page-top',
  'page-bottom',
  'same-width-as-previous',
  'has-comma',
  'has-full-stop',
  'topic-shift',
  'repeated',
] as const;

const FACTS = LINE_FACTS.length;
/** Neighbours whose facts stand beside the line's own: two above, two below. */
const OFFSETS = [0, -1, 1, -2, 2] as const;
/** How the line stands to its neighbours: widths compared and a few conjunctions a linear model cannot form. */
const RELATIONS = [
  'wider-than-next',
  'narrower-than-next',
  'wider-than-previous',
  'narrower-than-previous',
  'previous-full-unfinished',
  'previous-finished',
  'headline-run',
  'headline-after-finished',
  'short-finished-after-full',
  'previous-short-finished',
  'next-starts-lower',
  'width-of-neighbours',
] as const;
/** Feature vector length: a bias, the facts of the line and of each neighbour (zeros past the page), relations. */
export const FEATURE_COUNT = 1 + FACTS * OFFSETS.length + RELATIONS.length;
/** Lines on each side that decide the width a column runs to. */
const WINDOW = 8;

const QUOTE_START = /^[“"‘'「『《（(【〔[]/;
// Headlines seldom hold a comma or a full stop; running text nearly always does within a few lines.
const COMMA = /[，、,；;]/;
const FULL_STOP = /[。！？]|[a-z][.!?](?:\s|$)/;

function letterShares(text: string): { upper: number; digits: number } {
  let letters = 0;
  let upper = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c >= 48 && c <= 57) digits++;
  }
  return { upper: letters >= 3 ? upper / letters : 0, digits: digits / Math.max(1, text.length) };
}

const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*/g;

/**
 * Share of a line's Latin words that open with a capital: a headline in title case capitalises nearly every word,
 * running text a few names. 0 when the line holds fewer than two such words.
 */
function capitalisedShare(text: string): number {
  const words = text.match(LATIN_WORD);
  if (!words || words.length < 2) return 0;
  let capitalised = 0;
  for (const word of words) {
    const c = word.charCodeAt(0);
    if (c >= 65 && c <= 90) capitalised++;
  }
  return capitalised / words.length;
}

/** The 75th percentile of line widths around each line: the width that lines of its column run to. */
function columnWidths(widths: Float64Array): Float64Array {
  const out = new Float64Array(widths.length);
  const window: number[] = [];
  for (let i = 0; i < widths.length; i++) {
    window.length = 0;
    for (let k = Math.max(0, i - WINDOW); k <= Math.min(widths.length - 1, i + WINDOW); k++)
      window.push(widths[k] ?? 0);
    window.sort((a, b) => a - b);
    out[i] = window[Math.floor((window.length - 1) * 0.75)] ?? 0;
  }
  return out;
}

const fact = (name: (typeof LINE_FACTS)[number]): number => LINE_FACTS.indexOf(name);
const ENDS = fact('ends-sentence');
const FULL = fact('full-width');
const HEADLINE = fact('headline-shape');
const SHORT = fact('short');
const LOWER = fact('lower-start');

function relationsOf(facts: Float32Array, widths: Float64Array, i: number): number[] {
  const n = widths.length;
  const at = (j: number, k: number): number => (j >= 0 && j < n ? (facts[j * FACTS + k] ?? 0) : 0);
  const w = widths[i] ?? 0;
  const next = i + 1 < n ? (widths[i + 1] ?? 0) : w;
  const previous = i > 0 ? (widths[i - 1] ?? 0) : w;
  const headlineRun = at(i, HEADLINE) && (at(i - 1, HEADLINE) || at(i + 1, HEADLINE)) ? 1 : 0;
  return [
    w > next * 1.25 ? 1 : 0,
    w < next * 0.8 ? 1 : 0,
    w > previous * 1.25 ? 1 : 0,
    w < previous * 0.8 ? 1 : 0,
    at(i - 1, FULL) && !at(i - 1, ENDS) ? 1 : 0,
    i === 0 || at(i - 1, ENDS) ? 1 : 0,
    headlineRun,
    at(i, HEADLINE) && (i === 0 || at(i - 1, ENDS)) ? 1 : 0,
    at(i, ENDS) && !at(i, FULL) && at(i - 1, FULL) ? 1 : 0,
    at(i - 1, ENDS) && at(i - 1, SHORT) ? 1 : 0,
    at(i + 1, LOWER) ? 1 : 0,
    Math.abs(w - previous) <= 1.5 && Math.abs(w - next) <= 1.5 ? 1 : 0,
  ];
}

/** Characters read on each side of a line for the topic-shift fact. */
const TOPIC_SIDE = 240;

/**
 * How little the text from this line on shares with the text before it (1 − cosine of their terms): a new
 * article starts a new subject. Measured only where a headline could start; elsewhere a neutral 0.5.
 */
export function topicShift(lines: PageLines, i: number): number {
  let before = '';
  for (let k = i - 1; k >= 0 && before.length < TOPIC_SIDE; k--) before = lines.text(k) + before;
  let after = '';
  for (let k = i; k < lines.length && after.length < TOPIC_SIDE; k++) after += lines.text(k);
  if (before.length < TOPIC_SIDE / 4 || after.length < TOPIC_SIDE / 4) return 0.5;
  return 1 - textCosine(before.slice(-TOPIC_SIDE), after.slice(0, TOPIC_SIDE));
}

/** Longest line that can be a running head or foot; a longer line met twice is text quoted twice. */
const RUNNING_LINE = 60;

/**
 * Which lines the page prints more than once, word for word: a running head or foot (the paper's name, a page
 * number, the date) comes back on every page and often at a page's top and bottom, where it can look like a
 * kicker or a title. Word-wrapped running text repeats short lines too ("the"), which the line's other facts
 * tell apart.
 */
function repeatedLines(lines: PageLines): Uint8Array {
  const keys: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines.text(i).trim();
    const key = text.length >= 2 && text.length <= RUNNING_LINE ? text : '';
    keys.push(key);
    if (key) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return Uint8Array.from(keys, (key) => ((seen.get(key) ?? 0) > 1 ? 1 : 0));
}

function factsOf(
  lines: PageLines,
  i: number,
  width: number,
  column: number,
  previous: number,
  repeated: number,
): number[] {
  const text = lines.text(i);
  const kind = lines.kind(i);
  const ratio = column > 0 ? Math.min(2, width / column) : 1;
  const { upper, digits } = letterShares(text.slice(0, 200));
  const headline = isHeadlineCandidate(text);
  return [
    kind === 'furniture' ? 1 : 0,
    kind === 'section' ? 1 : 0,
    kind === 'marker' ? 1 : 0,
    kind === 'byline' ? 1 : 0,
    kind === 'rubric' ? 1 : 0,
    text.length <= 300 && leadCredit(text) ? 1 : 0,
    text.length <= 40 && namesLine(text) ? 1 : 0,
    namesPicture(text) ? 1 : 0,
    text.length <= 400 && creditsPicture(text) ? 1 : 0,
    endsSentence(text) ? 1 : 0,
    endsClauseOpen(text) ? 1 : 0,
    endsWithDashes(text) ? 1 : 0,
    startsWithDashes(text) ? 1 : 0,
    headline ? 1 : 0,
    text.length <= 80 && looksLikeSubhead(text) ? 1 : 0,
    ratio,
    ratio >= 0.9 ? 1 : 0,
    ratio < 0.6 ? 1 : 0,
    width <= 6 ? 1 : 0,
    width <= 12 ? 1 : 0,
    width <= 24 ? 1 : 0,
    width > 40 ? 1 : 0,
    hanShare(text),
    upper,
    capitalisedShare(text.slice(0, 200)),
    digits,
    isLowerStart(text) ? 1 : 0,
    QUOTE_START.test(text) ? 1 : 0,
    lines.gapBefore(i) > 0 ? 1 : 0,
    lines.gapBefore(i) > 1 ? 1 : 0,
    lines.indent(i) >= 1 ? 1 : 0,
    i < 3 ? 1 : 0,
    i >= lines.length - 3 ? 1 : 0,
    i > 0 && Math.abs(width - previous) <= 1.5 ? 1 : 0,
    COMMA.test(text) ? 1 : 0,
    FULL_STOP.test(text) ? 1 : 0,
    headline ? topicShift(lines, i) : 0.5,
    repeated,
  ];
}

/** One feature row per line (rows × FEATURE_COUNT, row-major), for lines already classified. */
export function lineFeatures(lines: PageLines): Float32Array {
  const n = lines.length;
  const widths = new Float64Array(n);
  for (let i = 0; i < n; i++) widths[i] = ems(lines.text(i), 200);
  const columns = columnWidths(widths);
  const repeated = repeatedLines(lines);
  const facts = new Float32Array(n * FACTS);
  for (let i = 0; i < n; i++)
    facts.set(
      factsOf(lines, i, widths[i] ?? 0, columns[i] ?? 0, widths[i - 1] ?? 0, repeated[i] ?? 0),
      i * FACTS,
    );
  const rows = new Float32Array(n * FEATURE_COUNT);
  for (let i = 0; i < n; i++) {
    const row = i * FEATURE_COUNT;
    rows[row] = 1;
    OFFSETS.forEach((offset, k) => {
      const j = i + offset;
      if (j < 0 || j >= n) return;
      rows.set(facts.subarray(j * FACTS, (j + 1) * FACTS), row + 1 + k * FACTS);
    });
    rows.set(relationsOf(facts, widths, i), row + 1 + FACTS * OFFSETS.length);
  }
  return rows;
}
