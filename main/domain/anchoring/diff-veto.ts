/**
 * The diff's say over places that search finds. A passage that moved or was rewritten is new text to the
 * diff (deleted in one place, inserted in another), so search may land on it; where the diff knows better,
 * it vetoes the place (contradictsDiff) or vouches for a move (movedByDiff).
 */
import type { DiffWitness, Range } from './diff-witness.js';
import { editWroteOtherEdge, isOwn, originsIn, othersWithin, visibleOffsets } from './diff-witness.js';
import type { TextQuoteAnchor } from './reanchor.js';

/**
 * A unique exact hit may have up to this share of the quote's visible characters carried elsewhere by the
 * diff, at its edges: where text beside the passage repeats its edge character, which copy the diff keeps is
 * arbitrary ("·" of a moved list item kept at the item's old place vetoed the item, found whole elsewhere).
 */
const MAX_STRAY_SHARE = 1 / 8;
/** Share of a found passage's visible characters that may be, per the diff, other old text. */
const MAX_FOREIGN_SHARE = 0.2;

/**
 * Whether the diff contradicts a passage found by search. It may not land:
 * - away from the user's own characters that the diff shows still standing elsewhere (a sentence move that
 *   split the quote: the found "same words" are then partly someone else's), but for a few strays at the
 *   edges of a unique exact hit (see MAX_STRAY_SHARE) whose edges are not text the edit wrote that only folds
 *   like the quote's (see editWroteOtherEdge);
 * - on text that mostly already existed elsewhere in the old version (another occurrence of the same words);
 * - for an approximate hit, with an edge on another's characters, or on new text when it holds some of the
 *   user's own: its edges are then a guess of the approximate match, which grew over the text beside it (a
 *   deleted "…告终。" ran onto the next sentence's "总之，资产经营").
 */
export function contradictsDiff(
  witness: DiffWitness,
  found: Range,
  match: { readonly exact: boolean; readonly unique: boolean },
  annotation: TextQuoteAnchor,
): boolean {
  const { strays, fewAtEdges } = straysOf(witness, found, annotation);
  if (strays > 0 && !(match.exact && match.unique && fewAtEdges)) return true;
  if (strays > 0 && editWroteOtherEdge(witness, annotation, found)) return true;
  const origins = originsIn(witness, found);
  if (othersWithin(witness, found, annotation) > MAX_FOREIGN_SHARE * origins.length) return true;
  if (match.exact) return false;
  const edges = [origins[0], origins.at(-1)];
  const holdsOwn = origins.some((origin) => isOwn(origin, annotation));
  return holdsOwn
    ? !edges.every((origin) => isOwn(origin, annotation))
    : !edges.every((origin) => origin === null);
}

/**
 * Whether the diff saw the user's passage deleted and a found range inserted: a move. A few of the user's
 * characters left behind at the edges do not count (see MAX_STRAY_SHARE: a moved paragraph's "。" kept
 * as the previous paragraph's).
 */
export function movedByDiff(witness: DiffWitness, found: Range, annotation: TextQuoteAnchor): boolean {
  // All of the found range inserted: whatever of the user's the diff kept lies outside it.
  const { strays, fewAtEdges } = straysOf(witness, found, annotation);
  return (strays === 0 || fewAtEdges) && originsIn(witness, found).every((origin) => origin === null);
}

/** The user's visible characters the diff carries outside a found range, and whether they are few and at the edges. */
function straysOf(
  witness: DiffWitness,
  found: Range,
  annotation: TextQuoteAnchor,
): { strays: number; fewAtEdges: boolean } {
  const visible = visibleOffsets(annotation);
  const strays = visible.flatMap((old, index) => {
    const now = witness.offsets.surviving(old);
    return now !== null && (now < found.start || now >= found.end) ? [index] : [];
  });
  const edgesOnly = strays.every((index, i) => index === i || index === visible.length - (strays.length - i));
  return {
    strays: strays.length,
    fewAtEdges: edgesOnly && strays.length <= MAX_STRAY_SHARE * visible.length,
  };
}
