// Lines the model read as one headline that no wrapping made: wrapped text breaks a line only where the next word
// no longer fits, so a headline line that had room for it ended with its part.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

const STORY: LabelledRow[] = [
  ['para', 'The rail operator said on Sunday that trains would run to the usual timetable'],
  ['cont', 'from Monday morning, after unions and managers agreed to go back to the table'],
  ['cont', 'and the week of closures that had stranded commuters came to an end.'],
];
const head = (rows: LabelledRow[]) => {
  const [draft] = assembleRows([...rows, ...STORY]).drafts;
  return [draft?.kicker ?? null, draft?.title, draft?.subtitle ?? null];
};

test('a short headline over a longer line read as more of it: the longer line is its subtitle', () => {
  assert.deepEqual(
    head([
      ['title', 'Rail strike ends'],
      ['title', 'Talks resume on Monday after a week of closures across the region'],
    ]),
    [null, 'Rail strike ends', 'Talks resume on Monday after a week of closures across the region'],
  );
});

test('a label over the headline, both read as the headline, is its kicker', () => {
  assert.deepEqual(
    head([
      ['title', 'Outlook'],
      ['title', 'Rail strike ends after a week of closures across the region'],
    ]),
    ['Outlook', 'Rail strike ends after a week of closures across the region', null],
  );
});

test('a headline wrapped where its next word did not fit stays one headline', () => {
  assert.deepEqual(
    head([
      ['title', 'Council votes to close the old harbour'],
      ['title', 'bridge for repairs'],
    ]),
    [null, 'Council votes to close the old harbour bridge for repairs', null],
  );
  // Chinese headlines break by sense, at the space between their phrases: left whole.
  assert.deepEqual(
    head([
      ['title', '【一线调研】老港区一体'],
      ['title', '打造滨水休闲新空间'],
    ])[1],
    '【一线调研】老港区一体打造滨水休闲新空间',
  );
});

test('a kicker in smaller type, wider than every line of a headline set a word or two a line, is its kicker', () => {
  assert.deepEqual(
    head([
      ['title', 'Harbour news this week'],
      ['title', 'Lakeport'],
      ['title', 'ferry'],
      ['title', 'timetable'],
      ['title', 'changes'],
    ]),
    ['Harbour news this week', 'Lakeport ferry timetable changes', null],
  );
  // Wrapped at its first line's width, a headline's next line could not take the word after it.
  assert.deepEqual(
    head([
      ['title', 'Ferry fares to rise'],
      ['title', 'Lakeport port'],
      ['title', 'authority says'],
    ]),
    [null, 'Ferry fares to rise Lakeport port authority says', null],
  );
});

test('a Chinese headline line far narrower than the line under it ends its part of the headline group', () => {
  const story: LabelledRow[] = [
    ['para', '本报讯 今年全省已有十二万名高校毕业生落实去向，'],
    ['cont', '比去年同期多一万人。'],
  ];
  const chinese = (rows: LabelledRow[]) => {
    const [draft] = assembleRows([...rows, ...story]).drafts;
    return [draft?.kicker ?? null, draft?.title, draft?.subtitle ?? null];
  };
  // One line over the rest: the kicker over the title.
  assert.deepEqual(
    chinese([
      ['title', '新春走基层·山区见闻'],
      ['title', '全省高校毕业生就业人数创新高'],
    ]),
    ['新春走基层·山区见闻', '全省高校毕业生就业人数创新高', null],
  );
  // A title of two lines over a far wider line: its subtitle, in smaller type.
  assert.deepEqual(
    chinese([
      ['title', '全省高校毕业生就业'],
      ['title', '人数创新高'],
      ['title', '今年已有十二万名毕业生落实去向比去年同期多一万人'],
    ]),
    [null, '全省高校毕业生就业人数创新高', '今年已有十二万名毕业生落实去向比去年同期多一万人'],
  );
  // A line a little short, broken at the space between the headline's phrases, and a bracket left open, go on.
  assert.deepEqual(
    chinese([
      ['title', '全省毕业生'],
      ['title', '就业人数创新高'],
    ])[1],
    '全省毕业生就业人数创新高',
  );
  assert.deepEqual(
    chinese([
      ['title', '【一线'],
      ['title', '调研】全省高校毕业生就业人数创新高'],
    ])[1],
    '【一线调研】全省高校毕业生就业人数创新高',
  );
});
