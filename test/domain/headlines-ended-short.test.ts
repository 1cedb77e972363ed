// Where an extractor sets a blank line between blocks, a title line past the blank is more of the headline above
// only when that headline's last line is full: a wrapped line takes every word that fits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

const titles = (rows: readonly LabelledRow[], blankBefore: readonly number[]) =>
  assembleRows(rows, blankBefore).drafts.map((draft) => draft.title);

test('a headline that ended well short of its width is over; the title past the blank heads a story of its own', () => {
  const rows: LabelledRow[] = [
    ['title', '【在希望的田野上】精细高效'],
    ['title', '管理 农作物长势良好'],
    ['title', '喜获丰收'],
    ['title', '江城新码头启用 年吞吐量可达千万吨'],
    ['para', '今天，江城新码头正式启用。'],
  ];
  assert.deepEqual(titles(rows, [3]), [
    '【在希望的田野上】精细高效管理 农作物长势良好喜获丰收',
    '江城新码头启用 年吞吐量可达千万吨',
  ]);
});

test('a Chinese line alone, narrower than the headline past the blank, stands over it as its label', () => {
  const rows: LabelledRow[] = [
    ['title', '本周要闻速览'],
    ['title', '江城新码头启用 年吞吐量可达千万吨'],
    ['para', '今天，江城新码头正式启用。'],
  ];
  const drafts = assembleRows(rows, [1]).drafts;
  assert.deepEqual(
    drafts.map((draft) => [draft.kicker, draft.title]),
    [['本周要闻速览', '江城新码头启用 年吞吐量可达千万吨']],
  );
});

test('a last line short only because the next word did not fit goes on past the blank', () => {
  const rows: LabelledRow[] = [
    ['title', 'Harbour board says'],
    ['title', 'no fare rise'],
    ['title', 'compromise'],
    ['para', 'LAKEPORT, March 30 - The harbour board will not raise fares.'],
  ];
  assert.deepEqual(titles(rows, [2, 3]), ['Harbour board says no fare rise compromise']);
});
