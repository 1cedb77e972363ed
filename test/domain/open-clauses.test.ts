// A Chinese paragraph never ends at a comma: a line read as opening a paragraph under one that does goes on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

const bodyOf = (rows: readonly LabelledRow[]) =>
  assembleRows(rows).drafts[0]?.body.map((item) =>
    item.kind === 'line' && item.opens ? `¶ ${item.text}` : item.text,
  );

test('a line read as a paragraph’s opening under a line ending with a comma goes on with that paragraph', () => {
  const rows = (end: string): LabelledRow[] => [
    ['title', '老街茶馆重新开张'],
    ['para', '经过半年修缮，老街上的百年茶馆日前重'],
    ['cont', `新开张。茶馆负责人介绍${end}`],
    ['para', '“老茶客回来了”是大家最常说的话。'],
  ];
  for (const end of ['，', '、'])
    assert.deepEqual(bodyOf(rows(end)), [
      '¶ 经过半年修缮，老街上的百年茶馆日前重',
      `新开张。茶馆负责人介绍${end}`,
      '“老茶客回来了”是大家最常说的话。',
    ]);
  // A sentence's end, or a colon (a list or a quotation may follow as paragraphs), leaves the opening as read.
  for (const end of ['。', '：']) assert.equal(bodyOf(rows(end))?.[2], '¶ “老茶客回来了”是大家最常说的话。');
});
