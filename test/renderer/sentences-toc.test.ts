/** The pure helpers of the reader's keyboard selection (sentences) and table of contents. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextSentence, sentenceAt } from '../../renderer/lib/sentences.js';
import { currentEntry, tocEntries } from '../../renderer/lib/toc.js';

const TEXT = '标题\n\n第一句话。第二句话！Then an English one. And a last?\n\n  ';
const quote = (span: { start: number; end: number } | null) =>
  span ? TEXT.slice(span.start, span.end) : null;

test('sentences: the one at an offset, trimmed, Chinese and English alike', () => {
  assert.equal(quote(sentenceAt(TEXT, 0)), '标题');
  assert.equal(quote(sentenceAt(TEXT, 3)), '第一句话。', 'from the blank line, the next sentence');
  assert.equal(quote(sentenceAt(TEXT, TEXT.indexOf('二'))), '第二句话！');
  assert.equal(quote(sentenceAt(TEXT, TEXT.indexOf('English'))), 'Then an English one.');
  assert.equal(quote(sentenceAt(TEXT, TEXT.length + 5)), 'And a last?', 'past the end: the last one');
  assert.equal(sentenceAt('  \n ', 1), null);
  assert.equal(sentenceAt('', 0), null);
});

test('sentences: moving forwards and backwards stops at the ends', () => {
  const order: string[] = [];
  for (let span = sentenceAt(TEXT, 0); span; span = nextSentence(TEXT, span, 1)) order.push(quote(span)!);
  assert.deepEqual(order, ['标题', '第一句话。', '第二句话！', 'Then an English one.', 'And a last?']);
  const last = sentenceAt(TEXT, TEXT.indexOf('last'))!;
  assert.equal(quote(nextSentence(TEXT, last, -1)), 'Then an English one.');
  assert.equal(nextSentence(TEXT, sentenceAt(TEXT, 0)!, -1), null);
});

test('table of contents: headings and subheads, and the one an offset is under', () => {
  const entries = tocEntries([
    { type: 'title', text: 'T', start: 0 },
    { type: 'heading', text: 'One', start: 3 },
    { type: 'paragraph', text: 'p', start: 8 },
    { type: 'subhead', text: 'One.a', start: 11 },
    { type: 'heading', text: 'Two', start: 20 },
  ]);
  assert.deepEqual(
    entries.map((entry) => [entry.text, entry.level]),
    [
      ['One', 1],
      ['One.a', 2],
      ['Two', 1],
    ],
  );
  assert.deepEqual(
    [0, 3, 10, 11, 19, 20, 500].map((offset) => currentEntry(entries, offset)),
    [-1, 0, 0, 1, 1, 2, 2],
  );
  assert.equal(currentEntry([], 5), -1);
});

test("table of contents: a note's top headings stand first, those below them under them", () => {
  const entries = tocEntries([
    { type: 'title', text: 'T', start: 0 },
    { type: 'heading', text: 'One', start: 3, level: 2 },
    { type: 'heading', text: 'One.a', start: 8, level: 3 },
    { type: 'heading', text: 'One.a.i', start: 15, level: 5 },
    { type: 'heading', text: 'Two', start: 25, level: 2 },
  ]);
  assert.deepEqual(
    entries.map((entry) => entry.level),
    [1, 2, 2, 1],
  );
});
