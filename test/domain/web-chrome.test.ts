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

type Article = [title: string, byline: string | null, date: string | null, paragraphs: readonly string[]];

/**
 * Asserts how the lines read as a browser copies a page (a paragraph to a line) and, with `spaced`, with a blank
 * line after every line too: the articles and the lines set aside as the site's (`meta.web`), nothing else.
 */
function assertCopied(lines: string[], articles: Article[], web: string[], spaced = false): void {
  for (const text of spaced ? [lines, lines.flatMap((l) => [l, ''])] : [lines]) {
    const page = parsePage(text.join('\n'));
    assert.deepEqual(
      page.articles.map((a) => [
        a.title,
        a.byline,
        a.date ?? null,
        a.blocks.map((b) => `${b.type}: ${b.text}`),
      ]),
      articles.map(([title, byline, date, paragraphs]) => [
        title,
        byline,
        date,
        paragraphs.map((p) => `paragraph: ${p}`),
      ]),
    );
    assert.deepEqual(page.meta, { web });
  }
}

const ZH_TITLE = '城南老街改造完工 百年骑楼重现旧貌';
const EN_TITLE = 'Harbour ferry service to resume after two-year pause';

test('an article copied from a Chinese news site leaves the page’s buttons, footnote and links out of its text', () => {
  const credit = '2024-05-12 08:45　来源：南方某报　作者：李晓';
  const web = [
    '分享到：',
    '【字号：大 中 小】',
    '（责任编辑：王明）',
    '相关阅读：',
    '老城更新如何留住烟火气',
    '骑楼文化展开幕',
  ];
  assertCopied(
    [ZH_TITLE, credit, ...web.slice(0, 2), ...ZH_BODY, ...web.slice(2)],
    [[ZH_TITLE, credit, '2024-05-12', ZH_PARAGRAPHS]],
    web,
    true,
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
  assertCopied(
    [
      EN_TITLE,
      'By Laura Mitchell, Transport Correspondent',
      ...web.slice(0, 2),
      EN_PARAGRAPHS[0]!,
      web[2]!,
      ...EN_PARAGRAPHS.slice(1),
      ...web.slice(3),
    ],
    [[EN_TITLE, 'By Laura Mitchell, Transport Correspondent', null, EN_PARAGRAPHS]],
    web,
    true,
  );
});

test('an article copied from a WeChat account keeps its credit, and the account’s buttons are left out', () => {
  const credit = '原创 李晓 城南观察 2024年05月12日 08:45 广东';
  const web = ['审核：赵强', '阅读原文', '阅读 10万+', '点赞 在看 分享', '写留言'];
  assertCopied(
    ['老街的烟火气，回来了', credit, ...ZH_PARAGRAPHS.flatMap((p) => [p, '']), ...web],
    [['老街的烟火气，回来了', credit, '2024-05-12', ZH_PARAGRAPHS]],
    web,
  );
  assert.deepEqual(parsePage([ZH_TITLE, credit, ...ZH_PARAGRAPHS].join('\n')).articles[0]?.authors, ['李晓']);
});

test('a news site’s header and footer around an English article: skip links, a sponsor’s label, the listen and share buttons', () => {
  const web = [
    'Skip to content',
    'Advertisement',
    'Supported by',
    'Listen to this article · 4:12 min',
    'Share full article',
  ];
  assertCopied(
    [
      ...web.slice(0, 3),
      EN_TITLE,
      'By Laura Mitchell',
      'May 12, 2024, 9:30 a.m. ET',
      ...web.slice(3),
      ...EN_PARAGRAPHS,
      '5 min read',
    ],
    [[EN_TITLE, 'By Laura Mitchell May 12, 2024, 9:30 a.m. ET', '2024-05-12', EN_PARAGRAPHS]],
    [...web, '5 min read'],
  );
});

test('a share button’s word alone under the credit line is the button, not a headline', () => {
  assertCopied(
    [EN_TITLE, 'By Laura Mitchell', 'Share', ...EN_PARAGRAPHS],
    [[EN_TITLE, 'By Laura Mitchell', null, EN_PARAGRAPHS]],
    ['Share'],
  );
});

test('a post’s buttons on lines of their own, a button’s word among them, and the date it was edited', () => {
  const web = ['赞同 128', '12 条评论', '分享', '收藏'];
  assertCopied(
    ['老街改造留住了烟火气', ...ZH_PARAGRAPHS, '编辑于 2024-05-12 08:45・IP 属地广东', ...web],
    [['老街改造留住了烟火气', null, '2024-05-12', ZH_PARAGRAPHS]],
    web,
  );
});

test('a portal’s credit line with the time run onto the date, its font switch and its prompts; a broadcaster’s picture source and topics', () => {
  const credit = '2024年05月12日08:45 | 来源：人民网－南方某报';
  const zh = ['小字号', '(责编：王明、李华)', '关注公众号：城南观察', '分享让更多人看到'];
  assertCopied(
    [ZH_TITLE, credit, zh[0]!, ...ZH_BODY, ...zh.slice(1)],
    [[ZH_TITLE, credit, '2024-05-12', ZH_PARAGRAPHS]],
    zh,
  );
  const en = ['Image source, Getty Images', 'Related topics', 'Transport', 'Local government'];
  assertCopied(
    [EN_TITLE, 'Published 12 May 2024', en[0]!, ...EN_PARAGRAPHS, ...en.slice(1)],
    [[EN_TITLE, 'Published 12 May 2024', '2024-05-12', EN_PARAGRAPHS]],
    en,
  );
});

test('a blog post’s credit names its author; its tags, the comment link and the links to other posts are set aside', () => {
  const credit = 'Posted on May 12, 2024 by Jane Doe';
  const web = ['Tags: walking, city, habits', 'Leave a comment', '← Previous post', 'Next post →'];
  assertCopied(
    ['Why I walk to work', credit, ...EN_PARAGRAPHS, ...web],
    [['Why I walk to work', credit, '2024-05-12', EN_PARAGRAPHS]],
    web,
  );
  assert.deepEqual(
    parsePage(['Why I walk to work', credit, ...EN_PARAGRAPHS].join('\n')).articles[0]?.authors,
    ['Jane Doe'],
  );
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
