// A Chinese headline's first line read as a kicker goes back into the headline where the story holds the word the
// line break cut in two; a kicker over its title stays.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejoinTitleHeads } from '../../main/domain/page/line-model/title-heads';
import { plainArticle, type ParsedArticle } from '../../shared/contract/article';

const STORY = '本报讯 全省春播进度已经过半，各地农机合作社组织农机下田，抢抓农时播种。';

function article(kicker: string, title: string, text = STORY): ParsedArticle {
  return { ...plainArticle(title, [{ type: 'paragraph', text }]), kicker };
}

test("a headline's first line read as a kicker goes back where the story holds the word the break cut", () => {
  // '合作社' stands whole in the story: the line broke inside it.
  const [joined] = rejoinTitleHeads([article('全省农机合', '作社抢抓农时')]);
  assert.deepEqual([joined?.kicker, joined?.title], [null, '全省农机合作社抢抓农时']);
  // So with the break one character further on.
  const [later] = rejoinTitleHeads([article('全省农机合作', '社抢抓农时')]);
  assert.equal(later?.title, '全省农机合作社抢抓农时');
});

test('a kicker over its title stays: the two words meet nowhere in the story, or not in Han text', () => {
  const kept = [
    article('春耕时节', '全省农机抢抓农时'),
    article('【田间地头】', '农机合作社抢抓农时'),
    article('全省农机合', '作社抢抓农时', '本报讯 各地抢抓农时播种。'),
    // Punctuation or a number at the break is no word cut in two, whatever the story prints around it.
    article('农机合作社：', '抢抓农时', '本报讯 记者走访农机合作社：抢抓农时，服务到田。'),
  ];
  assert.deepEqual(rejoinTitleHeads(kept), kept);
});
