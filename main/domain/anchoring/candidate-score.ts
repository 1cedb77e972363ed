/**
 * Scores a place in the new text as the home of an annotation, and decides whether the evidence is
 * strong enough to put the annotation there.
 *
 * The score follows Hypothesis: (50·quote + 20·prefix + 20·suffix + 2·position) / 92, every part a
 * similarity from 0 to 1. Acceptance is stricter than Hypothesis, because a highlight silently moved
 * to the wrong words is worse than one shown as orphaned (Hypothesis issue #2798). Every threshold
 * below was set against the regression corpus (test/domain/anchoring-corpus.test.ts), each time on a
 * wrong anchor it produced, and checked not to raise orphans of surviving passages above 2%:
 *
 * - Quote at least 80% the same (at most one edit in five characters): below that the user's words are
 *   gone and the highlight would mark text they never chose. This also bounds the approximate search.
 * - Score at least 0.75. An exact quote is worth 50/92 ≈ 0.54, so the contexts must add 0.21: one side
 *   of the context fully intact (20/92) plus position does it. That is exactly what a surviving passage
 *   keeps when the sentence next to it is deleted or moved — the commonest re-import change — while
 *   unrelated text scores 0.1–0.45 per side (Chinese near 0.1; English higher, letters repeat).
 * - An approximate quote also needs both contexts at least half intact: a changed quote in changed
 *   surroundings is too little to recognise ('med. "Except the' landed on 'sed. "Except the').
 * - Found by search (not carried over by the diff), a place must also:
 *   - beat the best other place by 0.05, or the choice would be a guess;
 *   - for an exact quote, make 16 characters of unbroken exact agreement with the context touching it:
 *     2-character quotes whose passage was gone turned up inside a replacement word ("ou" of
 *     "harbour" in "council") or a moved sentence ("fi" + "ve years " of another "five years");
 *     16 characters in a row rarely repeat by chance in prose, shorter runs did;
 *   - cut the same words: a quote starting or ending inside a word must do so inside the same word
 *     ("d." of "named." is not "d." of "pleased.", whatever follows them);
 *   - without the old text as a witness (see reanchor.ts), have both contexts at least half intact.
 *   Then a unique exact hit that the diff shows moved there (all its characters inserted, all the user's
 *   deleted) needs no context: a short paragraph moved elsewhere keeps none of its surroundings (28
 *   characters of "分别是微生物指标…" scored 0.54 and were orphaned), and the same 16 characters deleted in
 *   one place and inserted in another are a move, whoever made it.
 * - Except: a quote found exactly, only once, with no near-duplicate anywhere, and making with the
 *   context touching it at least 32 characters of unbroken agreement (and cutting the same words, when the
 *   quote alone is shorter), is accepted on its own. That is as
 *   much text as the stored context; a sentence or paragraph moved elsewhere loses its surroundings but
 *   stays unmistakable (a 22-character phone number moved with its 3-character label and full stop was
 *   orphaned when the quote alone had to be 32 long). ("No near-duplicate" because newspaper pages repeat
 *   passages — the test page does — and the other copy must not win by default.)
 */
import {
  cutsSameWords,
  prefixSimilarity,
  suffixSimilarity,
  touchingAgreement,
} from './context-similarity.js';
import type { WordCut } from './context-similarity.js';

export const MIN_QUOTE_SIMILARITY = 0.8;
export const MIN_SCORE = 0.75;
export const DISTINCTIVE_QUOTE_LENGTH = 32;
export const MIN_LEAD_OVER_RUNNER_UP = 0.05;
export const MIN_CONTEXT_SIMILARITY = 0.5;
export const MIN_UNBROKEN_EVIDENCE = 16;

/**
 * The most edits a quote of `length` folded units may differ by and still be at least MIN_QUOTE_SIMILARITY
 * the same. Counted from the similarity the acceptance rule computes, not as length × (1 − 0.8): that product
 * is 0.99999… for 5 units, which floored to 0 and denied a 5-character quote its one allowed typo.
 */
