// Headlines set side by side over their stories, as pdftotext writes them (one text line holding a piece of each),
// come back as one article per headline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from '../../main/domain/import/parse-document';
import { rebuildHeadlines } from '../../main/domain/import/headline-row-plans';
import { splitSideBySideHeadlines } from '../../main/domain/import/side-by-side-headlines';
import { sortedChars } from '../support/conservation';

const titles = (text: string) =>
  parseDocument('page.txt', text).page.articles.map((a) => a.title.replace(/\s+/g, ''));

test('three headlines side by side are read as three stories, each over its own dateline', () => {
  const page = [
    '第3版',
    '',
    '城市公园新增绿道 全省高校开展招聘 【秋收时节】稻谷飘',
    '十二条 服务月活动 香 农机助力抢收',
    '本报讯 今年以来，本市新建绿道十二条，总长八十公里，',
    '串起沿河的六个公园。',
    '',
    '本报讯 全省高校服务月活动今天启动，提供岗位三万个。',
    '',
    '本报讯 眼下正是秋收时节，各地农机下田抢收稻谷。',
  ].join('\n');
  assert.deepEqual(titles(page), [
    '城市公园新增绿道十二条',
    '全省高校开展招聘服务月活动',
    '【秋收时节】稻谷飘香农机助力抢收',
  ]);
  const [first] = parseDocument('page.txt', page).page.articles;
  assert.deepEqual(
    first?.blocks.map((b) => b.text),
    ['今年以来，本市新建绿道十二条，总长八十公里，串起沿河的六个公园。'],
  );
});

test("a headline whose row breaks where a column ended goes on in the next headline's column", () => {
  // The first headline ends on its second line (a character short), so the third line is the others'.
  const page = [
    '以军与邻国在边 北京冬季运动会新 本市新建十座公园',
    '境持续对峙 闻发布会举行记者 绿地面积持续增加',
    '问答环节 居民休闲更加方便',
    '本报讯 两国边境局势仍然紧张。',
    '',
    '本报讯 发布会介绍了赛事筹备情况。',
    '',
    '本报讯 今年本市新建公园十座。',
  ].join('\n');
  assert.deepEqual(titles(page), [
    '以军与邻国在边境持续对峙',
    '北京冬季运动会新闻发布会举行记者问答环节',
    '本市新建十座公园绿地面积持续增加居民休闲更加方便',
  ]);
});

test('lines of two headlines in different type sizes, each on a row of its own, go to them in turn', () => {
  // The second headline's type is smaller, so its lines fall between the first one's: pdftotext gives each its
  // own row, and a line that could be either headline's goes to the leftmost that lets every later line fit.
  const page = [
    '国务院常务会议研究部署秋冬 发布 全国人大代表视察城市更新工作',
    '座谈会在京举行各地代表踊跃发',
    '《农田水利建设方案》',
    '言献策',
    '本报讯 会议研究部署秋冬农田水利建设。',
    '',
    '本报讯 座谈会今天在京举行。',
  ].join('\n');
  assert.deepEqual(titles(page), [
    '国务院常务会议研究部署秋冬发布《农田水利建设方案》',
    '全国人大代表视察城市更新工作座谈会在京举行各地代表踊跃发言献策',
  ]);
});

test('one headline with a space inside, wrapped over two lines, stays one headline', () => {
  const page = [
    '制造业景气水平改善 生产指',
    '数重回扩张区间',
    '本报讯 本月制造业采购经理指数回升。',
    '',
    '本报讯 另一条消息的正文。',
  ].join('\n');
  assert.equal(splitSideBySideHeadlines(page), page);
});

test('headlines whose stories do not follow, each under its dateline, are left as they stand', () => {
  const page = [
    '城市公园新增绿道 全省高校开展招聘',
    '十二条 服务月活动',
    '本报讯 今年以来，本市新建绿道十二条。',
    '',
    '全国春播进度过半',
    '本报讯 各地抓紧春播。',
  ].join('\n');
  assert.equal(splitSideBySideHeadlines(page), page);
});

