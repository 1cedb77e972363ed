/**
 * Scores a place in the new text as the home of an annotation, and decides whether the evidence is
 * strong enough to put the annotation there.
 *
 * The score follows Hypothesis: (50·quote + 20·prefix + 20·suffix + 2·position) / 92, every part a
 * similarity from 0 to 1. Acceptance is stricter than Hypothesis because a highlight silently moved
 * to the wrong sentence is worse than one shown as orphaned (Hypothesis issue #2798):
 *
 * - The quote itself must be at least 80% the same (at most one edit in five characters); below that
 *   the user's words are gone and the highlight would mark text they never chose.
 * - The total score must reach 0.8. With an exact quote (worth 50/92 ≈ 0.54) that needs the two contexts
 *   to average about 0.56 similarity — text unrelated to the stored context scores 0.1–0.45 (Chinese
 *   near 0.1, English higher because letters repeat), so a candidate passes only if at least one side
 *   of its surroundings is still recognisably the one the user saw. An approximate quote (0.8 → 0.43)
 *   needs contexts near 0.85: both sides almost intact.
 * - Or the quote is found exactly, only once, with no near-duplicate anywhere else, and is at least 32
 *   characters long after folding. That is as much text as the stored context itself; a sentence that
 *   was moved elsewhere loses its context but is still unmistakable. (Newspaper pages do repeat whole
 *   passages — the test page does — hence "no near-duplicate": if the user's copy was edited, the
 *   other copy must not win by default.)
 * - A quote that is only approximately there needs both contexts at least half intact: a changed
 *   quote next to a changed surrounding is too little left to recognise (the corpus showed 'med. "Except
 *   the' landing on 'sed. "Except the' after the sentence before it moved away).
 * - A place found by searching (rather than carried over by the diff) must beat the runner-up
 *   elsewhere by 0.05. An exact quote found there must, together with the context that touches it
 *   without a break, make 16 characters of exact agreement: the corpus showed 2-character quotes whose
 *   passage was gone turning up in a replacement word ("ou" of "harbour" in "council") or in a moved
 *   sentence ("fi" + "ve years " of another "five years"), each with a decent-looking score. Sixteen
 *   characters in a row rarely repeat by chance in prose; shorter unbroken runs did, in the corpus.
 *   And a quote that starts or ends inside a word must cut the same word there: "d." of "named." is
 *   not "d." of "pleased." even when the sentence after them is the same. When the old text is known, the diff must not contradict it (see reanchor.ts):
 *   the corpus showed short quotes ("at", "d. P") whose passage was deleted turning up inside other,
 *   older words, with one side of their context matching by coincidence. Without the old text there
 *   is no such witness, so both contexts must then be at least half intact.
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
export const MIN_SEARCH_CONTEXT_SIMILARITY = 0.5;
export const MIN_UNBROKEN_EVIDENCE = 16;

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
  found: 'mapped' | { searched: { unique: boolean; diffWitness: boolean } },
): boolean {
  if (candidate.quoteSimilarity < MIN_QUOTE_SIMILARITY) return false;
  const weakerContext = Math.min(candidate.prefixSimilarity, candidate.suffixSimilarity);
  if (candidate.quoteSimilarity < 1 && weakerContext < MIN_SEARCH_CONTEXT_SIMILARITY) return false;
  if (found !== 'mapped') {
    const distinctive =
      found.searched.unique &&
      candidate.quoteSimilarity === 1 &&
      evidence.quote.length >= DISTINCTIVE_QUOTE_LENGTH;
    if (distinctive) return true;
    if (!candidate.cutsSameWords) return false;
    const exactEnough = candidate.quoteSimilarity < 1 || candidate.unbrokenEvidence >= MIN_UNBROKEN_EVIDENCE;
    if (!exactEnough) return false;
    if (!found.searched.diffWitness && weakerContext < MIN_SEARCH_CONTEXT_SIMILARITY) return false;
  }
  return candidate.score >= MIN_SCORE;
}
