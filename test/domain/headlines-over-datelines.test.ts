// A headline the model read as running text, told by the dated dateline under it: set a word or two a line in a
// narrow column, with a blank after each line of large type as OCR writes it, its dateline whole or broken.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from '../../main/domain/page/classify-lines';
import { assembleRoles } from '../../main/domain/page/line-model/assemble';
import { splitLines } from '../../main/domain/page/lines';
import { parsePage } from '../../main/domain/page/index';
import { assembleRows, labels, type LabelledRow } from '../support/labelled-rows';

const headline: LabelledRow[] = [
  ['para', 'Harbour'],
  ['cont', 'ferry'],
  ['cont', 'sails again'],
  ['cont', 'after storm'],
];
const story: LabelledRow[] = [
  ['cont', 'The harbour ferry returned'],
  ['cont', 'to service on Tuesday.'],
];

test('a headline a word or two a line, a blank after each line, heads the story its dateline opens', () => {
  const datelines: LabelledRow[][] = [
    [['cont', 'PORTLAND, March 25 - The ferry']],
    // The date broken before its day, as a narrow column breaks it.
    [
      ['cont', 'PORTLAND, March'],
      ['cont', '25 - The ferry'],
    ],
  ];
  for (const dateline of datelines)
    for (const blanks of [[], [1, 2, 3], [1, 2, 3, 4]]) {
      const [draft, ...others] = assembleRows([...headline, ...dateline, ...story], blanks).drafts;
      assert.equal(
        draft?.title,
        'Harbour ferry sails again after storm',
        JSON.stringify({ dateline, blanks }),
      );
      assert.equal(draft?.body[0]?.text, dateline[0]?.[1]);
      assert.equal(others.length, 0);
    }
});

test('the headline’s last lines read as a headline already are part of it', () => {
  const rows: LabelledRow[] = [
    ['para', 'Harbour'],
    ['cont', 'ferry'],
    ['title', 'sails again'],
    ['title', 'after storm'],
    ['para', 'PORTLAND, March 25 -'],
    ...story,
  ];
  const [draft] = assembleRows(rows, [4]).drafts;
  assert.equal(draft?.title, 'Harbour ferry sails again after storm');
});

test('the first word of a dateline’s place on the line above is no headline; a word of another case is', () => {
  const place: LabelledRow[] = [
    ['title', 'Land company takes on debt'],
    ['para', 'SAN'],
    ['cont', 'DIEGO, May'],
    ['cont', '4 - The company said'],
    ['cont', 'it would pay the notes.'],
  ];
  const [draft] = assembleRows(place, [1]).drafts;
  assert.equal(draft?.title, 'Land company takes on debt');
  const word: LabelledRow[] = [
    ['para', 'Barge runs aground on the'],
    ['cont', 'Rhine'],
    ['cont', 'BASEL, May'],
    ['cont', '4 - The barge'],
    ['cont', 'was refloated.'],
  ];
  const [aground] = assembleRows(word, [1, 2]).drafts;
  assert.equal(aground?.title, 'Barge runs aground on the Rhine');
  assert.equal(aground?.body[0]?.text, 'BASEL, May');
});

test('between the blocks a column reader cut, a blank line inside a would-be headline ends it', () => {
  const rows: LabelledRow[] = [
    ['para', 'covering about'],
    ['cont', 'Not yet'],
    ['title', 'Bridge repairs for the old town still'],
    ['title', 'delayed'],
    ['para', 'DOVER, May 4 - The'],
    ...story,
  ];
  const text = rows.map(([, line], i) => (i > 0 && i !== 3 ? `\n${line}` : line)).join('\n');
  const { drafts } = assembleRoles(
    classifyLines(splitLines(text)),
    labels(rows.map(([label]) => label)),
    Infinity,
  );
  assert.ok(
    drafts.some((draft) => draft.title === 'Bridge repairs for the old town still delayed'),
    JSON.stringify(drafts.map((draft) => draft.title)),
  );
});

test('an OCR page: each headline set a word or two a line over its dated story is an article of its own', () => {
  const page = [
    'Shipping news',
    'Harbour\n\nferry\n\nsails again\n\nafter storm',
    'PORTLAND, March\n25 - The harbour ferry\nreturned to service on\nTuesday after a week of\nrepairs to its hull, the\noperator said.',
    'The ferry carries about\ntwo thousand people a day\nbetween the two towns.',
    'Mill town\n\nvotes to keep\n\nits bridge',
    'DOVER, March 25 - Voters\nin the mill town chose on\nMonday to keep the old\nbridge over the river.',
  ].join('\n\n');
  const { articles } = parsePage(page);
  assert.deepEqual(
    articles.map((article) => [article.title, article.dateline, article.blocks.length]),
    [
      ['Harbour ferry sails again after storm', 'PORTLAND, March 25', 2],
      ['Mill town votes to keep its bridge', 'DOVER, March 25', 1],
    ],
  );
});

