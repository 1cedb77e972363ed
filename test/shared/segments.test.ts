import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { articleSegments, SEGMENT_SEPARATOR } from '../../shared/contract/segments.js';
import type { ParsedArticle } from '../../shared/contract/article.js';

const text = fc.string({ minLength: 0, maxLength: 20 });
const maybe = fc.option(text, { nil: null });
const parsedArticle = fc.record({
  section: maybe,
  kicker: maybe,
  title: text,
  subtitle: maybe,
  byline: maybe,
  authors: fc.constant([]),
  dateline: maybe,
  rubric: maybe,
  blocks: fc.array(
    fc.record({ type: fc.constantFrom('paragraph' as const, 'caption' as const, 'subhead' as const), text }),
  ),
  notes: fc.option(fc.array(text), { nil: undefined }),
}) satisfies fc.Arbitrary<ParsedArticle>;

test('every segment sits at its offset in the canonical text, in reading order, separated by blank lines', () => {
  fc.assert(
    fc.property(parsedArticle, (article) => {
      const { segments, text: canonical } = articleSegments(article);
      for (const segment of segments) {
        assert.equal(canonical.slice(segment.start, segment.start + segment.text.length), segment.text);
        assert.notEqual(segment.text.trim(), '');
      }
      assert.equal(canonical, segments.map((segment) => segment.text).join(SEGMENT_SEPARATOR));
    }),
  );
});

test('headline pieces come first, then blocks, then the page notes the parser set aside', () => {
  const { segments } = articleSegments({
    section: 'News',
    kicker: 'Kicker',
    title: 'Title',
    subtitle: null,
    byline: 'By A',
    authors: ['A'],
    dateline: 'CITY',
    rubric: null,
    blocks: [{ type: 'paragraph', text: 'Body.' }],
    notes: ['(continued on page 2)'],
  });
  assert.deepEqual(
    segments.map((segment) => segment.type),
    ['kicker', 'title', 'dateline', 'byline', 'paragraph', 'note'],
  );
});
