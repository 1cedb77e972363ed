import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePage } from '../../main/domain/page/index';

const PARAGRAPHS = [
  '经过一年半的修缮，城南老街改造工程日前全面完工。沿街四十余栋骑楼按原样恢复，街面重新铺设了青石板。',
  '据介绍，改造坚持“修旧如旧”原则，对每栋建筑逐一测绘建档，保留原有门窗和雕花。',
  '下一步，当地将引入非遗工坊和老字号，让老街重新热闹起来。',
];

test('a text’s first line is its title though it holds a comma or asks a question, over a paragraph to a line', () => {
  for (const title of ['老街改造，如何留住烟火气？', '老街的烟火气，回来了！', '老街的烟火气，回来了']) {
    for (const spaced of [false, true]) {
      const lines = [title, ...PARAGRAPHS];
      const page = parsePage((spaced ? lines.flatMap((l) => [l, '']) : lines).join('\n'));
      assert.deepEqual(
        page.articles.map((a) => [a.title, a.blocks.map((b) => b.text)]),
        [[title, PARAGRAPHS]],
        `${title} ${spaced ? 'with blank lines' : ''}`,
      );
    }
  }
});

test('an essay’s credit under its title, "by" in lower case or 文 with a full-width slash, is its credit', () => {
  const english = [
    'There is a particular pleasure in walking when the weather has turned, when the streets empty and the city softens.',
    'I first noticed it as a student, crossing the park on the way to a lecture I had no wish to attend that morning.',
  ];
  const chinese = [
    '　　天气转凉的时候，街上的人少了，城市的声音也慢慢低了下去，这时候出门走走，别有一番滋味。',
    '　　第一次注意到这种感觉，是在大学的时候。那天我穿过公园去上一堂不想上的课，雨下得正紧。',
  ];
  for (const [title, credit, author, body] of [
    ['On Walking in the Rain', 'by Jane Doe', 'Jane Doe', english],
    ['雨中散步', '文／王明', '王明', chinese],
  ] as const) {
    const page = parsePage([title, credit, '', ...body.flatMap((p) => [p, ''])].join('\n'));
    assert.deepEqual(
      page.articles.map((a) => [a.title, a.byline, a.authors, a.blocks.length]),
      [[title, credit, [author], 2]],
    );
  }
});
