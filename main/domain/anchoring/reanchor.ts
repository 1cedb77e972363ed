/**
 * Puts annotations back onto an article whose text changed, or marks them orphaned.
 *
 * Offsets are UTF-16 code units into the canonical text (JavaScript string indices), as everywhere in
 * the app. For each annotation, in order:
 * 1. `position`: the stored range still holds the quote, with convincing context around it;
 * 2. `diff`: the old→new character diff carries the quote over: both ends with (nearly) the quote between,
 *    the whole quote at one carried end, or, when at most half of it went, the surviving part with nothing
 *    of anyone else's text inside (see diff-placement.ts);
 * 3. `search`: the quote is searched for in the folded new text, exactly or approximately, and the best
 *    place is scored on quote, prefix, suffix and position (see candidate-score.ts);
 * otherwise `orphaned`. Search must pass the evidence test; the diff, which saw the edit, needs only to
 * account for the characters it places.
 */
import { isConvincing, MIN_LEAD_OVER_RUNNER_UP } from './candidate-score.js';
import type { Candidate, Evidence } from './candidate-score.js';
import { wordCuts } from './context-similarity.js';
import { foldedCandidate, placeByDiff } from './diff-placement.js';
import { contradictsDiff, movedByDiff } from './diff-veto.js';
import type { DiffWitness } from './diff-witness.js';
import { normalizeText, toNormalizedOffset, toOriginalRange } from './normalize.js';
import { keepWithinParagraphs } from './paragraph-bounds.js';
import type { NormalizedText } from './normalize.js';
import { searchQuote } from './quote-search.js';
import { diffOffsets } from './text-diff.js';

/** What an annotation stores to find its passage again (the W3C position and quote selectors). */
export interface TextQuoteAnchor {
  /** UTF-16 offsets into the text the annotation was made on. */
  readonly start: number;
  readonly end: number;
  /** Exactly `text.slice(start, end)` of that text. */
  readonly quote: string;
  /** Up to QUOTE_CONTEXT units of text before and after the quote. */
  readonly prefix: string;
  readonly suffix: string;
}

export type AnchorMethod = 'position' | 'diff' | 'search';

export type Reanchored =
  | {
      readonly status: 'anchored';
      readonly start: number;
      readonly end: number;
      readonly method: AnchorMethod;
    }
  | { readonly status: 'orphaned' };

/**
 * Re-anchors every annotation of one article, computing the diff and the folded text only once.
 * Pass `oldText: null` when the old text is not known (a backup without text): the diff step is skipped.
 */
export function reanchorAll(
  oldText: string | null,
  newText: string,
  annotations: readonly TextQuoteAnchor[],
): Reanchored[] {
  const folded = normalizeText(newText);
  const oldFolded = oldText === null ? null : normalizeText(oldText);
  const diff: DiffWitness | null =
    oldText === null || !oldFolded
      ? null
      : {
          offsets: diffOffsets(oldText, newText, folded, oldFolded),
          oldText,
          newText,
          oldFolded,
          newFolded: folded,
        };
  return annotations.map((annotation) =>
    keepWithinParagraphs(newText, annotation.quote, reanchorOne(newText, folded, diff, annotation)),
  );
}

/** Re-anchors one annotation; see reanchorAll. */
export function reanchor(oldText: string | null, newText: string, annotation: TextQuoteAnchor): Reanchored {
  return reanchorAll(oldText, newText, [annotation])[0]!;
}

const ORPHANED: Reanchored = { status: 'orphaned' };

/** Folds a stored context, keeping a space at the edge that touches the quote (folding trims it). */
function fold(context: string, quoteSide: 'start' | 'end'): string {
  const text = normalizeText(context).text;
  if (quoteSide === 'end') return /\s$/u.test(context) ? `${text} ` : text;
  return /^\s/u.test(context) ? ` ${text}` : text;
}

