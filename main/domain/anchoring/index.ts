/**
 * Anchoring: keeping annotations on their passage when an article's text changes.
 *
 * Every offset is a UTF-16 code unit index into the article's canonical text (a JavaScript string
 * index), not a code point: the same unit the reader, the database and Hypothesis use.
 *
 * - `quoteAnchor(text, start, end): TextQuoteAnchor` — what to store when an annotation is created:
 *   the range, the exact quote and QUOTE_CONTEXT (32) units of prefix and suffix.
 * - `reanchor(oldText | null, newText, anchor): Reanchored` — one annotation.
 * - `reanchorAll(oldText | null, newText, anchors[]): Reanchored[]` — all of one article's annotations,
 *   same order, sharing one diff and one folded text. Use this after a re-import.
 *   A result is `{ status: 'anchored', start, end, method: 'position' | 'diff' | 'search' }` or
 *   `{ status: 'orphaned' }`: keep an orphan with its quote and show it as such, never drop it.
 * - `diffOffsets(oldText, newText): OffsetMap` — the character diff behind the `diff` step, for
 *   moving plain offsets (bookmarks): `surviving(old)`, `approximate(old)`, `origin(new)`,
 *   `ambiguous(start, end)`.
 * - `normalizeText(text): NormalizedText` — the folding used for matching (NFKC width folding, curly
 *   quotes and dashes, whitespace between CJK characters removed, whitespace runs collapsed), with
 *   `starts`/`ends` maps back to real offsets; `toOriginalRange` and `toNormalizedOffset` convert.
 *
 * Accepting a place: score (50·quote + 20·prefix + 20·suffix + 2·position)/92 ≥ 0.75, quote ≥ 80% intact,
 * plus guards against coincidences for places found by search; each rule and the corpus case that
 * set it are in candidate-score.ts. Measured on the regression corpus: no wrong anchors, about 0.25%
 * of surviving passages orphaned (test/domain/anchoring-corpus.test.ts prints the figures).
 */
export { reanchor, reanchorAll } from './reanchor.js';
export type { AnchorMethod, Reanchored, TextQuoteAnchor } from './reanchor.js';
export { QUOTE_CONTEXT, quoteAnchor } from './quote-anchor.js';
export { diffOffsets } from './text-diff.js';
export type { OffsetMap } from './text-diff.js';
export { normalizeText, toNormalizedOffset, toOriginalRange } from './normalize.js';
export type { NormalizedText } from './normalize.js';
