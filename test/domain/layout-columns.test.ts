// Text laid out in columns side by side (pdftotext -layout) is read column by column; other text is untouched.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { readLayoutColumns } from '../../main/domain/import/layout-columns';
import { pageOptions } from '../../main/domain/import/parse-document';
import { sortedChars } from '../support/conservation';

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - s.length));

/** Two columns of lines side by side, under a headline that spans both, as -layout writes a page. */
function twoColumns(left: readonly string[], right: readonly string[], headline: string): string {
  const rows = [headline, ''];
  for (let i = 0; i < Math.max(left.length, right.length); i++)
    rows.push(`${pad(left[i] ?? '', 30)}      ${right[i] ?? ''}`.trimEnd());
  return rows.join('\n');
}

/** The lines the column reader gives back, in order, trimmed, blank ones left out. */
const linesRead = (text: string): string[] =>
  readLayoutColumns(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const LEFT = Array.from({ length: 10 }, (_, i) => `left column line ${i} runs on`);
const RIGHT = Array.from({ length: 10 }, (_, i) => `right column line ${i} goes on`);

test('columns side by side come out one after the other, the spanning headline first', () => {
  const lines = linesRead(twoColumns(LEFT, RIGHT, 'A HEADLINE ACROSS THE PAGE'));
  assert.deepEqual(lines, ['A HEADLINE ACROSS THE PAGE', ...LEFT, ...RIGHT]);
});

test('a column that stops short and a band of two boxes under it are each read whole', () => {
  const top = twoColumns(LEFT.slice(0, 6), RIGHT, 'TOP');
  const bottom = twoColumns(
    ['lower box one', 'lower box one again'],
    ['lower box two', 'and more'],
    'MIDDLE',
  );
  // The stories are set further apart (rows) than the gutter is wide (ten characters): with less blank space
  // between them, the gutter running on down through the boxes is the wider whitespace and is cut first.
  const lines = linesRead(`${top}${'\n'.repeat(12)}${bottom}`);
  assert.deepEqual(lines, [
    'TOP',
    ...LEFT.slice(0, 6),
    ...RIGHT,
    'MIDDLE',
    'lower box one',
    'lower box one again',
    'lower box two',
    'and more',
  ]);
});

test("a section's label under a blank row across the page starts a band of its own, however narrow the gap", () => {
  // One blank row between the sections is narrower than the gutter running down through both, but the label says
  // the stories above end there: each section's columns are read before the next section's.
  const top = twoColumns(LEFT.slice(0, 6), RIGHT.slice(0, 6), 'TOP');
  const lower = twoColumns(
    ['lower box one', 'lower box one again'],
    ['lower box two', 'and more'],
    '■ World',
  );
  assert.deepEqual(linesRead(`${top}\n\n${lower}`), [
    'TOP',
    ...LEFT.slice(0, 6),
    ...RIGHT.slice(0, 6),
    '■ World',
    'lower box one',
    'lower box one again',
    'lower box two',
    'and more',
  ]);
});

test("a column whose lines fall between its neighbour's rows is read whole, not row by row", () => {
  // Where a column is set in another type size than the one beside it, pdftotext gives its lines rows of their
  // own, and the rows between them are blank across the page.
  const more = (side: string) => Array.from({ length: 6 }, (_, i) => `${side} column line ${10 + i} more`);
  const rows = [twoColumns(LEFT, RIGHT, 'TWO STORIES')];
  for (const [left, right] of more('left').map((l, i) => [l, more('right')[i]]))
    rows.push(left ?? '', `${' '.repeat(36)}${right ?? ''}`, '');
  const lines = linesRead(rows.join('\n'));
  assert.deepEqual(lines, ['TWO STORIES', ...LEFT, ...more('left'), ...RIGHT, ...more('right')]);
});

test("a row that holds only the neighbour column's line does not cut a column's paragraph in two", () => {
  // Columns set in different leading take turns at the rows: each column's lines have a row between them that is
  // blank in that column alone. Only a row blank across the page (or two rows) sets a column's blocks apart.
  const left = (i: number) => `left paragraph line ${i}`;
  const right = (i: number) => `right paragraph line ${i}`;
  const rows = ['FERRY SAILINGS FROM JUNE', ''];
  for (let i = 0; i < 4; i++) rows.push(left(i), `${' '.repeat(36)}${right(i)}`);
  rows.push('');
  for (let i = 4; i < 12; i++) rows.push(`${pad(left(i), 36)}${right(i)}`);
  const lines = (from: number, to: number, line: (i: number) => string) =>
    Array.from({ length: to - from }, (_, k) => line(from + k)).join('\n');
  assert.deepEqual(readLayoutColumns(rows.join('\n')).split(/\n\n+/), [
    'FERRY SAILINGS FROM JUNE',
    lines(0, 4, left),
    lines(4, 12, left),
    lines(0, 4, right),
    lines(4, 12, right),
  ]);
});

test('two lines justified with gaps under each other are not columns that keep the rows between lines as cuts', () => {
  const left = (i: number) => `left column line ${i} runs on`;
  const right = ['a narrow column set', 'in another leading', 'than the one beside', 'it, and justified'];
  const justified = ['wide      word      gaps', 'come      under     them'];
  const rows = ['THE WEEK AHEAD', ''];
  RIGHT.slice(0, 8).forEach((line, i) => rows.push(`${pad(left(i), 36)}${line}`));
  right.forEach((line, i) => rows.push(left(8 + 2 * i), `${' '.repeat(36)}${line}`));
  rows.push(left(16));
  justified.forEach((line, i) => rows.push(`${pad(left(17 + i), 36)}${line}`));
  const blocks = readLayoutColumns(rows.join('\n')).split(/\n\n+/);
  assert.equal(blocks.at(-1), [...RIGHT.slice(0, 8), ...right, ...justified].join('\n'));
});

test('beside a column that runs down the page, a box of two columns under a wide line is still read column by column', () => {
  // The box's blank rows hold the running column's lines, yet they part bands that stand in columns.
  const side = (i: number) => `side column line ${i}`;
  const box = ['box left one', 'box left two', 'box left three', 'box left four'];
  const boxRight = ['box right one', 'box right two', 'box right three', 'box right four'];
  const rows = ['THE DAY IN BRIEF', ''];
  const beside = [
    ...box.map((line, i) => `${pad(line, 20)}${boxRight[i]}`),
    '',
    'a wide line across the whole box here',
    '',
    ...box.map((line, i) => `${pad(line, 20)}${boxRight[i]}`.replace(/box/g, 'lower')),
  ];
  beside.forEach((line, i) => rows.push(`${pad(side(i), 30)}${line}`.trimEnd()));
  const lines = linesRead(rows.join('\n'));
  const lower = (list: string[]) => list.map((line) => line.replace(/box/g, 'lower'));
  assert.deepEqual(lines.slice(1 + beside.length), [
    ...box,
    ...boxRight,
    'a wide line across the whole box here',
    ...lower(box),
    ...lower(boxRight),
  ]);
});

test('a caption set right on top of the columns, with no blank row between, does not join them', () => {
  const caption = 'A caption that runs across both columns of the story under it, as wide as the page is';
  const page = twoColumns(LEFT, RIGHT, 'HEADLINE').replace('\n\n', `\n\n${caption}\n`);
  const lines = linesRead(page);
  assert.deepEqual(lines, ['HEADLINE', caption, ...LEFT, ...RIGHT]);
});

test('a kicker set off-centre over its headline, on a row of its own, is read over it, not as a column', () => {
  // No row holds both the kicker and the headline: they stand one over the other, whatever the gap across.
  const rows = ['                    BRIEFLY', 'HARBOUR WORKS', 'TO BEGIN SOON', '', ...LEFT];
  const lines = linesRead(twoColumns(rows, ['', '', '', '', ...RIGHT], 'THE PAGE'));
  assert.deepEqual(lines, ['THE PAGE', 'BRIEFLY', 'HARBOUR WORKS', 'TO BEGIN SOON', ...LEFT, ...RIGHT]);
});

test('headlines over a row of stories are each read with their story, where a wider story under them breaks the gutter', () => {
  // The blank rows between the headlines and their text are as many as those over the story below, which runs
  // across the gutter: the page is cut across only where its columns change.
  const headlines = twoColumns(['FERRY SERVICE', 'RESUMES'], ['MARKET HALL', 'REOPENS'], 'THE PAGE');
  const stories = twoColumns(LEFT, RIGHT, '').split('\n').slice(2).join('\n');
  const wide = 'a story set across both columns, its lines running over the gutter between them';
  const lines = linesRead(`${headlines}\n\n\n\n${stories}\n\n\n\n${wide}\n${wide}`);
  assert.deepEqual(lines, [
    'THE PAGE',
    'FERRY SERVICE',
    'RESUMES',
    ...LEFT,
    'MARKET HALL',
    'REOPENS',
    ...RIGHT,
    wide,
    wide,
  ]);
});

test("the page's running head is read first, on one line, not as the first words over each column", () => {
  const head = `${pad('Page 4', 36)}Valley Notes`;
  const page = [head, '', '', twoColumns(LEFT, RIGHT, 'TIDES RUN HIGH')];
  assert.deepEqual(linesRead(page.join('\n')), [
    'Page 4   Valley Notes',
    'TIDES RUN HIGH',
    ...LEFT,
    ...RIGHT,
  ]);
});

test('a running head with the text right under it is read first too, told by its date and page', () => {
  const head = `${pad('2021年3月5日 星期五', 36)}第3版`;
  const page = twoColumns(LEFT, RIGHT, head).replace('\n\n', '\n');
  assert.deepEqual(linesRead(page), ['2021年3月5日 星期五   第3版', ...LEFT, ...RIGHT]);
  // A row of two headlines over their columns is no running head: each is read over its own column.
  const headlines = twoColumns(LEFT, RIGHT, `${pad('TIDES RUN HIGH', 36)}FERRIES WAIT`).replace('\n\n', '\n');
  assert.deepEqual(linesRead(headlines), ['TIDES RUN HIGH', ...LEFT, 'FERRIES WAIT', ...RIGHT]);
});

test("a paper's name over the row of its date and page is read first, with that row", () => {
  const masthead = `${' '.repeat(24)}The Valley Gazette`;
  const dateRow = `${pad('Tuesday, June 1, 2021', 36)}Page 7`;
  const page = [masthead, dateRow, '', '', twoColumns(LEFT, RIGHT, 'TIDES RUN HIGH')];
  assert.deepEqual(linesRead(page.join('\n')), [
    'The Valley Gazette',
    'Tuesday, June 1, 2021   Page 7',
    'TIDES RUN HIGH',
    ...LEFT,
    ...RIGHT,
  ]);
});

test("a headline's first line written over the running head goes back over the headline's next line", () => {
  // Large type reaches higher up the page than the head's: pdftotext writes the headline's first line first.
  const dateRow = `${pad('2021年3月5日 星期五', 40)}${pad('第3版', 20)}晨光晚报`;
  const rest = twoColumns(LEFT, RIGHT, '').split('\n').slice(2);
  const page = ['全省春播进度过半 各地抢抓', dateRow, '', `${pad('', 40)}河湖水位`, '农时', ...rest];
  assert.deepEqual(linesRead(page.join('\n')), [
    '2021年3月5日 星期五   第3版   晨光晚报',
    '全省春播进度过半 各地抢抓',
    '农时',
    ...LEFT,
    '河湖水位',
    ...RIGHT,
  ]);
  // Under the paper's name, too; a caption across the page under it keeps its own line.
  const caption = '图为春播时节的田野，农机在田间作业，旁边是一条长长的水渠。（本报记者 林海 摄）';
  const named = [
    `${pad('', 24)}晨光晚报`,
    '全省春播进度过半',
    dateRow.slice(0, 48),
    '',
    '',
    caption,
    ...rest,
  ];
  assert.deepEqual(linesRead(named.join('\n')), [
    '晨光晚报',
    '2021年3月5日 星期五   第3版',
    '全省春播进度过半',
    caption,
    ...LEFT,
    ...RIGHT,
  ]);
});

test('a headline under the page head is not joined to it as columns: only bands of columns both are joined', () => {
  const head = `${pad('Lakeside Courier', 30)}C2${' '.repeat(18)}No. 12`;
  const headline = [`${' '.repeat(20)}WEATHER`, 'RIVER LEVELS', 'FALL AGAIN'];
  const wide = 'a story set across the page under its headline, its lines running over every gap above';
  const stories = twoColumns(LEFT, RIGHT, '').split('\n').slice(2);
  const page = [head, '', '', '', ...headline, '', '', '', wide, wide, '', '', '', ...stories];
  const lines = linesRead(page.join('\n'));
  assert.deepEqual(lines, [
    'Lakeside Courier   C2   No. 12',
    'WEATHER',
    'RIVER LEVELS',
    'FALL AGAIN',
    wide,
    wide,
    ...LEFT,
    ...RIGHT,
  ]);
});

test('text without columns is returned unchanged', () => {
  const prose = 'One paragraph of prose.\n\nAnother one, with  two spaces  inside it.\n'.repeat(20);
  assert.equal(readLayoutColumns(prose), prose);
});

test('reading columns never loses or adds a character', () => {
  const word = fc.string({ unit: fc.constantFrom(...'abc字文。 '), minLength: 1, maxLength: 12 });
  const row = fc.array(fc.tuple(word, fc.integer({ min: 1, max: 8 })), { maxLength: 4 });
  fc.assert(
    fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
      const text = rows.map((cells) => cells.map(([w, gap]) => ' '.repeat(gap) + w).join('')).join('\n');
      const out = readLayoutColumns(text);
      assert.equal(sortedChars(out.replace(/\s/g, '')), sortedChars(text.replace(/\s/g, '')));
    }),
    { numRuns: 300 },
  );
});

