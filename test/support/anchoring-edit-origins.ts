// The bookkeeping of the edit corpus (anchoring-edits.ts): an edit as the changes it makes to the original,
// the other ways of reading each change, and the edited text with, for every unit, the original offset it
// came from.

/** A piece of the edited text: a kept stretch of the original, or new text. */
export type Segment = { readonly from: number; readonly to: number } | { readonly text: string };
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Change extends Span {
  readonly by: string;
}

/** The changes as segments, once as made and once for every other way of reading each change. */
export function splice(text: string, changes: readonly Change[]): Segment[][] {
  const sorted = [...changes].sort((a, b) => a.start - b.start);
  const readings = sorted.reduce<Change[][]>(
    (sets, change) => sets.flatMap((set) => slides(text, change).map((slid) => [...set, slid])),
    [[]],
  );
  return readings.map((set) => {
    const segments: Segment[] = [];
    let at = 0;
    for (const change of set) {
      segments.push({ from: at, to: change.start });
      if (change.by !== '') segments.push({ text: change.by });
      at = change.end;
    }
    segments.push({ from: at, to: text.length });
    return segments;
  });
}

/**
 * A pure insertion or deletion, and the same edit slid along the text as far as it gives the same result:
 * inserting "乙。" after "甲。" equals inserting "。乙" after "甲"; deleting one "a" of "aa" either one.
 */
function slides(text: string, change: Change): Change[] {
  const found = [change];
  if (change.start === change.end && change.by !== '') {
    for (let c = change; c.start > 0 && c.by.at(-1) === text[c.start - 1];) {
      c = { start: c.start - 1, end: c.start - 1, by: text[c.start - 1]! + c.by.slice(0, -1) };
      found.push(c);
    }
    for (let c = change; c.start < text.length && c.by[0] === text[c.start];) {
      c = { start: c.start + 1, end: c.start + 1, by: c.by.slice(1) + text[c.start]! };
      found.push(c);
    }
  } else if (change.by === '') {
    for (let c = change; c.start > 0 && text[c.start - 1] === text[c.end - 1];)
      found.push((c = { start: c.start - 1, end: c.end - 1, by: '' }));
    for (let c = change; c.end < text.length && text[c.start] === text[c.end];)
      found.push((c = { start: c.start + 1, end: c.end + 1, by: '' }));
  }
  return found;
}

export function assemble(
  original: string,
  segments: readonly Segment[],
): { edited: string; origins: Int32Array } {
  const origins: number[] = [];
  let edited = '';
  for (const segment of segments) {
    if ('text' in segment) {
      edited += segment.text;
      for (let i = 0; i < segment.text.length; i++) origins.push(-1);
    } else {
      edited += original.slice(segment.from, segment.to);
      for (let at = segment.from; at < segment.to; at++) origins.push(at);
    }
  }
  return { edited, origins: Int32Array.from(origins) };
}
