// A row of headlines set side by side over their stories, as pdftotext writes it when their lines share a
// baseline: one text line holds a piece of each headline, single spaces between them ("城市公园新增绿道
// 全省高校开展招聘 【秋收时节】稻谷飘"), the lines under it hold the rest in the same order, and the stories follow
// one after another, each opening with its dateline. Read as it stands, the row is one long headline over one
// story. Each headline is put together again and set over its own story; characters are kept, only their order
// and whitespace change.

import { leadCredit } from '../page/byline.js';
import { ems, endsSentence, hanShare } from '../page/chars.js';
import { startsWithDashes } from '../page/headline.js';
import { furnitureItems, sectionLabel } from '../page/furniture.js';
import { cosine, terms } from '../page/topic-shift.js';
import { LineTable } from './line-table.js';

/** How many lines a row of headlines takes at most, how many headlines stand side by side, how many pieces a
 * line of them holds, and how many readings of the row are followed at once (the first ones are kept). */
const MAX_ROW_LINES = 8;
const MAX_HEADLINES = 4;
const MAX_PIECES = 8;
const MAX_PLANS = 64;
/** A piece of the first line narrower than this (in ems) is a gap a justified headline left, not a headline. */
const MIN_HEADLINE_EMS = 3;
/** The narrowest first line of a row of headlines is at least this share of the widest. */
const SIMILAR_WIDTHS = 0.6;
/** How wide a column's line is at most, in ems: a headline's, or a story's line in text read by columns. */
const COLUMN_EMS = 40;
/** How far down the stories' datelines are looked for, in lines. */
const STORY_REACH = 400;

const blank = (line: string): boolean => line.trim() === '';
const datelined = (line: string): boolean => (leadCredit(line.trim())?.dateline ?? null) !== null;
const piecesOf = (line: string): string[] => line.trim().split(/ +/);
/** A line a Chinese headline row can hold: Han text, no sentence end, no dateline, not the page's furniture. */
export function headlineLine(line: string): boolean {
  const text = line.trim();
  return headlineShaped(text) && !datelined(text) && furnitureItems(text, false) === null;
}

/** What a headline line looks like before its words are read: short Han text with no sentence end. */
function headlineShaped(text: string): boolean {
  return (
    text !== '' && ems(text, COLUMN_EMS + 1) <= COLUMN_EMS && hanShare(text) >= 0.6 && !endsSentence(text)
  );
}

/**
 * The ways the first line's pieces make the headlines side by side, likeliest first: pieces too narrow to be a
 * headline join the piece before them (or after, if first); then every grouping of neighbouring pieces wide
 * enough to be headlines, more headlines before fewer, as a space inside a headline
 * ("全省高校开展招聘活动 服务月") looks like the gap between two. Headlines side by side fill their columns'
 * first lines alike, so the pieces of a reading are of similar widths; a narrow piece after a wide one is the
 * last words of one headline with a space inside it ("制造业景气回升 生产指" over "数重回扩张区间").
 */
function firstLineReadings(line: string): string[][] {
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
  return groupings
    .filter((groups, at) => at === 0 || groups.every((group) => ems(group) >= MIN_HEADLINE_EMS))
    .filter((groups) => {
      const widths = groups.map(setWidth);
      const fresh = !seen.has(groups.join('\n'));
      seen.add(groups.join('\n'));
      return (
        fresh &&
        groups.length >= 2 &&
        groups.length <= MAX_HEADLINES &&
        Math.min(...widths) >= Math.max(...widths) * SIMILAR_WIDTHS
      );
    })
    .sort((a, b) => (a === groupings[0] ? -1 : b === groupings[0] ? 1 : b.length - a.length));
}

/** How many lines under a row of headlines, in text read by columns, the first story opens within. */
const DATELINE_REACH = 6;

/**
 * Whether a story opens within reach of line `from`. Where the text was not laid out, the blank lines are the
 * page's: another row of headlines opening a block on the way is nearer the story. And the story's opening line
 * must be a column's width: a line holding a whole paragraph is text copied block by block (from a browser,
 * say), whose headlines never stand side by side, and a kicker and a title each with a space inside would read
 * as a row.
 */
function datelineWithin(lines: LineTable, from: number, laidOut: boolean): boolean {
  for (let k = from; k < lines.length && k < from + DATELINE_REACH; k++) {
    const line = lines.at(k);
    if (datelined(line)) return laidOut || ems(line, COLUMN_EMS + 1) <= COLUMN_EMS;
    if (!laidOut && k > from && lines.blank(k - 1) && opensRow(lines, k)) return false;
  }
  return false;
}

