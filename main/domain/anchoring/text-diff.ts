/**
 * Maps offsets in an article's old text to its new text through a character diff.
 *
 * A diff knows which characters survived an edit, so when the old text is at hand it places an
 * annotation more precisely than any search could (for example among repeated phrases).
 *
 * The diff runs on the folded texts (normalize.ts): re-imports mostly change line breaks and spaces,
 * which folding removes, so the diff sees only the real edits — fewer, hence faster and cleaner.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { Diff } from 'diff-match-patch';
import { normalizeText, toNormalizedOffset } from './normalize.js';
import type { NormalizedText } from './normalize.js';
import { slideEdits, type Agreement, type Stretch } from './edit-slide.js';

/** Seconds the diff may spend before settling for a coarser (still correct) diff on huge rewrites. */
const DIFF_TIMEOUT_SECONDS = 0.5;

const EQUAL = 0;
const DELETE = -1;
const INSERT = 1;

export interface OffsetMap {
  /**
   * Where the old character starting at `offset` starts in the new text, or null if the edit removed or
   * replaced it (or it is whitespace, which the diff does not see).
   */
  surviving(offset: number): number | null;
  /** Best guess for where an old offset lies in the new text, also inside removed stretches. */
  approximate(offset: number): number;
  /** Where the new character starting at `offset` was in the old text, or null if the edit inserted it. */
  origin(newOffset: number): number | null;
  /**
   * Whether the diff's word on the old range [start, end) is arbitrary: the text an adjacent edit
   * removed or inserted repeats the range, so the diff could as well have kept that copy. Deleting
   * `"It is not a boat." "It is` before `how` keeps one "It is" — which one is a guess.
   */
  ambiguous(start: number, end: number): boolean;
}

/** The folded texts may be passed when the caller has them already. */
export function diffOffsets(
  oldText: string,
  newText: string,
  newFolded: NormalizedText = normalizeText(newText),
  oldFolded: NormalizedText = normalizeText(oldText),
): OffsetMap {
  const original = (text: string, folded: NormalizedText, unit: number) =>
    text.slice(folded.starts[unit], folded.ends[unit]);
  const agreement: Agreement = (oldUnit, newUnit) => {
    const [oldStart, newStart] = [oldFolded.starts[oldUnit]!, newFolded.starts[newUnit]!];
    const [oldEnd, newEnd] = [oldFolded.ends[oldUnit]!, newFolded.ends[newUnit]!];
    const itself = original(oldText, oldFolded, oldUnit) === original(newText, newFolded, newUnit);
    return (
      2 * Number(itself) +
      Number(oldText[oldStart - 1] === newText[newStart - 1]) +
      Number(oldText[oldEnd] === newText[newEnd])
    );
  };
  const folded = characterOffsets(oldFolded.text, newFolded.text, agreement);
  /** The folded unit a character starts, or null for characters folding removed (whitespace). */
  const unitAt = (text: NormalizedText, offset: number): number | null => {
    const unit = toNormalizedOffset(text, offset);
    return text.starts[unit] === offset ? unit : null;
  };
  return {
    surviving(offset) {
      const unit = unitAt(oldFolded, offset);
      const now = unit === null ? null : folded.surviving(unit);
      return now === null ? null : newFolded.starts[now]!;
    },
    approximate(offset) {
      const now = folded.approximate(toNormalizedOffset(oldFolded, offset));
      return newFolded.starts[now] ?? newText.length;
    },
    origin(newOffset) {
      const unit = unitAt(newFolded, newOffset);
      const before = unit === null ? null : folded.origin(unit);
      return before === null ? null : oldFolded.starts[before]!;
    },
    ambiguous(start, end) {
      return folded.ambiguous(toNormalizedOffset(oldFolded, start), toNormalizedOffset(oldFolded, end));
    },
  };
}

function characterOffsets(oldText: string, newText: string, agreement: Agreement): OffsetMap {
  const stretches =
    oldText === newText
      ? identical(oldText)
      : slideEdits(diffStretches(oldText, newText), oldText, newText, agreement);
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
  const newEnd = (stretch: Stretch) =>
    stretch.newStart + (stretch.equal ? stretch.oldEnd - stretch.oldStart : 0);
  return {
    origin(newOffset) {
      let low = 0;
      let high = kept.length - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const stretch = kept[middle]!;
        if (newOffset < stretch.newStart) high = middle - 1;
        else if (newOffset >= newEnd(stretch)) low = middle + 1;
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
    ambiguous(start, end) {
      const index = kept.findIndex((stretch) => stretch.oldStart <= start && start < stretch.oldEnd);
      const stretch = kept[index];
      if (!stretch || end > stretch.oldEnd) return false;
      const previous = kept[index - 1];
      const next = kept[index + 1];
      const shift = (from: number) => stretch.newStart + from - stretch.oldStart;
      // The kept text from the range to the stretch's edge, K, is the diff's guess if what the edit beyond
      // that edge removed or inserted contains K too: the diff could as well have kept that copy.
      const removedAfter = oldText.slice(stretch.oldEnd, next?.oldStart ?? oldText.length);
      const insertedAfter = newText.slice(newEnd(stretch), next?.newStart ?? newText.length);
      const removedBefore = oldText.slice(previous?.oldEnd ?? 0, stretch.oldStart);
      const insertedBefore = newText.slice(previous ? newEnd(previous) : 0, stretch.newStart);
      return (
        removedAfter.includes(oldText.slice(start, stretch.oldEnd)) ||
        insertedAfter.includes(newText.slice(shift(start), newEnd(stretch))) ||
        removedBefore.includes(oldText.slice(stretch.oldStart, end)) ||
        insertedBefore.includes(newText.slice(stretch.newStart, shift(end)))
      );
    },
  };
}

function identical(text: string): Stretch[] {
  return [{ oldStart: 0, oldEnd: text.length, newStart: 0, equal: true }];
}

/**
 * Diffs words rather than letters (dmp's "line mode" idea, one token per word): a Latin word or number
 * is one token, every other character (each Han character, punctuation, a space) its own. Fewer,
 * longer tokens make the O(N·D) diff about a word-length squared faster on English text, and a word
 * that changed is replaced whole instead of leaving stray "equal" letters behind.
 */
const TOKEN = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]+|[\s\S]/gu;
/** Tokens are encoded as one UTF-16 unit each, so there can be at most this many distinct ones. */
const MAX_DISTINCT_TOKENS = 0xd7ff;

