// A Chinese headline's last characters that an extractor wrote at the head of its story's first line go back to
// the headline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../../main/domain/import/parse-document';
import { rejoinHeadlineTails } from '../../main/domain/import/headline-tails';

const STORY = '本报讯 今年以来，全市新建口袋公园四十二个，新增绿地面积一百三十万平方米。';

test("a headline's last character on its story's first line comes back to the headline", () => {
  const page = ['第3版', '', '全市新建口袋公园四十二', `个 ${STORY}`, '串起沿河的六个公园。'].join('\n');
  const [article] = parseDocument('page.txt', page).page.articles;
  assert.equal(article?.title, '全市新建口袋公园四十二个');
  assert.equal(article?.dateline, '本报讯');
  assert.match(article?.blocks[0]?.text ?? '', /^今年以来/);
});

test('a short word before a dateline stays where it is unless a headline stands above it', () => {
  // Over a finished sentence, or with Latin text, the short word is the page's own.
  for (const page of [
    ['上一篇报道到此结束。', `个 ${STORY}`].join('\n'),
    ['Markets rallied on Monday', 'NEW YORK, April 3 - Shares rose.'].join('\n'),
    ['全市新建口袋公园四十二', `个公园 ${STORY.replace('本报讯 ', '')}`].join('\n'),
  ])
    assert.equal(rejoinHeadlineTails(page), page);
});
