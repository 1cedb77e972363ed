// Web pages as sites really write them, Chinese news sites above all: short reports between menus, code set
// line by line with <br>, underlined phrases, &nbsp; indents, templates that declare the wrong language, and
// bylines that hold an editor, a time, a placeholder or a breadcrumb.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ParsedArticle, ParsedPage } from '../../shared/contract/article';
import { readDocument } from '../../main/node/import/read-document';

async function read(html: string): Promise<ParsedPage> {
  const result = await readDocument('page.html', new TextEncoder().encode(html));
  assert.ok(result.ok, result.ok ? '' : result.reason.en);
  return result.document.page;
}

async function article(html: string): Promise<ParsedArticle> {
  const page = await read(html);
  assert.equal(page.articles.length, 1);
  return page.articles[0]!;
}

const page = (head: string, body: string, lang = 'zh-CN') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const REPORT = [
  '本报讯 市图书馆新馆昨天正式开馆，首日接待读者三千余人次。新馆共有六层，藏书一百二十万册，设有少儿阅览区、古籍阅览室和二十四小时自助借还区。',
  '馆长介绍，新馆还开设了视障读者阅览室，配备了盲文图书和听书设备，并将定期举办讲座和展览，市民凭身份证即可办理借书证。',
  '据了解，老馆将改建为社区文化中心，明年春天对外开放，届时将设有老年活动室、儿童游戏区和多功能报告厅，周边居民步行十分钟即可到达。',
  '市文化和旅游局有关负责人表示，今年全市还将新建十个城市书房，让市民在家门口就能读书，进一步完善全民阅读服务体系。',
];
const menu = (items: string[]) =>
  `<ul>${items.map((item) => `<li><a href="/${item}">${item}</a></li>`).join('')}</ul>`;
const MENU = menu([
  '首页',
  '新闻',
  '国内',
  '国际',
  '财经',
  '体育',
  '娱乐',
  '科技',
  '教育',
  '健康',
  '旅游',
  '汽车',
]);
const COMMENTS = [
  '这篇报道写得很好，希望新馆多办讲座，方便市民，也希望开放时间再长一些，晚上下班后也能去看书。',
  '周末带孩子去看了，环境不错，就是人太多了，排队很久，希望以后能分时段预约，减少等候的时间。',
  '老馆改建社区中心也是好事，支持，期待明年开放，附近的老人和孩子都有地方去了，真是一件实事。',
  '借书证办理很方便，自助借还区很实用，点赞，不过停车位太少了，建议多坐公交或者地铁过去。',
];

// Readability wants 500 characters of an article before it stops loosening its reading: a report of 250 Han
// characters (a long one) came back as the readers' comments under it, which have more.
test('a short Chinese report is read as the article, not the longer comments under it or the menus around it', async () => {
  const html = page(
    '<title>市图书馆新馆开馆_本地新闻_江城网</title>',
    `<div class="wrap"><div class="nav">${MENU}</div><div class="main"><h1>市图书馆新馆开馆</h1><div class="content">${REPORT.map((p) => `<p>${p}</p>`).join('')}</div></div><div class="comment-list">${[...COMMENTS, ...COMMENTS, ...COMMENTS].map((c) => `<div class="comment"><p>${c}</p></div>`).join('')}</div><div class="foot">${MENU}</div></div>`,
  );
  const { title, blocks } = await article(html);
  assert.equal(title, '市图书馆新馆开馆');
  assert.deepEqual(
    blocks.map((b) => b.text),
    REPORT,
  );
});

test('code written a line to a <br> keeps its lines; a <u> in loose text stays in its sentence; &nbsp; indents go', async () => {
  const body = [
    '<h1>Reading a queue from Python</h1>',
    `<p>${'The worker takes jobs off the queue and stores their results, as the script below shows. '.repeat(3)}</p>`,
    '<pre><code>import json<br>import redis<br>client = redis.Redis()</code></pre>',
    '<div>第一句话写在这里，<u>这一句带下划线</u>，第三句话结束了这一段。</div>',
    '<p>&nbsp;&nbsp;第一行。<br>&nbsp;&nbsp;&nbsp;&nbsp;第二行缩进了。</p>',
  ].join('');
  const { blocks } = await article(page('<title>Reading a queue from Python</title>', body, 'en'));
  assert.deepEqual(
    blocks
      .filter((b) => b.type !== 'paragraph' || !b.text.startsWith('The worker'))
      .map((b) => [b.type, b.text]),
    [
      ['code', 'import json\nimport redis\nclient = redis.Redis()'],
      ['paragraph', '第一句话写在这里，这一句带下划线，第三句话结束了这一段。'],
      ['paragraph', '第一行。\n第二行缩进了。'],
    ],
  );
});