test('a row with a space inside one of its headlines is read as the headlines its lines fit', () => {
  // Three pieces on the first line, two headlines: the narrow third piece goes on the second headline.
  const row = ['【城市观察】本市新建绿道十 全省高校开展招聘活动 服务月', '二条串起六个公园 启动'];
  const stories = ['本报讯 今年以来，本市新建绿道十二条。', '', '本报讯 全省高校服务月活动今天启动。'];
  assert.deepEqual(titles([...row, ...stories].join('\n')), [
    '【城市观察】本市新建绿道十二条串起六个公园',
    '全省高校开展招聘活动服务月启动',
  ]);
});

test("a headline whose first line ends at the space between its phrases takes lines as wide as its neighbour's", () => {
  // Columns of one width: the first headline broke at its space, a character short of the column, and its next
  // line fills the column as the second headline's first line does.
  const row = ['国庆长假 全国春耕备耕', '各地景区客流 进度过半', '创新高'];
  const stories = ['本报讯 假期各地景区客流创新高。', '', '本报讯 全国春耕备耕进度过半。'];
  assert.deepEqual(titles([...row, ...stories].join('\n')), [
    '国庆长假各地景区客流创新高',
    '全国春耕备耕进度过半',
  ]);
});

test('a blank line under a row of headlines is passed over only where a column reader set it', () => {
  // In text as an extractor wrote it, a blank line under a headline with a space inside is the page's own gap.
  const page = [
    '全省春耕生产有序推进 各地各部门',
    '积极应对',
    '',
    '本报讯 各地抓紧春耕。',
    '',
    '本报讯 另一条消息的正文。',
  ].join('\n');
  assert.equal(splitSideBySideHeadlines(page), page);
  const laidOut = [
    '城市公园新增绿道 全省高校开展招聘',
    '十二条 服务月活动',
    '',
    ...page.split('\n').slice(3),
  ];
  assert.deepEqual(
    splitSideBySideHeadlines(laidOut.join('\n'), true)
      .split('\n')
      .filter((line) => !line.startsWith('本报讯') && line !== ''),
    ['城市公园新增绿道十二条', '全省高校开展招聘服务月活动'],
  );
});

test("in a column reader's text, each headline of a row goes over the story that shares its words", () => {
  // The row stands under a box's label, its first headline's subtitle and a caption under it; another column's
  // story comes between the two stories of the row.
  const page = [
    '■ 要闻',
    '城市公园新增绿道 全省高校开展招聘',
    '十二条 服务月本周末启动',
    '——沿河六园',
    '',
    '图为市民在新建绿道上骑行。',
    '本报讯 今年以来，本市新建绿道十二条，总长八十公里。',
    '',
    '秋粮收购进度过半',
    '本报讯 各地秋粮收购有序推进。',
    '',
    '本报讯 全省高校招聘服务月本周末启动，提供岗位三万个。',
  ];
  const read = splitSideBySideHeadlines(page.join('\n'), true).split('\n');
  assert.deepEqual(read.slice(0, 3), ['■ 要闻', '城市公园新增绿道十二条', '——沿河六园']);
  const secondStory = read.findIndex((line) => line.startsWith('本报讯 全省高校'));
  assert.equal(read[secondStory - 1], '全省高校开展招聘服务月本周末启动');
  assert.equal(read[read.indexOf('秋粮收购进度过半') + 1], '本报讯 各地秋粮收购有序推进。');
});

test("a row's last line that fits none of its headlines is left to the first, which ran on under the others", () => {
  const page = [
    '城市公园新增绿道十二 全省高校开展招聘',
    '条 沿河六个公园连成 服务月活动',
    '一线 绿道总长八十公里',
    '本报讯 今年以来，本市新建绿道十二条，总长八十公里。',
    '',
    '本报讯 全省高校招聘服务月活动今天启动，提供岗位三万个。',
  ];
  const read = splitSideBySideHeadlines(page.join('\n'), true).split('\n');
  assert.deepEqual(read.slice(0, 2), ['城市公园新增绿道十二条 沿河六个公园连成', '一线 绿道总长八十公里']);
  assert.ok(read.includes('全省高校开展招聘服务月活动'));
});

