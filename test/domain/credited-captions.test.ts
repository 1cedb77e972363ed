// Captions that a PDF extractor set inside a column's flow, told only by the credit that closes them, whatever
// the line model read there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BodyItem } from '../../main/domain/page/draft';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

const HEAD: LabelledRow[] = [
  ['title', 'Sugar output rises'],
  ['para', 'NEW DELHI, March 2 - India’s sugar'],
  ['cont', 'output rose to 3.66 mln tonnes,'],
  ['cont', 'the association said.'],
];

/** The body as a reader gets it: captions, and where each paragraph opens. */
function body(rows: readonly LabelledRow[], blankBefore: readonly number[] = []): string[] {
  const blanks = blankBefore.map((row) => row + HEAD.length);
  const [draft] = assembleRows([...HEAD, ...rows], blanks).drafts;
  return (draft?.body ?? []).map((item: BodyItem) =>
    item.kind === 'caption'
      ? `caption: ${item.text}`
      : `${item.kind === 'line' && item.opens ? '¶ ' : ''}${item.text}`,
  );
}

test('a caption read as running text up to a credit a line break cut is a caption, and the text goes on under it', () => {
  assert.deepEqual(
    body([
      ['para', 'The bank spokesman said'],
      ['cont', 'banks were in the dark. Photograph by'],
      ['cont', 'James Larsen'],
      ['cont', 'Total offtake in the first four'],
      ['cont', 'months was 2.71 mln tonnes.'],
    ]),
    [
      '¶ NEW DELHI, March 2 - India’s sugar',
      'output rose to 3.66 mln tonnes,',
      'the association said.',
      'caption: The bank spokesman said banks were in the dark. Photograph by James Larsen',
      '¶ Total offtake in the first four',
      'months was 2.71 mln tonnes.',
    ],
  );
});

test('a credit read as the whole caption takes the caption’s sentence above it, which opened a paragraph', () => {
  const read = body([
    ['para', 'The company gave no'],
    ['cont', 'details on its stock'],
    ['cont', 'repurchase program.'],
    ['caption', 'Photo: Maria Okafor/Getty'],
    ['caption', 'Images'],
    ['para', 'The committee also granted'],
    ['cont', 'export certificates.'],
  ]);
  assert.ok(
    read.includes(
      'caption: The company gave no details on its stock repurchase program. Photo: Maria Okafor/Getty Images',
    ),
    read.join('\n'),
  );
  assert.ok(read.includes('¶ The committee also granted'), read.join('\n'));
});

test('a caption the model ran on past its credit stops there, and the story under it opens a paragraph', () => {
  const read = body([
    ['caption', 'Our firm is no exception, Jarecki said. Photo: Sarah Walker/Bloomberg'],
    ['caption', 'STOCKHOLM,'],
    ['caption', 'March 26 - Sweden’s institute'],
    ['caption', 'revised its forecasts.'],
  ]);
  assert.ok(read.includes('caption: Our firm is no exception, Jarecki said. Photo: Sarah Walker/Bloomberg'));
  assert.ok(read.includes('¶ STOCKHOLM, March 26 - Sweden’s institute'), read.join('\n'));
  assert.ok(!read.some((line) => line.startsWith('caption: STOCKHOLM')));
});

test('past a blank line, the story under a credited caption is text, and a credit’s last word is the caption’s', () => {
  const read = body(
    [
      ['caption', 'He noted the focus on costs. Photograph by Anna Larsen'],
      ['caption', 'NEW YORK, April'],
      ['para', '7 - The Intrepid Museum said'],
    ],
    [0, 1],
  );
  assert.ok(
    read.includes('caption: He noted the focus on costs. Photograph by Anna Larsen'),
    read.join('\n'),
  );
  assert.ok(read.includes('¶ NEW YORK, April 7 - The Intrepid Museum said'), read.join('\n'));
  // OCR set the photographer's surname apart with a blank line.
  const ocr = body(
    [
      ['caption', 'The bonus was 32.55 dlrs per tonne. Photo: Sarah'],
      ['caption', 'Novak'],
      ['para', 'WASHINGTON, April 9 - The House'],
    ],
    [0, 1, 2],
  );
  assert.ok(ocr.includes('caption: The bonus was 32.55 dlrs per tonne. Photo: Sarah Novak'), ocr.join('\n'));
});

