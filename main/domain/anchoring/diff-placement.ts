/**
 * What the old→new character diff says about an annotation's passage: the `diff` step of re-anchoring.
 *
 * The diff knows which characters survived an edit, so it can place a passage that search no longer
 * recognises (a sentence inserted inside it, a third of it deleted) and vouch for one whose surroundings
 * both changed. Its readings, the first that applies winning:
 * 1. The quote's first and last visible characters carried over, and between them the quote as stored or
 *    nearly (the evidence test of candidate-score.ts). Exactly as stored needs no context: the diff vouches
 *    for every character, and context only tells copies apart (a 19-character quote whose surroundings were
 *    both rewritten scored 0.69 and was orphaned).
 * 2. The quote exactly, starting where the diff carried its first character or ending where it carried its
 *    last. When text beside a quote repeats its edge character (a sentence ending in "。" inserted after a
 *    quote ending in "。"), which copy the diff keeps is arbitrary, and it may carry that end far off.
 * 3. The surviving part (surviving-part.ts): at least half the quote carried over, and between its first
 *    and last surviving characters nothing but text the edit wrote (a sentence inserted inside, a typo
 *    fixed, words deleted).
 * 4. Nothing of the quote carried over, but the quote whole in the text written in its place (see
 *    rewrittenAround).
 */
import { isConvincing, maxQuoteErrors, scoreCandidate } from './candidate-score.js';
import type { Candidate, Evidence } from './candidate-score.js';
import type { DiffWitness, Range } from './diff-witness.js';
import { editWroteOtherEdge, visibleOffsets } from './diff-witness.js';
import { toNormalizedOffset, toOriginalRange } from './normalize.js';
import type { NormalizedText } from './normalize.js';
import { editDistanceWithin } from './quote-search.js';
import type { TextQuoteAnchor } from './reanchor.js';
import { survivingPart } from './surviving-part.js';

export function placeByDiff(
  witness: DiffWitness,
  evidence: Evidence,
  annotation: TextQuoteAnchor,
): Range | null {
  const folded = witness.newFolded;
  const places = visibleOffsets(annotation).map((old) => witness.offsets.surviving(old));
  const first = places[0] ?? null;
  const last = places.at(-1) ?? null;
  if (first !== null && last !== null && last >= first) {
    const mapped = foldedCandidate(folded, evidence, first, folded.ends[toNormalizedOffset(folded, last)]!);
    if (mapped && (mapped.quoteSimilarity === 1 || isConvincing(mapped, evidence, 'mapped')))
      return toOriginalRange(folded, mapped.start, mapped.end);
  }
  if (places.every((place) => place === null)) return rewrittenAround(witness, evidence.quote, annotation);
  return (
    exactAtEitherEnd(witness, annotation, evidence.quote, first, last) ??
    survivingPart(witness, annotation, evidence.quote)
  );
}

/**
 * Reading 4: the quote exactly, once in the whole text, inside the new text that took the place of the old
 * text around it. Rewrites on both sides longer than a quote make the diff's clean-up give up the quote's
 * own agreement and report the whole stretch replaced (a 4-character quote between two inserted phrases);
 * the passage is still there, where it was.
 */
function rewrittenAround(witness: DiffWitness, quote: string, annotation: TextQuoteAnchor): Range | null {
  const { offsets, oldText, newText, newFolded } = witness;
  const kept = (old: number) => /\S/u.test(oldText[old]!) && offsets.surviving(old) !== null;
  let before = annotation.start - 1;
  while (before >= 0 && !kept(before)) before--;
  let after = annotation.end;
  while (after < oldText.length && !kept(after)) after++;
  const from = toNormalizedOffset(newFolded, before < 0 ? 0 : offsets.surviving(before)! + 1);
  const to = toNormalizedOffset(
    newFolded,
    after >= oldText.length ? newText.length : offsets.surviving(after)!,
  );
  const at = newFolded.text.indexOf(quote);
  const once = at !== -1 && at === newFolded.text.lastIndexOf(quote);
  return once && at >= from && at + quote.length <= to
    ? toOriginalRange(newFolded, at, at + quote.length)
    : null;
}

/** Scores the original range [start, end) of the new text by what it folds to. */
export function foldedCandidate(
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
  const maxErrors = maxQuoteErrors(evidence.quote.length);
  const errors = editDistanceWithin(folded.text.slice(foldedStart, foldedEnd), evidence.quote, maxErrors);
  return errors === null ? null : scoreCandidate(evidence, foldedStart, foldedEnd, errors);
}

function exactAtEitherEnd(
  witness: DiffWitness,
  annotation: TextQuoteAnchor,
  quote: string,
  first: number | null,
  last: number | null,
): Range | null {
  const folded = witness.newFolded;
  const candidates: Range[] = [];
  if (first !== null) {
    const start = toNormalizedOffset(folded, first);
    if (folded.text.startsWith(quote, start))
      candidates.push(toOriginalRange(folded, start, start + quote.length));
  }
  if (last !== null) {
    const end = toNormalizedOffset(folded, last + 1);
    if (end >= quote.length && folded.text.slice(end - quote.length, end) === quote)
      candidates.push(toOriginalRange(folded, end - quote.length, end));
  }
  return candidates.find((range) => !editWroteOtherEdge(witness, annotation, range)) ?? null;
}
