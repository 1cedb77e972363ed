// An OCR page is scored against its golden projected onto the OCR text: what the text holds, misread or not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { projectGolden } from './corpus/project-golden';
import type { GoldenPage } from './corpus/types';

const key = (s: string | null | undefined): string => (s ?? '').normalize('NFKC').replace(/\s+/g, '');

test('a golden takes the OCR text’s misreadings, lost stops and column breaks, and drops what OCR lost', () => {
  const golden: GoldenPage = {
    source: 'x',
    articles: [
      {
        title: '第12届江城龙舟节第二天开赛',
        dateline: '央视网消息（新闻联播）',
        blocks: [
          { type: 'paragraph', text: '第二天比赛主题为“同舟共济”，分为青少年组、女子组等五个竞赛组别。' },
          {
            type: 'paragraph',
            text: '本届龙舟节多措并举加强对参赛队服务，取消了新组建队伍参赛的成绩门槛要求，新参赛队伍达到四十多支。',
          },
          { type: 'caption', text: '图为展馆外景' },
        ],
      },
      {
        title: 'Markets rally on international news',
        blocks: [{ type: 'paragraph', text: 'Shares rose sharply in international trading on Monday.' }],
      },
    ],
  };
  const ocr = [
    '第12届江城龙舟节',
    '第二天开赛',
    '',
    '央视网消息 〈新闻联播) : 第二天比赛主题为“同舟共济"，分为青少年',
    '组、女子组等五个竞赛组别',
    '',
    '本届龙舟节多措并举加强对参赛队服务，取消了新组',
    '',
    '另一栏的文字在这里读了进来，与本文无关。',
    '',
    '建队伍参赛的成绩门槛要求，新参赛队伍达到四十多支。',
    '',
    'Markets ralIy on international news',
    'Shares rose sharply in inter-',
    'national trading on Monday.',
  ].join('\n');
  const [zh, en] = projectGolden(golden, ocr).articles;
  assert.equal(key(zh?.title), '第12届江城龙舟节第二天开赛');
  assert.equal(key(zh?.dateline), '央视网消息〈新闻联播)');
  assert.deepEqual(
    zh?.blocks.map((b) => [b.type, key(b.text)]),
    [
      ['paragraph', '第二天比赛主题为“同舟共济",分为青少年组、女子组等五个竞赛组别'],
      [
        'paragraph',
        '本届龙舟节多措并举加强对参赛队服务,取消了新组建队伍参赛的成绩门槛要求,新参赛队伍达到四十多支。',
      ],
    ],
  );
  assert.equal(en?.title, 'Markets ralIy on international news');
  assert.equal(en?.blocks[0]?.text, 'Shares rose sharply in international trading on Monday.');
});

test('a golden projected onto text that reads it exactly is the same golden', () => {
  const sentence = fc
    .array(fc.constantFrom(...'报道经济发展城市农村科技教育文化体育市场企业改革开放'), {
      minLength: 8,
      maxLength: 40,
    })
    .map((cs) => `${cs.join('')}。`);
  const article = fc.record({
    title: fc
      .array(fc.constantFrom(...'新时代高质量发展推进建设'), { minLength: 6, maxLength: 14 })
      .map((cs) => cs.join('')),
    paragraphs: fc.array(
      fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join('')),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  });
  fc.assert(
    fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (articles) => {
      const golden: GoldenPage = {
        source: 'x',
        articles: articles.map((a) => ({
          title: a.title,
          blocks: a.paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
        })),
      };
      const text = articles.map((a) => [a.title, ...a.paragraphs].join('\n\n')).join('\n\n');
      const projected = projectGolden(golden, text);
      assert.deepEqual(
        projected.articles.map((a) => [a.title, ...a.blocks.map((b) => b.text)]),
        golden.articles.map((a) => [a.title, ...a.blocks.map((b) => b.text)]),
      );
    }),
    { numRuns: 60 },
  );
});

test('a headline the OCR text garbled is not taken from the story’s first sentence that restates it', () => {
  const title = '城市新建十座公园将于五月陆续开放';
  const paragraph = '城市新建十座公园将于五月陆续开放，园内设有步道和儿童游乐场地。';
  const golden: GoldenPage = {
    source: 'x',
    articles: [{ title, blocks: [{ type: 'paragraph', text: paragraph }] }],
  };
  const project = (headline: readonly string[]) =>
    projectGolden(golden, [...headline, '', paragraph].join('\n')).articles[0];
  // Misread beyond a quarter of its characters, the headline is not found: it stays as printed (counted missed),
  // though the paragraph's first words read it.
  const lost = project(['城市 Aa 十座 RSS', '', '五月 E a']);
  assert.equal(lost?.title, title);
  assert.equal(lost?.blocks[0]?.text, paragraph);
  // Misread within a quarter, the headline is its own lines, though the paragraph reads it without an error.
  assert.equal(
    key(project(['城市新建十座公圆将于', '五月陆续开放'])?.title),
    '城市新建十座公圆将于五月陆续开放',
  );
});