test('a row of two lines side by side is set apart where its first story opens a few lines down', () => {
  // pdftotext's default mode: the first headline runs on under the other by a line too wide for either column,
  // and only then does its story open.
  const page = [
    '城市公园新增绿道十二 全省高校开展招聘',
    '条 沿河六个公园连成 服务月活动',
    '一线 绿道总长八十公里',
    '本报讯 今年以来，本市新建绿道十二条，总长八十公里。',
    '',
    '本报讯 全省高校招聘服务月活动今天启动，提供岗位三万个。',
  ];
  const read = splitSideBySideHeadlines(page.join('\n')).split('\n');
  assert.deepEqual(read.slice(0, 2), ['城市公园新增绿道十二条 沿河六个公园连成', '一线 绿道总长八十公里']);
  assert.equal(
    read[read.findIndex((line) => line.startsWith('本报讯 全省高校')) - 1],
    '全省高校开展招聘服务月活动',
  );
});

test('a kicker and a title each with a space inside, over a story copied whole, are not a row', () => {
  // Text copied from a browser keeps each paragraph on one line: no column ever set its headlines side by side.
  const page = [
    '城市公园建设提速 新增绿道十二条',
    '全省高校开展招聘 服务月活动启动',
    '',
    '本报讯 今年以来，全省高校招聘服务月活动陆续启动，各校共提供岗位三万个，覆盖本省各市各县，毕业生可在网上报名。',
    '',
    '本报讯 各地高校陆续开放招聘会场，城市公园新增绿道十二条，服务月期间每周末举办一场招聘会。',
  ].join('\n');
  assert.equal(splitSideBySideHeadlines(page), page);
});

test('of two blocks of headline lines, the row nearer the stories is the one set over them', () => {
  const page = [
    '城市观察 高校招聘',
    '绿道 服务月',
    '',
    '城市公园新增绿道 全省高校开展招聘',
    '十二条 服务月活动',
    '本报讯 今年以来，本市新建绿道十二条。',
    '',
    '本报讯 全省高校招聘服务月活动今天启动。',
  ];
  const read = splitSideBySideHeadlines(page.join('\n')).split('\n');
  assert.deepEqual(read.slice(0, 5), [...page.slice(0, 3), '城市公园新增绿道十二条', page[5]]);
  assert.ok(read.includes('全省高校开展招聘服务月活动'));
});

test("the page's running head over a headline is not a row of headlines", () => {
  const page = [
    '2021年10月16日星期六 国际 第9版 晨光日报',
    '■要闻速览',
    '城市公园新增绿道十',
    '二条',
    '本报讯 今年以来，本市新建绿道十二条。',
    '',
    '本报讯 另一条消息的正文。',
  ].join('\n');
  assert.equal(splitSideBySideHeadlines(page), page);
});

test("a row whose right headline's next line comes before the left one's goes by the words its stories repeat", () => {
  // The left headline is set larger, so its second line sits lower than the right one's and pdftotext gives it
  // second; only the first line holds pieces, and a caption stands between the row and the first story.
  const page = [
    '《城市河道治理技术问 春季花卉展览今日',
    '开幕',
    '答》出版发行',
    '图为市民在河边步道上散步',
    '',
    '本报讯 《城市河道治理技术问答》一书今天出版发行，收录问答二百条。',
    '',
    '本报讯 春季花卉展览今日开幕，展出花卉三百种。',
  ];
  const read = splitSideBySideHeadlines(page.join('\n')).split('\n');
  assert.equal(read[0], '《城市河道治理技术问答》出版发行');
  assert.equal(read[read.indexOf(page[7]!) - 1], '春季花卉展览今日开幕');
  assert.equal(sortedChars(read.join('').replace(/\s/g, '')), sortedChars(page.join('').replace(/\s/g, '')));
});

