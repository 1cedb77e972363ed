/** The table of contents of an article: its headings, and which one the reader is in. */

export interface TocEntry {
  text: string;
  /** Where the heading starts in the article's text. */
  start: number;
  /** 1 for a heading, 2 for a newspaper's subhead within a story or a heading below the article's top ones. */
  level: 1 | 2;
}

export function tocEntries(
  segments: readonly { type: string; text: string; start: number; level?: number }[],
): TocEntry[] {
  // A note's top headings are often of level 2 (its title being the level-1 one): they stand first.
  const levels = segments.flatMap(({ type, level }) => (type === 'heading' ? [level ?? 1] : []));
  const top = Math.min(...levels);
  return segments.flatMap(({ type, text, start, level }) =>
    type === 'heading' || type === 'subhead'
      ? [{ text, start, level: type === 'heading' && (level ?? 1) <= top ? 1 : 2 }]
      : [],
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
