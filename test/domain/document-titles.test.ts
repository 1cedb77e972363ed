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
