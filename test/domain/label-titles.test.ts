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

test('a line of a headline’s length read as a kicker over the headline is the headline, and that line its deck', () => {
  const headline = 'Harbour authority to dredge the northern channel';
  const deck = 'Channel to close for six weeks';
  // The model read both as the headline, or the first as a kicker; blank lines set blocks apart, or none.
  for (const rows of [
    [['title', headline], ['title', deck], ...STORY],
    [['kicker', headline], ['title', deck], ...STORY],
  ] as LabelledRow[][]) {
    assert.deepEqual(head(rows), [null, headline, deck], rows[0]![0]);
    const longer = [...rows, ...STORY];
    const [draft] = assembleRows(
      longer,
      longer.map((_, i) => i),
    ).drafts;
    assert.deepEqual([draft?.title, draft?.subtitle], [headline, deck], `${rows[0]![0]}, blanks`);
  }
  // A line that ends a sentence (a list's item, a caption) heads no story: the line under it is the headline.
  const item = 'April 11 - the ferry adds an evening sailing to the island.';
  assert.equal(head([['title', item], ['title', headline], ...STORY])[1], headline);
});

test('a line of several words read as a kicker over the text, with no headline under it, is the headline', () => {
  const rows: LabelledRow[] = [
    ['kicker', 'Update'],
    ['kicker', 'Harbour dredging to start soon'],
    ['para', 'Dredging of the northern harbour channel will begin in April, the'],
    ['cont', 'port authority said on Monday, and the work will close the channel'],
    ['cont', 'to large ships for six weeks while ferries keep to their timetable.'],
  ];
  assert.deepEqual(head(rows), ['Update', 'Harbour dredging to start soon', null]);
});

test('in typed Chinese text, a word read as part of the headline over it is the section’s name', () => {
  const story: LabelledRow[] = [
    ['para', '记者从交通运输部获悉，北部港区航道疏浚工程将于四月开工。'],
    ['para', '工程期间，大型船舶将停航六周。'],
    ['para', '渡轮照常运行，运营方表示。'],
  ];
  for (const rows of [
    [['kicker', '要闻'], ['title', '北部港区航道疏浚工程四月开工'], ...story],
    [['title', '要闻'], ['kicker', '港口建设提速——'], ['title', '北部港区航道疏浚工程四月开工'], ...story],
  ] as LabelledRow[][]) {
    const [draft] = assembleRows(rows).drafts;
    assert.equal(draft?.section, '要闻', rows[0]![0]);
    assert.equal(draft?.title, '北部港区航道疏浚工程四月开工', rows[0]![0]);
  }
  // Wrapped text: a headline set in a narrow column stands four characters a line.
  const narrow: LabelledRow[] = [
    ['title', '全市加快'],
    ['title', '推进老旧'],
    ['title', '小区改造'],
    ['para', '记者从市住建局获悉，今年'],
    ['cont', '全市将改造老旧小区一百二十'],
    ['cont', '个，惠及居民三万余户。'],
  ];
  assert.equal(assembleRows(narrow).drafts[0]?.title, '全市加快推进老旧小区改造');
});
