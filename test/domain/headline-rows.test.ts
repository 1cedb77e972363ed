// Chinese headlines set side by side, their lines read across the row (pdftotext's default order): each headline
// is read back whole, by the words its story holds, and stands over its own story.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { classifyLines } from '../../main/domain/page/classify-lines';
import { parsePage } from '../../main/domain/page/index';
import { headlineRowsApart } from '../../main/domain/page/line-model/headline-rows';
import { ROLE } from '../../main/domain/page/line-model/model';
import { splitLines } from '../../main/domain/page/lines';
import { assertNothingLost } from '../support/conservation';

const head = '第３版                    要闻                2024年3月6日 星期三';
const farmStory = [
  '本报讯 今年以来，全省春耕生产有序推',
  '进，各地抢抓农时，农机作业进度明显加',
  '快，化肥种子供应充足，春播面积稳步扩',
  '大，为全年粮食丰收打下了坚实基础。',
];
const busStory = [
  '本报讯 为方便市民出行，市交通部门近',
  '日对城市公交线路优化调整，新开通线路',
  '八条，调整线路十二条，市民候车时间明',
  '显缩短。',
];
const riverStory = [
  '本报讯 沿江各地近日开展河道清淤整治',
  '，清理淤泥二十万立方米，河道行洪能力',
  '明显提升，沿岸群众生活环境持续改善。',
];
/** Two headlines side by side, as pdftotext reads them: by height, the first lines sharing a baseline. */
const row = ['全省春耕生产有序 城市公交线路优', '化调整方便市民', '推进农机作业加快', '出行'];

/**
 * The page's text read apart, its row of headlines given the role the model gives them (the rest running text),
 * so that the reading is tested whatever the model's weights.
 */
function apart(text: string): string | null {
  const lines = classifyLines(splitLines(text));
  const roles = Uint8Array.from({ length: lines.length }, (_, i) =>
    lines.kind(i) !== 'text'
      ? ROLE.furniture
      : /本报讯|，|。|\.$/.test(lines.text(i))
        ? ROLE.para
        : ROLE.title,
  );
  for (let i = 1; i < lines.length; i++)
    if (roles[i] === ROLE.para && roles[i - 1] === ROLE.para && lines.gapBefore(i) === 0)
      roles[i] = ROLE.cont;
  return headlineRowsApart(lines, roles);
}

const page = (rowLines: readonly string[], ...stories: (readonly string[])[]): string =>
  [head, '', ...rowLines, '', ...stories.flatMap((s) => [...s, ''])].join('\n');

test('pdftotext text of two Chinese headlines side by side: each headline whole, over its own story', () => {
  const articles = parsePage(page(row, farmStory, busStory)).articles;
  assert.deepEqual(
    articles.map((a) => [a.title, a.dateline, a.blocks[0]?.text.slice(0, 8)]),
    [
      ['全省春耕生产有序推进农机作业加快', '本报讯', '今年以来，全省春'],
      ['城市公交线路优化调整方便市民出行', '本报讯', '为方便市民出行，'],
    ],
  );
});

test("a page read apart again keeps what was set aside before, once: a web page's buttons over the row", () => {
  const text = page(['分享到：微信 微博', '', ...row], farmStory, busStory);
  const parsed = parsePage(text);
  assert.deepEqual(
    parsed.articles.map((a) => a.title),
    ['全省春耕生产有序推进农机作业加快', '城市公交线路优化调整方便市民出行'],
  );
  assertNothingLost(text, parsed);
});

test('the row is read apart: each headline its lines, one after the other, the rest of the page as it was', () => {
  const text = page(row, farmStory, busStory);
  const read = apart(text);
  assert.equal(
    read,
    text.replace(
      row.join('\n'),
      '全省春耕生产有序\n推进农机作业加快\n\n城市公交线路优\n化调整方便市民\n出行',
    ),
  );
});

