// Chinese columns that `pdftotext -layout` packed together (one space between them, the gap moving from row to
// row) are read back one column after the other.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLayoutColumns } from '../../main/domain/import/layout-columns';
import { readPackedColumns } from '../../main/domain/import/packed-columns';

const FIRST = [
  '本报讯今年以来，全市新建口袋公',
  '园四十二个，新增绿地面积一百三',
  '十万平方米，串起沿河的六个公园。',
  '市园林局介绍，明年还将改造老旧',
  '街心花园二十处，让居民出门见绿。',
];
const SECOND = [
  '新建的公园大多利用边角地块，',
  '设有健身步道和儿童游乐设施，',
  '周边居民步行十分钟即可到达。',
  '不少市民说，傍晚带孩子散步，',
  '多了一个好去处。',
];
const THIRD = [
  '据了解，今年全市还将继续推进',
  '绿道建设，计划新增绿道八十公',
  '里，把更多公园连成一片，方便',
  '市民骑行和健步走，打造十五分',
  '钟生活圈。',
];

/** Columns set one space apart, each row's gaps where its own text ends (no gutter runs down the rows). */
function packed(...columns: readonly string[][]): string[] {
  return columns[0]!.map((_, row) =>
    columns
      .map((column) => column[row] ?? '')
      .filter((text) => text !== '')
      .join(' '),
  );
}

test('columns packed one space apart come out one after the other, each whole', () => {
  assert.deepEqual(readPackedColumns(packed(FIRST, SECOND, THIRD)), [FIRST, SECOND, THIRD]);
});

test('a caption across the columns stays whole, above them', () => {
  const caption = '市民在新建成的滨河公园里散步休息，孩子们在草坪上放风筝。 本报记者 王明 摄';
  assert.deepEqual(readPackedColumns([caption, ...packed(FIRST, SECOND, THIRD)]), [
    [caption],
    FIRST,
    SECOND,
    THIRD,
  ]);
});

test('a line spaced out letter by letter to fill its column stays in that column', () => {
  // A justified last line that pdftotext spaced out: its short words are not columns of their own.
  const spaced = ['城 市 更 新', ...SECOND.slice(1)];
  const rows = packed(FIRST, spaced, THIRD);
  assert.deepEqual(readPackedColumns(rows), [FIRST, spaced, THIRD]);
});

test('a page whose Chinese columns are packed is read column by column', () => {
  const headline = '全市新建口袋公园四十二个';
  const laidOut = [headline, '', ...packed(FIRST, SECOND, THIRD)].join('\n');
  // The column reader takes the page for a layout only when some lines show a wide gutter.
  const gutters = Array.from({ length: 8 }, (_, i) => `第${i + 1}行        另一栏`).join('\n');
  const lines = readLayoutColumns(`${gutters}\n\n\n\n${laidOut}`)
    .split('\n')
    .filter((line) => line !== '');
  assert.deepEqual(lines.slice(-16), [headline, ...FIRST, ...SECOND, ...THIRD]);
});

test('Latin text with wide justified spaces, and Chinese lines with a space or two, are not columns', () => {
  const justified = [
    'Japan     plans     to     stimulate',
    'its   economy   with   a   package',
    'of    measures    said    to    be',
    'worth about five thousand billion',
  ];
  assert.deepEqual(readPackedColumns(justified), [justified]);
  const headlines = [
    '奋进新征程 建功新时代',
    '本报讯今年以来，全市新建口袋公园四十二个。',
    '明年还将改造 老旧街心花园。',
  ];
  assert.deepEqual(readPackedColumns(headlines), [headlines]);
});
