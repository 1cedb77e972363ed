// A Chinese headline's bracketed lead-in opens it: title lines the model read above it are the kicker over it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

const STORY: LabelledRow[] = [
  ['para', '今年国庆期间，各地旅游市场异'],
  ['cont', '常火热，红色景区游客明显增多。'],
];
const headlines = (rows: readonly LabelledRow[]) =>
  assembleRows(rows).drafts.map((draft) => [draft.kicker, draft.title]);

test('a kicker’s last line read as the title’s first, over a bracketed lead-in, goes back to the kicker', () => {
  const rows: LabelledRow[] = [
    ['kicker', '交通运输部发布数据显示，我国内河航道网'],
    ['title', '络体系不断完善'],
    ['title', '【文化中国行】'],
    ['title', '传承红色基因'],
    ...STORY,
  ];
  assert.deepEqual(headlines(rows), [
    ['交通运输部发布数据显示，我国内河航道网络体系不断完善', '【文化中国行】传承红色基因'],
  ]);
});

test('a whole kicker read as the title over a bracketed lead-in is the kicker; a lead-in opening the run stays', () => {
  const rows: LabelledRow[] = [
    ['title', '交通运输部发布数据显示，我国内河航道网络体系不断完善'],
    ['title', '【文化中国行】传承红色基因'],
    ...STORY,
  ];
  assert.deepEqual(headlines(rows), [
    ['交通运输部发布数据显示，我国内河航道网络体系不断完善', '【文化中国行】传承红色基因'],
  ]);
  const opening: LabelledRow[] = [['title', '【文化中国行】传承红色'], ['title', '基因'], ...STORY];
  assert.deepEqual(headlines(opening), [[null, '【文化中国行】传承红色基因']]);
});