/** The headlines of the row of lines `start`..`end`, whose first story's dateline stands right under it. */
function rowOverDateline(
  lines: LineTable,
  start: number,
  end: number,
): { row: string[] | null; end: number } {
  const row =
    end - start >= 2 && datelined(lines.at(end)) ? rebuildHeadlines(rowLines(lines, start, end)) : null;
  return { row, end };
}

/**
 * In text read by columns, the headlines of the row of lines from `start`: the longest run of its lines that
 * makes headlines side by side, the first story opening a few lines under it (a caption or a box may
 * stand between); the lines left under it are the first headline's, which ran on below the others.
 */
function rowOverStories(
  lines: LineTable,
  start: number,
  rowEnd: number,
  laidOut: boolean,
): { row: string[] | null; end: number } {
  for (let end = rowEnd; end - start >= 2; end--) {
    const row = datelineWithin(lines, end, laidOut) ? rebuildHeadlines(rowLines(lines, start, end)) : null;
    if (row) return { row, end };
  }
  return { row: null, end: rowEnd };
}

const rowLines = (lines: LineTable, start: number, end: number): string[] =>
  Array.from({ length: end - start }, (_, k) => lines.at(start + k));

/** A line of a row of headlines: a headline's line, and not a subtitle's under it, which a dash opens. */
const rowLine = (line: string, under: boolean): boolean =>
  headlineLine(line) && !(under && startsWithDashes(line.trim()));

/** The end of the headline lines that open at `start`: the first line that cannot be part of a headline. */
function headlineEnd(lines: LineTable, start: number): number {
  let end = start;
  while (end < lines.length && end - start < MAX_ROW_LINES && rowLine(lines.at(end), end > start)) end++;
  return end;
}

/**
 * Lines of the stories' datelines under the row, one per headline; null when another headline with a dateline
 * under it comes first (captions and page furniture between the stories are passed over).
 */
function storyStarts(lines: LineTable, from: number, count: number): number[] | null {
  const starts: number[] = [];
  for (let i = from; i < lines.length && i < from + STORY_REACH; i++) {
    if (datelined(lines.at(i))) {
      starts.push(i);
      if (starts.length === count) return starts;
      continue;
    }
    if (i > from && !lines.blank(i - 1)) continue;
    const end = headlineEnd(lines, i);
    if (end > i && datelined(lines.at(end))) return null;
  }
  return null;
}

/** How many lines of a story's opening are read to match it with its headline. */
const LEAD_LINES = 4;
/** The least share of terms (cosine) a headline has in common with the opening of its story. */
const MIN_COHESION = 0.1;

/**
 * In text read by columns, the stories under a row of headlines come each with its column, and a
 * story of another column (or a box) may stand between them: the first story is the one whose dateline comes first
 * under the row, and each other headline's is the one whose opening has most words in common with it.
 */
function matchedStoryStarts(lines: LineTable, from: number, headlines: readonly string[]): number[] | null {
  const datelines: number[] = [];
  for (let i = from; i < lines.length && i < from + STORY_REACH; i++)
    if (datelined(lines.at(i))) datelines.push(i);
  const first = datelines[0];
  if (first === undefined || first >= from + DATELINE_REACH) return null;
  const starts = [first];
  for (const headline of headlines.slice(1)) {
    const words = terms(headline);
    let best = -1;
    let most = MIN_COHESION;
    for (const start of datelines) {
      if (starts.includes(start)) continue;
      const shared = cosine(words, terms(lines.slice(start, Math.min(lines.length, start + LEAD_LINES))));
      if (shared > most) [best, most] = [start, shared];
    }
    if (best < 0) return null;
    starts.push(best);
  }
  return starts;
}

/** One reading of a row so far: per headline, its text, and whether its last line ended it. */
interface Plan {
  titles: string[];
  ended: boolean[];
}

/**
 * How wide a piece of headline is set, in ems: punctuation (brackets, quotes, colons, dots) half a character,
 * as headline type sets it; spaces left by justification nothing.
 */
function setWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) continue;
    const punctuation =
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff01 && code <= 0xff0f) ||
      (code >= 0xff1a && code <= 0xff20) ||
      (code >= 0x2010 && code <= 0x2027) ||
      code === 0xb7;
    width += punctuation ? 0.5 : ems(text[i] ?? '');
  }
  return width;
}

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
      if (setWidth(text) > (full[c] ?? 0) + 0.5) break;
      for (const rest of assignments(full, open, pieces, end + 1, c + 1)) yield [[c, text], ...rest];
    }
  }
}