test('with no blank line on the page, a headline opens after the sentence that ends the story above', () => {
  const rows: LabelledRow[] = [
    ['title', 'Council backs new library'],
    ['para', 'The council voted on Monday to build'],
    ['cont', 'a new library by the river.'],
    ...headline,
    ['cont', 'PORTLAND, March 25 - The ferry'],
    ...story,
  ];
  assert.deepEqual(
    assembleRows(rows).drafts.map((draft) => draft.title),
    ['Council backs new library', 'Harbour ferry sails again after storm'],
  );
  // Under a line that goes on, the lines are the story's own.
  const runOn = rows.with(2, ['cont', 'a new library by the river, which']);
  assert.deepEqual(
    assembleRows(runOn).drafts.map((draft) => draft.title),
    ['Council backs new library'],
  );
});

test('a headline opens under a picture’s credit, and a line ending in an initialism over lower case is no sentence’s end', () => {
  const rows: LabelledRow[] = [
    ['title', 'Council backs new library'],
    ['para', 'The council voted on Monday to build'],
    ['cont', 'a new library by the river. LENA'],
    ['cont', 'MARSH/HARBOUR PRESS'],
    ['para', 'Harbour ferry sails again'],
    ['cont', 'for U.S.'],
    ['cont', 'visitors'],
    ['cont', 'PORTLAND, March 25 - The ferry'],
    ...story,
  ];
  assert.deepEqual(
    assembleRows(rows).drafts.map((draft) => draft.title),
    ['Council backs new library', 'Harbour ferry sails again for U.S. visitors'],
  );
});

test('a headline read as text over the deck the model read under it heads the story its dateline opens', () => {
  const deck: LabelledRow[] = [
    ['subtitle', 'Crossings to the islands resume'],
    ['subtitle', 'on the winter timetable'],
  ];
  const rows: LabelledRow[] = [
    ['title', 'Council backs new library'],
    ['para', 'The council voted on Monday to build'],
    ['cont', 'a new library by the river.'],
    ...headline,
    ...deck,
    ['para', 'PORTLAND, March 25 - The ferry'],
    ...story,
  ];
  const [, ferry, ...others] = assembleRows(rows).drafts;
  assert.deepEqual(
    [ferry?.title, ferry?.subtitle, others.length],
    ['Harbour ferry sails again after storm', 'Crossings to the islands resume on the winter timetable', 0],
  );
  // Lines read as running text under the deck are no headline's: the lines over it stay the story's above.
  const textUnder = rows.toSpliced(9, 0, ['cont', 'and more boats run at weekends']);
  assert.deepEqual(
    assembleRows(textUnder).drafts.map((draft) => draft.title),
    ['Council backs new library'],
  );
});

test('a Chinese headline read as text heads the story whose dateline the line break cut, dated or not', () => {
  const rows = (dateline: LabelledRow[]): LabelledRow[] => [
    ['title', '老街茶馆重新开张'],
    ['para', '经过半年修缮，老街上的百年'],
    ['cont', '茶馆日前重新开张。'],
    ['cont', '江城滨江步道今'],
    ['cont', '天起向市民开放'],
    ...dateline,
    ['cont', '江城新建的滨江步道今天起向'],
    ['cont', '市民开放，全长十二公里。'],
  ];
  const titles = (dateline: LabelledRow[]) => assembleRows(rows(dateline)).drafts.map((draft) => draft.title);
  assert.deepEqual(
    titles([
      ['para', '晨光网消息'],
      ['cont', '（晚间新闻）：江城新建的'],
    ]),
    ['老街茶馆重新开张', '江城滨江步道今天起向市民开放'],
  );
  assert.deepEqual(
    titles([
      ['para', '本报讯（记者'],
      ['cont', '林海）今天，江城新建的'],
    ]),
    ['老街茶馆重新开张', '江城滨江步道今天起向市民开放'],
  );
  // In a column reader's text the line under one may be another block's: no dateline is read across it there.
  const broken = rows([
    ['para', '晨光网消息'],
    ['cont', '（晚间新闻）：江城新建的'],
  ]);
  const read = assembleRoles(
    classifyLines(splitLines(broken.map(([, line]) => line).join('\n'))),
    labels(broken.map(([label]) => label)),
    Infinity,
  );
  assert.deepEqual(
    read.drafts.map((draft) => draft.title),
    ['老街茶馆重新开张'],
  );
  // An outlet's dateline standing whole, with no date, says nothing (a sentence may open with the outlet's name);
  // and a line over a dateline of its own is the end of what stands above it, not the dateline's start.
  assert.deepEqual(titles([['para', '晨光网消息（晚间新闻）：江城新建的']]), ['老街茶馆重新开张']);
  assert.deepEqual(
    titles([
      ['cont', '都市'],
      ['para', '晨光网消息（晚间新闻）：江城新建的'],
    ]),
    ['老街茶馆重新开张'],
  );
});
