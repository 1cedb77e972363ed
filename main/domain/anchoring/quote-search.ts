/**
 * Finds every place in the folded new text where a folded quote occurs, exactly or nearly.
 *
 * Bounded work: exact occurrences come from `indexOf`; near ones from Myers' bit-parallel algorithm
 * (`approx-string-match`), which costs O(n · k / 32) for n text units and k allowed errors, and k is
 * capped by the acceptance rule itself (a quote less than 80% intact is never accepted), so it is not
 * worth looking for. A 50,000-character article is searched in milliseconds.
 */
import approximateSearch from 'approx-string-match';
import { maxQuoteErrors, scoreCandidate } from './candidate-score.js';
import type { Candidate, Evidence } from './candidate-score.js';

/** Below this many folded units a near match is mostly coincidence, so only exact matches count. */
const MIN_APPROXIMATE_LENGTH = 8;
/** A quote found more often than this (a single common character) is left to the diff or orphaned. */
const MAX_CANDIDATES = 500;

export interface SearchResult {
  /** Best first. */
  readonly candidates: Candidate[];
  /** The quote occurs exactly once, and nowhere else even approximately (no near-duplicate passage). */
  readonly unique: boolean;
}

export function searchQuote(evidence: Evidence): SearchResult {
  const exact = exactOccurrences(evidence.text, evidence.quote);
  const approximate = (): Candidate[] => {
    if (evidence.quote.length < MIN_APPROXIMATE_LENGTH) return [];
    return approximateSearch(evidence.text, evidence.quote, maxQuoteErrors(evidence.quote.length))
      .slice(0, MAX_CANDIDATES)
      .map((match) => scoreCandidate(evidence, match.start, match.end, match.errors));
  };
  if (exact.length === 0) return { candidates: approximate().sort(byScore), unique: false };
  const candidates = exact.map((start) => scoreCandidate(evidence, start, start + evidence.quote.length, 0));
  const [only] = candidates;
  const unique =
    only !== undefined &&
    candidates.length === 1 &&
    approximate().every((near) => near.end > only.start && near.start < only.end);
  return { candidates: candidates.sort(byScore), unique };
}

/** The edit distance between `text` and `quote` if at most `maxErrors`, else null. */
export function editDistanceWithin(text: string, quote: string, maxErrors: number): number | null {
  if (text === quote) return 0;
  if (Math.abs(text.length - quote.length) > maxErrors) return null;
  // Text left over on either side of the best local match counts as inserted.
  const errors = approximateSearch(text, quote, maxErrors).map(
    (match) => match.errors + match.start + (text.length - match.end),
  );
  const fewest = Math.min(...errors);
  return fewest <= maxErrors ? fewest : null;
}

function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1 && found.length <= MAX_CANDIDATES;) {
    found.push(at);
    at = text.indexOf(quote, at + 1);
  }
  return found;
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.start - b.start;
}