const LONG_REPORT = `<p>${REPORT.join('</p><p>')}</p><p>${REPORT.join('')}</p>`;

test('the language is a tag the page declares and its text agrees with, else the script’s', async () => {
  const cases: [string, string, string, string | null][] = [
    ['a template’s "en" on a Chinese page', 'en', '', 'zh'],
    ['a charset where the tag goes', 'utf-8', '', 'zh'],
    ['a word where the tag goes', '中文', '', 'zh'],
    ['zh_CN', 'zh_CN', '', 'zh-CN'],
    [
      'Content-Language after a bad <html lang>',
      'x',
      '<meta http-equiv="Content-Language" content="zh-TW">',
      'zh-TW',
    ],
  ];
  for (const [why, lang, head, want] of cases) {
    const parsed = await read(
      page(`<title>新馆开馆</title>${head}`, `<h1>市图书馆新馆开馆</h1>${LONG_REPORT}`, lang),
    );
    assert.deepEqual(parsed.meta.language, want ? [want] : undefined, why);
  }
  const english = await read(
    page(
      '<title>Bridge</title>',
      '<h1>Bridge reopens</h1><p>The bridge reopened on Monday after two years of repairs to its piers and deck.</p>',
      'en-GB',
    ),
  );
  assert.deepEqual(english.meta.language, ['en-GB']);
});

test('a byline names the author: not the editor, the time, the site, a placeholder address, a user number or a breadcrumb', async () => {
  const cases: [string, string, string | null][] = [
    ['an editor beside an unknown author', '<div class="author">作者：未知 责任编辑：李华</div>', null],
    ['an editor in brackets', '<div class="author">王明 [责任编辑：李华 PK155]</div>', '王明'],
    ['the time after the name', '<div class="author">王明 发布时间：2020-10-08 12:00</div>', '王明'],
    ['a breadcrumb', '<div class="author">当前位置 : 江城网 > 新闻 > 本地</div>', null],
  ];
  for (const [why, credit, want] of cases) {
    const { byline } = await article(
      page('<title>新馆开馆</title>', `<h1>市图书馆新馆开馆</h1>${credit}${LONG_REPORT}`),
    );
    assert.equal(byline, want, why);
  }
  const site = await article(
    page(
      '<title>市图书馆新馆开馆_江城新闻</title><meta name="author" content="江城">',
      `<h1>市图书馆新馆开馆</h1>${LONG_REPORT}`,
    ),
  );
  assert.equal(site.byline, null, 'the site named in the <title>');
  for (const author of ['name, email@example.com', '104363', '本站文章除注明外均为原创，'.repeat(20)]) {
    const { byline } = await article(
      page(
        `<title>新馆开馆</title><meta name="author" content="${author}">`,
        `<h1>市图书馆新馆开馆</h1>${LONG_REPORT}`,
      ),
    );
    assert.equal(byline, null, author);
  }
});

test('a headline repeated over the text with a label beside it ("原创") is not text of the article', async () => {
  const { title, blocks } = await article(
    page(
      '<title>市图书馆新馆正式开馆 首日接待读者三千余人次</title>',
      `<article><h2><span>原创</span>市图书馆新馆正式开馆 首日接待读者三千余人次</h2>${LONG_REPORT}</article>`,
    ),
  );
  assert.equal(title, '市图书馆新馆正式开馆 首日接待读者三千余人次');
  assert.ok(!blocks.some((b) => b.text.includes('首日接待读者三千余人次') && b.type === 'heading'));
});

