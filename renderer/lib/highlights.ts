import type { Annotation, HighlightColor } from '../../shared/contract/api.js';
import type { HighlightStyle } from '../../shared/contract/vocabulary.js';
import { HIGHLIGHT_COLORS as COLORS, HIGHLIGHT_STYLES as STYLES } from '../../shared/contract/vocabulary.js';
import { highlightName } from './colors.js';
import { TextIndex, type TextSpan } from './offsets.js';

/** Extra highlights besides the colours: passages with a note, the pending selection, a brief flash. */
export const NOTE_HIGHLIGHT = 'jb-has-note';
export const PENDING_HIGHLIGHT = 'jb-pending';
export const FLASH_HIGHLIGHT = 'jb-flash';
export const SEARCH_HIGHLIGHT = 'jb-search';
export const SEARCH_CURRENT_HIGHLIGHT = 'jb-search-current';
/**
 * How much text from the top is painted before the first layout tells what is on screen: a screenful
 * of Latin text in the reading column (about 80 characters per 32px line), a few screens of Chinese.
 */
const initialChars = (): number => Math.ceil(window.innerHeight * 2.5);
const EXTRA = [
  NOTE_HIGHLIGHT,
  PENDING_HIGHLIGHT,
  FLASH_HIGHLIGHT,
  SEARCH_HIGHLIGHT,
  SEARCH_CURRENT_HIGHLIGHT,
];

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

/** The part of an annotation inside one segment; its range is built when the segment comes near. */
interface Piece {
  span: TextSpan;
  segment: number;
  range: StaticRange | null;
  layer: Highlight;
  noted: boolean;
}

interface Painted {
  key: string;
  pieces: Piece[];
}

/** Whether an annotation has a passage to paint (not a note on the whole article, not orphaned). */
export const isPainted = (annotation: Annotation): boolean =>
  annotation.kind !== 'note' && annotation.status !== 'orphaned' && annotation.end > annotation.start;

/**
 * Paints annotations over the article's text nodes with the CSS Custom Highlight API: one Highlight per
 * colour and style, registered once and changed incrementally. The article DOM itself is never touched.
 *
 * Chromium re-derives its paint markers from every registered range whenever a highlight changes, so
 * only the ranges of segments near the viewport (one screen above and below) are registered; scrolling
 * registers the next ones before they are shown. Every annotation's ranges are computed up front (by
 * binary search in the text index) and kept per segment.
 */
export class AnnotationPainter {
  private index: TextIndex | null = null;
  private painted = new Map<number, Painted>();
  private layers = new Map<string, Highlight>();
  /** Ranges per segment index. */
  private buckets = new Map<number, Set<Piece>>();
  /** The segments whose ranges are registered: [first, last], or null before the first window. */
  private window: [number, number] | null = null;

  /** `root` is read lazily: a Lit element's render root exists only once it is connected. */
  constructor(private readonly root: () => ParentNode) {}

  /** The text index for the current DOM (rebuilt after `invalidate`). */
  get text(): TextIndex {
    this.index ??= TextIndex.build(this.root());
    return this.index;
  }

  /** The article was re-rendered: every range must be rebuilt. */
  invalidate(): void {
    this.index = null;
    for (const layer of this.layers.values()) layer.clear();
    this.painted.clear();
    this.buckets.clear();
    this.window = null;
  }

  private layer(name: string): Highlight {
    let layer = this.layers.get(name);
    const highlights = registry();
    if (!layer) {
      layer = new Highlight();
      this.layers.set(name, layer);
    }
    if (highlights && highlights.get(name) !== layer) highlights.set(name, layer);
    return layer;
  }

  private ensureLayers(): void {
    for (const style of STYLES) for (const color of COLORS) this.layer(highlightName(color, style));
    this.layer(NOTE_HIGHLIGHT);
  }

  private live(segment: number): boolean {
    return this.window !== null && segment >= this.window[0] && segment <= this.window[1];
  }

  private show(piece: Piece): void {
    if (!piece.range) {
      const [range] = this.text.rangesBySegment(piece.span).filter((r) => r.segment === piece.segment);
      if (!range) return;
      piece.range = range.range;
    }
    piece.layer.add(piece.range);
    if (piece.noted) this.layer(NOTE_HIGHLIGHT).add(piece.range);
  }

  private hide(piece: Piece): void {
    if (!piece.range) return;
    piece.layer.delete(piece.range);
    if (piece.noted) this.layer(NOTE_HIGHLIGHT).delete(piece.range);
  }

