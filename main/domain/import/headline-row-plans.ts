// How the lines of a row of headlines set side by side (see side-by-side-headlines.ts) are dealt back to the
// headlines: the first line's pieces start them, and each line under it goes, piece by piece, to the headlines
// whose columns it fits. Where several ways fit, the stories under the row decide: a story repeats its headline's
// words, so the way whose joins (the last characters of one line and the first of the next, read together) stand
// in the stories' text is the headlines as they were set.
import { ems } from '../page/chars.js';
import { unclosedBrackets } from '../page/headline.js';

/** How many headlines stand side by side, how many pieces a line of them holds, and how many readings of the row
 * are followed at once (the first ones are kept). */
const MAX_HEADLINES = 4;
const MAX_PIECES = 8;
const MAX_PLANS = 64;
/** A piece of the first line narrower than this (in ems) is a gap a justified headline left, not a headline. */
const MIN_HEADLINE_EMS = 3;
/** The narrowest first line of a row of headlines is at least this share of the widest. */
const SIMILAR_WIDTHS = 0.6;
/** Where a row's lines must show their headlines in the stories' words, two headlines of other widths (a lead
 * story's across two columns beside a one-column story's) may stand side by side, down to this share. */
const OTHER_WIDTHS = 0.3;
/**
 * How much wider than a headline's column (its first line's set width) a later line of it may be, in ems: the
 * punctuation read at half a character may be set full by the paper's type (two book-title brackets make a
 * character).
 */
const COLUMN_SLACK = 1;
/** How many characters of a join are looked up: two could meet in the stories by chance. */
const JOIN_CHARS = 3;

export const piecesOf = (line: string): string[] => line.trim().split(/ +/);

/** The headlines a row's lines make, and how far the stories under it bear them out. */
export interface RowReading {
  titles: string[];
  /** How many joins of a headline's lines stand in the stories' text. */
  evidence: number;
  /** Of those, how many are in a headline with another to its right: a line under one headline with a space
   * inside goes on from its last piece, which a reading as several headlines allows as well. */
  inner: number;
}

/** One reading of a row so far, and per headline whether its last line ended it and its widest line yet. */
interface Plan extends RowReading {
  ended: boolean[];
  widest: number[];
}

/**
 * The ways the first line's pieces make the headlines side by side, likeliest first: pieces too narrow to be a
 * headline join the piece before them (or after, if first); then every grouping of neighbouring pieces wide
 * enough to be headlines, more headlines before fewer, as a space inside a headline
 * ("全省高校开展招聘活动 服务月") looks like the gap between two. Headlines side by side fill their columns'
 * first lines alike, so the pieces of a reading are of similar widths; a narrow piece after a wide one is the
 * last words of one headline with a space inside it ("制造业景气回升 生产指" over "数重回扩张区间").
 * `otherWidths`: two headlines of other widths come after those. `raised`: a line over the row opens one of them.
 */
function firstLineReadings(line: string, otherWidths: boolean, raised: boolean): string[][] {
  const pieces = piecesOf(line);
  if (pieces.length > MAX_PIECES) return [];
  const joinedNarrow: string[] = [];
  for (const piece of pieces) {
    const last = joinedNarrow.length - 1;
    if (last >= 0 && (ems(piece) < MIN_HEADLINE_EMS || ems(joinedNarrow[last] ?? '') < MIN_HEADLINE_EMS))
      joinedNarrow[last] += ` ${piece}`;
    else joinedNarrow.push(piece);
  }
  const groupings: string[][] = [joinedNarrow];
  // Bit i of a mask set: a headline ends after piece i.
  for (let mask = 1; mask < 1 << (pieces.length - 1); mask++) {
    const groups = [pieces[0] ?? ''];
    for (let i = 1; i < pieces.length; i++)
      if (mask & (1 << (i - 1))) groups.push(pieces[i] ?? '');
      else groups[groups.length - 1] += ` ${pieces[i] ?? ''}`;
    groupings.push(groups);
  }
  const seen = new Set<string>();
  const candidates = groupings
    .filter((groups, at) => at === 0 || groups.every((group) => ems(group) >= MIN_HEADLINE_EMS))
    // A headline closes no bracket it did not open: a piece that does goes on from the piece before it (or from
    // a raised line over the row).
    .filter((groups) => raised || groups.every((group) => unclosedBrackets(group) >= 0))
    .filter((groups) => {
      const fresh = !seen.has(groups.join('\n'));
      seen.add(groups.join('\n'));
      return fresh && groups.length >= 2 && groups.length <= MAX_HEADLINES;
    });
  const similar = candidates
    .filter((groups) => widthsWithin(groups, SIMILAR_WIDTHS))
    .sort((a, b) => (a === groupings[0] ? -1 : b === groupings[0] ? 1 : b.length - a.length));
  if (!otherWidths) return similar;
  const other = candidates.filter(
    (groups) =>
      groups.length === 2 && !widthsWithin(groups, SIMILAR_WIDTHS) && widthsWithin(groups, OTHER_WIDTHS),
  );
  return [...similar, ...other];
}

