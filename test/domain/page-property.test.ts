// Nothing lost, nothing doubled: every non-whitespace character of the input ends up exactly once in the parse.
//
// How a parse is read back for this check:
// - the article stream: for each article in order, kicker, title, subtitle, byline, then the
//   text of its paragraph and subhead blocks in order. Each article's must be a subsequence of the input (order
//   kept); the articles follow their headlines, and a story read further down than the next headline (an
//   extractor that reads a page's blocks by position) is its own headline's.
//   The dateline is read with the side stream: it comes before the byline in "本报讯 记者X报道" and after it
//   in "By X" / "LONDON —", so no single field order holds for both.
//   The rubric is read with the side stream too: it may stand above the byline (【思考】 then 记者…) or below it.
// - captions, placed after the paragraph they interrupted, so out of reading order: each must be a subsequence of
//   the input (a caption's lines are reflowed like a paragraph's, and a line between them may go elsewhere).
// - the side stream: the articles' notes (continuation markers, trailing contributors) and every meta value
//   (furniture and the verbatim section labels). Each value must occur verbatim in the input.
// - `section` and `authors` are derived from text counted elsewhere (the label in meta, the byline), so they are
//   not read back.
// - Together the streams hold each non-whitespace input character exactly once (as a multiset), except the
//   marks the contract strips: dashes closing a kicker or opening a subtitle or after an English dateline,
//   hyphens of rejoined words, 【】 around a rubric, the brackets around a dateline's credit and the colon that
//   introduces the text after it ("本报讯（记者 王小明）：…"), and the bars that separate a running head's pieces
//   ("第3版 | 要闻"). Those characters (DROPPABLE) are left out on both sides.
import { test } from 'node:test';
import fc from 'fast-check';
import { parsePage, type PageParseOptions } from '../../main/domain/page/index';
import { assertNothingLost } from '../support/conservation';

// Both ways of reading line roles: the rules (text with blank-line structure) and the line model (extractor
// output), each forced on every input.
const WAYS: NonNullable<PageParseOptions['roles']>[] = ['rules', 'model'];
const checkNothingLost = (input: string): void => {
  for (const roles of WAYS) assertNothingLost(input, parsePage(input, { roles }));
};

// Pieces that exercise the structure rules, mixed with arbitrary text.
const pieces = fc.oneof(
  fc.constantFrom(
    '■ 基层一线 JICENG',
    '本报记者 王小明 文并摄',
    '记者 李华 通讯员 张强',
    '本报讯 ',
    '本报讯 记者王小明报道 ',
    '本报讯（记者 陈平）',
    '新华社北京3月1日电（记者 周红）',
    '【思考】',
    '河湾村用好闲置仓库——',
    '——记一位乡村教师',
    '（上接第一版）',
    '（下转第二版）',
    '第3版',
    '2024年3月5日 星期二',
    '晨光日报',
    '本版编辑：赵敏 校对：钱静',
    '志愿者（左）在整理图书。',
    '（孙浩 钱丽）',
    '孙浩 钱丽',
    '王琳',
    '建书屋、办活动、聚人心',
    'By Jane Doe',
    '分享到：',
    '【字号：大 中 小】',
    '（责任编辑：王明）',
    '相关阅读：',
    'Share on Facebook',
    'Advertisement',
    '原创 李晓 城南观察 2024年05月12日 08:45 广东',
    '点赞 在看 分享',
    '编辑于 2024-05-12 08:45・IP 属地广东',
    '收藏',
    'May 12, 2024, 9:30 a.m. ET',
    'RIVERTON, March 3 — ',
    'construc-',
    'construction',
    '。',
    '，',
    '”',
  ),
  fc.string({
    unit: fc.constantFrom(
      ...'去年冬天河湾村的志愿者把闲置仓库改成了共享书屋，。“”、孩子们放学后有好去处1234',
    ),
    maxLength: 40,
  }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ maxLength: 12 }),
);
const separators = fc.constantFrom('', ' ', '\n', '\n\n', '\n\n\n\n', '\r\n', '\n \n', '　');
const page = fc
  .array(fc.tuple(pieces, separators), { maxLength: 40 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

test('every non-whitespace character appears exactly once, in order (structured pieces)', () => {
  // The examples are cases random search once found: the colon after a credit with no text to introduce; two
  // pieces of a running head of one kind set apart by a bar, once read as one value; a story once sent to a
  // headline printed under it, which holds its words; a paragraph's lowercase rest once set back before a subhead;
  // a title run together from two lines apart once filed whole as the page's furniture.
  fc.assert(fc.property(page, checkNothingLost), {
    numRuns: 400,
    examples: [
      ['新华社北京3月1日电（记者 周红）:'],
      ['2024年3月5日 星期二　AA|AA'],
      ['去\n \n本报讯 记者王小明报道 \n\n去　本报讯 记者王小明报道 .\r\n■ 基层一线 JICENG'],
      ['construction\r\n（上接第一版）\r\n——记一位乡村教师\n \na'],
      ['ﬀ\r\n相关阅读：\n \n\\'],
    ],
  });
});

test('every non-whitespace character appears exactly once (arbitrary unicode)', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkNothingLost), { numRuns: 300 });
});

test('nothing lost on generated pages', async () => {
  const { generatePage } = await import('../support/page-generator');
  for (let seed = 1; seed <= 60; seed++) checkNothingLost(generatePage(seed).text);
});
