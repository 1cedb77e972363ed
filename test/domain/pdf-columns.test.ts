// Which column of a PDF page goes with which article, and in what order its lines are read: pages laid out
// here run by run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BODY, HEAD, page, paragraph, run } from './pdf-runs';

test('a column right under its own headline stays with it beside a one-column story whose taller headline ends lower', () => {
  const SIDE = { size: 15, font: 'Sans' };
  const parsed = page([
    // A one-column story, its headline over three lines.
    run('Library wins', 100, 60, SIDE, 100),
    run('national design', 100, 78, SIDE, 100),
    run('award', 100, 96, SIDE, 40),
    ...paragraph(['The library has won a', 'national award for its', 'new extension.'], 100, 200, 120),
    // Beside it, a two-column story under a headline of one line.
    run('STEELWORKS SITE SOLD', 220, 90, HEAD, 300),
    ...paragraph(['The site of a former', 'steelworks has been sold', 'to a housebuilder.'], 220, 320, 122),
    ...paragraph(['The council said the', 'land would be cleaned', 'up before building.'], 340, 440, 122),
  ]);
  assert.deepEqual(
    parsed.articles.map((a) => [a.title, a.blocks.length]),
    [
      ['Library wins national design award', 1],
      ['STEELWORKS SITE SOLD', 2],
    ],
  );
});

test("an article's column beyond a picture in its own columns is still its column", () => {
  const CAPTION = { size: 8, font: 'Sans' };
  const parsed = page([
    // An article across the page, its text ending above the next one.
    run('CLIMATE REPORT PUBLISHED', 100, 60, HEAD, 420),
    ...paragraph(['The report was published on Monday', 'by the agency in Geneva.'], 100, 520, 90),
    // The next article's headline spans two columns; a picture fills its second, and its text runs on in a
    // third column beyond the headline, level with its first.
    run('FLOODS HIT EUROPE', 100, 150, HEAD, 250),
    ...paragraph(
      ['Heavy rain flooded towns across', 'central Europe this week, and', 'rivers are still rising.'],
      100,
      220,
      180,
    ),
    run('Rescuers in a boat on Sunday.', 240, 200, CAPTION, 110),
    ...paragraph(['Thousands of people have left', 'their homes, officials said.'], 370, 490, 180),
  ]);
  assert.deepEqual(
    parsed.articles.map((a) => [a.title, a.blocks.filter((b) => b.type === 'paragraph').length]),
    [
      ['CLIMATE REPORT PUBLISHED', 1],
      ['FLOODS HIT EUROPE', 2],
    ],
  );
});

test('justified columns set less than a gutter apart are read down, not across', () => {
  // Two columns an em apart. Rows where one column's line stops short, or the other has none, show where the
  // columns' edges are: the left column's text ends at 200 and the right one's starts at 210 on several rows.
  const left: [string, number][] = [
    ['The water board voted on', 100],
    ['Wednesday to limit wells.', 70],
    ['Farmers said the limits', 100],
    ['would cost a season.', 70],
    ['Some said they would go', 100],
    ['to court.', 40],
    ['The board said it would', 100],
    ['meet again in June, and', 100],
    ['that it would hear the', 100],
    ['farmers then.', 60],
  ];
  const right: [string, number][] = [
    ['The limits take effect in', 100],
    ['the spring, and wells', 100],
    ['already dug may keep', 100],
    ['pumping until the board', 100],
    ['has heard every case', 100],
    ['brought to it.', 60],
  ];
  const parsed = page([
    run('WELLS LIMITED IN BASIN', 100, 60, HEAD, 210),
    ...left.map(([text, width], i) => run(text, 100, 100 + i * 12, BODY, width)),
    ...right.map(([text, width], i) => run(text, 210, 100 + i * 12, BODY, width)),
  ]);
  assert.deepEqual(
    parsed.articles[0]!.blocks.map((b) => b.text),
    [
      'The water board voted on Wednesday to limit wells.',
      'Farmers said the limits would cost a season.',
      'Some said they would go to court.',
      'The board said it would meet again in June, and that it would hear the farmers then.',
      'The limits take effect in the spring, and wells already dug may keep pumping until the board has heard every case brought to it.',
    ],
  );
});