/** Whether the narrowest group is at least `share` of the widest. */
function widthsWithin(groups: readonly string[], share: number): boolean {
  const widths = groups.map(setWidth);
  return Math.min(...widths) >= Math.max(...widths) * share;
}

/**
 * How wide a piece of headline is set, in ems: punctuation (brackets, quotes, colons, dots) half a character,
 * as headline type sets it; spaces left by justification nothing.
 */
function setWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === ' ') continue;
    width += HALF_SET.test(char) ? 0.5 : ems(char);
  }
  return width;
}

/** CJK and general punctuation: what headline type sets at half a character, and a story may set for a space. */
const PUNCTUATION_CLASS = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u2010-\\u2027';
const HALF_SET = new RegExp(`[${PUNCTUATION_CLASS}\\u00b7]`);

/**
 * Every way a line's pieces go to the headlines still open, in order: consecutive pieces form one headline's
 * line, and headlines to the right get the later pieces. A headline may get nothing on a line (its line fell
 * on a row of its own).
 */
function* assignments(
  full: readonly number[],
  open: readonly boolean[],
  pieces: readonly string[],
  from = 0,
  column = 0,
): Generator<[number, string][]> {
  if (from === pieces.length) {
    yield [];
    return;
  }
  for (let c = column; c < full.length; c++) {
    if (!open[c]) continue;
    let text = '';
    for (let end = from; end < pieces.length; end++) {
      text = text === '' ? (pieces[end] ?? '') : `${text} ${pieces[end] ?? ''}`;
      if (setWidth(text) > (full[c] ?? 0) + COLUMN_SLACK) break;
      for (const rest of assignments(full, open, pieces, end + 1, c + 1)) yield [[c, text], ...rest];
    }
  }
}

/**
 * The headlines put together from the row's lines; null when a line's pieces fit no headline still open.
 * Every line of a headline but its last is as wide as its widest before it; a line a character or more narrower
 * ends it.
 * Of the ways that fit every line, the one whose joins the stories bear out most wins, and of those the first in
 * reading order: each piece goes to the leftmost headline still open that it fits, unless a later line then fits
 * nowhere. The first line's readings are weighed alike, its spaces inside a headline counted as joins. (A headline in larger type than its neighbour sets its lines lower, so pdftotext may give the
 * neighbour's next line first.) Where no way fits, the headlines' columns are taken to be as wide as the widest
 * first line: a headline broken at the space between its phrases has a first line narrower than its column
 * ("国庆长假" over "各地景区客流创新高"), and headlines side by side over their stories most often stand in
 * columns of one width. `story`: the text under the row, whitespace left out. `otherWidths`: see
 * firstLineReadings.
 */
export function rebuildHeadlines(
  row: readonly string[],
  story: string,
  otherWidths = false,
): RowReading | null {
  const raised = piecesOf(row[0] ?? '').length === 1 ? (row[0] ?? '').trim() : null;
  const pieced = raised === null ? row : row.slice(1);
  const readings = firstLineReadings(pieced[0] ?? '', otherWidths, raised !== null);
  const unpunctuated = story.replace(PUNCTUATION, '');
  for (const oneWidth of [false, true]) {
    let best: RowReading | null = null;
    let bestScore = -1;
    for (const first of readings) {
      const widths = first.map(setWidth);
      const widest = Math.max(...widths);
      const full = oneWidth ? widths.map(() => widest) : widths;
      for (const start of raised === null ? [startOf(first)] : raisedStarts(raised, first, full, story)) {
        const reading = rebuildFrom(start, full, pieced.slice(1), story);
        if (!reading) continue;
        const score = reading.evidence + spacesInStory(first, unpunctuated);
        if (score > bestScore) [best, bestScore] = [reading, score];
      }
    }
    if (best) return best;
  }
  return null;
}

const startOf = (first: readonly string[]): Plan => ({
  titles: [...first],
  ended: first.map(() => false),
  widest: first.map(setWidth),
  evidence: 0,
  inner: 0,
});

