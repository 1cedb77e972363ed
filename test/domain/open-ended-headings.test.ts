// A sentence's first words on lines of their own in a narrow column, read as a kicker over a title, are the
// paragraph's opening: no part of a headline ends on an article or a preposition.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

const STORY: LabelledRow[] = [
  ['title', 'Ferry fares hold steady'],
  ['para', 'The ferry line left its fares'],
  ['cont', 'unchanged for the summer.'],
];
const titles = (rows: readonly LabelledRow[]) => assembleRows(rows).drafts.map((draft) => draft.title);

test("a kicker ending on an article, over a title that runs into the text, is the paragraph's opening", () => {
  const rows: LabelledRow[] = [
    ...STORY,
    ['kicker', 'The'],
    ['title', 'island'],
    ['title', 'route'],
    ['cont', 'reopens on Monday after repairs.'],
  ];
  assert.deepEqual(titles(rows), ['Ferry fares hold steady']);
  const lines = assembleRows(rows).drafts[0]!.body.filter((item) => item.kind === 'line');
  assert.deepEqual(
    lines.map((item) => [item.opens, item.text]),
    [
      [true, 'The ferry line left its fares'],
      [false, 'unchanged for the summer.'],
      [true, 'The'],
      [false, 'island'],
      [false, 'route'],
      [false, 'reopens on Monday after repairs.'],
    ],
  );
});

test("a title wrapped after a preposition, its last line a headline's end, stays a title", () => {
  const wrapped: LabelledRow[] = [
    ['title', 'Ferry line to hold'],
    ['title', 'talks on'],
    ['title', 'summer timetable'],
    ['cont', 'The ferry line will meet the island councils on Monday.'],
  ];
  assert.deepEqual(titles([...STORY, ...wrapped]), [
    'Ferry fares hold steady',
    'Ferry line to hold talks on summer timetable',
  ]);
  // Over a blank line, a headline's lines stand apart from the text whatever they end on.
  const apart = assembleRows(
    [...STORY, ['kicker', 'The'], ['title', 'island route'], ['cont', 'reopens soon.']],
    [5],
  );
  assert.equal(apart.drafts.length, 2);
});

test('a kicker ending on a preposition, over the title, is the title’s first line', () => {
  const headed: LabelledRow[] = [
    ['kicker', 'Kestrel Marine to'],
    ['title', 'Sell Island Ferry Line'],
    ['para', 'LAKEPORT, May 3 - Kestrel Marine said on Monday it would sell its island ferry line.'],
  ];
  const [, draft] = assembleRows([...STORY, ...headed]).drafts;
  assert.deepEqual([draft?.kicker, draft?.title], [null, 'Kestrel Marine to Sell Island Ferry Line']);
});

test('a picture’s credit cut after its "by" stays what it was read as, not a headline', () => {
  const credited: LabelledRow[] = [
    ['kicker', 'Photograph by'],
    ['title', 'Ines Calloway'],
    ['para', 'The ferry line will meet the island councils on Monday.'],
  ];
  const [, draft] = assembleRows([...STORY, ...credited]).drafts;
  assert.deepEqual([draft?.kicker, draft?.title], ['Photograph by', 'Ines Calloway']);
});