function diffStretches(oldText: string, newText: string): Stretch[] {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = DIFF_TIMEOUT_SECONDS;
  const tokens = new Map<string, string>();
  const encode = (text: string): { encoded: string; lengths: number[] } | null => {
    const lengths: number[] = [];
    let encoded = '';
    for (const [token] of text.matchAll(TOKEN)) {
      let code = tokens.get(token);
      if (code === undefined) {
        if (tokens.size >= MAX_DISTINCT_TOKENS) return null;
        code = String.fromCharCode(tokens.size + 1);
        tokens.set(token, code);
      }
      encoded += code;
      lengths.push(token.length);
    }
    return { encoded, lengths };
  };
  const before = encode(oldText);
  const after = encode(newText);
  if (!before || !after) return stretchesOf(dmp, oldText, newText, null);
  const words = [...tokens.keys()];
  return stretchesOf(dmp, before.encoded, after.encoded, {
    oldLengths: before.lengths,
    newLengths: after.lengths,
    word: (code) => words[code.charCodeAt(0) - 1]!,
  });
}

interface Tokens {
  readonly oldLengths: number[];
  readonly newLengths: number[];
  /** The word a token code stands for. */
  readonly word: (code: string) => string;
}

/**
 * Runs the diff; with tokens, turns token counts back into character offsets, and looks inside words
 * replaced by text that keeps their letters (see spelledAlike).
 */
function stretchesOf(
  dmp: DiffMatchPatch,
  oldText: string,
  newText: string,
  tokens: Tokens | null,
): Stretch[] {
  const diffs = dmp.diff_main(oldText, newText, false);
  // Without this, a rewritten sentence keeps scattered "equal" tokens that would map offsets into noise.
  dmp.diff_cleanupSemantic(diffs);
  const oldLengths = tokens?.oldLengths ?? null;
  const newLengths = tokens?.newLengths ?? null;
  const measure = (lengths: number[] | null, from: number, count: number): number => {
    if (!lengths) return count;
    let total = 0;
    for (let i = from; i < from + count; i++) total += lengths[i]!;
    return total;
  };
  const stretches: Stretch[] = [];
  let oldToken = 0;
  let newToken = 0;
  let oldOffset = 0;
  let newOffset = 0;
  for (const [index, [operation, text]] of diffs.entries()) {
    const [nextOperation, nextText] = diffs[index + 1] ?? [EQUAL, ''];
    const words =
      tokens && operation === DELETE && nextOperation === INSERT ? [...text].map(tokens.word) : [];
    const respelled =
      tokens && words.some((word) => word.length > 1)
        ? spelledAlike(dmp, words.join(''), [...nextText].map(tokens.word).join(''))
        : null;
    if (respelled) {
      // The old words' stretches, letter by letter; the new text then counts as inserted, as usual.
      let oldLetter = oldOffset;
      let newLetter = newOffset;
      for (const [letterOperation, letters] of respelled) {
        if (letterOperation !== INSERT)
          stretches.push({
            oldStart: oldLetter,
            oldEnd: oldLetter + letters.length,
            newStart: newLetter,
            equal: letterOperation === EQUAL,
          });
        if (letterOperation !== INSERT) oldLetter += letters.length;
        if (letterOperation !== DELETE) newLetter += letters.length;
      }
      oldToken += text.length;
      oldOffset = oldLetter;
      continue;
    }
    if (operation === EQUAL || operation === DELETE) {
      const length = measure(oldLengths, oldToken, text.length);
      stretches.push({
        oldStart: oldOffset,
        oldEnd: oldOffset + length,
        newStart: newOffset,
        equal: operation === EQUAL,
      });
      oldToken += text.length;
      oldOffset += length;
    }
    if (operation !== DELETE) {
      newOffset += measure(newLengths, newToken, text.length);
      newToken += text.length;
    }
  }
  return stretches;
}

/** Longest replacement text looked into letter by letter (the work is bounded, the gain is in short words). */
const MAX_RESPELLED = 256;

/**
 * A word or number replaced by text that keeps most of its letters (a typo made or fixed, "2013" become
 * "2014", a sentence pasted into its middle), or by some of its letters only (digits cut from a phone
 * number), is still that word to the
 * reader: its letters are diffed one by one, so a quote that starts or ends inside it keeps that edge.
 * Words replaced by other words keep few letters once the letter diff is cleaned up, and stay replaced whole.
 */
function spelledAlike(dmp: DiffMatchPatch, before: string, after: string): Diff[] | null {
  if (before.length > MAX_RESPELLED || after.length > MAX_RESPELLED) return null;
  const letters = dmp.diff_main(before, after, false);
  dmp.diff_cleanupSemantic(letters);
  const kept = letters.reduce((sum, [operation, part]) => sum + (operation === EQUAL ? part.length : 0), 0);
  // Letters only taken out (a number cut short) align exactly, however many went.
  return 2 * kept >= before.length || kept === after.length ? letters : null;
}
