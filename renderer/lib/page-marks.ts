// Where a highlight made in an article's clean text stands on its PDF page. The stored layout gives the lines of
// each body block; a highlight covering part of a block is marked on the lines holding that share of its text.
import type { Annotation, Article } from '../../shared/contract/api.js';
import type { ArticleLayout, PageRegion } from '../../shared/contract/article.js';

/** Segment types that are body blocks, in the order the layout lists their lines. */
const BLOCK_TYPES = new Set([
  'paragraph',
  'subhead',
  'caption',
  'heading',
  'quote',
  'list-item',
  'code',
  'figure',
]);

export interface PageMark {
  annotationId: number;
  color: string;
  rect: PageRegion;
}

/** Rectangles to mark on the page for each highlight of the article. */
export function highlightMarks(
  article: Pick<Article, 'segments'>,
  layout: ArticleLayout,
  annotations: readonly Annotation[],
): PageMark[] {
  const blocks = article.segments.filter((s) => BLOCK_TYPES.has(s.type));
  const marks: PageMark[] = [];
  for (const a of annotations) {
    if (a.kind !== 'highlight' || a.status !== 'anchored') continue;
    blocks.forEach((block, k) => {
      const lines = layout.blocks[k] ?? [];
      const end = block.start + block.text.length;
      if (lines.length === 0 || a.end <= block.start || a.start >= end) return;
      const from = (Math.max(a.start, block.start) - block.start) / block.text.length;
      const to = (Math.min(a.end, end) - block.start) / block.text.length;
      const first = Math.min(lines.length - 1, Math.floor(from * lines.length));
      const last = Math.max(first, Math.ceil(to * lines.length) - 1);
      for (let i = first; i <= last; i++) marks.push({ annotationId: a.id, color: a.color, rect: lines[i]! });
    });
  }
  return marks;
}
