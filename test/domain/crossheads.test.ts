// A crosshead the model read as a one-line paragraph is a subhead: a short line between paragraphs, ending no
// sentence, where the first word of the line under it would have fitted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

const ABOVE: LabelledRow[] = [
  ['title', 'Harbour reports a record year'],
  ['para', 'The harbour handled more ships last year than in any year before,'],
  ['cont', 'the port authority said on Monday in its annual report.'],
];
const UNDER: LabelledRow[] = [
  ['cont', 'Container traffic rose by a fifth, with most of the growth coming'],
  ['cont', 'from new services to ports along the northern coast of the sea.'],
];
/** The first article's body: each line's kind, and whether a line of text opens a paragraph. */
const bodyOf = (rows: readonly LabelledRow[]) =>
  assembleRows(rows).drafts[0]?.body.map((item) =>
    item.kind === 'line' ? (item.opens ? `opens: ${item.text}` : 'goes on') : `${item.kind}: ${item.text}`,
  );

test('a short line between paragraphs, ending no sentence, is a crosshead, and the text under it opens a paragraph', () => {
  assert.deepEqual(bodyOf([...ABOVE, ['para', 'Ships and cargo'], ...UNDER]), [
    `opens: ${ABOVE[1]![1]}`,
    'goes on',
    'subhead: Ships and cargo',
    `opens: ${UNDER[0]![1]}`,
    'goes on',
  ]);
});

test('a short line the text runs on from is no crosshead', () => {
  const read = (line: string, under: readonly LabelledRow[] = UNDER) =>
    bodyOf([...ABOVE, ['para', line], ...under])?.[2];
  // It ends in a word a phrase goes on from, or the line under it goes on in lower case or with a number.
  assert.equal(read('Ships and cargo from'), 'opens: Ships and cargo from');
  assert.equal(
    read('Ships and cargo', [['cont', 'rose by a fifth, with most of the growth coming'], UNDER[1]!]),
    'opens: Ships and cargo',
  );
  assert.equal(
    read('Sailings from June', [['cont', '14, the ferries will leave the pier every hour'], UNDER[1]!]),
    'opens: Sailings from June',
  );
  // The next word would not have fitted in the column: the line was full.
  const column: LabelledRow[] = [
    ['title', 'Harbour reports a record year'],
    ['para', 'The harbour handled more ships last'],
    ['cont', 'year, the port authority said.'],
    ['para', 'Container traffic grew'],
    ['cont', 'Substantially more ships came in'],
    ['cont', 'from ports along the northern coast.'],
  ];
  assert.equal(bodyOf(column)?.[2], 'opens: Container traffic grew');
  // It opens with a dateline whose line broke where it was full.
  assert.equal(read('PORTLAND, May 4 - Ships'), 'opens: PORTLAND, May 4 - Ships');
});

test('in text set around a picture, a word or two a line, a short line is no crosshead', () => {
  const narrow: LabelledRow[] = [
    ['title', 'Harbour reports a record year'],
    ['para', 'The harbour handled more ships last year than in any year before,'],
    ['cont', 'the port'],
    ['cont', 'authority said.'],
    ['para', 'Ships'],
    ['cont', 'Container traffic rose by a fifth, with most of the growth coming'],
    UNDER[1]!,
  ];
  assert.equal(bodyOf(narrow)?.[3], 'opens: Ships');
});
