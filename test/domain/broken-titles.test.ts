// A Chinese headline's first line read as a kicker, or its last as a subtitle, goes back into the headline where
// the story holds the word the line break cut in two; a kicker over its title, or a deck under it, stays.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejoinBrokenTitles } from '../../main/domain/page/line-model/broken-titles';
import { plainArticle, type ParsedArticle } from '../../shared/contract/article';

const STORY = '本报讯 全省春播进度已经过半，各地农机合作社组织农机下田，抢抓农时播种。';

function article(kicker: string, title: string, text = STORY, subtitle: string | null = null): ParsedArticle {
  return { ...plainArticle(title, [{ type: 'paragraph', text }]), kicker: kicker || null, subtitle };
}

test("a headline's first line read as a kicker goes back where the story holds the word the break cut", () => {
  // '合作社' stands whole in the story: the line broke inside it.
  const [joined] = rejoinBrokenTitles([article('全省农机合', '作社抢抓农时')]);
  assert.deepEqual([joined?.kicker, joined?.title], [null, '全省农机合作社抢抓农时']);
  // So with the break one character further on.
  const [later] = rejoinBrokenTitles([article('全省农机合作', '社抢抓农时')]);
  assert.equal(later?.title, '全省农机合作社抢抓农时');
  // A last line read as a subtitle, too, and both at once.
  const [tail] = rejoinBrokenTitles([article('', '全省农机合', STORY, '作社抢抓农时')]);
  assert.deepEqual([tail?.title, tail?.subtitle], ['全省农机合作社抢抓农时', null]);
  const [both] = rejoinBrokenTitles([article('全省农', '机合作社抢抓农', STORY, '时播种')]);
  assert.deepEqual([both?.kicker, both?.title, both?.subtitle], [null, '全省农机合作社抢抓农时播种', null]);
});

test('a kicker over its title stays: the two words meet nowhere in the story, or not in Han text', () => {
  const kept = [
    article('春耕时节', '全省农机抢抓农时'),
    article('【田间地头】', '农机合作社抢抓农时'),
    article('全省农机合', '作社抢抓农时', '本报讯 各地抢抓农时播种。'),
    // Punctuation or a number at the break is no word cut in two, whatever the story prints around it.
    article('农机合作社：', '抢抓农时', '本报讯 记者走访农机合作社：抢抓农时，服务到田。'),
    // A deck under the title, opened by its dash.
    article('', '全省农机合作社抢抓农时', STORY, '——各地农机合作社组织农机下田'),
  ];
  assert.deepEqual(rejoinBrokenTitles(kept), kept);
});

test('in Latin text, a name the break cut in two comes back whole, where the story names it', () => {
  const story = 'Kestrel Bay Ferries Ltd said it agreed to sell its freight unit for 12 mln dlrs.';
  const [name] = rejoinBrokenTitles([article('KESTREL BAY', 'FERRIES TO SELL UNIT', story)]);
  assert.deepEqual([name?.kicker, name?.title], [null, 'KESTREL BAY FERRIES TO SELL UNIT']);
  // Words that meet in the story only as a phrase of its sentence, not as a name, are two parts.
  const deck = article(
    '',
    'FERRY PLAN APPROVED',
    'The council approved the plan on Monday.',
    'The fleet grows',
  );
  assert.deepEqual(rejoinBrokenTitles([deck]), [deck]);
});

test('text whose lines no column wrapped (a paragraph to a line) keeps its kickers as read', () => {
  const split = [article('全省农机合', '作社抢抓农时')];
  assert.deepEqual(rejoinBrokenTitles(split, false), split);
});
