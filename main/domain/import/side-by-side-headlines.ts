// A row of headlines set side by side over their stories, as pdftotext writes it when their lines share a
// baseline: one text line holds a piece of each headline, single spaces between them ("城市公园新增绿道
// 全省高校开展招聘 【秋收时节】稻谷飘"), the lines under it hold the rest, each on the row of its baseline (a
// headline in larger type gives its next line after its neighbour's, and may stand its first line alone above the
// row), and the stories follow one after another, each opening with its dateline. Read as it stands, the row is
// one long headline over one story. Each headline is put together again and set over its own story; characters
// are kept, only their order and whitespace change.

import { leadCredit } from '../page/byline.js';
import { ems, endsSentence, hanShare } from '../page/chars.js';
import { endsWithDashes, startsWithDashes } from '../page/headline.js';
import { furnitureItems, sectionLabel } from '../page/furniture.js';
import { cosine, terms } from '../page/topic-shift.js';
import { rebuildHeadlines } from './headline-row-plans.js';
import { LineTable } from './line-table.js';

/** How many lines a row of headlines takes at most. */
const MAX_ROW_LINES = 8;
/** How wide a column's line is at most, in ems: a headline's, or a story's line in text read by columns. */
const COLUMN_EMS = 40;
/** How far down the stories' datelines are looked for, in lines. */
const STORY_REACH = 400;

const blank = (line: string): boolean => line.trim() === '';
/** A line set in from the left: a paragraph's first line, where a column reader kept the page's indents. */
const INDENTED = /^[ \u3000]+\S/;
const datelined = (line: string): boolean => (leadCredit(line.trim())?.dateline ?? null) !== null;

/**
 * Whether a story opens on line i: its dateline stands there, or, in text not laid out, a narrow column broke it
 * off at the line's end ("城市台消息（晚间新" over "闻）：…"). In a column reader's text every row with a gap in
 * it is read as a row of headlines, and a line that runs on into a dateline's words there would set more single
 * headlines apart (a second story found for the words after their space) than it finds stories.
 */
function storyOpensAt(lines: LineTable, i: number, laidOut: boolean): boolean {
  if (datelined(lines.at(i))) return true;
  if (laidOut || lines.blank(i) || lines.blank(i + 1)) return false;
  return datelined(`${lines.at(i).trim()}${lines.at(i + 1).trim()}`);
}
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
    if (storyOpensAt(lines, k, laidOut)) return laidOut || ems(line, COLUMN_EMS + 1) <= COLUMN_EMS;
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
    end - start >= 2 && storyOpensAt(lines, end, false)
      ? rebuildHeadlines(rowLines(lines, start, end), storyText(lines, end))
      : null;
  return { row: row?.titles ?? null, end };
}

/**
 * In text read by columns, the headlines of the row of lines from `start`: the longest run of its lines that
 * makes headlines side by side, the first story opening a few lines under it (a caption or a box may
 * stand between); the lines left under it are the first headline's, which ran on below the others.
 * `byWords`: the row as its stories' words read it, where its widths found none (a row whose first line alone is
 * in pieces may as well be one headline with a space inside; headlines of other widths, a lead story's across two
 * columns beside a one-column story's, may stand side by side): it stands only where a line under it goes to a
 * headline left of another and the stories repeat the words across that join.
 */