test('a row of three headlines, the first line holding a piece of each', () => {
  const three = [
    '全省春耕生产有序 城市公交线路优 沿江各地开展河',
    '化调整方便市民',
    '推进农机作业加快 道清淤整治',
    '出行',
  ];
  const read = apart(page(three, farmStory, busStory, riverStory));
  assert.ok(read !== null);
  assert.match(
    read,
    /全省春耕生产有序\n推进农机作业加快\n\n城市公交线路优\n化调整方便市民\n出行\n\n沿江各地开展河\n道清淤整治/,
  );
});

test('a row is read by itself, apart from headline lines a blank line sets off above it', () => {
  // A box of two dozen one-line headlines (a page's contents) over the row: read as one run with it, the row
  // would be too long a run to read.
  const contents = Array.from({ length: 23 }, (_, k) => `要闻导读第${k + 1}条`);
  const text = page([...contents, '', ...row], farmStory, busStory);
  assert.equal(
    apart(text),
    text.replace(
      row.join('\n'),
      '全省春耕生产有序\n推进农机作业加快\n\n城市公交线路优\n化调整方便市民\n出行',
    ),
  );
});

test('a headline wrapped over lines with spaces inside it is read in order', () => {
  const one = ['推动春耕生产 加快农机作业', '全省粮食丰收基础坚实'];
  assert.equal(apart(page(one, farmStory)), null);
});

test('a row whose breaks the stories do not bear out is read in order', () => {
  // The stories share no words with the headlines: nothing says where a headline goes on.
  const stories = [['本报讯 近日召开的会议研究部署了有关工作，会议要求抓好落实。']];
  assert.equal(apart(page(row, ...stories)), null);
});

test("a piece set beside a headline's line whose break the story does not bear out is no headline of its own", () => {
  // The marker's break is no Han text to look up: too little to read a row.
  const marked = ['全省春耕生产有序 （图）', '推进农机作业加快'];
  assert.equal(apart(page(marked, farmStory)), null);
});

test('one line sharing nothing with the headline it stands in is not enough to read a row', () => {
  const broken = ['全省春耕生产 有序推', '沿江各地', '进农机作业'];
  assert.equal(apart(page(broken, farmStory)), null);
});

test('Latin headlines are left as read, even where their words would bear out a row', () => {
  // Every word of a Latin headline stands a space apart: a line's pieces would be its words, and breaks that
  // chance bears out would cut single headlines apart (English pages of the tuning corpus lost up to 0.7).
  const latin = ['Harbour Board Mill Town', 'Raises Fares Picks New', 'Again Mayor'];
  const stories = [
    ['The Harbour Board Raises Fares Again, the board said.'],
    ['The Mill Town Picks New Mayor after a long count.'],
  ];
  assert.equal(apart(page(latin, ...stories)), null);
});

test('reading a row apart keeps every character of the page, once, and each line of a headline a piece of one line', () => {
  const han = fc.constantFrom(...'春耕生产有序推进农机作业加快城市公交线路优化调整方便市民出行');
  const piece = fc.array(han, { minLength: 1, maxLength: 9 }).map((cs) => cs.join(''));
  const line = fc.array(piece, { minLength: 1, maxLength: 3 }).map((ps) => ps.join(' '));
  fc.assert(
    fc.property(fc.array(line, { minLength: 2, maxLength: 8 }), (rowLines) => {
      const text = page(rowLines, farmStory, busStory);
      const read = apart(text);
      if (read === null) return;
      const chars = (s: string) => [...s.replace(/\s+/g, '')].sort().join('');
      assert.equal(chars(read), chars(text));
      // Pieces of one line read into one headline stand side by side on it: none of another's between them.
      const rest = [...farmStory, ...busStory, head];
      for (const readLine of read.split('\n'))
        if (readLine !== '' && !rest.includes(readLine))
          assert.ok(
            rowLines.some((l) => l.includes(readLine)),
            readLine,
          );
    }),
    { numRuns: 300 },
  );
});