test('a lead headline across two columns beside a one-column headline is a row where its stories bear it out', () => {
  // The first line's pieces are of other widths (12 ems beside 6), which most often is one headline with a space
  // inside; here a line under it goes on from the left piece in words the first story repeats.
  const page = [
    '本市老旧小区改造工程全面 春耕时节农机',
    '下田助力抢种',
    '启动首批改造惠及居民三万 抢收',
    '户',
    '本报讯 本市老旧小区改造工程今天全面启动，首批改造惠及居民三万户。',
    '',
    '本报讯 眼下正值春耕时节，各地农机下田助力抢种抢收。',
  ].join('\n');
  assert.deepEqual(titles(page), [
    '本市老旧小区改造工程全面启动首批改造惠及居民三万户',
    '春耕时节农机下田助力抢种抢收',
  ]);
});

test("the first line's pieces group as the stories repeat them, a headline's space read as a story's comma", () => {
  // Read as three headlines the row fits its lines too, but there are two stories, and the first one writes the
  // first headline's two phrases as one sentence.
  const page = [
    '城市更新提速 老旧小区焕新 春耕生产全面展开',
    '加快推进 抢抓农时',
    '本报讯 本市城市更新提速，老旧小区焕新，改造工作加快推进。',
    '',
    '本报讯 各地春耕生产全面展开，农民抢抓农时。',
  ].join('\n');
  assert.deepEqual(titles(page), ['城市更新提速老旧小区焕新加快推进', '春耕生产全面展开抢抓农时']);
});

test('a headline with a space inside whose next line goes on from its last piece stays one headline', () => {
  // The story repeats the words across that join, as it would under either reading: no line went to a headline
  // left of another, so nothing shows two headlines.
  const page = [
    '多地降雨持续 各地各部门',
    '积极应对',
    '',
    '本报讯 本周多地降雨持续，各地各部门积极应对。',
    '',
    '本报讯 另一条消息的正文。',
  ].join('\n');
  assert.equal(splitSideBySideHeadlines(page), page);
});

test("a story whose dateline a narrow column broke at the line's end is found under its headline", () => {
  const page = [
    '城市公园新增绿道 全省高校开展招聘',
    '十二条 服务月活动',
    '城市广播电视台消息（晚',
    '间新闻）：今年以来，本市新建绿道十二条。',
    '',
    '城市广播电视台消息（晚间新闻）：全省高校招聘服务月活动今天启动。',
  ];
  const read = splitSideBySideHeadlines(page.join('\n')).split('\n');
  assert.deepEqual(read.slice(0, 3), ['城市公园新增绿道十二条', page[2], page[3]]);
  assert.equal(read[read.indexOf(page[5]!) - 1], '全省高校开展招聘服务月活动');
});

/** A row of two headlines over the first one's dated story, and another column's brief under it. */
const rowOverBrief = [
  '湖畔新建口袋公园 全市高校开展秋季',
  '四十二个 招聘服务月活动',
  '本报讯 今年以来，本市在湖畔新建口袋公园四十二个，方便市民就近休闲。',
  '',
  '本市高校食堂今天起延长开放时间，方便学生就餐。',
];

test('a story with no dateline, read as a block of its own, goes under the headline of the row that shares its words', () => {
  // pdftotext reads the page block by block: the second story opens with no dateline, after the brief.
  const story = '全市高校秋季招聘服务月活动今天启动，各校共提供岗位三万个。';
  const page = [...rowOverBrief, '', story].join('\n');
  assert.deepEqual(splitSideBySideHeadlines(page).split('\n'), [
    '湖畔新建口袋公园四十二个',
    ...rowOverBrief.slice(2),
    '',
    '全市高校开展秋季招聘服务月活动',
    story,
  ]);
});

test("in a column reader's text, an undated story is a block that opens with a paragraph's indent", () => {
  // The reader's blank lines cut its blocks anywhere: only an indented line opens a paragraph, and so a story.
  const story = '全市高校秋季招聘服务月活动今天启动，各校共提供岗位三万个。';
  const rest = '全市高校秋季招聘服务月活动吸引了众多学生参加。';
  const page = [...rowOverBrief.slice(0, 3), '', rest, '', `  ${story}`];
  const read = splitSideBySideHeadlines(page.join('\n'), true).split('\n');
  assert.equal(read[0], '湖畔新建口袋公园四十二个');
  assert.deepEqual(read.slice(-2), ['全市高校开展秋季招聘服务月活动', `  ${story}`]);
});

