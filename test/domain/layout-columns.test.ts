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

/** The lines the column reader gives back, blank ones left out. */
const linesRead = (text: string): string[] =>
  readLayoutColumns(text)
    .split('\n')
    .filter((line) => line.trim() !== '');

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

test('a headline under the page head is not joined to it as columns: only bands of columns both are joined', () => {
  const head = `${pad('Lakeside Courier', 30)}C2${' '.repeat(18)}No. 12`;
  const headline = [`${' '.repeat(20)}WEATHER`, 'RIVER LEVELS', 'FALL AGAIN'];
  const wide = 'a story set across the page under its headline, its lines running over every gap above';
  const stories = twoColumns(LEFT, RIGHT, '').split('\n').slice(2);
  const page = [head, '', '', '', ...headline, '', '', '', wide, wide, '', '', '', ...stories];
  const lines = linesRead(page.join('\n'));
  assert.deepEqual(lines, [
    'Lakeside Courier',
    'C2',
    'No. 12',
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

test('only a gap between two words on one line makes it laid out: not indents, not gaps across line breaks', () => {
  const rows = Array.from({ length: 12 }, (_, i) => `word ${i}`);
  const indented = rows.map((row) => `      ${row}`).join('\n');
  assert.equal(readLayoutColumns(indented), indented);
  const brokenGaps = rows.map((row) => `${row}   \n   ${row}`).join('\n');
  assert.equal(readLayoutColumns(brokenGaps), brokenGaps);
  const crlfColumns = twoColumns(LEFT, RIGHT, 'Headline').replaceAll('\n', '\r\n');
  assert.notEqual(readLayoutColumns(crlfColumns), crlfColumns);
});
