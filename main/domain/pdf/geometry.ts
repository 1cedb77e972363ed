// The shapes layout analysis works with, in PDF units with the origin at the page's top left (y grows down).
// The pdf.js adapter converts into these; nothing here knows pdf.js.

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A run of text drawn in one font at one size, as a PDF text extractor reports it. */
export interface TextRun {
  text: string;
  /** Left end of the run. */
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** Font size (the height of an em). */
  size: number;
  /** The font's identity within the file: faces differ between headline, body and caption. */
  font: string;
}

export interface PageText {
  /** 1-based page number in the file. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
}

export function union(a: Rect, b: Rect): Rect {
  return {
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  };
}

/** Length of the overlap of two intervals (0 when apart). */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Horizontal overlap as a share of the narrower of the two. */
export function xOverlapShare(a: Rect, b: Rect): number {
  const narrower = Math.min(a.x1 - a.x0, b.x1 - b.x0);
  return narrower > 0 ? overlap(a.x0, a.x1, b.x0, b.x1) / narrower : 0;
}