test('a block sharing a few words with a headline of the row is not taken for its undated story', () => {
  // The second story is not on the page: the brief shares a word or two with its headline, which is chance.
  const page = rowOverBrief.join('\n');
  assert.equal(splitSideBySideHeadlines(page), page);
});

test("in a column reader's text only a whole dateline opens a story under a row", () => {
  // Every row with a gap is a row there: a line running into a dateline's words would find a second story for
  // the words after a single headline's space.
  const page = [
    '多地降雨持续 各地各部门',
    '积极应对',
    '城市广播电视台消息（晚',
    '间新闻）：本周多地降雨持续，各地各部门积极应对。',
    '',
    '城市广播电视台消息（晚间新闻）：各地各部门今天通报了应对情况。',
  ].join('\n');
  assert.equal(splitSideBySideHeadlines(page, true), page);
});

test("a headline's first line raised over the row goes to the headline its story runs it on into", () => {
  // The right headline is set larger, so its first line stands above the row's line in pieces, alone.
  const page = [
    '全市新能源公',
    '春季植树活动在 交车突破一万',
    '各区同步展开 辆',
    '本报讯 今年以来，本市各区同步展开春季植树活动。',
    '',
    '本报讯 全市新能源公交车突破一万辆，占公交车总数九成。',
  ].join('\n');
  assert.deepEqual(titles(page), ['春季植树活动在各区同步展开', '全市新能源公交车突破一万辆']);
});

test('a raised line goes to the headline that closes its bracket, where the story does not repeat the label', () => {
  // A series' label in brackets opens the right headline; its story names neither the label nor the raised words.
  const page = [
    '【城市新面',
    '春季植树活动在 貌】老街改造',
    '各区同步展开 完工',
    '本报讯 今年以来，本市各区同步展开春季植树活动。',
    '',
    '本报讯 历时一年，东城两条街巷的修缮工程全部结束。',
  ].join('\n');
  assert.deepEqual(titles(page), ['春季植树活动在各区同步展开', '【城市新面貌】老街改造完工']);
});

test('a line over a row that its stories run on into no headline stays where it stands', () => {
  // The kicker's words are not the start of either headline in the stories: the row is left as pdftotext gave it.
  const page = [
    '秋冬时节看民生',
    '春季植树活动在 全市新能源公交',
    '各区同步展开 车突破一万辆',
    '本报讯 今年以来，本市各区同步展开春季植树活动。',
    '',
    '本报讯 全市新能源公交车突破一万辆，占公交车总数九成。',
  ].join('\n');
  assert.equal(splitSideBySideHeadlines(page), page);
});

test("a headline's line wider than its first goes on with it, and the left headline's last line comes after", () => {
  // The right headline's first line is narrower than its second (its brackets set narrow), and the left one's
  // last line comes only after the right one has ended: a line ends a headline only when it is narrower than the
  // widest line the headline had before it.
  const page = [
    '全省秋粮收购工作开局良好进 【城市更新】老街改',
    '造工程主体全面完成',
    '交付',
    '度过半',
    '本报讯 今年全省秋粮收购工作开局良好，进度过半。',
    '',
    '本报讯 老街改造工程主体今天全面完成交付，居民陆续回迁。',
  ].join('\n');
  assert.deepEqual(titles(page), [
    '全省秋粮收购工作开局良好进度过半',
    '【城市更新】老街改造工程主体全面完成交付',
  ]);
});

test("the story right under a row goes to the headline that shares its words, the left one's read further down", () => {
  const page = [
    '第3版',
    '',
    '城市公园新增绿道 全省高校开展招聘',
    '十二条 服务月活动',
    '本报讯 全省高校服务月活动今天启动，',
    '各校提供招聘岗位三万个，',
    '覆盖制造、教育、医疗等行业，',
    '活动将持续一个月。',
    '',
    '本报讯 今年以来，本市城市公园新增',
    '绿道十二条，总长八十公里，',
    '串起沿河的六个公园。',
  ].join('\n');
  const articles = parseDocument('page.txt', page).page.articles;
  assert.deepEqual(
    articles.map((a) => [a.title, a.blocks[0]?.text.slice(0, 4)]),
    [
      ['全省高校开展招聘服务月活动', '全省高校'],
      ['城市公园新增绿道十二条', '今年以来'],
    ],
  );
});

