// An OCR page's golden, projected onto the OCR text: each golden field becomes the stretch of the OCR text that
// reads it, misreadings and all. No parser can mend tesseract's wrong characters or the full stops it lost, and
// the scorer compares text exactly, so against the source golden a page scores 0 however well its articles,
// headlines and paragraphs are found. Projected, the golden asks what a parser can do: cut the OCR text right.
// A golden block the OCR text does not hold at all (a picture's caption read as noise) is left out; a headline
// field it does not hold stays as it was, so the article still counts as missed.
import approximateSearch from 'approx-string-match';
import type { GoldenArticle, GoldenBlock, GoldenPage } from './types';

/** The OCR text as comparable units: one per non-space character, width and compatibility forms folded. */
interface Units {
  /** One UTF-16 unit per character, so that string search works on characters. */
  keys: string;
  /** Where each unit's character starts in the text, and ends. */
  from: number[];
  to: number[];
}

function unitKey(ch: string): string {
  const folded = ch.normalize('NFKC');
  return folded.length === 1 ? folded : ch.length === 1 ? ch : '\uFFFD';
}

function toUnits(text: string): Units {
  const units: Units = { keys: '', from: [], to: [] };
  const keys: string[] = [];
  let at = 0;
  for (const ch of text) {
    if (!/\s/u.test(ch)) {
      keys.push(unitKey(ch));
      units.from.push(at);
      units.to.push(at + ch.length);
    }
    at += ch.length;
  }
  units.keys = keys.join('');
  return units;
}

const keyOf = (text: string): string => toUnits(text).keys;

interface Region {
  start: number;
  end: number;
}

/** Misreadings allowed in a match: a quarter of the characters, none in the shortest fields. */
function allowedErrors(length: number): number {
  return length < 4 ? 0 : Math.max(1, Math.floor(length / 4));
}

/** Stands for a character of text a block holds: no key has it. */
const TAKEN = '\uFFFF';

/** The best match of `key` inside `window` of the units, clear of `taken`: fewest errors, then nearest to `near`. */
function bestMatch(
  units: Units,
  key: string,
  window: Region,
  near: number,
  taken: readonly Region[],
): Region | null {
  // The search reports its fewest-error matches only: taken text is masked so that one over it costs errors.
  let haystack = units.keys.slice(window.start, window.end);
  for (const t of taken) {
    const from = Math.max(t.start, window.start) - window.start;
    const to = Math.min(t.end, window.end) - window.start;
    if (from < to) haystack = haystack.slice(0, from) + TAKEN.repeat(to - from) + haystack.slice(to);
  }
  const matches = approximateSearch(haystack, key, allowedErrors(key.length));
  let best: { region: Region; errors: number; distance: number } | null = null;
  for (const m of matches) {
    const region = { start: window.start + m.start, end: window.start + m.end };
    if (taken.some((t) => region.start < t.end && t.start < region.end)) continue;
    const distance = Math.abs(region.start - near);
    if (!best || m.errors < best.errors || (m.errors === best.errors && distance < best.distance))
      best = { region, errors: m.errors, distance };
  }
  return best?.region ?? null;
}

/** Shorter than this, a part of a paragraph is too likely found by coincidence to be sought on its own. */
const MIN_PART = 12;

/**
 * Where the OCR text reads `key`: one region, or for a paragraph a column break cut apart (the other column's
 * text read in between), the regions of its parts, found by halving.
 */
function locate(
  units: Units,
  key: string,
  window: Region,
  near: number,
  split: boolean,
  taken: readonly Region[] = [],
): Region[] {
  const whole = bestMatch(units, key, window, near, taken);
  if (whole) return [whole];
  if (!split || key.length < 2 * MIN_PART) return [];
  const half = key.length >> 1;
  const head = locate(units, key.slice(0, half), window, near, true);
  const tail = locate(units, key.slice(half), window, head.at(-1)?.end ?? near, true);
  // The cut falls inside a line as often as not: the head's last characters, which its match dropped as
  // errors, stand right before the tail in the text.
  const first = tail[0];
  const stop = head.at(-1)?.end ?? 0;
  if (first)
    for (let j = half - 1; j >= 0 && first.start > stop && units.keys[first.start - 1] === key[j]; j--)
      first.start--;
  return [...head, ...tail];
}

