/**
 * Where a diff puts a pure insertion or deletion is a guess when the edited text begins the way the text
 * after it begins (or ends the way the text before it ends): the edit can slide along that repeat and still
 * be the same edit. On folded text the guess is often wrong, because folding makes different characters
 * alike: a sentence ending in ” pasted right after an opening “ can be read as pasted before it, and a
 * highlight that started at the “ would then start at the pasted ”. Of the places an edit can slide to,
 * this keeps the one where the kept characters agree best with their originals: the very same characters
 * first, then the same characters beside them (whitespace included, which folding drops: "。\n\n现代"
 * become "。现川的的现代" keeps the 现 that still stands before 代).
 */

/** One stretch of the old (folded) text: kept at `newStart` in the new text, or removed by the edit. */
export interface Stretch {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly equal: boolean;
}

/** How well an old folded unit and a new one agree in the original texts; higher is better. */
export type Agreement = (oldUnit: number, newUnit: number) => number;

/** How far an edit slides at most: the choice is among the places a repeat this long allows. */
const MAX_SLIDE = 64;

const length = (stretch: Stretch) => stretch.oldEnd - stretch.oldStart;

export function slideEdits(
  stretches: readonly Stretch[],
  oldText: string,
  newText: string,
  agreement: Agreement,
): Stretch[] {
  const result = [...stretches];
  for (let i = 0; i + 1 < result.length; i++) {
    const before = result[i]!;
    const next = result[i + 1]!;
    if (!before.equal) continue;
    const at = before.newStart + length(before);
    const from = before.oldEnd;
    if (next.equal && next.oldStart === from && next.newStart > at) {
      // Inserted: new [at, at + size). Slid by s, old unit from + j lands at at + j (j < s) or after it.
      const size = next.newStart - at;
      const s = bestShift(
        length(before),
        length(next),
        (j) => newText[at + j] === newText[at + size + j],
        (j, s) => agreement(from + j, j < s ? at + j : at + size + j),
      );
      if (s !== 0)
        result.splice(
          i,
          2,
          { ...before, oldEnd: from + s },
          { ...next, oldStart: next.oldStart + s, newStart: next.newStart + s },
        );
      continue;
    }
    const after = result[i + 2];
    if (next.equal || !after?.equal || after.oldStart !== next.oldEnd || after.newStart !== at) continue;
    // Removed: old [from, from + size). Slid by s, new unit at + j holds old unit from + j (j < s) or one after.
    const size = length(next);
    const s = bestShift(
      length(before),
      length(after),
      (j) => oldText[from + j] === oldText[from + size + j],
      (j, s) => agreement(j < s ? from + j : from + size + j, at + j),
    );
    if (s !== 0)
      result.splice(
        i,
        3,
        { ...before, oldEnd: from + s },
        { ...next, oldStart: next.oldStart + s, oldEnd: next.oldEnd + s, newStart: at + s },
        { ...after, oldStart: after.oldStart + s, newStart: after.newStart + s },
      );
  }
  return result.filter((stretch) => length(stretch) > 0);
}

/**
 * The shift, within the repeat (`repeats(j)`: unit j beyond the edit's start equals the one beyond its end;
 * j < 0 before it) and the kept stretches' lengths, under which the units agree best with their originals;
 * no shift unless another one agrees strictly better.
 */
function bestShift(
  maxLeft: number,
  maxRight: number,
  repeats: (j: number) => boolean,
  agreement: (j: number, shift: number) => number,
): number {
  let left = 0;
  while (left < Math.min(MAX_SLIDE, maxLeft) && repeats(-left - 1)) left++;
  let right = 0;
  while (right < Math.min(MAX_SLIDE, maxRight) && repeats(right)) right++;
  if (left === 0 && right === 0) return 0;
  const score = (shift: number) => {
    let agreeing = 0;
    for (let j = -left; j < right; j++) agreeing += agreement(j, shift);
    return agreeing;
  };
  let best = 0;
  let bestScore = score(0);
  for (let shift = -left; shift <= right; shift++) {
    const shiftScore = shift === 0 ? bestScore : score(shift);
    if (shiftScore > bestScore) [best, bestScore] = [shift, shiftScore];
  }
  return best;
}