test('a page laid out in columns is read by the line model unless the caller chose a way', () => {
  assert.deepEqual(pageOptions(true), { roles: 'model', columns: true });
  assert.deepEqual(pageOptions(true, { roles: 'auto' }), { roles: 'model', columns: true });
  assert.deepEqual(pageOptions(true, { roles: 'rules' }), { roles: 'rules', columns: true });
  assert.deepEqual(pageOptions(false), {});
  assert.deepEqual(pageOptions(false, { roles: 'auto' }), { roles: 'auto' });
});

test('a gap between two words on one line, or lines set far in, make text laid out: not indents, not gaps across line breaks', () => {
  const rows = Array.from({ length: 12 }, (_, i) => `word ${i}`);
  const indented = rows.map((row) => `      ${row}`).join('\n');
  assert.equal(readLayoutColumns(indented), indented);
  // Columns in different leading, their lines on rows of their own below the first: one row holds both, and
  // the right column's lines stand far in from the page's edge.
  const turns = [
    `${pad(LEFT[0]!, 36)}${RIGHT[0]}`,
    ...LEFT.slice(1).flatMap((line, i) => [line, `${' '.repeat(36)}${RIGHT[i + 1]}`]),
  ].join('\n');
  assert.deepEqual(linesRead(turns), [...LEFT, ...RIGHT]);
  const brokenGaps = rows.map((row) => `${row}   \n   ${row}`).join('\n');
  assert.equal(readLayoutColumns(brokenGaps), brokenGaps);
  const crlfColumns = twoColumns(LEFT, RIGHT, 'Headline').replaceAll('\n', '\r\n');
  assert.notEqual(readLayoutColumns(crlfColumns), crlfColumns);
});

