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