  paint(annotations: readonly Annotation[]): void {
    if (!registry()) return;
    this.ensureLayers();
    if (this.window === null && annotations.length > 0) {
      // Without forcing a layout now (the rest of the page is still rendering): the article opens at
      // its top, and the first frame corrects the window (or a scroll does).
      this.window = this.leadingSegments();
      requestAnimationFrame(() => this.follow());
    }
    const seen = new Set<number>();
    for (const annotation of annotations) {
      if (!isPainted(annotation)) continue;
      seen.add(annotation.id);
      const noted = annotation.note.trim() !== '';
      const key = `${annotation.start}:${annotation.end}:${annotation.color}:${annotation.style}:${noted}`;
      const old = this.painted.get(annotation.id);
      if (old?.key === key) continue;
      if (old) this.remove(old);
      const layer = this.layer(highlightName(annotation.color, annotation.style));
      const pieces: Piece[] = [];
      const segments = this.text.segmentsOf(annotation);
      const span = { start: annotation.start, end: annotation.end };
      for (let segment = segments?.[0] ?? 0; segments && segment <= segments[1]; segment++) {
        const piece: Piece = { span, segment, range: null, layer, noted };
        let bucket = this.buckets.get(segment);
        if (!bucket) this.buckets.set(segment, (bucket = new Set()));
        bucket.add(piece);
        if (this.live(segment)) this.show(piece);
        pieces.push(piece);
      }
      this.painted.set(annotation.id, { key, pieces });
    }
    if (seen.size !== this.painted.size)
      for (const [id, old] of this.painted)
        if (!seen.has(id)) {
          this.remove(old);
          this.painted.delete(id);
        }
  }

  private remove(old: Painted): void {
    for (const piece of old.pieces) {
      this.buckets.get(piece.segment)?.delete(piece);
      if (this.live(piece.segment)) this.hide(piece);
    }
  }

  /** The segments of the first `initialChars()` characters. */
  private leadingSegments(): [number, number] {
    const elements = this.text.elements;
    const limit = initialChars();
    let last = 0;
    while (last + 1 < elements.length && Number(elements[last + 1]!.dataset.start) < limit) last++;
    return [0, elements.length === 0 ? -1 : last];
  }

  /**
   * The segments within one screen of the viewport, by binary search over the segment boxes (the
   * layout is needed for the coming frame anyway).
   */
  private visibleSegments(): [number, number] {
    const elements = this.text.elements;
    if (elements.length === 0) return [0, -1];
    const margin = window.innerHeight;
    const firstBelow = (y: number): number => {
      let low = 0;
      let high = elements.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (elements[mid]!.getBoundingClientRect().bottom < y) low = mid + 1;
        else high = mid;
      }
      return low;
    };
    const first = Math.min(firstBelow(-margin), elements.length - 1);
    const last = Math.max(first, firstBelow(window.innerHeight + margin));
    return [first, Math.min(last, elements.length - 1)];
  }

  /** Call on scroll and resize: registers the ranges that came near the viewport, drops the others. */
  follow(): void {
    if (this.window === null) return;
    const [oldFirst, oldLast] = this.window;
    const next = this.visibleSegments();
    if (next[0] === oldFirst && next[1] === oldLast) return;
    for (let segment = oldFirst; segment <= oldLast; segment++)
      if (segment < next[0] || segment > next[1])
        for (const piece of this.buckets.get(segment) ?? []) this.hide(piece);
    this.window = next;
    for (let segment = next[0]; segment <= next[1]; segment++)
      if (segment < oldFirst || segment > oldLast)
        for (const piece of this.buckets.get(segment) ?? []) this.show(piece);
  }

  /** Paints plain spans under one name (search matches, the pending passage, a flash); empty removes it. */
  spans(name: string, spans: readonly (TextSpan | null)[]): void {
    const highlights = registry();
    if (!highlights) return;
    const present = spans.filter((span): span is TextSpan => span !== null);
    if (present.length === 0) highlights.delete(name);
    else highlights.set(name, new Highlight(...present.flatMap((span) => this.text.ranges(span))));
  }

  /** Removes every highlight this painter registered. */
  clear(): void {
    const highlights = registry();
    this.invalidate();
    if (!highlights) return;
    for (const name of this.layers.keys()) highlights.delete(name);
    for (const name of EXTRA) highlights.delete(name);
  }
}

export type { HighlightColor, HighlightStyle };
