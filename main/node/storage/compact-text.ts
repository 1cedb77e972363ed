/**
 * How text is kept small on disk. An article's text is stored once, deflated, in
 * `articles.packed_text`: its segments keep only where each piece lies in it. Deflate halves Chinese
 * UTF-8, and inflating an article costs microseconds, less than reading the pages it saves. The
 * original file's text (kept so a source can be parsed again) is deflated the same way.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Segment } from '../../../shared/contract/article.js';

/** A segment as stored: its text is where it lies in the article's (every other field is kept as it is). */
export type StoredSegment = Omit<Segment, 'text'> & { length: number };

export function packSegments(segments: readonly Segment[]): string {
  return JSON.stringify(
    segments.map(({ type, start, text, ...shown }): StoredSegment => ({
      type,
      start,
      length: text.length,
      ...shown,
    })),
  );
}

export function unpackSegments(json: string, text: string): Segment[] {
  return segmentsIn(JSON.parse(json) as StoredSegment[], text);
}

/** The segments with their text taken from the article's. */
export function segmentsIn(stored: readonly StoredSegment[], text: string): Segment[] {
  return stored.map(({ start, length, ...shown }) => ({
    ...shown,
    start,
    text: text.slice(start, start + length),
  }));
}

export function packText(text: string): Buffer {
  return deflateRawSync(Buffer.from(text, 'utf8'));
}

export function unpackText(packed: Uint8Array): string {
  return inflateRawSync(packed).toString('utf8');
}
