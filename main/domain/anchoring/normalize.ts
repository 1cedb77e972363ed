/**
 * Folds text into the form annotations are matched in, keeping a map back to real offsets.
 *
 * Re-imports change text in ways a reader does not see as changes: a line break between two Chinese
 * characters appears or disappears (CSS Text 3 renders neither as a space), runs of spaces collapse,
 * full-width Latin letters and punctuation become half-width. Both sides of every comparison go
 * through this function, so such edits cannot make a quote stop matching.
 *
 * All offsets are UTF-16 code units (JavaScript string indices), like the rest of the app.
 */

export interface NormalizedText {
  /** The folded text. */
  readonly text: string;
  /** For each folded UTF-16 unit: where its source starts in the original text. */
  readonly starts: Int32Array;
  /** For each folded UTF-16 unit: where its source ends (exclusive) in the original text. */
  readonly ends: Int32Array;
}

/** Han ideographs, kana and CJK punctuation (incl. full-width forms): scripts written without spaces. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
/** Characters that carry no meaning for matching: zero-width spaces and joiners, soft hyphen, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const SPACE = /\s/u;
/** Typographic variants NFKC keeps apart but that re-imports swap freely. */
const PUNCTUATION_FOLDS: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
};

export function normalizeText(original: string): NormalizedText {
  const folded: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace: { start: number; end: number } | null = null;
  let previousWide = false;

  let index = 0;
  for (const char of original) {
    const start = index;
    index += char.length;
    if (INVISIBLE.test(char)) continue;
    if (SPACE.test(char)) {
      pendingSpace = pendingSpace ? { start: pendingSpace.start, end: index } : { start, end: index };
      continue;
    }
    const wide = WIDE.test(char);
    // A space survives only between words of spaced scripts, and never at either end of the text.
    if (pendingSpace && folded.length > 0 && !(previousWide && wide)) {
      folded.push(' ');
      starts.push(pendingSpace.start);
      ends.push(pendingSpace.end);
    }
    pendingSpace = null;
    previousWide = wide;
    const replacement = PUNCTUATION_FOLDS[char] ?? char.normalize('NFKC');
    for (let unit = 0; unit < replacement.length; unit++) {
      folded.push(replacement[unit]!);
      starts.push(start);
      ends.push(index);
    }
  }
  return { text: folded.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The original range a folded range [start, end) came from; an empty range maps to an empty range. */
export function toOriginalRange(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = normalized.starts[start] ?? normalized.ends[normalized.ends.length - 1] ?? 0;
  if (end <= start) return { start: from, end: from };
  return { start: from, end: normalized.ends[end - 1] ?? from };
}

/** The folded offset of the first folded unit whose source starts at or after an original offset. */
export function toNormalizedOffset(normalized: NormalizedText, offset: number): number {
  let low = 0;
  let high = normalized.starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (normalized.starts[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
