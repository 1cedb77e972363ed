// A row of the next column that pdftotext's default mode glued onto a row of the first, one space between them,
// goes back to where the rest of its column begins: the end of the first column's block.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { unglueColumnRows } from '../../main/domain/import/glued-column-rows';
import { parseDocument } from '../../main/domain/import/parse-document';
import { sortedChars } from '../support/conservation';

const HEADLINE = '老街区焕发新活力';
/** The story's first column, 14 ems a line, ending mid-sentence; its second column goes on from there. */
const FIRST = [
  '本报讯今年以来，本市共启动老',
  '旧小区改造项目一百二十个，惠',
  '及居民三万余户。各区结合实际',
  '因地制宜，推进加装电梯、更新',
  '管网和提升绿化等工作。目前，',
];
const SECOND = ['全市已开工的老旧小区改造项目', '已有九成完工，剩余项目将在年', '底前全部交付使用。'];

/** The page as pdftotext writes it: the second column's first row shares a baseline with the first's. */
function gluedPage(first: readonly string[], second: readonly string[]): string {
  const [row, ...rest] = first;
  const [nextRow, ...nextRest] = second;
  return [HEADLINE, '', `${row} ${nextRow}`, ...rest, '', ...nextRest, ''].join('\n');
}

test('a row of the next column glued onto the first column goes back to the head of its column', () => {
  const text = gluedPage(FIRST, SECOND);
  assert.equal(
    unglueColumnRows(text),
    [HEADLINE, '', ...FIRST, SECOND[0], '', ...SECOND.slice(1), ''].join('\n'),
  );
  const { page } = parseDocument('page.txt', text);
  const story = page.articles
    .map((article) => article.blocks.map((block) => block.text).join('\n'))
    .join('\n');
  assert.match(story, /目前，全市已开工的老旧小区改造项目已有九成完工/);
  assert.doesNotMatch(story, /启动老 ?全市/);
});

test('rows of three columns glued together come out column by column', () => {
  const third = ['城市更新不是大拆大建，而是要', '留住街巷的烟火气和老邻居的情'];
  const text = [
    `${FIRST[0]} ${SECOND[0]} ${third[0]}`,
    `${FIRST[1]} ${SECOND[1]} ${third[1]}`,
    ...FIRST.slice(2),
  ].join('\n');
  assert.equal(
    unglueColumnRows(`${HEADLINE}\n\n${text}\n\n`),
    `${HEADLINE}\n\n${[...FIRST, SECOND[0], SECOND[1], ...third].join('\n')}\n\n`,
  );
});

test('a space inside a headline, a photo credit and a column that stops are not glued columns', () => {
  const kept = (lines: readonly string[]): void => {
    const text = `${lines.join('\n')}\n\n`;
    assert.equal(unglueColumnRows(text), text);
  };
  // The headline's words after its space are narrower than the column under it; a headline set across two
  // columns is wider than one.
  kept(['老旧小区 焕发新颜', ...FIRST]);
  kept(['全市老旧小区改造项目九成 已经完工并交付居民使用的好消息传来', ...FIRST]);
  // Over a narrow column, a headline's line is as wide as the column's.
  kept(['老街区焕发新活力 城市更新大会开幕', '新的活力源自居民', '本报讯今天上午在']);
  // Text laid out in columns (indented, or with wider gaps) is the column reader's.
  kept([`  ${FIRST[0]} ${SECOND[0]}`, ...FIRST.slice(1)]);
  kept([`${FIRST[0]}  ${SECOND[0]}`, ...FIRST.slice(1)]);
  kept([...FIRST.slice(0, 4), '居民在改造一新的小区里散步。 本报记者 王明 摄']);
  // The first column's paragraph ends on the glued row, or its column stops under it: the lines under the row
  // may be the next column's.
  const ended = ['旧小区改造项目一百二十个。', ...FIRST.slice(1)];
  kept(gluedPage(ended, SECOND).split('\n'));
  kept([`${FIRST[0]} ${SECOND[0]}`, '旧小区改造', ...FIRST.slice(2)]);
});

test('text with no blank line between its lines has no blocks, and its rows stay as they are', () => {
  const text = gluedPage(FIRST, SECOND).replace(/\n\n/g, '\n');
  for (const page of [text, `\n\n${text}\n\f\n`]) assert.equal(unglueColumnRows(page), page);
});

test('taking glued rows apart keeps every character and cuts rows only at their spaces', () => {
  const han = fc.constantFrom(...'本市区老街改造项目完工居民公园绿地，。');
  // Blocks of column rows as wide as each other, some with a row of the next column glued on.
  const block = fc.integer({ min: 8, max: 16 }).chain((width) => {
    const line = fc.string({ unit: han, minLength: width, maxLength: width });
    return fc.array(
      fc.oneof(
        line,
        fc.tuple(line, line).map(([a, b]) => `${a} ${b}`),
      ),
      { maxLength: 8 },
    );
  });
  fc.assert(
    fc.property(fc.array(block, { maxLength: 5 }), (blocks) => {
      const text = blocks.map((rows) => rows.join('\n')).join('\n\n');
      const out = unglueColumnRows(text);
      assert.equal(sortedChars(out.replace(/\s/g, '')), sortedChars(text.replace(/\s/g, '')));
      const pieces = (s: string): string[] =>
        s
          .split(/[\n ]/)
          .filter((p) => p !== '')
          .sort();
      assert.deepEqual(pieces(out), pieces(text));
    }),
  );
});