export function maxQuoteErrors(length: number): number {
  let errors = 0;
  while (1 - (errors + 1) / length >= MIN_QUOTE_SIMILARITY) errors++;
  return errors;
}

export interface Candidate {
  /** Folded offsets in the new text. */
  readonly start: number;
  readonly end: number;
  readonly quoteSimilarity: number;
  readonly prefixSimilarity: number;
  readonly suffixSimilarity: number;
  /** Folded units that agree exactly and without a break: the quote's own plus the context touching it. */
  readonly unbrokenEvidence: number;
  /** A quote starting or ending inside a word does so inside the same word here. */
  readonly cutsSameWords: boolean;
  readonly score: number;
}

export interface Evidence {
  /** The folded quote, prefix and suffix. */
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  /** The folded new text. */
  readonly text: string;
  /** Where the diff expects the quote to start, in folded offsets. */
  readonly expectedStart: number;
  /** The words the quote's edges cut, folded (see wordCuts). */
  readonly wordCuts: { readonly before: WordCut | null; readonly after: WordCut | null };
}

export function scoreCandidate(
  evidence: Evidence,
  start: number,
  end: number,
  quoteErrors: number,
): Candidate {
  const quoteSimilarity = Math.max(0, 1 - quoteErrors / evidence.quote.length);
  const prefix = prefixSimilarity(evidence.prefix, evidence.text, start);
  const suffix = suffixSimilarity(evidence.suffix, evidence.text, end);
  const position = 1 - Math.abs(start - evidence.expectedStart) / Math.max(1, evidence.text.length);
  const score = (50 * quoteSimilarity + 20 * prefix + 20 * suffix + 2 * position) / 92;
  const touching =
    quoteErrors === 0 ? touchingAgreement(evidence.prefix, evidence.suffix, evidence.text, start, end) : 0;
  return {
    start,
    end,
    quoteSimilarity,
    prefixSimilarity: prefix,
    suffixSimilarity: suffix,
    unbrokenEvidence: quoteErrors === 0 ? evidence.quote.length + touching : 0,
    cutsSameWords: cutsSameWords(evidence.wordCuts, evidence.text, start, end),
    score,
  };
}

/**
 * Whether a candidate carries enough evidence. `found` says where it came from: `mapped` (the diff
 * vouches for its characters) or `searched`, with `unique` when the quote occurs exactly there and
 * nowhere else, not even approximately.
 */
export function isConvincing(
  candidate: Candidate,
  evidence: Evidence,
  found: 'mapped' | { searched: { unique: boolean; diffWitness: boolean; moved: boolean } },
): boolean {
  if (candidate.quoteSimilarity < MIN_QUOTE_SIMILARITY) return false;
  const weakerContext = Math.min(candidate.prefixSimilarity, candidate.suffixSimilarity);
  if (candidate.quoteSimilarity < 1 && weakerContext < MIN_CONTEXT_SIMILARITY) return false;
  if (found !== 'mapped') {
    const agreement = evidence.quote.length >= DISTINCTIVE_QUOTE_LENGTH || candidate.cutsSameWords;
    const distinctive =
      found.searched.unique && agreement && candidate.unbrokenEvidence >= DISTINCTIVE_QUOTE_LENGTH;
    if (distinctive) return true;
    if (!candidate.cutsSameWords) return false;
    const exactEnough = candidate.quoteSimilarity < 1 || candidate.unbrokenEvidence >= MIN_UNBROKEN_EVIDENCE;
    if (!exactEnough) return false;
    if (found.searched.unique && candidate.quoteSimilarity === 1 && found.searched.moved) return true;
    if (!found.searched.diffWitness && weakerContext < MIN_CONTEXT_SIMILARITY) return false;
  }
  return candidate.score >= MIN_SCORE;
}