test('lists of nothing but links (other stories, menus) leave the article with their label; a list that says more stays', async () => {
  const stories = [
    'Council approves the new library',
    'Ferry returns in May',
    'Schools open late after the storm',
  ];
  const linked = (items: string[]) =>
    `<ul>${items.map((s) => `<li><a href="/${s.length}">${s}</a></li>`).join('')}</ul>`;
  const paragraphs = Array.from(
    { length: 4 },
    (_v, i) =>
      `<p>The river rose overnight and the town council met at dawn to decide what to do about the old bridge, said witness number ${i + 1}, who lives beside it.</p>`,
  ).join('');
  const own =
    '<ul><li>Roads north of the river are shut until Friday</li><li>Buses run from nine, <a href="/buses">see the times</a></li><li>The ferry takes cars again from Monday</li></ul>';
  const { blocks } = await article(
    page(
      '<title>Floods close the old bridge</title>',
      `<article><h1>Floods close the old bridge</h1>${paragraphs}${own}<p>More on this story:</p>${linked(stories)}<div><a href="/a">Weather</a></div><div><a href="/b">Traffic</a></div><div><a href="/c">Sport</a></div></article>`,
      'en',
    ),
  );
  const texts = blocks.map((b) => b.text);
  for (const story of stories) assert.ok(!texts.includes(story), story);
  for (const menu of ['Weather', 'Traffic', 'Sport']) assert.ok(!texts.includes(menu), menu);
  assert.ok(!texts.includes('More on this story:'), 'the list’s label goes with it');
  assert.ok(texts.includes('Roads north of the river are shut until Friday'));
  assert.ok(texts.includes('Buses run from nine, see the times'));
  // A page that is mostly links (a list of contents) is read as it is.
  const contents = await article(
    page(
      '<title>Contents</title>',
      `<article><h1>Contents</h1><p>The chapters of the report.</p>${linked(stories)}</article>`,
      'en',
    ),
  );
  assert.ok(contents.blocks.some((b) => b.text === stories[0]));
});

test("the site's calls to its readers before and after the text go; one between its paragraphs is the article's", async () => {
  const paragraph = (i: number) =>
    `<p>To change the settings, open the menu and choose the page you need, then read the notes beside each option, step ${i}, before you go on to the next one.</p>`;
  const { blocks } = await article(
    page(
      '<title>How to set up the app</title>',
      `<article><h1>How to set up the app</h1><p>点击进入专题：应用设置指南</p>${paragraph(1)}<p>Click Save to keep your changes.</p>${paragraph(2)}<p>Sign up for our newsletter</p><p>Follow us on Twitter</p></article>`,
      'en',
    ),
  );
  assert.deepEqual(
    blocks.map((b) => b.text.slice(0, 24)),
    ['To change the settings, ', 'Click Save to keep your ', 'To change the settings, '],
  );
});

// Readability drops elements named as comments only until it finds less text than it wants, and a photo's post
// of two lines is less: it came back as the thread under it, ten times longer.
test('a short post is read as itself, not the long comment thread under it', async () => {
  const post = [
    'I shot this story on what to wear when cruising around town on a board.',
    'The sweater is from a small shop downtown, the skirt from a friend.',
  ];
  const reply = (i: number) =>
    `<li id="comment-${i}" class="comment"><div class="comment-author">Reader ${i}</div><div class="comment-meta">November ${i}, 2012 | Permalink</div><p>What a lovely picture, reader ${i} writes: the colours work so well together and the whole outfit looks easy to wear every day of the week.</p></li>`;
  const { title, blocks } = await article(
    page(
      '<title>Cruising the streets | A fashion diary</title>',
      `<div id="content"><div class="post hentry"><h2 class="entry-title">Cruising the streets</h2><div class="entry-content">${post.map((p) => `<p>${p}</p>`).join('')}</div></div><div id="comments"><h3>22 Comments</h3><ol class="commentlist">${Array.from({ length: 12 }, (_x, i) => reply(i + 1)).join('')}</ol></div></div>`,
      'en',
    ),
  );
  assert.equal(title, 'Cruising the streets');
  assert.deepEqual(
    blocks.map((b) => b.text),
    post,
  );
});

