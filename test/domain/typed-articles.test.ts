// Short articles typed or pasted as a user has them: a headline, a blank line, the text. Found by a sweep of
// inputs written by hand, none of them from a corpus.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePage } from '../../main/domain/page/index';

const story = [
  '国家统计局今天发布数据显示，今年前两个月，经济运行持续回升向好，主要指标增长平稳。',
  '',
  '专家表示，随着一系列政策措施落地见效，市场预期持续改善。',
];

test('a Chinese headline with a ！ or ？ inside heads its article, apart from the text under it', () => {
  for (const headline of ['重磅！央行宣布降准', '央行宣布降准？专家这样解读']) {
    const [article, ...rest] = parsePage([headline, '', ...story].join('\n')).articles;
    assert.equal(rest.length, 0);
    assert.equal(article!.title, headline);
    assert.deepEqual(
      article!.blocks.map((b) => b.text.slice(0, 6)),
      ['国家统计局今', '专家表示，随'],
    );
  }
});

test('a line with a ！ inside that runs on past a comma is a paragraph, not a headline', () => {
  const text = ['好消息！今年前两个月，经济运行持续回升向好', '', ...story].join('\n');
  const articles = parsePage(text).articles;
  assert.equal(articles.length, 1);
  assert.equal(articles[0]!.title, '');
  assert.match(articles[0]!.blocks[0]!.text, /^好消息！/);
});

test('a quotation with a ！ inside, on a line of its own in a typed story, stays in the story', () => {
  const paragraphs = [
    '本报讯（记者 王小明）昨日，位于城东的新公园正式向市民开放，吸引了大批市民前来游览。',
    '家住附近的李阿姨说，公园里的花草树木让她心情舒畅，她打算每天早晚都来这里散步锻炼身体。',
    '“太美了！我们每天都来”',
    '据介绍，新公园占地约二百亩，园内设有健身步道、儿童乐园和湖心亭等设施，预计每年接待游客超过百万人次。',
    '不少市民表示，希望今后能有更多这样的公园，让城市生活更加美好，也让孩子们有更多游玩的地方。',
    '公园管理处负责人介绍，园区将实行免费开放，每天早上六点至晚上十点对外开放，节假日延长开放时间。',
    '据悉，地铁五号线延伸段也将于年内开通，届时市民乘坐地铁即可直达公园东门，出行将更加便利。',
    '市园林局表示，下一步将继续加快推进城市公园建设，力争到明年底实现市民出门五百米见绿的目标。',
    '此外，园内还将陆续举办花展、音乐会等文化活动，丰富市民的精神文化生活，提升城市品质。',
    '记者在现场看到，不少市民带着孩子在草坪上放风筝、野餐，享受美好的周末时光。',
    '一位带孩子来玩的市民告诉记者，这里环境好、设施全，孩子们玩得特别开心，以后会经常来。',
  ];
  const text = ['市民热议新公园开放', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  const articles = parsePage(text).articles;
  assert.deepEqual(
    articles.map((a) => [a.title, a.blocks.length]),
    [['市民热议新公园开放', paragraphs.length]],
  );
});

test('an English byline with the date after the name gives the authors and the date', () => {
  const text = [
    'Harbour Board Raises Ferry Fares',
    '',
    'By Jane Doe and John Roe, March 5, 2024',
    '',
    'KESTREL BAY — Ferry fares will rise in June, the harbour board said on Tuesday.',
    '',
    'Passengers will pay two dollars more for a crossing.',
  ].join('\n');
  const [article] = parsePage(text).articles;
  assert.equal(article!.title, 'Harbour Board Raises Ferry Fares');
  assert.equal(article!.byline, 'By Jane Doe and John Roe, March 5, 2024');
  assert.deepEqual(article!.authors, ['Jane Doe', 'John Roe']);
  assert.equal(article!.date, '2024-03-05');
  assert.equal(article!.dateline, 'KESTREL BAY');
  // A day the month does not have gives no date; the byline is still one.
  const [leap] = parsePage(text.replace('March 5', 'Feb. 30')).articles;
  assert.deepEqual([leap!.byline, leap!.date], ['By Jane Doe and John Roe, Feb. 30, 2024', undefined]);
});

test('Korean lines of a paragraph join with a space, as Korean sets one between words', () => {
  const [article] = parsePage('한국은행은 오늘 경제\n전망을 발표했다.').articles;
  assert.equal(article!.blocks[0]!.text, '한국은행은 오늘 경제 전망을 발표했다.');
});

test('a correspondent posted abroad or to a province is credited: 本报驻柏林记者, 新华社驻华盛顿记者', () => {
  for (const [byline, author] of [
    ['本报驻柏林记者 林峰', '林峰'],
    ['新华社驻华盛顿记者 张明', '张明'],
  ] as const) {
    const [article] = parsePage(['大选结果揭晓', '', byline, '', ...story].join('\n')).articles;
    assert.equal(article!.byline, byline);
    assert.deepEqual(article!.authors, [author]);
  }
});

test("a byline in capitals names each author; a two-character name set to three characters' width is one name", () => {
  const english = [
    'Harbour Board Raises Ferry Fares',
    '',
    'BY JANE DOE AND JOHN ROE',
    '',
    'Ferry fares will rise in June, the harbour board said on Tuesday.',
  ].join('\n');
  assert.deepEqual(parsePage(english).articles[0]!.authors, ['JANE DOE', 'JOHN ROE']);
  const chinese = [
    '全省春耕进度过半',
    '',
    '本报记者　李心萍　丁　怡',
    '',
    '记者从省农业农村厅获悉，全省春耕进度已过半。',
  ].join('\n');
  const [article] = parsePage(chinese).articles;
  assert.equal(article!.byline, '本报记者　李心萍　丁　怡');
  assert.deepEqual(article!.authors, ['李心萍', '丁怡']);
  assert.equal(article!.blocks[0]!.text, '记者从省农业农村厅获悉，全省春耕进度已过半。');
});
