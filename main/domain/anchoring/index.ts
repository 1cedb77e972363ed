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
 * Accepting a place: the diff, when the old text is known, places what survives of a quote (both ends
 * carried over, the quote whole at a carried end, the surviving part of a quote partly deleted or written
 * inside, the quote whole in the text rewritten around it), refusing where its reading is a guess
 * (diff-placement.ts, surviving-part.ts). Search scores a place (50·quote + 20·prefix + 20·suffix +
 * 2·position)/92 ≥ 0.75, quote ≥ 80% intact, plus guards against coincidences and the diff's veto; each
 * rule and the case that set it are in candidate-score.ts and diff-veto.ts. Measured by `npm run
 * bench:anchoring` (7 kinds of edit on the committed corpus sample) and the regression corpus
 * (test/domain/anchoring-corpus.test.ts): no wrong anchors, under 1% of highlights orphaned that kept at
 * least half their text.
 */
export { reanchor, reanchorAll } from './reanchor.js';
export type { AnchorMethod, Reanchored, TextQuoteAnchor } from './reanchor.js';
export { QUOTE_CONTEXT, quoteAnchor } from './quote-anchor.js';
export { diffOffsets } from './text-diff.js';
export type { OffsetMap } from './text-diff.js';
export { normalizeText, toNormalizedOffset, toOriginalRange } from './normalize.js';
export type { NormalizedText } from './normalize.js';