/**
 * The OCR text of the regions, as a parser would give it: a line-end hyphen the golden does not write is the
 * printed word's break, and lines are joined with a space (the scorer ignores spaces).
 */
function textOf(text: string, units: Units, regions: readonly Region[], golden: string): string {
  const goldenKey = keyOf(golden);
  return regions
    .map((r) =>
      text
        .slice(units.from[r.start], units.to[r.end - 1])
        .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, (whole, a: string, b: string) =>
          goldenKey.includes(`${a}-${b}`) ? `${a}-${b}` : `${a}${b}`,
        )
        .replace(/\s+/g, ' '),
    )
    .join(' ');
}

const HEADLINE_FIELDS = ['kicker', 'title', 'subtitle', 'byline', 'dateline', 'rubric'] as const;
/** A headline field is looked for this far before the article's first paragraph (in characters). */
const HEAD_REACH = 600;

interface ProjectedBlocks {
  article: GoldenArticle;
  blocks: GoldenBlock[];
  firstBody?: Region;
  /** Where the page's reading stood after the article's last block found. */
  after: number;
}

/** An article's blocks where the OCR text reads them, in page order; `taken` gets the regions they fill. */
function projectBlocks(
  text: string,
  units: Units,
  article: GoldenArticle,
  cursor: { at: number },
  taken: Region[],
): ProjectedBlocks {
  const all = { start: 0, end: units.keys.length };
  const projected: ProjectedBlocks = { article, blocks: [], after: cursor.at };
  for (const block of article.blocks) {
    const regions = locate(units, keyOf(block.text), all, cursor.at, true);
    if (regions.length === 0) continue;
    if (!projected.firstBody && block.type === 'paragraph') projected.firstBody = regions[0];
    cursor.at = regions.at(-1)!.end;
    taken.push(...regions);
    projected.blocks.push({ ...block, text: textOf(text, units, regions, block.text) });
  }
  projected.after = cursor.at;
  return projected;
}

/**
 * The headline fields where the OCR text reads them, outside every block: text that reads like a headline inside
 * a paragraph (the story's first sentence often restates it) is the paragraph's, and no parser could cut it out.
 */
function projectHeadline(
  text: string,
  units: Units,
  { article, blocks, firstBody, after }: ProjectedBlocks,
  taken: readonly Region[],
): GoldenArticle {
  const all = { start: 0, end: units.keys.length };
  const projected: GoldenArticle = { ...article, blocks };
  for (const field of HEADLINE_FIELDS) {
    const value = article[field];
    if (!value) continue;
    const key = keyOf(value);
    // A headline stands right above its text; the same dateline opens every article of a news page.
    const near = firstBody?.start ?? after;
    const above = { start: Math.max(0, near - HEAD_REACH), end: Math.min(all.end, near + key.length) };
    const [region] = locate(units, key, above, near, false, taken);
    const found =
      region ?? (field === 'dateline' ? undefined : locate(units, key, all, near, false, taken)[0]);
    if (found) projected[field] = textOf(text, units, [found], value);
  }
  if (article.authors && projected.byline !== article.byline) {
    projected.authors = article.authors.map((name) => {
      const [region] = locate(units, keyOf(name), all, firstBody?.start ?? 0, false, taken);
      return region ? textOf(text, units, [region], name) : name;
    });
  }
  return projected;
}

export function projectGolden(golden: GoldenPage, ocrText: string): GoldenPage {
  const units = toUnits(ocrText);
  const cursor = { at: 0 };
  const taken: Region[] = [];
  const bodies = golden.articles.map((a) => projectBlocks(ocrText, units, a, cursor, taken));
  return { ...golden, articles: bodies.map((b) => projectHeadline(ocrText, units, b, taken)) };
}