test("a headline's later line a character wider than its first line, brackets set full, still fits its column", () => {
  // The left headline's first line holds two book-title brackets: read at half a character each, its column
  // comes out a character narrower than the type set it.
  const page = [
    '第2版',
    '',
    '《新城》杂志刊发市长 【一线调研】河谷里',
    '的新产业',
    '文章谈推进老旧城区改',
    '造工作》',
    '本报讯 本期杂志刊发市长文章，谈老旧城区改造工作。',
    '',
    '本报讯 河谷里的村子办起了新产业，村民收入翻了一番。',
  ].join('\n');
  assert.deepEqual(titles(page), [
    '《新城》杂志刊发市长文章谈推进老旧城区改造工作》',
    '【一线调研】河谷里的新产业',
  ]);
});

test('a kicker with a space inside that ends in dashes, over its headline, is not a row of headlines', () => {
  // Its two phrases are as wide as two headlines' first lines would be, and two stories follow; but a headline
  // never ends in a dash, a kicker leading into the headline under it does.
  const page = [
    '第2版',
    '',
    '年货市场货足价稳 供销两旺——',
    '各地节日市场迎来消',
    '费高峰',
    '本报讯 春节临近，各地节日市场迎来消费高峰。',
    '',
    '本报讯 市场监管部门加强节日商品价格巡查。',
  ].join('\n');
  const [article, ...rest] = parseDocument('page.txt', page).page.articles;
  assert.deepEqual(
    [article?.kicker, article?.title],
    ['年货市场货足价稳 供销两旺', '各地节日市场迎来消费高峰'],
  );
  assert.equal(rest.length, 0);
});

test('no reading of a row has a headline close a bracket it did not open', () => {
  // Its label in brackets holds a space: cut there, the second piece would close the first one's bracket.
  const story = '本报讯全市新增绿地一千亩。';
  assert.equal(rebuildHeadlines(['【春季植树 行动】全市新增绿地', '一千亩'], story, true), null);
});

test('setting headlines apart never loses or adds a character, and splits every well-formed row', () => {
  const han = (length: number) =>
    fc.string({
      unit: fc.constantFrom(...'城市公园新增绿道全省高校开展招聘'),
      minLength: length,
      maxLength: length,
    });
  const noise = fc.array(
    fc.oneof(
      fc.array(han(3), { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(' ')),
      fc.constantFrom('', '本市公园。', '【专题】绿道'),
    ),
    { maxLength: 8 },
  );
  // A row of two or three headlines eight characters wide, a last line for each, and a story under each that
  // repeats its headline's words, as stories do (they bear out the row's reading in order).
  const row = fc
    .integer({ min: 2, max: 3 })
    .chain((count) =>
      fc.tuple(
        fc.array(han(8), { minLength: count, maxLength: count }),
        fc.array(han(4), { minLength: count, maxLength: count }),
      ),
    );
  fc.assert(
    fc.property(noise, row, noise, (before, [firsts, lasts], after) => {
      const stories = firsts.flatMap((first, n) => [
        `本报讯 ${first}${lasts[n] ?? ''}，第${n + 1}条消息。`,
        '',
      ]);
      const text = [...before, '', firsts.join(' '), lasts.join(' '), ...stories, ...after].join('\n');
      const out = splitSideBySideHeadlines(text);
      assert.equal(sortedChars(out.replace(/\s/g, '')), sortedChars(text.replace(/\s/g, '')));
      const lines = out.split('\n');
      firsts.forEach((first, n) =>
        assert.ok(lines.includes(`${first}${lasts[n] ?? ''}`), `${first} set apart`),
      );
    }),
    { numRuns: 300 },
  );
});