/**
 * A row whose first line holds one headline's line alone, over the line in pieces: a headline in larger type
 * reaches higher up the page, and pdftotext writes its first line on a row of its own. It opens the headline
 * whose first piece it runs on into in the stories' words (a join they bear out, counted as evidence), and is no
 * wider than that headline's column.
 */
function raisedStarts(
  raised: string,
  first: readonly string[],
  full: readonly number[],
  story: string,
): Plan[] {
  const starts: Plan[] = [];
  first.forEach((piece, c) => {
    if (setWidth(raised) > (full[c] ?? 0) + COLUMN_SLACK || !joinBorneOut(raised, piece, story)) return;
    const start = startOf(first);
    start.titles[c] = `${raised}${piece}`;
    start.widest[c] = Math.max(start.widest[c] ?? 0, setWidth(raised));
    starts.push({ ...start, evidence: 1, inner: c < first.length - 1 ? 1 : 0 });
  });
  return starts;
}

/** Punctuation a story may set where its headline has a space. */
const PUNCTUATION = new RegExp(`[${PUNCTUATION_CLASS}]`, 'g');

/**
 * How many spaces inside the first line's headlines join words the stories repeat: a headline's space stands for
 * a pause a story writes as a comma ("提速 老旧小区" as "提速，老旧小区"), so the story is read without punctuation.
 */
function spacesInStory(first: readonly string[], unpunctuated: string): number {
  let found = 0;
  for (const headline of first) {
    const pieces = headline.split(' ');
    for (let k = 1; k < pieces.length; k++)
      if (joinInStory(pieces.slice(0, k).join(''), pieces[k] ?? '', unpunctuated)) found++;
  }
  return found;
}

/**
 * The headlines put together from the first line's reading and the lines under it, no line of a headline wider than
 * `full` says its column is; null when a line fits none.
 */
function rebuildFrom(
  start: Plan,
  full: readonly number[],
  rest: readonly string[],
  story: string,
): RowReading | null {
  let plans: Plan[] = [start];
  for (const line of rest) {
    const pieces = piecesOf(line);
    if (pieces.length > MAX_PIECES) return null;
    const next = new Map<string, Plan>();
    for (const plan of plans)
      for (const assignment of assignments(
        full,
        plan.ended.map((e) => !e),
        pieces,
      )) {
        const titles = [...plan.titles];
        const ended = [...plan.ended];
        const widest = [...plan.widest];
        let { evidence, inner } = plan;
        for (const [c, text] of assignment) {
          if (joinBorneOut(titles[c] ?? '', text, story)) {
            evidence++;
            if (c < titles.length - 1) inner++;
          }
          titles[c] = `${titles[c] ?? ''}${text}`;
          // A line narrower than the headline's widest yet ends it: its column is no narrower than that line.
          ended[c] = setWidth(text) <= (widest[c] ?? 0) - 1;
          widest[c] = Math.max(widest[c] ?? 0, setWidth(text));
        }
        const key = titles.join('\n');
        if (!next.has(key)) next.set(key, { titles, ended, widest, evidence, inner });
      }
    if (next.size === 0) return null;
    plans = [...next.values()].slice(0, MAX_PLANS);
  }
  const best = plans.reduce((most, plan) => (plan.evidence > most.evidence ? plan : most), plans[0]!);
  return { titles: best.titles, evidence: best.evidence, inner: best.inner };
}

/**
 * Whether the join of a headline's line and the next is borne out: its characters stand together in the stories,
 * or the next line closes a bracket the headline left open ("【城市新面" over "貌】老街改造"; a series' label in
 * brackets is seldom repeated in its story).
 */
function joinBorneOut(before: string, after: string, story: string): boolean {
  if (joinInStory(before, after, story)) return true;
  const open = unclosedBrackets(before);
  if (open <= 0) return false;
  const left = unclosedBrackets(`${before}${after}`);
  return left >= 0 && left < open;
}

/** Whether the characters across the join of a headline's line and the next stand together in the stories. */
function joinInStory(before: string, after: string, story: string): boolean {
  const tail = before.trimEnd();
  const head = after.trimStart();
  for (let fromBefore = 1; fromBefore < JOIN_CHARS; fromBefore++) {
    const fromAfter = JOIN_CHARS - fromBefore;
    if (tail.length < fromBefore || head.length < fromAfter) continue;
    if (story.includes(`${tail.slice(-fromBefore)}${head.slice(0, fromAfter)}`)) return true;
  }
  return false;
}