// An old news template sets its readers' comments in the same <p class="story"> as the report, under nothing but
// a link's target and a heading.
test('comments under an anchor named for them are not read as more of the report; a list of posts keeps its posts', async () => {
  const report = [
    'The manager said on Thursday he had not spoken to anyone at the club about the post left open this week.',
    'He said he was happy where he was and had turned down a bigger club not long ago for the same reason.',
    'The club is expected to name a new manager before the weekend, when it plays at home against the leaders.',
  ];
  const comment = (i: number) =>
    `<p class="story">Reader ${i} thinks the club should have kept its old manager for one more season at least, and says so at length in this comment.<br><b>Posted by reader ${i} on January 10, 2008 5:58 PM</b><br><a href="/complain">Report this comment</a></p>`;
  const story = report.map((p) => `<p class="story">${p}</p>`).join('');
  const comments = `<a name="comments"></a><div class="yvhd">Comments</div>${Array.from({ length: 8 }, (_x, i) => comment(i + 1)).join('')}`;
  const { blocks } = await article(
    page(
      '<title>Manager stays put</title>',
      `<div id="body"><h1>Manager stays put</h1>${story}${comments}</div>`,
      'en',
    ),
  );
  assert.deepEqual(
    blocks.map((b) => b.text),
    report,
  );
  // An anchor that names nothing (name="") marks no comments: the text under it stays.
  const unnamed = await article(
    page(
      '<title>Manager stays put</title>',
      `<div id="body"><h1>Manager stays put</h1>${story.replace('</p>', '</p><a name=""></a>')}</div>`,
      'en',
    ),
  );
  assert.deepEqual(
    unnamed.blocks.map((b) => b.text),
    report,
  );
  // A blog's front page marks each post's comments so: every post stays.
  const post = (i: number) =>
    `<div class="post"><h2>Post ${i}</h2><p>${report[i % 3]} This is post number ${i} of the page.</p><a href="/p${i}#comments">Comments (${i})</a></div><a name="comments"></a>`;
  const listed = await read(
    page('<title>A blog</title>', `<div id="main">${[1, 2, 3].map(post).join('')}</div>`, 'en'),
  );
  const text = listed.articles.flatMap((a) => a.blocks.map((b) => b.text)).join(' ');
  for (const i of [1, 2, 3]) assert.match(text, new RegExp(`post number ${i} of the page`));
});

// A blog template heads its readers' comments with a heading named for them and sets each comment as a loose box
// beside the post's paragraphs, in the same container.
test('comments under a heading named for them are not read as more of the post', async () => {
  const post = [
    'Los Angeles used to get cool at night, however hot the day had been, and the evenings were crisp enough for wool.',
    'This month the lows have stayed in the seventies, and the knitting goes on anyway: there are gifts to finish.',
    'These arm warmers took a cotton yarn and a size 8 needle; start with a swatch and cast on what it tells you.',
    'Seam up the long sides once the piece is as long as you like, and leave a little opening for the thumb.',
    'What is on your holiday knitting list, and where are you hiding the machine that makes the nights cool?',
  ];
  const comments = Array.from(
    { length: 6 },
    (_x, i) =>
      `<div id="c${i}"><p>Reader ${i} writes that the nights here have been just as warm and that the shawl on the needles is alpaca, of all things.</p></div><p class="posted">Posted by: Reader ${i} at September 10, 2012 11:4${i} AM</p>`,
  ).join('');
  const body = (paragraphs: string[]) =>
    `<div id="content"><h1>It is hot, but the knitting goes on</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}<h2 id="comments">6 Comments</h2>${comments}</div>`;
  const { blocks } = await article(page('<title>It is hot</title>', body(post), 'en'));
  assert.deepEqual(
    blocks.map((b) => b.text),
    post,
  );
});

// React's streaming rendering sends a grey skeleton first and the article last, hidden, for a script to move into
// place; a page saved as its source (or with its scripts stripped) kept the article where no reader looks.
test('an article a site streamed in parts is read where its script would have put it, without running it', async () => {
  const story = [
    'When people talk about electric cars, they usually mean cars that run on electricity alone, with no tank at all.',
    'This guide walks through what that means, how these cars differ from hybrids and which models are worth a look.',
  ];
  const hidden = `<div hidden id="S:0"><article><h1>Electric cars: a guide</h1>${story.map((p) => `<p>${p}</p>`).join('')}</article></div>`;
  const skeleton = '<main><div class="animate-pulse"></div><p>Loading…</p></main>';
  const footer = '<footer><p>© 2025 A car site. All rights reserved.</p></footer>';
  const withScript = `<!--$?--><template id="B:1"></template>${skeleton}<!--/$-->${footer}${hidden}<script>$RC("B:1","S:0")</script>`;
  // Without the script, the placeholder of the part's number.
  const stripped = `<template id="B:0"></template>${skeleton}${footer}${hidden}`;
  for (const body of [withScript, stripped]) {
    const { title, blocks } = await article(page('<title>Electric cars: a guide</title>', body, 'en'));
    assert.equal(title, 'Electric cars: a guide');
    assert.deepEqual(
      blocks.map((b) => b.text),
      story,
    );
  }
  // A placeholder set inside its own part (a page made to trip the reader) is left where it is: the page is read,
  // its text whole.
  const tangled = `<div hidden id="S:0"><template id="B:0"></template>${story.map((p) => `<p>${p}</p>`).join('')}</div>`;
  const { blocks } = await article(page('<title>Electric cars: a guide</title>', tangled, 'en'));
  assert.deepEqual(
    blocks.map((b) => b.text),
    story,
  );
});
