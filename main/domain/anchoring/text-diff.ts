/**
 * Maps offsets in an article's old text to its new text through a character diff.
 *
 * A diff knows which characters survived an edit, so when the old text is at hand it places an
 * annotation more precisely than any search could (for example among repeated phrases).
 */
import DiffMatchPatch from 'diff-match-patch';

/** Seconds the diff may spend before settling for a coarser (still correct) diff on huge rewrites. */
const DIFF_TIMEOUT_SECONDS = 0.5;

const EQUAL = 0;
const DELETE = -1;

export interface OffsetMap {
  /** Where the old character at `offset` is in the new text, or null if the edit removed or replaced it. */
  surviving(offset: number): number | null;
  /** Best guess for where an old offset lies in the new text, also inside removed stretches. */
  approximate(offset: number): number;
  /** Where the new character at `offset` was in the old text, or null if the edit inserted it. */
  origin(newOffset: number): number | null;
}

interface Stretch {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly equal: boolean;
}

export function diffOffsets(oldText: string, newText: string): OffsetMap {
  const stretches = oldText === newText ? identical(oldText) : diffStretches(oldText, newText);
  const find = (offset: number): Stretch | undefined => {
    let low = 0;
    let high = stretches.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const stretch = stretches[middle]!;
      if (offset < stretch.oldStart) high = middle - 1;
      else if (offset >= stretch.oldEnd) low = middle + 1;
      else return stretch;
    }
    return undefined;
  };
  const kept = stretches.filter((stretch) => stretch.equal);
  return {
    origin(newOffset) {
      let low = 0;
      let high = kept.length - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const stretch = kept[middle]!;
        if (newOffset < stretch.newStart) high = middle - 1;
        else if (newOffset >= stretch.newStart + stretch.oldEnd - stretch.oldStart) low = middle + 1;
        else return stretch.oldStart + newOffset - stretch.newStart;
      }
      return null;
    },
    surviving(offset) {
      const stretch = find(offset);
      return stretch?.equal ? stretch.newStart + offset - stretch.oldStart : null;
    },
    approximate(offset) {
      const stretch = find(offset);
      if (!stretch) return offset >= oldText.length ? newText.length : 0;
      return stretch.equal ? stretch.newStart + offset - stretch.oldStart : stretch.newStart;
    },
  };
}

function identical(text: string): Stretch[] {
  return [{ oldStart: 0, oldEnd: text.length, newStart: 0, equal: true }];
}

function diffStretches(oldText: string, newText: string): Stretch[] {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = DIFF_TIMEOUT_SECONDS;
  const diffs = dmp.diff_main(oldText, newText);
  // Without this, a rewritten sentence keeps scattered "equal" letters that would map offsets into noise.
  dmp.diff_cleanupSemantic(diffs);
  const stretches: Stretch[] = [];
  let oldOffset = 0;
  let newOffset = 0;
  for (const [operation, text] of diffs) {
    if (operation === EQUAL || operation === DELETE) {
      stretches.push({
        oldStart: oldOffset,
        oldEnd: oldOffset + text.length,
        newStart: newOffset,
        equal: operation === EQUAL,
      });
      oldOffset += text.length;
    }
    if (operation !== DELETE) newOffset += text.length;
  }
  return stretches;
}
