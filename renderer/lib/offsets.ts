/**
 * Maps between DOM positions and canonical text offsets. Every segment element carries
 * `data-start` (its offset in `article.text`) and its text nodes spell exactly the segment's text.
 */

export interface TextSpan {
  start: number;
  end: number;
}

interface Boundary {
  node: Node;
  offset: number;
}

export function segmentElements(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-start]')];
}

function segmentStart(el: HTMLElement): number {
  return Number(el.dataset.start);
}

function textNodes(el: Node): Text[] {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function segmentLength(el: HTMLElement): number {
  return textNodes(el).reduce((sum, node) => sum + node.data.length, 0);
}

/** The number of text characters in `el` before the DOM boundary point (node, offset) that lies inside it. */
function charsBefore(el: HTMLElement, point: Boundary): number {
  const probe = document.createRange();
  probe.setStart(el, 0);
  probe.setEnd(point.node, point.offset);
  let count = 0;
  for (const node of textNodes(el)) {
    if (node === point.node) return count + point.offset;
    if (probe.comparePoint(node, node.data.length) !== 0) break;
    count += node.data.length;
  }
  return count;
}

/**
 * The canonical span a DOM range covers, clamped to the segments it touches; null if it touches none
 * or is empty. Separators between segments are included only when the range spans several segments.
 */
export function rangeToSpan(root: ParentNode, range: AbstractRange): TextSpan | null {
  const live = document.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    return null;
  }
  if (live.collapsed) return null;
  const touched = segmentElements(root).filter((el) => live.intersectsNode(el));
  if (touched.length === 0) return null;

  let first = touched[0]!;
  let last = touched[touched.length - 1]!;
  let start = first.contains(live.startContainer)
    ? segmentStart(first) + charsBefore(first, { node: live.startContainer, offset: live.startOffset })
    : segmentStart(first);
  let end = last.contains(live.endContainer)
    ? segmentStart(last) + charsBefore(last, { node: live.endContainer, offset: live.endOffset })
    : segmentStart(last) + segmentLength(last);

  // A selection that ends at the very start of a segment (triple-click) or starts at the very end of one
  // does not really cover it.
  if (touched.length > 1 && end === segmentStart(last)) {
    last = touched[touched.length - 2]!;
    end = segmentStart(last) + segmentLength(last);
  }
  if (touched.length > 1 && start === segmentStart(first) + segmentLength(first)) {
    first = touched[1]!;
    start = segmentStart(first);
  }
  return end > start ? { start, end } : null;
}

/** The DOM point for a canonical offset inside a segment element. */
function pointAt(el: HTMLElement, offset: number, preferEnd: boolean): Boundary {
  let remaining = offset;
  const nodes = textNodes(el);
  for (const [index, node] of nodes.entries()) {
    const isLast = index === nodes.length - 1;
    if (remaining < node.data.length || (remaining === node.data.length && (preferEnd || isLast))) {
      return { node, offset: remaining };
    }
    remaining -= node.data.length;
  }
  return { node: el, offset: el.childNodes.length };
}

/**
 * DOM ranges covering a canonical span: one per segment it touches (the separators between segments
 * are not in the DOM).
 */
export function spanToRanges(root: ParentNode, span: TextSpan): Range[] {
  const ranges: Range[] = [];
  for (const el of segmentElements(root)) {
    const segStart = segmentStart(el);
    const segEnd = segStart + segmentLength(el);
    const from = Math.max(span.start, segStart);
    const to = Math.min(span.end, segEnd);
    if (to <= from) continue;
    const a = pointAt(el, from - segStart, false);
    const b = pointAt(el, to - segStart, true);
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    ranges.push(range);
  }
  return ranges;
}

/** The canonical offset of a DOM point inside a segment element, or null outside every segment. */
export function pointToOffset(node: Node, offset: number): number | null {
  const el = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-start]');
  if (!el) return null;
  return segmentStart(el) + charsBefore(el, { node, offset });
}

/**
 * Every text node of the article with its canonical offset, built once per render, so a span becomes
 * DOM ranges by binary search instead of walking the segments (2,000 highlights paint in one pass).
 */
export class TextIndex {
  private constructor(
    /** The segment elements in text order. */
    readonly elements: HTMLElement[],
    private readonly nodes: Text[],
    /** Canonical offset of each node's first character (ascending). */
    private readonly starts: number[],
    /** Which segment element each node belongs to (a range never crosses segments). */
    private readonly segments: number[],
  ) {}

  static build(root: ParentNode): TextIndex {
    const nodes: Text[] = [];
    const starts: number[] = [];
    const segments: number[] = [];
    const elements = segmentElements(root).sort((a, b) => segmentStart(a) - segmentStart(b));
    for (const [index, el] of elements.entries()) {
      let at = segmentStart(el);
      for (const node of textNodes(el)) {
        nodes.push(node);
        starts.push(at);
        segments.push(index);
        at += node.data.length;
      }
    }
    return new TextIndex(elements, nodes, starts, segments);
  }

  /** Index of the last node starting at or before `offset` (0 if none). */
  private nodeAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Static ranges covering a span: one per segment it touches. */
  ranges(span: TextSpan): StaticRange[] {
    return this.rangesBySegment(span).map((piece) => piece.range);
  }

  /** Like `ranges`, with the index (in `elements`) of the segment each range lies in. */
  rangesBySegment(span: TextSpan): { range: StaticRange; segment: number }[] {
    const out: { range: StaticRange; segment: number }[] = [];
    const { nodes, starts, segments } = this;
    if (nodes.length === 0 || span.end <= span.start) return out;
    let first: { node: Text; offset: number; segment: number } | null = null;
    let last: { node: Text; offset: number } | null = null;
    const flush = () => {
      if (first && last)
        out.push({
          range: new StaticRange({
            startContainer: first.node,
            startOffset: first.offset,
            endContainer: last.node,
            endOffset: last.offset,
          }),
          segment: first.segment,
        });
      first = null;
      last = null;
    };
    for (let i = this.nodeAt(span.start); i < nodes.length && starts[i]! < span.end; i++) {
      const node = nodes[i]!;
      const from = Math.max(span.start, starts[i]!) - starts[i]!;
      const to = Math.min(span.end, starts[i]! + node.data.length) - starts[i]!;
      if (to <= from) continue;
      if (first && first.segment !== segments[i]) flush();
      first ??= { node, offset: from, segment: segments[i]! };
      last = { node, offset: to };
    }
    flush();
    return out;
  }

  /** The indexes (in `elements`) of the first and last segments a non-empty span touches. */
  segmentsOf(span: TextSpan): [number, number] | null {
    if (this.nodes.length === 0 || span.end <= span.start) return null;
    let first = this.nodeAt(span.start);
    // The span may start in the separator after a node.
    if (this.starts[first]! + this.nodes[first]!.data.length <= span.start) first++;
    const last = this.nodeAt(span.end - 1);
    if (first >= this.nodes.length || first > last) return null;
    return [this.segments[first]!, this.segments[last]!];
  }

  /** The canonical offset of a point in one of the indexed text nodes, or null. */
  offsetOf(node: Node, offset: number): number | null {
    const index = this.nodes.indexOf(node as Text);
    return index < 0 ? null : this.starts[index]! + offset;
  }
}
