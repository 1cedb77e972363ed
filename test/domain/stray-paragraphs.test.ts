// A paragraph an extractor read on under another story goes back to the story whose words it shares.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ParsedArticle, ParsedBlock } from '../../shared/contract/article';
import { plainArticle } from '../../shared/contract/article';
import { parsePage } from '../../main/domain/page/index';
import { rehomeStrayParagraphs } from '../../main/domain/page/line-model/stray-paragraphs';

const paragraph = (text: string): ParsedBlock => ({ type: 'paragraph', text });
const WALL = plainArticle('Harbour Council Approves Flood Wall Plan', [
  paragraph('The harbour council approved the flood wall plan on Tuesday, after two winters of floods.'),
  paragraph('Councillors voted nine to two in favour.'),
]);
const FERRY_OPENING = paragraph('The ferry line will add two boats to its summer timetable from July.');
const STRAY = paragraph(
  'Building the flood wall begins in June, and the council expects the wall finished by winter.',
);
const bodies = (articles: readonly ParsedArticle[]): string[][] =>
  articles.map((a) => a.blocks.map((b) => b.text.slice(0, 24)));

test('a paragraph that shares no words with the story it stands in, and many with another’s, goes to that story', () => {
  const ferry = plainArticle('Ferry Line Adds Summer Boats', [FERRY_OPENING, STRAY]);
  assert.deepEqual(bodies(rehomeStrayParagraphs([WALL, ferry])), [
    ['The harbour council appr', 'Councillors voted nine t', 'Building the flood wall '],
    ['The ferry line will add '],
  ]);
});

test('a caption read among stray paragraphs goes home with them; a caption alone stays where it was read', () => {
  const caption: ParsedBlock = {
    type: 'caption',
    text: 'Workers survey the flood wall site by the harbour.',
  };
  const ferry = (...blocks: ParsedBlock[]): ParsedArticle =>
    plainArticle('Ferry Line Adds Summer Boats', [FERRY_OPENING, ...blocks]);
  assert.deepEqual(bodies(rehomeStrayParagraphs([WALL, ferry(caption, STRAY)])), [
    [
      'The harbour council appr',
      'Councillors voted nine t',
      'Workers survey the flood',
      'Building the flood wall ',
    ],
    ['The ferry line will add '],
  ]);
  assert.deepEqual(rehomeStrayParagraphs([WALL, ferry(caption)]), [WALL, ferry(caption)]);
});

test('a paragraph that shares a word with its own story, or one word only with another, stays', () => {
  const own = paragraph('Ferry tickets for the flood wall tours go on sale at the council offices.');
  const once = paragraph('Flood warnings stayed up.');
  const ferry = plainArticle('Ferry Line Adds Summer Boats', [FERRY_OPENING, own, once]);
  assert.deepEqual(bodies(rehomeStrayParagraphs([WALL, ferry])), bodies([WALL, ferry]));
});

test('paragraphs that stray one after another are matched together, where each alone shares too little', () => {
  const first = paragraph('Floods closed the road twice.');
  const second = paragraph('Harbour traffic stopped too.');
  const ferry = plainArticle('Ferry Line Adds Summer Boats', [FERRY_OPENING, first, second]);
  assert.deepEqual(rehomeStrayParagraphs([WALL, plainArticle(ferry.title, [FERRY_OPENING, first])]), [
    WALL,
    plainArticle(ferry.title, [FERRY_OPENING, first]),
  ]);
  assert.deepEqual(bodies(rehomeStrayParagraphs([WALL, ferry])), [
    [
      'The harbour council appr',
      'Councillors voted nine t',
      'Floods closed the road t',
      'Harbour traffic stopped ',
    ],
    ['The ferry line will add '],
  ]);
});

test('typed articles keep their paragraphs where they were typed: only an extractor reads columns out of order', () => {
  const typed = [
    WALL.title,
    '',
    WALL.blocks.map((b) => b.text).join('\n\n'),
    '',
    'Ferry Line Adds Summer Boats',
    '',
    FERRY_OPENING.text,
    '',
    STRAY.text,
    '',
  ].join('\n');
  const page = parsePage(typed, { roles: 'model' });
  assert.deepEqual(
    page.articles.map((a) => a.title),
    [WALL.title, 'Ferry Line Adds Summer Boats'],
  );
  assert.equal(page.articles[1]?.blocks.at(-1)?.text, STRAY.text);
});

test('lines an extractor read by blocks, a blank between blocks, go home; read from the content stream, they stay', () => {
  const blocks = [
    [WALL.title],
    [
      'LAKEPORT, May 4 - The harbour council approved',
      'the flood wall plan on Tuesday, after two',
      'winters of floods along the river.',
      'Councillors voted nine to two in favour of',
      'the plan, which the town will pay for.',
      'The mayor said the vote was a relief for',
      'families on the river bank.',
      'Engineers will survey the bank in May.',
      'A public meeting is planned for the spring,',
      'the mayor said.',
    ],
    ['Ferry Line Adds Summer Boats'],
    [
      'ELMWOOD, May 4 - The ferry line will add two',
      'boats to its summer timetable from July, it',
      'said on Tuesday.',
      'Tickets go on sale next week at the quay.',
      'The line carried more riders last summer than',
      'in any year before.',
    ],
    [
      'Building the flood wall begins in June, and',
      'the council expects the wall finished by',
      'winter.',
      'Councillors expect the flood wall to cost',
      'less than the council first feared.',
    ],
  ];
  // Where the page reads by blocks, the last block goes home; read as one stream, it stays where it stands.
  const storyOf = (separator: string, text: string): string[] =>
    parsePage(blocks.map((block) => block.join('\n')).join(separator))
      .articles.filter((a) => a.blocks.some((b) => b.text.includes(text)))
      .map((a) => a.title);
  for (const stray of ['Building the flood wall', 'Councillors expect the flood wall']) {
    assert.deepEqual(storyOf('\n\n', stray), [WALL.title], stray);
    assert.deepEqual(storyOf('\n', stray), ['Ferry Line Adds Summer Boats'], stray);
  }
});

test('an untitled article holding only a credit keeps its place when another story’s paragraph goes home', () => {
  // A dateline read alone between two stories: its words are the page's, whether or not a paragraph moves.
  const credit: ParsedArticle = { ...plainArticle('', []), dateline: 'LAKEPORT, March 5' };
  const ferry = plainArticle('Ferry Line Adds Summer Boats', [FERRY_OPENING, STRAY]);
  const read = rehomeStrayParagraphs([WALL, credit, ferry]);
  assert.deepEqual(bodies(read)[0]?.at(-1), 'Building the flood wall ');
  assert.deepEqual(
    read.map((a) => a.dateline),
    [WALL.dateline, 'LAKEPORT, March 5', ferry.dateline],
  );
});
