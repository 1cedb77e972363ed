/** The table of contents of an article: its headings, and which one the reader is in. */

export interface TocEntry {
  text: string;
  /** Where the heading starts in the article's text. */
  start: number;
  /** 1 for a heading, 2 for a newspaper's subhead within a story. */
  level: 1 | 2;
}

export function tocEntries(segments: readonly { type: string; text: string; start: number }[]): TocEntry[] {
  return segments.flatMap(({ type, text, start }) =>
    type === 'heading' || type === 'subhead' ? [{ text, start, level: type === 'heading' ? 1 : 2 }] : [],
  );
}

/** The index of the last entry that starts at or before `offset` (-1: above the first heading). */
export function currentEntry(entries: readonly TocEntry[], offset: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (entries[middle]!.start <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
