import type { Annotation, HighlightColor } from '../../shared/contract/api.js';
import { COLORS, highlightName } from './colors.js';
import { spanToRanges, type TextSpan } from './offsets.js';

/** Extra highlights besides the six colours: passages with a note, the pending selection, a brief flash. */
export const NOTE_HIGHLIGHT = 'jb-has-note';
export const PENDING_HIGHLIGHT = 'jb-pending';
export const FLASH_HIGHLIGHT = 'jb-flash';
export const SEARCH_HIGHLIGHT = 'jb-search';
export const SEARCH_CURRENT_HIGHLIGHT = 'jb-search-current';

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

/**
 * Paints annotations over the article's text nodes with the CSS Custom Highlight API (one Highlight per
 * colour). The article DOM itself is never touched.
 */
export function paintAnnotations(root: ParentNode, annotations: readonly Annotation[]): void {
  const highlights = registry();
  if (!highlights) return;
  const byColor = new Map<HighlightColor, Range[]>(COLORS.map((color) => [color, []]));
  const noted: Range[] = [];
  for (const annotation of annotations) {
    const ranges = spanToRanges(root, annotation);
    byColor.get(annotation.color)?.push(...ranges);
    if (annotation.note.trim() !== '') noted.push(...ranges);
  }
  for (const [color, ranges] of byColor) highlights.set(highlightName(color), new Highlight(...ranges));
  highlights.set(NOTE_HIGHLIGHT, new Highlight(...noted));
}

export function paintSpan(root: ParentNode, name: string, span: TextSpan | null): void {
  paintSpans(root, name, span === null ? [] : [span]);
}

export function paintSpans(root: ParentNode, name: string, spans: readonly TextSpan[]): void {
  const highlights = registry();
  if (!highlights) return;
  if (spans.length === 0) highlights.delete(name);
  else highlights.set(name, new Highlight(...spans.flatMap((span) => spanToRanges(root, span))));
}

export function clearAll(): void {
  const highlights = registry();
  if (!highlights) return;
  for (const color of COLORS) highlights.delete(highlightName(color));
  const extra = [
    NOTE_HIGHLIGHT,
    PENDING_HIGHLIGHT,
    FLASH_HIGHLIGHT,
    SEARCH_HIGHLIGHT,
    SEARCH_CURRENT_HIGHLIGHT,
  ];
  for (const name of extra) highlights.delete(name);
}
