// A caption run together with the text above it (a paragraph's last line, a heading, a column's last line)
// starts where a line of the Chinese column stops short of the next one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { BodyItem, BodyLine } from '../../main/domain/page/draft';
import { restartCaption } from '../../main/domain/page/line-model/caption-heads';
import { reflowBody } from '../../main/domain/page/reflow';
import { assembleRows } from '../support/labelled-rows';

const line = (text: string, opens = false): BodyLine => ({
  kind: 'line',
  text,
  gapBefore: 0,
  indent: 0,
  headlineLike: false,
  opens,
});

test('a paragraph read on into a caption closed by its credit keeps its own lines; the caption starts under them', () => {
  // The model read every line as the paragraph going on; the credit makes the block a caption.
  // Two lines stop short in it: a paragraph's end inside the block, and the last, right over the caption.
  const column = [
    '秋天到了，各地公园的树叶',
    '变成了一片金黄。',
    '周末吸引很多市民前来观赏',
    '拍照留念，很热闹。',
  ];
  const caption = ['在热烈的掌声中，市长发表', '了重要讲话。 张明', '摄'];
  const items = [...column, ...caption].map((text, i) => line(text, i === 0));
  const ctx = { typicalGap: 0, knownWords: new Set<string>() };
  assert.deepEqual(
    reflowBody(items, ctx).map((b) => [b.type, b.text]),
    [
      ['paragraph', column.join('')],
      ['caption', '在热烈的掌声中，市长发表了重要讲话。 张明摄'],
    ],
  );
  // Lines read from a PDF page keep where they stand: each block takes its own lines' places.
  const placed = items.map((item, k) => ({ ...item, region: { page: 1, x0: 0, y0: k, x1: 10, y1: k + 1 } }));
  const blocks = reflowBody(placed, ctx);
  assert.deepEqual(
    blocks.map((b) => b.regions?.map((r) => r.y0)),
    [
      [0, 1, 2, 3],
      [4, 5, 6],
    ],
  );
});

test('a caption line under a heading that stops short starts the caption; its own wrapped lines go on', () => {
  const heading = '老旧小区改造加快推进';
  const first = '工人们正在为一栋六层居民楼加装电梯，预计';
  const body: BodyItem[] = [{ kind: 'caption', text: heading }];
  assert.equal(restartCaption(body, heading, first), true);
  assert.deepEqual(body, [line(heading, true), { kind: 'caption', text: first }]);
  const wide = '市民在新建成的城市公园里散步，孩子们在草地上奔跑';
  const goesOn: [string, string][] = [
    // The caption's next line is as wide as its first.
    [first, '下月底前完工投入使用。（资料图片）'],
    // Not short enough: by a share (14 ems over 17) or in ems (6 over 8).
    ['市民在新建成的城市公园里散步', '孩子们在草地上奔跑嬉戏，老人们坐着'],
    ['市民在公园里', '散步的孩子们奔跑'],
    // Too short to end anything (a word cut at the line's end), at a clause's mark, inside a bracket, not Chinese.
    ['市民在公园', wide],
    ['园林部门介绍，今年全市，', wide],
    ['市民在公园里散步（资', `料图片）${wide}`],
    ['Residents in the park', wide],
  ];
  for (const [before, next] of goesOn) assert.equal(restartCaption([], before, next), false, before);
});

test('lines the line model read as one caption are a paragraph and a caption where a line stops short', () => {
  const caption = ['工人们正在为一栋六层居民楼加装电梯，预计', '下月底前完工投入使用。（资料图片）'];
  const { drafts } = assembleRows([
    ['title', '城市更新让老街区焕发新活力'],
    ['para', '本报讯 今年以来，全市启动老旧小区改造一百余个。'],
    ['caption', '老旧小区改造加快推进'],
    ['caption', caption[0]!],
    ['caption', caption[1]!],
  ]);
  assert.deepEqual(
    drafts[0]?.body.slice(-2).map((item) => [item.kind, item.text]),
    [
      ['line', '老旧小区改造加快推进'],
      ['caption', caption.join('')],
    ],
  );
});

test("a paragraph's end run into the caption's first line goes back to the paragraph, a photographer's name does not", () => {
  const body: BodyItem[] = [
    line('学校组织学生参加消防安全演练，同学们', true),
    { kind: 'caption', text: '学会了逃生技能' },
  ];
  const run = '提高安全意识。 图为学生们在操场上进行疏散演练';
  assert.equal(restartCaption(body, '学会了逃生技能', run), true);
  assert.deepEqual(body.slice(1), [
    line('学会了逃生技能', true),
    line('提高安全意识。'),
    { kind: 'caption', text: '图为学生们在操场上进行疏散演练' },
  ]);
  const named: BodyItem[] = [{ kind: 'caption', text: '学会了逃生技能' }];
  const credit = '同学们在操场上进行疏散演练。 王明';
  assert.equal(restartCaption(named, '学会了逃生技能', credit), true);
  assert.deepEqual(named.at(-1), { kind: 'caption', text: credit });
});

test('restarting a caption keeps every character of the body, in order', () => {
  const han = fc.array(fc.constantFrom(...'城市公园绿地改造工程完工图为市民'), {
    minLength: 1,
    maxLength: 24,
  });
  const text = fc
    .tuple(han, fc.constantFrom('', '。 ', '，', '。'), han)
    .map(([a, mark, b]) => a.join('') + mark + b.join(''));
  fc.assert(
    fc.property(text, text, (before, next) => {
      const body: BodyItem[] = [{ kind: 'caption', text: before }];
      const chars = (items: readonly BodyItem[]) =>
        items
          .map((item) => item.text)
          .join('')
          .replace(/\s/g, '');
      const expected = chars(body) + next.replace(/\s/g, '');
      if (restartCaption(body, before, next)) assert.equal(chars(body), expected);
    }),
  );
});
