// A justified column read back from a layout keeps the spaces that spread its words: the story reads with one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../../main/domain/import/parse-document';

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - s.length));

const LEFT = [
  'LAKEPORT,  May 4 - The town',
  'council   voted   on   Tuesday',
  'to raise the flood wall along',
  'the   river   by   a   metre',
  'before the autumn rains.',
  'The   work   will   start   in',
  'June and last three months,',
  'the   council   said.',
];
const RIGHT = [
  'HARBOUR  FALLS,  May 4 - The',
  'ferry   line   said   it   would',
  'add two boats to its summer',
  'timetable,   running   every',
  'hour from the old harbour.',
  'Tickets   go   on   sale   next',
  'week   at   the   quay.',
];

test('a layout’s justified columns come out as stories with one space between their words', () => {
  const left = ['Council Raises Flood Wall', ...LEFT];
  const right = ['Ferry Line Adds Boats', ...RIGHT];
  const rows = left.map((line, i) => `${pad(line, 34)}      ${right[i] ?? ''}`.trimEnd());
  const { page } = parseDocument('page.txt', rows.join('\n'));
  const texts = page.articles.flatMap((a) => [a.title, a.dateline ?? '', ...a.blocks.map((b) => b.text)]);
  assert.deepEqual(
    page.articles.map((a) => a.title),
    ['Council Raises Flood Wall', 'Ferry Line Adds Boats'],
  );
  assert.deepEqual(
    texts.filter((text) => text.includes('  ')),
    [],
  );
  // Every word of the page is in a story; the dashes after the datelines are not words.
  const words = (text: string): string[] =>
    text
      .split(/\s+/)
      .filter((word) => /\w/.test(word))
      .sort();
  assert.deepEqual(words(texts.join(' ')), words(rows.join(' ')));
});
