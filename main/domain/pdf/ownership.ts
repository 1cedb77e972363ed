// Which headline each block of text belongs to. A block belongs to the nearest headline above it that shares
// some of its width; and the columns of one article start level with each other, so a column that starts
// level with its neighbour on the left (or a line or two lower, under a byline), right beside it, goes with
// that neighbour's headline when it is the nearer one (an article whose text runs wider than its headline). A
// picture's caption right over a headline is that headline's article's.
import { overlap, xOverlapShare, type Rect } from './geometry';
import type { Typed } from './roles';

/**
 * How much lower than its left neighbour's text a column may start, in ems, and still start level with it: the
 * first column often opens with a byline or a dateline line over the text the columns share.
 */
const LEAD_LINES = 3;
/** How far under its headline (a byline and a deck between) a column's text starts, in ems, at most. */
const OWN_HEAD_EMS = 4;
/** Gap between two columns of one article, in ems of their type, at most. */
const GUTTER_EMS = 3;

function nearestAbove<G extends Rect>(block: Rect, groups: readonly G[]): G | null {
  let best: G | null = null;
  for (const g of groups) {
    if (g.y1 > block.y0 + 2 || overlap(g.x0, g.x1, block.x0, block.x1) <= 0) continue;
    if (!best || g.y1 > best.y1) best = g;
  }
  return best;
}

export function assignOwners<G extends Rect>(
  blocks: readonly Typed[],
  groups: readonly G[],
): Map<Typed, G | null> {
  const owner = new Map<Typed, G | null>(blocks.map((t) => [t, nearestAbove(t.block, groups)]));
  const byLeft = [...blocks].sort((a, b) => a.block.x0 - b.block.x0);
  const captions = blocks.filter((t) => t.role === 'caption');
  // A picture in the article's own column, its caption under it, stands between two of its columns: they are
  // neighbours still (the caption fills the gap between them, beside the right one's text).
  const pictureBetween = (l: Rect, b: Rect): boolean =>
    captions.some(
      (c) =>
        c.block.x0 >= l.x1 - 1 &&
        c.block.x1 <= b.x0 + 1 &&
        c.block.x1 - c.block.x0 >= (b.x0 - l.x1) / 2 &&
        c.block.y0 >= b.y0 &&
        c.block.y0 <= b.y1,
    );
  for (const t of byLeft) {
    const b = t.block;
    // The nearest such column on the left: a farther one across a picture has this one's neighbour between.
    const left = byLeft.findLast(
      (l) =>
        l !== t &&
        (l.role === 'body' || l.role === 'subhead') &&
        b.y0 - l.block.y0 > -b.size * 0.5 &&
        b.y0 - l.block.y0 < LEAD_LINES * b.size &&
        l.block.x1 <= b.x0 &&
        (b.x0 - l.block.x1 < GUTTER_EMS * b.size || pictureBetween(l.block, b)),
    );
    const theirs = left ? owner.get(left) : null;
    const mine = owner.get(t) ?? null;
    // A column right under its own headline stays with it, though the neighbour's headline ends lower (a
    // one-column story's three-line headline beside a two-column story's one line).
    const headed = mine !== null && xOverlapShare(mine, b) > 0.5 && b.y0 - mine.y1 <= OWN_HEAD_EMS * b.size;
    if (theirs && !headed && (!mine || theirs.y1 > mine.y1)) owner.set(t, theirs);
  }
  flowDownColumns(blocks, owner);
  captionsOverHeadlines(blocks, groups, owner);
  return owner;
}

/** A picture's caption stands at most this many ems of its type over the headline (and kicker) under it. */
const CAPTION_GAP_EMS = 2;
/** It spans this share of the headline's width at least: a column's own picture over a wider headline does not. */
const CAPTION_SPAN = 0.6;
const CAPTION_ROLES = new Set<Typed['role']>(['caption', 'credit']);

/**
 * A picture set over a headline tops that headline's article: its caption, right over the headline and as wide,
 * and the credit or caption lines stacked right over that, are the article's, not the one whose text ends above.
 */
function captionsOverHeadlines<G extends Rect>(
  blocks: readonly Typed[],
  groups: readonly G[],
  owner: Map<Typed, G | null>,
): void {
  const width = (r: Rect): number => r.x1 - r.x0;
  // A picture set inside its article's columns, under the article's headline and level with its text in a
  // column beside it, is that article's.
  const inColumns = (t: Typed): boolean => {
    const mine = owner.get(t);
    const b = t.block;
    return (
      !!mine &&
      mine.y1 <= b.y0 &&
      overlap(mine.x0, mine.x1, b.x0, b.x1) > 0 &&
      blocks.some(
        (o) =>
          o.role === 'body' &&
          owner.get(o) === mine &&
          o.block.y0 < b.y1 &&
          o.block.y1 > b.y0 &&
          overlap(o.block.x0, o.block.x1, b.x0, b.x1) === 0,
      )
    );
  };
  const opens = (t: Typed, g: G): boolean =>
    t.role === 'caption' && width(t.block) >= CAPTION_SPAN * width(g) && !inColumns(t);
  for (const g of groups) {
    let top: Rect = g;
    for (let first = true; ; first = false) {
      const next = blocks.find(
        (t) =>
          CAPTION_ROLES.has(t.role) &&
          t.block.y1 <= top.y0 + 1 &&
          top.y0 - t.block.y1 <= CAPTION_GAP_EMS * t.block.size &&
          xOverlapShare(t.block, g) > 0.5 &&
          (!first || opens(t, g)),
      );
      if (!next) break;
      owner.set(next, g);
      top = next.block;
    }
  }
}

/**
 * Text runs down its column until a headline stops it: a block goes with the block right above it in its
 * column when that block stands lower than the headline it was given (an article's third column under another
 * article's picture, beside its own headline's columns).
 */
function flowDownColumns<G extends Rect>(blocks: readonly Typed[], owner: Map<Typed, G | null>): void {
  const byTop = [...blocks].sort((a, b) => a.block.y0 - b.block.y0);
  for (const t of byTop) {
    const b = t.block;
    let above: Typed | null = null;
    for (const o of byTop) {
      if (o === t || o.block.y1 > b.y0 + 2 || xOverlapShare(o.block, b) < 0.5) continue;
      if (!above || o.block.y1 > above.block.y1) above = o;
    }
    const theirs = above ? owner.get(above) : null;
    const mine = owner.get(t);
    if (above && theirs && theirs !== mine && (!mine || above.block.y1 > mine.y1)) owner.set(t, theirs);
  }
}
