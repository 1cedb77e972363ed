/** Where a highlight made in an article's text is marked on its PDF page: the lines holding its share of a block. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Annotation } from '../../shared/contract/api.js';
import type { ArticleLayout, PageRegion, Segment } from '../../shared/contract/article.js';
import { highlightMarks } from '../../renderer/lib/page-marks.js';

const line = (n: number): PageRegion => ({ page: 1, x0: 10, y0: 100 + n * 12, x1: 200, y1: 110 + n * 12 });

// A title, then two paragraphs of 40 characters, each printed on four lines.
const segments: Segment[] = [
  { type: 'title', text: 'Title', start: 0 },
  { type: 'paragraph', text: 'a'.repeat(40), start: 7 },
  { type: 'paragraph', text: 'b'.repeat(40), start: 49 },
];
const layout: ArticleLayout = {
  regions: [],
  blocks: [
    [line(0), line(1), line(2), line(3)],
    [line(4), line(5), line(6), line(7)],
  ],
};

const highlight = (id: number, start: number, end: number, status = 'anchored'): Annotation =>
  ({ id, kind: 'highlight', status, color: 'yellow', start, end }) as unknown as Annotation;

test('a highlight is marked on the lines holding its share of each block it covers', () => {
  // The second half of the first paragraph and the first quarter of the second.
  const marks = highlightMarks({ segments }, layout, [highlight(1, 7 + 20, 49 + 10)]);
  assert.deepEqual(
    marks.map((m) => m.rect),
    [line(2), line(3), line(4)],
  );
  assert.ok(marks.every((m) => m.annotationId === 1 && m.color === 'yellow'));
});

test('a highlight on the headline, an orphan and a note on the whole article mark nothing', () => {
  const marks = highlightMarks({ segments }, layout, [
    highlight(2, 0, 5),
    highlight(3, 10, 20, 'orphaned'),
    { ...highlight(4, 0, 0), kind: 'note' } as Annotation,
  ]);
  assert.deepEqual(marks, []);
});