test('text that only looks like a credit, or a whole caption under a finished sentence, leaves the text as read', () => {
  const shipping: LabelledRow[] = [
    ['para', 'McLean said the line will move'],
    ['cont', 'the assets of its'],
    ['cont', 'Transpacific/Hawaii/Guam Service'],
    ['cont', 'to Sea-Land.'],
  ];
  assert.ok(!body(shipping).some((line) => line.startsWith('caption:')));
  // A whole caption set inside a sentence that goes on under it takes none of the sentence.
  const interrupted = body([
    ['para', '在一次远海任务中，曾小祥在'],
    ['caption', '去年河南农民人均可支配收入超过17000'],
    ['caption', '元。　新华社记者　樊若然　摄'],
    ['cont', '60多摄氏度高温环境中抢修设备故障。'],
  ]);
  assert.ok(interrupted.includes('caption: 去年河南农民人均可支配收入超过17000元。　新华社记者　樊若然　摄'));
  assert.ok(interrupted.includes('¶ 在一次远海任务中，曾小祥在'), interrupted.join('\n'));
  const [draft] = assembleRows([
    ['title', '习近平会见也门总统领导委员会主席'],
    ['para', '阿里米表示，也门同中国的友好交往历史悠久。'],
    ['para', '丁薛祥、王毅、何立峰等参加会见。'],
    ['caption', '图为“功崇惟志，业广惟勤。”　朱佳嘉　摄'],
  ]).drafts;
  assert.deepEqual(
    draft?.body.map((item) => [item.kind, item.text]),
    [
      ['line', '阿里米表示，也门同中国的友好交往历史悠久。'],
      ['line', '丁薛祥、王毅、何立峰等参加会见。'],
      ['caption', '图为“功崇惟志，业广惟勤。”　朱佳嘉　摄'],
    ],
  );
});

test('a short line that only closes the bracket the line above opened goes with that line: a credit’s rest, not a headline', () => {
  const titles = (rows: readonly LabelledRow[]): string[] =>
    assembleRows([['title', '江边新修步道今天开放'], ...rows]).drafts.map((draft) => draft.title);
  const captioned = assembleRows([
    ['title', '江边新修步道今天开放'],
    ['caption', '图为市民在新修的江边步道上散步。'],
    ['title', '（本报记者'],
    ['title', '林海摄）'],
    ['para', '本报讯新修的江边步道今天起向市民开放，'],
    ['cont', '全长十二公里。'],
  ]).drafts;
  assert.equal(captioned.length, 1);
  assert.deepEqual(
    captioned[0]!.body.filter((item) => item.kind === 'caption').map((item) => item.text),
    ['图为市民在新修的江边步道上散步。（本报记者林海摄）'],
  );
  // Running text keeps its note; a headline's own bracket (no sentence ends before it) stays the headline's.
  assert.deepEqual(
    titles([
      ['para', '步道沿线设有十处休息点。（资'],
      ['title', '料图片）'],
      ['para', '明年还将修建第二期。'],
    ]),
    ['江边新修步道今天开放'],
  );
  assert.deepEqual(
    titles([
      ['para', '步道沿线设有十处休息点。'],
      ['title', '关于步道开放时间的通知（第'],
      ['title', '二批）'],
      ['para', '步道每天早六点开放。'],
    ]),
    ['江边新修步道今天开放', '关于步道开放时间的通知（第二批）'],
  );
});

test('a caption set in a long paragraph’s column, its credit cut by a line break, opens under the last finished sentence', () => {
  const story: LabelledRow[] = [
    ['title', '滨江步道今天开放'],
    ['para', '本报讯江城新修的滨江步道'],
    ...Array.from({ length: 12 }, (_, n): LabelledRow => [
      'cont',
      `沿线第${'一二三四五六七八九十'[n % 10]}段设有休息亭和`,
    ]),
    ['cont', '饮水点，今天起向市民开放。'],
    ['cont', '在滨江步道北段，市民正'],
    ['cont', '沿着新栽的银杏林散步。 新华'],
    ['caption', '社记者 林海 摄'],
    ['para', '步道全长十二公里。'],
  ];
  const [draft] = assembleRows(story).drafts;
  const read = (draft?.body ?? []).map((item) => `${item.kind === 'caption' ? 'caption: ' : ''}${item.text}`);
  assert.ok(
    read.includes('caption: 在滨江步道北段，市民正沿着新栽的银杏林散步。 新华社记者 林海 摄'),
    read.join('\n'),
  );
  assert.ok(read.includes('饮水点，今天起向市民开放。'), read.join('\n'));
  assert.ok(read.includes('步道全长十二公里。'), read.join('\n'));
});
