// Text that indents its paragraphs: a flush line over an indented paragraph is a headline, whatever the model read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

/** Three stories typed with indented paragraphs; the model read the last two headlines as paragraphs. */
const ROWS: LabelledRow[] = [
  ['title', 'Harbour dredging to start in spring'],
  ['para', '    Dredging of the northern harbour channel will begin in April,'],
  ['cont', 'the port authority said.'],
  ['para', 'Orchard growers count frost damage'],
  ['para', '    Apple orchards across the valley lost blossoms in three nights'],
  ['cont', 'of hard frost.'],
  ['para', '    Growers fear smaller harvests this autumn.'],
  ['para', 'Library extends its opening hours'],
  ['para', '    The town library will stay open until nine on weekdays.'],
];
const titles = (blankBefore: readonly number[], rows = ROWS): string[] =>
  assembleRows(rows, blankBefore).drafts.map((d) => d.title);

test('a flush line after a blank, over an indented paragraph, heads a story of its own', () => {
  assert.deepEqual(titles([3, 7]), [
    'Harbour dredging to start in spring',
    'Orchard growers count frost damage',
    'Library extends its opening hours',
  ]);
});

test('a flush line that goes on from the line above, or ends a sentence, stays text', () => {
  // No blank before it: the last line of the paragraph above, wrapped.
  assert.deepEqual(titles([7]), ['Harbour dredging to start in spring', 'Library extends its opening hours']);
  const finished = ROWS.map(([role, text]): LabelledRow => [
    role,
    text === 'Orchard growers count frost damage' ? 'Orchard growers count the damage.' : text,
  ]);
  assert.deepEqual(titles([3, 7], finished), [
    'Harbour dredging to start in spring',
    'Library extends its opening hours',
  ]);
});
