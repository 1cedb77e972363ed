import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePage } from '../../main/domain/page/index';
import { webChrome } from '../../main/domain/page/web-chrome';

const ZH_BODY = [
  '　　本报讯 经过一年半的修缮，城南老街改造工程日前全面完工，沿街四十余栋骑楼按原样恢复。',
  '　　据介绍，改造坚持“修旧如旧”原则，对每栋建筑逐一测绘建档，保留原有门窗和雕花。',
  '　　下一步，当地将引入非遗工坊和老字号，让老街重新热闹起来。',
];
const ZH_PARAGRAPHS = [
  '经过一年半的修缮，城南老街改造工程日前全面完工，沿街四十余栋骑楼按原样恢复。',
  '据介绍，改造坚持“修旧如旧”原则，对每栋建筑逐一测绘建档，保留原有门窗和雕花。',
  '下一步，当地将引入非遗工坊和老字号，让老街重新热闹起来。',
];
const EN_PARAGRAPHS = [
  'The harbour ferry linking the old town with the eastern piers will run again from June, the council said on Monday.',
  'Officials said the new timetable would offer a crossing every 20 minutes at peak hours, with cheaper fares.',
  '"People have been asking for this every single week," said councillor Ben Ortiz.',
  'The repairs cost about 4.2 million pounds, most of it paid by a regional infrastructure fund.',
];

/**
 * Reads the lines as a browser copies a page (a paragraph to a line) and with a blank line after every line: one
 * article with its title, credit and paragraphs, and the page's buttons and links in `meta.web`.
 */
function assertCopiedArticle(lines: string[], article: [string, string, string[]], web: string[]): void {
  for (const spaced of [lines, lines.flatMap((l) => [l, ''])]) {
    const page = parsePage(spaced.join('\n'));
    assert.deepEqual(
      page.articles.map((a) => [a.title, a.byline, a.blocks.map((b) => `${b.type}: ${b.text}`)]),
      [[article[0], article[1], article[2].map((p) => `paragraph: ${p}`)]],
    );
    assert.deepEqual(page.meta, { web });
  }
}

test('an article copied from a Chinese news site leaves the page’s buttons, footnote and links out of its text', () => {
  assertCopiedArticle(
    [
      '城南老街改造完工 百年骑楼重现旧貌',
      '2024-05-12 08:45　来源：南方某报　作者：李晓',
      '分享到：',
      '【字号：大 中 小】',
      ...ZH_BODY,
      '（责任编辑：王明）',
      '相关阅读：',
      '老城更新如何留住烟火气',
      '骑楼文化展开幕',
    ],
    ['城南老街改造完工 百年骑楼重现旧貌', '2024-05-12 08:45　来源：南方某报　作者：李晓', ZH_PARAGRAPHS],
    [
      '分享到：',
      '【字号：大 中 小】',
      '（责任编辑：王明）',
      '相关阅读：',
      '老城更新如何留住烟火气',
      '骑楼文化展开幕',
    ],
  );
});

test('an English article copied with its share buttons, an advertisement and a newsletter prompt stays one', () => {
  const web = [
    'Share on Facebook',
    'Share on Twitter',
    'Advertisement',
    'Read more: Council approves budget for pier repairs',
    'Sign up for our morning newsletter',
  ];
  assertCopiedArticle(
    [
      'Harbour ferry service to resume after two-year pause',
      'By Laura Mitchell, Transport Correspondent',
      ...web.slice(0, 2),
      EN_PARAGRAPHS[0]!,
      web[2]!,
      ...EN_PARAGRAPHS.slice(1),
      ...web.slice(3),
    ],
    [
      'Harbour ferry service to resume after two-year pause',
      'By Laura Mitchell, Transport Correspondent',
      EN_PARAGRAPHS,
    ],
    web,
  );
});

test('an article copied from a WeChat account keeps its credit, and the account’s buttons are left out', () => {
  const page = parsePage(
    [
      '老街的烟火气，回来了',
      '原创 李晓 城南观察 2024年05月12日 08:45 广东',
      ...ZH_PARAGRAPHS.flatMap((p) => [p, '']),
      '审核：赵强',
      '阅读原文',
      '阅读 10万+',
      '点赞 在看 分享',
      '写留言',
    ].join('\n'),
  );
  assert.deepEqual(
    page.articles.map((a) => [a.title, a.byline, a.authors, a.date, a.blocks.map((b) => b.text)]),
    [
      [
        '老街的烟火气，回来了',
        '原创 李晓 城南观察 2024年05月12日 08:45 广东',
        ['李晓'],
        '2024-05-12',
        ZH_PARAGRAPHS,
      ],
    ],
  );
  assert.deepEqual(page.meta, { web: ['审核：赵强', '阅读原文', '阅读 10万+', '点赞 在看 分享', '写留言'] });
});

