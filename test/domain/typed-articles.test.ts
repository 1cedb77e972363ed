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
});

test('Korean lines of a paragraph join with a space, as Korean sets one between words', () => {
  const [article] = parsePage('한국은행은 오늘 경제\n전망을 발표했다.').articles;
  assert.equal(article!.blocks[0]!.text, '한국은행은 오늘 경제 전망을 발표했다.');
});
