// A label read as the headline over the headline read as its subtitle, in text typed a paragraph to a line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

const STORY: LabelledRow[] = [
  ['para', 'Dredging of the northern harbour channel will begin in April, the port authority said.'],
  ['para', 'The work will close the channel to large ships for six weeks.'],
  ['para', 'Ferries will keep to their timetable, the operator said.'],
];
const head = (rows: LabelledRow[]) => {
  const [draft] = assembleRows(rows).drafts;
  return [draft?.kicker ?? null, draft?.title, draft?.subtitle ?? null];
};

test('a label read as the headline over the headline read as a subtitle: the label is the kicker', () => {
  assert.deepEqual(
    head([['title', 'Update'], ['subtitle', 'Harbour dredging to start in spring'], ...STORY]),
    ['Update', 'Harbour dredging to start in spring', null],
  );
});

test('a headline over its deck stays, and so does a label over a wrapped text’s line', () => {
  assert.deepEqual(
    head([
      ['title', 'Harbour dredging to start in spring'],
      ['subtitle', 'Channel to close for six weeks'],
      ...STORY,
    ]),
    [null, 'Harbour dredging to start in spring', 'Channel to close for six weeks'],
  );
  // Wrapped text: a headline's first words may stand on a line of their own.
  const wrapped: LabelledRow[] = [
    ['title', 'HARBOUR'],
    ['subtitle', 'DREDGING TO START IN SPRING'],
    ['para', 'Dredging of the northern harbour channel will begin in April, the'],
    ['cont', 'port authority said on Monday, and the work will close the channel'],
    ['cont', 'to large ships for six weeks while ferries keep to their timetable.'],
  ];
  assert.deepEqual(head(wrapped), [null, 'HARBOUR', 'DREDGING TO START IN SPRING']);
});