test('Chinese columns under headlines and over a caption with no blank row between are read column by column', () => {
  // A box: its headlines, its story's two columns and a caption under them stand on consecutive rows, and the
  // headlines and the caption run across the gutter, so neither a blank row nor a gutter down the box parts them;
  // most rows hold one piece, so they are not packed columns either.
  const left = [
    '市区新建的十座公园将在',
    '五月向市民开放，园内设',
    '有步道和儿童游乐场地，',
    '并增加了夜间照明设施。',
  ];
  const right = [
    '园林部门表示，今年还将',
    '在老城区改造十二处街角',
    '绿地，方便居民就近休闲',
    '，全部工程年底前完工。',
  ];
  const headlines = [
    '城市新建十座公园五月起陆续向市民开放',
    '老城区十二处街角绿地年底前改造完工',
    '园林部门称今年全市新增绿地面积超过往年',
  ];
  const caption = ['一座新建公园的步道与儿童游乐场地，摄于四月，', '公园开放后将实行预约入园。'];
  // Another story under a blank row, in columns with a gutter all the way down, makes the text read as laid out.
  const below = Array.from(
    { length: 8 },
    (_, i) => `第二篇报道的左栏第${i}行文字    第二篇报道的右栏第${i}行文字`,
  );
  const blocks = (rows: readonly string[]) =>
    readLayoutColumns([...headlines, ...rows, ...caption, '', ...below].join('\n'))
      .split(/\n\n+/)
      .slice(0, 4);
  const expected = [headlines.join('\n'), left.join('\n'), right.join('\n'), caption.join('\n')];
  assert.deepEqual(blocks(left.map((line, i) => `${line}    ${right[i]}`)), expected);
  // The right column set a row higher than the left (its baseline differs): its first line is still its own, not
  // the wrap of the headline above.
  const higher = [
    `${' '.repeat(15)}${right[0]}`,
    ...left.slice(0, -1).map((line, i) => `${line}    ${right[i + 1]}`),
    left.at(-1)!,
  ];
  assert.deepEqual(blocks(higher), expected);
  // The line across the columns right over them wraps onto a row of its own at the left: that row is its.
  const wrapped = ['和十二处街角花园', ...left.map((line, i) => `${line}    ${right[i]}`)];
  assert.deepEqual(blocks(wrapped), [`${expected[0]}\n和十二处街角花园`, ...expected.slice(1)]);
});

