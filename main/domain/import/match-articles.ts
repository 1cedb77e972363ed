/**
 * Which article of a new parse of a source is which article of the old one, so a re-import keeps each
 * article's id (and with it annotations, bookmarks, tags and reading position).
 */
import { normalizeText } from '../anchoring/index.js';

export interface MatchableArticle {
  readonly title: string;
  readonly text: string;
}

/**
 * Below this share of common character pairs two texts are different articles. A parser improvement
 * that moves a caption or a paragraph between neighbours keeps far more than this in common.
 */
const MIN_OVERLAP = 0.4;

/**
 * For each new article, the index of its old counterpart, or undefined for a new one. First the same
 * position with the same title; then, among the rest, the pairs with the most text in common.
 */
export function matchArticles(
  before: readonly MatchableArticle[],
  after: readonly MatchableArticle[],
): (number | undefined)[] {
  const matches: (number | undefined)[] = after.map((article, i) => {
    const old = before[i];
    return old && sameTitle(old.title, article.title) ? i : undefined;
  });
  const takenOld = new Set(matches.filter((i): i is number => i !== undefined));
  const freeNew = after.flatMap((_, i) => (matches[i] === undefined ? [i] : []));
  const freeOld = before.flatMap((_, i) => (takenOld.has(i) ? [] : [i]));
  if (freeNew.length === 0 || freeOld.length === 0) return matches;

  const oldPairs = new Map(freeOld.map((i) => [i, characterPairs(before[i]!.text)]));
  const candidates = freeNew.flatMap((n) => {
    const pairs = characterPairs(after[n]!.text);
    return freeOld.map((o) => ({ n, o, score: overlap(oldPairs.get(o)!, pairs) }));
  });
  candidates.sort((a, b) => b.score - a.score || a.n - b.n || a.o - b.o);
  for (const { n, o, score } of candidates) {
    if (score < MIN_OVERLAP) break;
    if (matches[n] !== undefined || takenOld.has(o)) continue;
    matches[n] = o;
    takenOld.add(o);
  }
  return matches;
}

function sameTitle(a: string, b: string): boolean {
  return normalizeText(a).text === normalizeText(b).text;
}

/** Adjacent character pairs of the folded text: a measure that works for Chinese and English alike. */
function characterPairs(text: string): Set<string> {
  const folded = normalizeText(text).text;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < folded.length; i++) pairs.add(folded.slice(i, i + 2));
  return pairs;
}

/** The Dice coefficient: 1 for the same pairs, 0 for none in common. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 1;
  let common = 0;
  for (const pair of a) if (b.has(pair)) common++;
  return (2 * common) / (a.size + b.size);
}