test('a news site’s header and footer around an English article: skip links, a sponsor’s label, the listen and share buttons', () => {
  const page = parsePage(
    [
      'Skip to content',
      'Advertisement',
      'Supported by',
      'Harbour ferry service to resume after two-year pause',
      'By Laura Mitchell',
      'May 12, 2024, 9:30 a.m. ET',
      'Listen to this article · 4:12 min',
      'Share full article',
      ...EN_PARAGRAPHS,
      '5 min read',
    ].join('\n'),
  );
  assert.deepEqual(
    page.articles.map((a) => [a.title, a.byline, a.date, a.blocks.map((b) => b.text)]),
    [
      [
        'Harbour ferry service to resume after two-year pause',
        'By Laura Mitchell May 12, 2024, 9:30 a.m. ET',
        '2024-05-12',
        EN_PARAGRAPHS,
      ],
    ],
  );
  assert.deepEqual(page.meta, {
    web: [
      'Skip to content',
      'Advertisement',
      'Supported by',
      'Listen to this article · 4:12 min',
      'Share full article',
      '5 min read',
    ],
  });
});

test('a share button’s word alone under the credit line is the button, not a headline', () => {
  const page = parsePage(
    [
      'Harbour ferry service to resume after two-year pause',
      'By Laura Mitchell',
      'Share',
      ...EN_PARAGRAPHS,
    ].join('\n'),
  );
  assert.deepEqual(
    page.articles.map((a) => [a.title, a.blocks.length]),
    [['Harbour ferry service to resume after two-year pause', 4]],
  );
  assert.deepEqual(page.meta, { web: ['Share'] });
});

test('a post’s buttons on lines of their own, a button’s word among them, and the date it was edited', () => {
  const page = parsePage(
    [
      '老街改造留住了烟火气',
      ...ZH_PARAGRAPHS,
      '编辑于 2024-05-12 08:45・IP 属地广东',
      '赞同 128',
      '12 条评论',
      '分享',
      '收藏',
    ].join('\n'),
  );
  assert.deepEqual(
    page.articles.map((a) => [a.title, a.date, a.blocks.map((b) => b.text)]),
    [['老街改造留住了烟火气', '2024-05-12', ZH_PARAGRAPHS]],
  );
  assert.deepEqual(page.meta, { web: ['赞同 128', '12 条评论', '分享', '收藏'] });
});

test('a portal’s credit line with the time run onto the date, its font switch and its prompts; a broadcaster’s picture source and topics', () => {
  const zh = parsePage(
    [
      '城南老街改造完工 百年骑楼重现旧貌',
      '2024年05月12日08:45 | 来源：人民网－南方某报',
      '小字号',
      ...ZH_BODY,
      '(责编：王明、李华)',
      '关注公众号：城南观察',
      '分享让更多人看到',
    ].join('\n'),
  );
  assert.deepEqual(
    zh.articles.map((a) => [a.title, a.byline, a.date, a.blocks.map((b) => b.text)]),
    [
      [
        '城南老街改造完工 百年骑楼重现旧貌',
        '2024年05月12日08:45 | 来源：人民网－南方某报',
        '2024-05-12',
        ZH_PARAGRAPHS,
      ],
    ],
  );
  assert.deepEqual(zh.meta, {
    web: ['小字号', '(责编：王明、李华)', '关注公众号：城南观察', '分享让更多人看到'],
  });
  const en = parsePage(
    [
      'Harbour ferry service to resume after two-year pause',
      'Published 12 May 2024',
      'Image source, Getty Images',
      ...EN_PARAGRAPHS,
      'Related topics',
      'Transport',
      'Local government',
    ].join('\n'),
  );
  assert.deepEqual(
    en.articles.map((a) => [a.title, a.date, a.blocks.map((b) => b.text)]),
    [['Harbour ferry service to resume after two-year pause', '2024-05-12', EN_PARAGRAPHS]],
  );
  assert.deepEqual(en.meta, {
    web: ['Image source, Getty Images', 'Related topics', 'Transport', 'Local government'],
  });
});

test('lines that only use a button’s words are text', () => {
  for (const text of [
    'Share prices fell sharply on Monday.',
    'Share of renewables hits record',
    'Print edition sales rose again',
    '广告投放市场持续回暖，一季度同比增长一成。',
    '相关部门表示将加快推进',
    '分享经济的新机遇',
    'Read more books this summer, librarians urge.',
    'Editor of the local paper steps down after thirty years',
    // A button's word alone is as often a section's or a kicker's label.
    'Comment',
    'SHARE',
    'Print',
    '收藏',
    '分享',
    '在看',
  ])
    assert.equal(webChrome(text), null, text);
  for (const text of [
    '【打印】【关闭】',
    'Print | Email | Share',
    '(Reporting by Jane Doe; Editing by John Roe)',
  ])
    assert.notEqual(webChrome(text), null, text);
});
