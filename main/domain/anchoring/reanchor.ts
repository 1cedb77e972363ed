/**
 * Puts annotations back onto an article whose text changed, or marks them orphaned.
 *
 * Offsets are UTF-16 code units into the canonical text (JavaScript string indices), as everywhere in
 * the app. For each annotation, in order:
 * 1. `position`: the stored range still holds the quote, with convincing context around it;
 * 2. `diff`: the old→new character diff carries the quote's first and last characters over, and what
 *    lies between is still (nearly) the quote;
 * 3. `search`: the quote is searched for in the folded new text, exactly or approximately, and the best
 *    place is scored on quote, prefix, suffix and position (see candidate-score.ts);
 * otherwise `orphaned`. Nothing is accepted without passing the same evidence test, so the order only
 * decides which of several good places wins.
 */
import {
  isConvincing,
  MIN_LEAD_OVER_RUNNER_UP,
  MIN_QUOTE_SIMILARITY,
  scoreCandidate,
} from './candidate-score.js';
import type { Candidate, Evidence } from './candidate-score.js';
import { normalizeText, toNormalizedOffset, toOriginalRange } from './normalize.js';
import type { NormalizedText } from './normalize.js';
import { editDistanceWithin, searchQuote } from './quote-search.js';
import { diffOffsets } from './text-diff.js';
import { wordCuts } from './context-similarity.js';
import type { OffsetMap } from './text-diff.js';

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
  const offsets = oldText === null || !oldFolded ? null : diffOffsets(oldText, newText, folded, oldFolded);
  return annotations.map((annotation) => reanchorOne(newText, folded, oldFolded, offsets, annotation));
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
  oldFolded: NormalizedText | null,
  offsets: OffsetMap | null,
  annotation: TextQuoteAnchor,
): Reanchored {
  const quote = normalizeText(annotation.quote).text;
  if (quote === '') return ORPHANED;
  const expected = offsets ? offsets.approximate(annotation.start) : annotation.start;
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
  const witness = offsets?.ambiguous(annotation.start, annotation.end) ? null : offsets;
  const mapped = witness ? mappedByDiff(witness, folded, evidence, annotation) : null;
  if (mapped && isConvincing(mapped, evidence, 'mapped')) return accept(mapped, 'diff');

  const { candidates, unique } = searchQuote(evidence);
  const [best, ...others] = candidates;
  if (!best) return ORPHANED;
  const runnerUp = others.find((other) => other.end <= best.start || other.start >= best.end);
  if (runnerUp && best.score - runnerUp.score < MIN_LEAD_OVER_RUNNER_UP) return ORPHANED;
  if (
    witness &&
    contradictsDiff(witness, newText, toOriginalRange(folded, best.start, best.end), annotation)
  ) {
    return ORPHANED;
  }
  if (oldFolded && existedElsewhere(oldFolded, folded.text, best, annotation)) return ORPHANED;
  return isConvincing(best, evidence, { searched: { unique, diffWitness: witness !== null } })
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

/** Share of a found passage's visible characters that may be, per the diff, other old text. */
const MAX_FOREIGN_SHARE = 0.2;

/**
 * Whether the diff contradicts a passage found by search. A passage that moved or was rewritten is new
 * text to the diff (deleted in one place, inserted in another), so search may land on it. It may not
 * land on text that already existed elsewhere in the old version (another occurrence of the same
 * words), nor away from any of the user's own characters that the diff shows still standing elsewhere
 * (a sentence move that split the quote: the found "same words" are then partly someone else's).
 */
function contradictsDiff(
  offsets: OffsetMap,
  newText: string,
  found: { start: number; end: number },
  annotation: TextQuoteAnchor,
): boolean {
  for (let old = annotation.start; old < annotation.end; old++) {
    const now = offsets.surviving(old);
    if (now !== null && (now < found.start || now >= found.end) && /\S/u.test(newText[now]!)) return true;
  }
  let visible = 0;
  let foreign = 0;
  for (let offset = found.start; offset < found.end; offset++) {
    if (/\s/u.test(newText[offset]!)) continue;
    visible++;
    const origin = offsets.origin(offset);
    if (origin !== null && (origin < annotation.start || origin >= annotation.end)) foreign++;
  }
  return foreign > MAX_FOREIGN_SHARE * visible;
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

function mappedByDiff(
  offsets: OffsetMap,
  folded: NormalizedText,
  evidence: Evidence,
  annotation: TextQuoteAnchor,
): Candidate | null {
  // Map the first and last visible characters: whitespace at the edges may legitimately change.
  const visible = [...annotation.quote.matchAll(/\S/gu)];
  const first = visible[0];
  const last = visible.at(-1);
  if (!first || !last) return null;
  const start = offsets.surviving(annotation.start + first.index);
  const lastStart = offsets.surviving(annotation.start + last.index);
  if (start === null || lastStart === null || lastStart < start) return null;
  return foldedCandidate(folded, evidence, start, folded.ends[toNormalizedOffset(folded, lastStart)]!);
}

/** Scores the original range [start, end) of the new text by what it folds to. */
function foldedCandidate(
  folded: NormalizedText,
  evidence: Evidence,
  start: number,
  end: number,
): Candidate | null {
  let foldedStart = toNormalizedOffset(folded, start);
  let foldedEnd = toNormalizedOffset(folded, end);
  // The folded quote never starts or ends with a space; neither should the range it is compared with.
  while (foldedStart < foldedEnd && folded.text[foldedStart] === ' ') foldedStart++;
  while (foldedEnd > foldedStart && folded.text[foldedEnd - 1] === ' ') foldedEnd--;
  const maxErrors = Math.floor(evidence.quote.length * (1 - MIN_QUOTE_SIMILARITY));
  const errors = editDistanceWithin(folded.text.slice(foldedStart, foldedEnd), evidence.quote, maxErrors);
  return errors === null ? null : scoreCandidate(evidence, foldedStart, foldedEnd, errors);
}
