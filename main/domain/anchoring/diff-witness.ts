/**
 * The old→new diff of one article as a witness for its annotations: the diff with both texts it was made
 * from, built once per re-import and shared by every annotation (reanchor.ts), and the questions the
 * placement rules ask it about a stretch of new text.
 */
import type { NormalizedText } from './normalize.js';
import type { TextQuoteAnchor } from './reanchor.js';
import type { OffsetMap } from './text-diff.js';

export interface DiffWitness {
  readonly offsets: OffsetMap;
  readonly oldText: string;
  readonly newText: string;
  readonly oldFolded: NormalizedText;
  readonly newFolded: NormalizedText;
}

/** A range of UTF-16 offsets into the new text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

const VISIBLE = /\S/u;

/** Old offsets of the quote's visible characters: whitespace at its edges may legitimately change. */
export function visibleOffsets(annotation: TextQuoteAnchor): number[] {
  return [...annotation.quote.matchAll(/\S/gu)].map((match) => annotation.start + match.index);
}

/** For each visible character of a new range, the old offset it came from, or null if the edit wrote it. */
export function originsIn(witness: DiffWitness, range: Range): (number | null)[] {
  const origins: (number | null)[] = [];
  for (let at = range.start; at < range.end; at++)
    if (VISIBLE.test(witness.newText[at]!)) origins.push(witness.offsets.origin(at));
  return origins;
}

/** Whether an old offset lies inside the annotation's own range. */
export function isOwn(origin: number | null | undefined, annotation: TextQuoteAnchor): boolean {
  return origin !== null && origin !== undefined && origin >= annotation.start && origin < annotation.end;
}

/** Visible characters of a new range that the diff says were old text other than the annotation's. */
export function othersWithin(witness: DiffWitness, range: Range, annotation: TextQuoteAnchor): number {
  return originsIn(witness, range).filter((origin) => origin !== null && !isOwn(origin, annotation)).length;
}

/**
 * Whether an edge of the range is a character the edit wrote that is not even the quote's own character,
 * only folds like it (a pasted sentence's closing ” against the quote's opening “): the copy that ends
 * where the quote ended then starts inside the pasted text, not where the quote did.
 */
export function editWroteOtherEdge(witness: DiffWitness, annotation: TextQuoteAnchor, range: Range): boolean {
  const edges = [
    [range.start, annotation.quote.trimStart()[0]],
    [range.end - 1, annotation.quote.trimEnd().at(-1)],
  ] as const;
  return edges.some(([at, own]) => witness.offsets.origin(at) === null && witness.newText[at] !== own);
}
