// What a page sets into its articles' columns, read from PDF text runs: pictures' captions and pull quotes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePdfText } from '../../main/domain/pdf/index';
import { HEAD, page, paragraph, run } from './pdf-runs';

test("a picture's caption and credit over a headline are that article's; a picture inside an article's columns stays its own", () => {
  const CAPTION = { size: 8, font: 'Sans-Italic' };
  const over = page([
    run('WIND FARM CUTS JOBS', 100, 60, HEAD, 300),
    ...paragraph(['The operator said on Tuesday that it would cut', 'six hundred jobs.'], 100, 400, 100),
    // A picture across the width, under the first article's text; its credit, its caption, then the headline.
    run('ANDREW PEEL', 350, 240, CAPTION, 50),
    run('The first shop, opened in 1961, is still trading.', 100, 252, CAPTION, 200),
    run('BAKERY CHAIN SOLD', 100, 280, HEAD, 300),
    ...paragraph(['The family-run chain was bought by a private', 'equity group.'], 100, 400, 310),
  ]);
  assert.deepEqual(
    over.articles.map((a) => [a.title, a.blocks.filter((b) => b.type === 'caption').map((b) => b.text)]),
    [
      ['WIND FARM CUTS JOBS', []],
      ['BAKERY CHAIN SOLD', ['The first shop, opened in 1961, is still trading.', 'ANDREW PEEL']],
    ],
  );
  const inside = page([
    run('POWER GRID GROWS', 100, 60, HEAD, 300),
    ...paragraph(
      [
        'The grid added more wind and solar',
        'power this year than in any year',
        'before, the agency said, and it',
        'expects more.',
      ],
      100,
      240,
      100,
    ),
    // The picture stands in the article's second column, level with its first column's text.
    run('Panels on a roof in the north.', 260, 130, CAPTION, 120),
    run('TOWN OPENS PARK', 260, 156, HEAD, 140),
    ...paragraph(['The town opened a new park on', 'Sunday.'], 260, 400, 186),
  ]);
  assert.deepEqual(
    inside.articles.map((a) => [a.title, a.blocks.filter((b) => b.type === 'caption').map((b) => b.text)]),
    [
      ['POWER GRID GROWS', ['Panels on a roof in the north.']],
      ['TOWN OPENS PARK', []],
    ],
  );
});

test("a quotation set large inside an article's column is a pull quote: a caption of that article, which it does not split", () => {
  const QUOTE = { size: 15, font: 'Serif-BoldItalic' };
  const COLUMN = [240, 360] as const;
  // The quote is lifted from the text.
  const TEXT = [
    'Thirty schools will trial a',
    'four-day week. “If it works,',
    'it could change every school,”',
    'the minister said.',
  ];
  /** The article's first column, then its second with the quote (at `y`) and text above or below it, and a third. */
  const story = (quote: readonly string[], y: number, above: boolean, below: boolean, third: boolean) =>
    page([
      run('SCHOOLS TRY FOUR-DAY WEEK', 100, 60, HEAD, 380),
      ...paragraph(TEXT, 100, 220, 100),
      ...(above ? paragraph(['Head teachers welcomed the', 'plan on Tuesday.'], ...COLUMN, 100) : []),
      ...quote.map((line, i) => run(line, 240, y + i * 18, QUOTE, 120)),
      ...(below ? paragraph(['Unions said they would study', 'the details first.'], ...COLUMN, y + 50) : []),
      ...(third ? paragraph(TEXT, 380, 500, 100) : []),
    ]);
  const pull = ['“If it works, it could', 'change every school.”'];
  for (const [where, parsed] of [
    ['between paragraphs of its column', story(pull, 140, true, true, false)],
    ['ending its column', story(pull, 140, true, false, false)],
    ['topping its column, text on both sides', story(pull, 110, false, true, true)],
  ] as const) {
    assert.equal(parsed.articles.length, 1, where);
    assert.deepEqual(
      parsed.articles[0]!.blocks.filter((b) => b.type === 'caption').map((b) => b.text),
      ['“If it works, it could change every school.”'],
      where,
    );
  }
  // A headline that opens and ends with quoted words is no quotation; a stacked story's quoted headline is no
  // sentence of the text: each opens an article of its own.
  for (const title of [
    ['“Scientists” honour goes', 'to radar pioneer “Eye”'],
    ['“We will not close', 'the library”'],
  ]) {
    const stacked = story(title, 140, true, true, false);
    assert.deepEqual(
      stacked.articles.map((a) => a.title),
      ['SCHOOLS TRY FOUR-DAY WEEK', title.join(' ')],
    );
  }
});

test('jump lines set small on lines of their own go to the notes, and join the article over its two pages', () => {
  const SMALL = { size: 7, font: 'Sans' };
  const sheet = (number: number, runs: ReturnType<typeof run>[]) => ({
    number,
    width: 600,
    height: 800,
    runs,
  });
  for (const [onward, back] of [
    ['Continued on Page 2', 'Continued from Page 1'],
    ['（下转第2版）', '（上接第1版）'],
  ] as const) {
    const parsed = parsePdfText([
      sheet(1, [
        run('VILLAGE LIBRARY OPENS', 100, 60, HEAD, 300),
        ...paragraph(['The library has lent more books each month,', 'and retired teachers'], 100, 400, 100),
        run(onward, 300, 130, SMALL),
      ]),
      sheet(2, [
        run(back, 100, 60, SMALL),
        ...paragraph(['read stories to children every Saturday.'], 100, 400, 80),
      ]),
    ]);
    assert.equal(parsed.articles.length, 1, onward);
    const [article] = parsed.articles;
    assert.deepEqual(article!.notes, [onward, back]);
    assert.deepEqual(
      article!.blocks.map((b) => [b.type, b.text]),
      [
        [
          'paragraph',
          'The library has lent more books each month, and retired teachers read stories to children every Saturday.',
        ],
      ],
    );
  }
});

test("a fact box's bulleted list is one item per bullet, a wrapped item whole", () => {
  const BOX = { size: 8, font: 'Sans' };
  const parsed = page([
    run('WIND FARM CUTS JOBS', 100, 60, HEAD, 300),
    ...paragraph(
      [
        'The operator said on Tuesday that it',
        'would cut six hundred jobs at its',
        'sites in the north, and close two',
        'offices by the end of the year.',
      ],
      100,
      280,
      100,
    ),
    run('• 2,300 staff at 41 sites', 300, 100, BOX, 100),
    run('• 600 jobs to go by the end', 300, 110, BOX, 100),
    run('of 2027', 300, 120, BOX, 40),
    run('• Shares down 9%', 300, 130, BOX, 70),
  ]);
  assert.deepEqual(
    parsed.articles[0]!.blocks.map((b) => [b.type, b.text]),
    [
      [
        'paragraph',
        'The operator said on Tuesday that it would cut six hundred jobs at its sites in the north, and close two offices by the end of the year.',
      ],
      ['list-item', '2,300 staff at 41 sites'],
      ['list-item', '600 jobs to go by the end of 2027'],
      ['list-item', 'Shares down 9%'],
    ],
  );
});