test('columns whose lines take rows of their own in turn (a staircase) are read column by column', () => {
  // pdftotext gives each column's lines rows of their own where the columns' baselines differ: no row holds both.
  const rows = ['A HEADLINE OVER TWO COLUMNS', ''];
  for (let i = 0; i < 8; i += 2)
    rows.push(LEFT[i]!, LEFT[i + 1]!, `${' '.repeat(36)}${RIGHT[i]}`, `${' '.repeat(36)}${RIGHT[i + 1]}`);
  assert.deepEqual(linesRead(rows.join('\n')), [
    'A HEADLINE OVER TWO COLUMNS',
    ...LEFT.slice(0, 8),
    ...RIGHT.slice(0, 8),
  ]);
});

test('word spaces of justified Latin lines that fall under each other are not a gutter', () => {
  // Three lines of one paragraph, spaced out to the column's width, leave a blank run down the same place.
  const paragraph = [
    'The library plan was approved by the council on Monday night,',
    `${pad('after a long debate', 22)}    about the cost and the site`,
    `${pad('of the building that', 22)}    will stand by the river and`,
    `${pad('the old market hall', 22)}    which is to be pulled down.`,
    'Work will begin in the spring and should end before the winter.',
  ];
  const page = `${paragraph.join('\n')}\n\n${twoColumns(LEFT, RIGHT, 'A HEADLINE ACROSS THE PAGE')}`;
  assert.deepEqual(
    linesRead(page).slice(0, paragraph.length),
    paragraph.map((line) => line.trim()),
  );
});

test('Chinese text one over the other under a headline, a gutter between but no row across it, is read top to bottom', () => {
  // Three lines set to the right, then three to the left under them: a block under another, not two columns.
  const upper = ['园林部门表示今年还将', '在老城区改造十二处', '街角绿地方便居民'];
  const lower = ['市区新建的十座公园', '将在五月向市民开放', '园内设有步道和照明'];
  const rows = [
    '城市新建十座公园五月起陆续向市民开放',
    ...upper.map((line) => `${' '.repeat(16)}${line}`),
    ...lower,
    '一座新建公园的步道与儿童游乐场地，摄于四月',
  ];
  const below = Array.from(
    { length: 8 },
    (_, i) => `第二篇报道的左栏第${i}行文字    第二篇报道的右栏第${i}行文字`,
  );
  const read = linesRead([...rows, '', ...below].join('\n')).slice(0, rows.length);
  assert.deepEqual(
    read,
    rows.map((row) => row.trim()),
  );
});