/**
 * The headlines put together from the row's lines; null when a line's pieces fit no headline still open.
 * Every line of a headline but its last is as wide as its first; a line a character or more narrower ends it.
 * Of the ways that fit every line, the first in reading order wins: each piece goes to the leftmost headline
 * still open that it fits, unless a later line then fits nowhere. Where no way fits, the headlines' columns are
 * taken to be as wide as the widest first line: a headline broken at the space between its phrases has a first
 * line narrower than its column ("国庆长假" over "各地景区客流创新高"), and headlines side by side over their
 * stories most often stand in columns of one width.
 */
function rebuildHeadlines(row: readonly string[]): string[] | null {
  const readings = firstLineReadings(row[0] ?? '');
  for (const oneWidth of [false, true])
    for (const first of readings) {
      const widths = first.map(setWidth);
      const widest = Math.max(...widths);
      const titles = rebuildFrom(first, oneWidth ? widths.map(() => widest) : widths, row.slice(1));
      if (titles) return titles;
    }
  return null;
}

/**
 * The headlines put together from the first line's reading and the lines under it, no line of a headline wider than
 * `full` says its column is; null when a line fits none.
 */
function rebuildFrom(
  first: readonly string[],
  full: readonly number[],
  rest: readonly string[],
): string[] | null {
  let plans: Plan[] = [{ titles: [...first], ended: first.map(() => false) }];
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
        for (const [c, text] of assignment) {
          titles[c] = `${titles[c] ?? ''}${text}`;
          ended[c] = setWidth(text) <= (full[c] ?? 0) - 1;
        }
        const key = titles.join('\n');
        if (!next.has(key)) next.set(key, { titles, ended });
      }
    if (next.size === 0) return null;
    plans = [...next.values()].slice(0, MAX_PLANS);
  }
  return plans[0]?.titles ?? null;
}

/** A row has two lines at least; most lines are told from a headline's without reading their words. */
const opensRow = (lines: LineTable, i: number): boolean =>
  lines.hasSpace(i) && headlineShaped(lines.at(i).trim()) && headlineShaped(lines.at(i + 1).trim());

function spacedLines(lines: LineTable, start: number, end: number): number {
  let spaced = 0;
  for (let k = start; k < end; k++) if (lines.hasSpace(k)) spaced++;
  return spaced;
}

/**
 * The text with every row of side-by-side headlines that has its stories under it set apart, story by story.
 * In text a column reader put together (`laidOut`), the blank lines under a row are the reader's, not the page's,
 * and each story is under its own column, so the first may open a few lines down and the others anywhere below.
 * So are they under a row two lines of which or more hold pieces side by side, whoever read the page. A row with
 * one such line needs a story right under it: its line is as likely one headline with a space inside.
 * Lines are copied in runs between the places that change, and a text with no row comes back as it was.
 */
export function splitSideBySideHeadlines(text: string, laidOut = false): string {
  if (!text.includes(' ')) return text;
  const lines = new LineTable(text);
  const out: string[] = [];
  const before = new Map<number, string>();
  // Lines before `copied` are in `out`.
  let copied = 0;
  const copyUpTo = (line: number): void => {
    if (line > copied) out.push(lines.slice(copied, line));
    copied = line;
  };
  let i = 0;
  while (i < lines.length) {
    const opensBlock = i === 0 || lines.blank(i - 1) || sectionLabel(lines.at(i - 1).trim()) !== null;
    const rowEnd = opensBlock && opensRow(lines, i) ? headlineEnd(lines, i) : i;
    const byColumns = laidOut || spacedLines(lines, i, rowEnd) >= 2;
    const { row, end } = byColumns
      ? rowOverStories(lines, i, rowEnd, laidOut)
      : rowOverDateline(lines, i, rowEnd);
    const starts = row
      ? ((byColumns ? matchedStoryStarts(lines, end, row) : null) ?? storyStarts(lines, end, row.length))
      : null;
    if (!row || !starts) {
      const heading = before.get(i);
      if (heading !== undefined) {
        copyUpTo(i);
        if (!blank(lastLine(out.at(-1) ?? ''))) out.push('');
        out.push(heading);
      }
      i++;
      continue;
    }
    copyUpTo(i);
    out.push(row[0] ?? '');
    copied = end;
    starts.slice(1).forEach((start, n) => before.set(start, row[n + 1] ?? ''));
    i = end;
  }
  if (out.length === 0) return text;
  copyUpTo(lines.length);
  return out.join('\n');
}

const lastLine = (lines: string): string => lines.slice(lines.lastIndexOf('\n') + 1);