function rowOverStories(
  lines: LineTable,
  start: number,
  rowEnd: number,
  laidOut: boolean,
  byWords = false,
): { row: string[] | null; end: number } {
  for (let end = rowEnd; end - start >= 2; end--) {
    const row = datelineWithin(lines, end, laidOut)
      ? rebuildHeadlines(rowLines(lines, start, end), storyText(lines, end), byWords)
      : null;
    if (row && (!byWords || row.inner > 0)) return { row: row.titles, end };
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
function storyStarts(lines: LineTable, from: number, count: number, laidOut: boolean): number[] | null {
  const starts: number[] = [];
  for (let i = from; i < lines.length && i < from + STORY_REACH; i++) {
    if (storyOpensAt(lines, i, laidOut)) {
      starts.push(i);
      if (starts.length === count) return starts;
      continue;
    }
    if (i > from && !lines.blank(i - 1)) continue;
    const end = headlineEnd(lines, i);
    if (end > i && storyOpensAt(lines, end, laidOut)) return null;
  }
  return null;
}

/** How many lines of a story's opening are read to match it with its headline. */
const LEAD_LINES = 4;
/** The least share of terms (cosine) a headline has in common with the opening of its story. */
const MIN_COHESION = 0.1;
/**
 * The least a story with no dateline must share: any block of text may open one, a box or the rest of a column
 * read out of place among them, so a few words in common are more often chance.
 */
const MIN_UNDATED_COHESION = 0.3;

/**
 * Whether a story with no dateline may open on line i: a block of running text opens there (a blank line above it,
 * and a full stop within its first lines, which no headline has). In text a column reader laid out, whose blank
 * lines are its own, the block must open a paragraph too: its first line keeps the paragraph's indent. Which
 * headline it goes with is for its words to say.
 */
function opensUndatedStory(lines: LineTable, i: number, laidOut: boolean): boolean {
  if (i === 0 || !lines.blank(i - 1) || (laidOut && !INDENTED.test(lines.at(i)))) return false;
  for (let k = i; k < i + LEAD_LINES && k < lines.length && !lines.blank(k); k++)
    if (lines.at(k).includes('。')) return true;
  return false;
}

/**
 * In text read by columns, the stories under a row of headlines come each with its column, and a
 * story of another column (or a box) may stand between them: the first story is the one whose dateline comes first
 * under the row, and each other headline's is the one whose opening has most words in common with it: a dated
 * story's, or a block's of running text, as not every story has a dateline. The story
 * right under the row goes to the headline that shares most words with its opening: most often the first one,
 * but a headline may stand left of one whose story is read first (its own read further down). The headlines come
 * back in the order of their stories' datelines as matched.
 */
function matchedStoryStarts(
  lines: LineTable,
  from: number,
  headlines: readonly string[],
  laidOut: boolean,
): { titles: string[]; starts: number[] } | null {
  const candidates: number[] = [];
  const undated = new Set<number>();
  let first: number | undefined;
  for (let i = from; i < lines.length && i < from + STORY_REACH; i++) {
    if (storyOpensAt(lines, i, laidOut)) {
      first ??= i;
      candidates.push(i);
    } else if (opensUndatedStory(lines, i, laidOut)) {
      candidates.push(i);
      undated.add(i);
    }
  }
  if (first === undefined || first >= from + DATELINE_REACH) return null;
  // The story right under the row is the first dated one; the blocks before it are the row's captions or boxes.
  candidates.splice(0, candidates.indexOf(first));
  const words = headlines.map(terms);
  // A story's opening ends where the next story opens; each is read once, when first matched.
  const openings = new Map<number, ReturnType<typeof terms>>();
  const opening = (at: number): ReturnType<typeof terms> => {
    const start = candidates[at] ?? lines.length;
    let read = openings.get(at);
    if (!read) {
      read = terms(lines.slice(start, Math.min(candidates[at + 1] ?? lines.length, start + LEAD_LINES)));
      openings.set(at, read);
    }
    return read;
  };
  // The first story's headline: the one sharing most words with its opening (the first on a tie).
  let opener = 0;
  let closest = -1;
  words.forEach((w, k) => {
    const shared = cosine(w, opening(0));
    if (shared > closest) [opener, closest] = [k, shared];
  });
  const order = [opener, ...[...headlines.keys()].filter((k) => k !== opener)];
  const starts = [first];
  const taken = new Set([0]);
  for (const k of order.slice(1)) {
    let best = -1;
    let most = MIN_COHESION;
    for (let at = 0; at < candidates.length; at++) {
      if (taken.has(at)) continue;
      const shared = cosine(words[k] ?? new Map(), opening(at));
      const least = undated.has(candidates[at] ?? 0) ? MIN_UNDATED_COHESION : MIN_COHESION;
      if (shared > most && shared >= least) [best, most] = [at, shared];
    }
    if (best < 0) return null;
    taken.add(best);
    starts.push(candidates[best] ?? 0);
  }
  return { titles: order.map((k) => headlines[k] ?? ''), starts };
}

/** The text of the stories under a row, whitespace left out, to look its headlines' words up in. */
function storyText(lines: LineTable, from: number): string {
  return lines.slice(from, Math.min(lines.length, from + STORY_REACH)).replace(/\s+/g, '');
}

/** A row has two lines at least; most lines are told from a headline's without reading their words. */
const opensRow = (lines: LineTable, i: number): boolean =>
  lines.hasSpace(i) &&
  headlineShaped(lines.at(i).trim()) &&
  !endsWithDashes(lines.at(i).trim()) &&
  headlineShaped(lines.at(i + 1).trim());

/** A row may open with one headline's first line alone, raised over the line in pieces (headline-row-plans.ts). */
const opensRaisedRow = (lines: LineTable, i: number): boolean =>
  !lines.hasSpace(i) && lines.hasSpace(i + 1) && headlineShaped(lines.at(i).trim()) && opensRow(lines, i + 1);

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
 * one such line needs a story right under it: its line is as likely one headline with a space inside. Where
 * neither finds a row, its stories' words may (see rowOverStories), and then its stories are found by their words.
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
    // The cheap tests first: most lines open no row.
    const opens =
      (opensRow(lines, i) || opensRaisedRow(lines, i)) &&
      (i === 0 || lines.blank(i - 1) || sectionLabel(lines.at(i - 1).trim()) !== null);
    const rowEnd = opens ? headlineEnd(lines, i) : i;
    const byColumns = laidOut || spacedLines(lines, i, rowEnd) >= 2;
    const over = !opens
      ? { row: null, end: i }
      : byColumns
        ? rowOverStories(lines, i, rowEnd, laidOut)
        : rowOverDateline(lines, i, rowEnd);
    const byWords = over.row || !opens ? null : rowOverStories(lines, i, rowEnd, laidOut, true);
    const { row, end } = byWords?.row ? byWords : over;
    const matched = row && (byColumns || byWords?.row) ? matchedStoryStarts(lines, end, row, laidOut) : null;
    const starts = row ? (matched?.starts ?? storyStarts(lines, end, row.length, laidOut)) : null;
    const titles = matched?.titles ?? row;
    if (!titles || !starts) {
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
    out.push(titles[0] ?? '');
    copied = end;
    starts.slice(1).forEach((start, n) => before.set(start, titles[n + 1] ?? ''));
    i = end;
  }
  if (out.length === 0) return text;
  copyUpTo(lines.length);
  return out.join('\n');
}

const lastLine = (lines: string): string => lines.slice(lines.lastIndexOf('\n') + 1);
