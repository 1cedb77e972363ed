// A Chinese headline's last character that an extractor set apart comes back to the headline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainArticle, type ParsedArticle } from '../../shared/contract/article';
import { reclaimDatelineTails } from '../../main/domain/page/line-model/title-tails';
import { assembleRows } from '../support/labelled-rows';

function article(title: string, dateline: string | null): ParsedArticle {
  return { ...plainArticle(title, [{ type: 'paragraph', text: '市民出行更方便了。' }]), dateline };
}

test("a headline's last character read at the head of its dateline goes back when the page prints that dateline without it", () => {
  const articles = [article('市区新增三条公交线', '路本报讯'), article('老街修缮工程完工', '本报讯')];
  assert.deepEqual(
    reclaimDatelineTails(articles).map((a) => [a.title, a.dateline]),
    [
      ['市区新增三条公交线路', '本报讯'],
      ['老街修缮工程完工', '本报讯'],
    ],
  );
});

test('a dateline the page prints only once, or under a headline that ends a sentence, stays as it is', () => {
  const alone = [
    article('市区新增三条公交线', '路本报讯'),
    article('老街修缮工程完工', '新华社南京3月2日电'),
  ];
  assert.deepEqual(reclaimDatelineTails(alone), alone);
  const finished = [article('公交线路开通了！', '路本报讯'), article('老街修缮工程完工', '本报讯')];
  assert.deepEqual(reclaimDatelineTails(finished), finished);
});

test("a headline's last character wrapped onto a line of its own stays in the headline, whatever the model says", () => {
  for (const role of ['subtitle', 'cont', 'kicker'] as const) {
    const [draft] = assembleRows([
      ['title', '全省春耕备耕工作有序推'],
      [role, '进'],
      ['credit', '本报讯 眼下正是春耕备耕的关键时期，各地组织农户整地施肥。'],
      ['cont', '农资供应充足，农机具检修到位。'],
    ]).drafts;
    assert.equal(draft?.title, '全省春耕备耕工作有序推进', role);
  }
});