function reanchorOne(
  newText: string,
  folded: NormalizedText,
  diff: DiffWitness | null,
  annotation: TextQuoteAnchor,
): Reanchored {
  const quote = normalizeText(annotation.quote).text;
  if (quote === '') return ORPHANED;
  const expected = diff ? diff.offsets.approximate(annotation.start) : annotation.start;
  const evidence: Evidence = {
    quote,
    prefix: normalizeText(annotation.prefix).text,
    suffix: normalizeText(annotation.suffix).text,
    text: folded.text,
    expectedStart: toNormalizedOffset(folded, expected),
    // Folded per piece, so an edge space (which folding trims) still marks a word boundary.
    wordCuts: wordCuts(quote, fold(annotation.prefix, 'end'), fold(annotation.suffix, 'start')),
  };
  const accept = (candidate: Candidate, method: AnchorMethod): Reanchored => ({
    status: 'anchored',
    ...toOriginalRange(folded, candidate.start, candidate.end),
    method,
  });

  // The stored range alone is trusted only with its context intact: a short quote shifted by a nearby
  // edit often finds the same letters, with almost the same context, a few characters off.
  const atPosition = storedPosition(newText, folded, evidence, annotation);
  const intact = (c: Candidate) =>
    c.quoteSimilarity === 1 && c.prefixSimilarity === 1 && c.suffixSimilarity === 1;
  if (atPosition && intact(atPosition)) {
    return { status: 'anchored', start: annotation.start, end: annotation.end, method: 'position' };
  }

  // Where the diff's choice between repeated text was arbitrary it is no witness at all.
  const witness = diff?.offsets.ambiguous(annotation.start, annotation.end) ? null : diff;
  const placed = witness ? placeByDiff(witness, evidence, annotation) : null;
  if (placed) return { status: 'anchored', ...placed, method: 'diff' };

  const { candidates, unique } = searchQuote(evidence);
  const [best, ...others] = candidates;
  if (!best) return ORPHANED;
  const runnerUp = others.find((other) => other.end <= best.start || other.start >= best.end);
  if (runnerUp && best.score - runnerUp.score < MIN_LEAD_OVER_RUNNER_UP) return ORPHANED;
  const found = toOriginalRange(folded, best.start, best.end);
  const match = { exact: best.quoteSimilarity === 1, unique };
  if (witness && contradictsDiff(witness, found, match, annotation)) return ORPHANED;
  if (diff && existedElsewhere(diff.oldFolded, folded.text, best, annotation)) return ORPHANED;
  const moved = witness !== null && movedByDiff(witness, found, annotation);
  return isConvincing(best, evidence, { searched: { unique, diffWitness: witness !== null, moved } })
    ? accept(best, 'search')
    : ORPHANED;
}

/** Folded units of new text on each side of a found passage that, with it, must be new to the old text. */
const SURROUNDINGS = 12;

/**
 * Whether a found passage, with the text around it, was already in the old text somewhere other than
 * the annotation's own place: then it is another occurrence of the words (kept, or moved by the edit
 * as someone else's sentence), not the user's passage. The diff cannot always tell: it reports a moved
 * sentence as inserted text, whoever's it is.
 */
function existedElsewhere(
  oldFolded: NormalizedText,
  newFolded: string,
  found: { start: number; end: number },
  annotation: TextQuoteAnchor,
): boolean {
  const surroundings = newFolded.slice(Math.max(0, found.start - SURROUNDINGS), found.end + SURROUNDINGS);
  const ownStart = toNormalizedOffset(oldFolded, annotation.start);
  const ownEnd = toNormalizedOffset(oldFolded, annotation.end);
  for (
    let at = oldFolded.text.indexOf(surroundings);
    at !== -1;
    at = oldFolded.text.indexOf(surroundings, at + 1)
  ) {
    if (at + surroundings.length <= ownStart || at >= ownEnd) return true;
  }
  return false;
}

function storedPosition(
  newText: string,
  folded: NormalizedText,
  evidence: Evidence,
  annotation: TextQuoteAnchor,
): Candidate | null {
  if (newText.slice(annotation.start, annotation.end) !== annotation.quote) return null;
  return foldedCandidate(folded, evidence, annotation.start, annotation.end);
}
