/**
 * Reading 3 of the diff (see diff-placement.ts): when the edit took part of a quote or wrote inside it, the
 * user's passage is what survives of it, from its first to its last surviving character.
 *
 * The diff must account for everything in between: at least half the quote's visible characters carried
 * over, and nothing else in the stretch but text the edit wrote (a sentence inserted, a typo fixed). The
 * stretch's edges are then the user's own characters, so it never grows over text they did not select. It
 * is still a reading of the diff, and the diff guesses where text repeats, so it is refused when:
 * - the quote stands whole in text the edit put together (madeAnew);
 * - the "written" text inside is old text moved in (movedInside);
 * - an edge character is a guess between twins (slidable).
 */
import type { DiffWitness, Range } from './diff-witness.js';
import { editWroteOtherEdge, isOwn, originsIn, othersWithin, visibleOffsets } from './diff-witness.js';
import { toNormalizedOffset, toOriginalRange } from './normalize.js';
import type { TextQuoteAnchor } from './reanchor.js';

/** At least this share of a quote's visible characters must survive for the diff to place what is left. */
const MIN_SURVIVING_SHARE = 0.5;
/** Inserted runs shorter than this (a typo's letter) are too short to tell whether they were moved. */
const MIN_MOVED_RUN = 4;
/**
 * Inserted text is compared with the old text in windows of this many folded units, this far apart: short
 * enough that a word changed in a moved sentence leaves most windows found, long enough that new prose
 * rarely matches old text by chance.
 */
const MOVED_WINDOW = 12;
const MOVED_STEP = 4;

export function survivingPart(
  witness: DiffWitness,
  annotation: TextQuoteAnchor,
  foldedQuote: string,
): Range | null {
  const visible = visibleOffsets(annotation);
  const kept = visible.filter((old) => witness.offsets.surviving(old) !== null);
  const firstKept = kept[0];
  const lastKept = kept.at(-1);
  if (firstKept === undefined || lastKept === undefined) return null;
  if (kept.length < MIN_SURVIVING_SHARE * visible.length) return null;
  const start = witness.offsets.surviving(firstKept)!;
  const last = witness.offsets.surviving(lastKept)!;
  const part = { start, end: last + ((witness.newText.codePointAt(last) ?? 0) > 0xffff ? 2 : 1) };
  const doubtful =
    othersWithin(witness, part, annotation) > 0 ||
    madeAnew(witness, annotation, foldedQuote) ||
    movedInside(witness, part) ||
    (firstKept !== visible[0] && slidable(witness, annotation, firstKept, -1)) ||
    (lastKept !== visible.at(-1) && slidable(witness, annotation, lastKept, 1));
  return doubtful ? null : part;
}

/**
 * Whether the quote stands whole somewhere in text the edit put together (new, or old text not carried
 * over in order). While the diff keeps only part of it in its place, that copy may as well be the user's
 * passage moved (a form repeating its labels, one item moved): which is theirs is a guess. A copy that was
 * already there as it is, another occurrence of the words, raises no doubt, nor does one that only folds
 * like the quote at an edge the edit wrote (see editWroteOtherEdge).
 */
function madeAnew(witness: DiffWitness, annotation: TextQuoteAnchor, quote: string): boolean {
  const folded = witness.newFolded;
  for (let at = folded.text.indexOf(quote); at !== -1; at = folded.text.indexOf(quote, at + 1)) {
    const copy = toOriginalRange(folded, at, at + quote.length);
    if (editWroteOtherEdge(witness, annotation, copy)) continue;
    const origins = originsIn(witness, copy);
    if (origins.some((origin, i) => origin === null || (i > 0 && origin <= origins[i - 1]!))) return true;
  }
  return false;
}

/**
 * Whether text the diff calls inserted inside the part is mostly old text: a sentence moved in from elsewhere
 * is inserted text to the diff, but it is someone else's sentence, not an edit inside the user's passage.
 * Compared in windows, since two moved sentences may now stand side by side.
 */
function movedInside(witness: DiffWitness, part: Range): boolean {
  const folded = witness.newFolded;
  const runs: string[] = [];
  let runStart: number | null = null;
  let runEnd = part.start;
  const close = () => {
    if (runStart !== null)
      runs.push(folded.text.slice(toNormalizedOffset(folded, runStart), toNormalizedOffset(folded, runEnd)));
    runStart = null;
  };
  for (let at = part.start; at < part.end; at++) {
    if (!/\S/u.test(witness.newText[at]!)) continue;
    if (witness.offsets.origin(at) !== null) close();
    else {
      runStart ??= at;
      runEnd = at + 1;
    }
  }
  close();
  return runs.some((run) => {
    if (run.length < MIN_MOVED_RUN) return false;
    const size = Math.min(MOVED_WINDOW, run.length);
    const starts: number[] = [];
    for (let from = 0; from + size <= run.length; from += MOVED_STEP) starts.push(from);
    const old = starts.filter((from) => witness.oldFolded.text.includes(run.slice(from, from + size)));
    return old.length * 2 >= starts.length;
  });
}

/**
 * Whether the deletion beside a kept edge character could as well have taken that character and kept its
 * twin at the deletion's far end: with "The will … locked.\" " moved out of "… to. The will … locked.\"
 * The trustees", which "The" stayed is a guess, and the quote ". The wi" landed on ". The" of "The trustees".
 */
function slidable(
  witness: DiffWitness,
  annotation: TextQuoteAnchor,
  kept: number,
  direction: 1 | -1,
): boolean {
  const { oldText, offsets } = witness;
  let twin: number | null = null;
  for (let at = kept + direction; at >= 0 && at < oldText.length; at += direction) {
    if (!/\S/u.test(oldText[at]!)) continue;
    if (offsets.surviving(at) !== null) break;
    twin = at;
  }
  // A twin inside the quote is the user's character too: either way the part is the same.
  return twin !== null && !isOwn(twin, annotation) && oldText[twin] === oldText[kept];
}
