// A kicker the column reader gave under its headline's first line (large type written a row early) goes back over it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kickersOverRaisedHeadlines } from '../../main/domain/import/raised-headline-lines';

const STORY = ['本报讯 今年春播比往年提前一周，各地农机已陆续下田。', '各地农业部门派出技术人员指导。'];

test('a kicker under the headline first line goes back over it, and the headline is read whole', () => {
  const blocks = [
    ['全省春播进度过半 各地抢抓', '气温回升快于往年，农机提前下田——'],
    ['农时', ...STORY],
  ];
  assert.deepEqual(kickersOverRaisedHeadlines(blocks), [
    ['气温回升快于往年，农机提前下田——', '全省春播进度过半 各地抢抓', '农时', ...STORY],
  ]);
});

test("a kicker told by its closing dash, or a box's label, goes back over the headline whatever its width", () => {
  // A row of two headlines side by side, whose second lines fill their columns a little wider than the first.
  const row = '城市公园新增绿道 全省高校开展招聘';
  const next = ['十二条公园绿道连成线 服务月本周末启动', ...STORY];
  for (const kicker of ['沿河六个公园连成一线——', '■ 要闻'])
    assert.deepEqual(kickersOverRaisedHeadlines([[row, kicker], next]), [[kicker, row, ...next]]);
});

test('blocks that only look alike are left as read', () => {
  const headline = '全省春播进度过半 各地抢抓';
  const kicker = '气温回升快于往年，农机提前下田——';
  const cases: [string, string[][]][] = [
    // Not wider by a few characters, the line under the headline's is set in its type: the headline going on.
    [
      'same type',
      [
        [headline, '农机提前下田 春耕全面展开'],
        ['农时', ...STORY],
      ],
    ],
    // A box's label is no headline's first line.
    [
      'bulleted label',
      [
        ['■ 简讯', `${headline}农时`],
        ['春耕', ...STORY],
      ],
    ],
    [
      'label',
      [
        ['本埠', `${headline}农时`],
        ['春耕', ...STORY],
      ],
    ],
    // A sentence under the headline's first line is a story's, and so is a sentence opening the next block.
    [
      'sentence under',
      [
        [headline, '气温回升快于往年，农机已经下田。'],
        ['农时', ...STORY],
      ],
    ],
    [
      'story next',
      [
        [headline, kicker],
        ['春播提前一周。', ...STORY],
      ],
    ],
    // A block that opens with a paragraph's indent (the column reader marks one so) opens a story: a headline
    // over its story with another story's subtitle under it.
    [
      'indented next',
      [
        [headline, kicker],
        ['  全省各地农机陆续下田', ...STORY],
      ],
    ],
    // A line wider than the headline's first does not go on from it.
    [
      'wider next',
      [
        ['全省春播进度过半', kicker],
        ['各地抢抓农时 春耕生产全面展开', ...STORY],
      ],
    ],
  ];
  for (const [name, blocks] of cases) assert.deepEqual(kickersOverRaisedHeadlines(blocks), blocks, name);
});
