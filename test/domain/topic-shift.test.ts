// Headlines with nothing under them but text: where the subject changes, a new article begins; where it goes
// on, the line is a subhead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePage } from '../../main/domain/page/index';
import { cosine, terms } from '../../main/domain/page/topic-shift';

const farming = [
  '春耕时节，县里的农技人员走进田间地头，指导农户选种育苗。今年全县粮食播种面积稳定在十二万亩，农户种粮的积极性明显提高。',
  '农技人员介绍，新品种水稻抗倒伏、产量高，农户试种以后普遍反映效果好。县农业部门还为种粮农户发放了补贴，帮助农户购买农机。',
];
const farmingMore = [
  '在农机合作社，十几台插秧机整齐排列。合作社负责人说，农机作业让农户省下了大量人工，水稻种植成本每亩降低了两百元。',
  '县农业部门表示，将继续推广新品种和农机作业，让更多农户种粮增收。',
];
const library = [
  '市图书馆新馆日前对读者开放，馆内藏书八十万册，设有少儿阅览区、古籍阅览室和自习区。开馆首日，接待读者超过五千人次。',
  '不少家长带着孩子来到少儿阅览区看书。读者王女士说，新馆环境安静，借书还书都能自助办理，周末带孩子来看书很方便。',
];

test('an unbylined headline whose text is about something else starts a new article', () => {
  const text = [
    '粮食生产开好局',
    '',
    ...farming.join('\n\n').split('\n'),
    '',
    '市图书馆新馆开放',
    '',
    ...library.join('\n\n').split('\n'),
    '',
  ].join('\n');
  const page = parsePage(text);
  assert.deepEqual(
    page.articles.map((a) => [a.title, a.blocks.length]),
    [
      ['粮食生产开好局', 2],
      ['市图书馆新馆开放', 2],
    ],
  );
});

test('a standalone line between paragraphs on the same subject stays a subhead', () => {
  const text = [
    '粮食生产开好局',
    '',
    farming.join('\n\n'),
    '',
    '农机作业降成本',
    '',
    farmingMore.join('\n\n'),
    '',
  ].join('\n');
  const page = parsePage(text);
  assert.equal(page.articles.length, 1);
  assert.deepEqual(
    page.articles[0]?.blocks.map((b) => b.type),
    ['paragraph', 'paragraph', 'subhead', 'paragraph', 'paragraph'],
  );
});

test('texts on one subject are closer than texts on two, in Chinese and in English', () => {
  const same = cosine(terms(farming.join('')), terms(farmingMore.join('')));
  const other = cosine(terms(farming.join('')), terms(library.join('')));
  assert.ok(same > 0.1 && other < 0.05, `${same} ${other}`);
  const rates =
    'The central bank raised interest rates again, and bank economists expect further rate rises.';
  const ratesMore = 'Higher interest rates will slow lending, the bank governor told economists on Tuesday.';
  const football = 'The football club signed a new striker before the season opened, the manager confirmed.';
  assert.ok(cosine(terms(rates), terms(ratesMore)) > cosine(terms(rates), terms(football)));
  assert.equal(cosine(terms(''), terms(rates)), 0);
});

test('a wire dateline quoted inside a report, with no headline above it, stays in the report', () => {
  const text = [
    '粮食生产开好局',
    '',
    '本报记者 王明',
    '',
    farming[0],
    '',
    '新华社北京3月2日电 农业农村部今天发布消息，全国春播粮食面积稳中有增。',
    '',
    farming[1],
    '',
  ].join('\n');
  const page = parsePage(text);
  assert.equal(page.articles.length, 1);
  assert.equal(page.articles[0]?.dateline, null);
  assert.ok(page.articles[0]?.blocks.some((b) => b.text.startsWith('新华社北京3月2日电')));
});

test('a stack of standalone headlines over text about something else heads a new article: title and subtitle', () => {
  // Typed double-spaced: a paragraph to a line with a blank line after each, headlines in capitals, no credits.
  const harbour = [
    'The harbour board voted on Tuesday to dredge the north channel, which has silted up since the storms of last winter.',
    'Shipping agents said larger vessels had been turning away from the port for months, costing local firms work.',
  ];
  const orchestra = [
    'The city orchestra has named a new conductor, who will lead her first concert in the spring season at the old hall.',
    'Musicians welcomed the choice, saying rehearsals under her had been demanding and rewarding in equal measure.',
  ];
  const text = [
    'HARBOUR TO DREDGE NORTH CHANNEL',
    '',
    ...harbour.flatMap((p) => [p, '']),
    'ORCHESTRA NAMES NEW CONDUCTOR',
    '',
    'A NEW SEASON AT THE OLD HALL',
    '',
    ...orchestra.flatMap((p) => [p, '']),
  ].join('\n');
  assert.deepEqual(
    parsePage(text).articles.map((a) => [a.title, a.subtitle, a.blocks.length]),
    [
      ['HARBOUR TO DREDGE NORTH CHANNEL', null, 2],
      ['ORCHESTRA NAMES NEW CONDUCTOR', 'A NEW SEASON AT THE OLD HALL', 2],
    ],
  );
});

test('in double-spaced text, a narrow sentence-case line over text about something else starts a new article', () => {
  const text = [
    'Library reopens in the old mill',
    'The city library reopened on Monday in the old mill by the river, with more room for children and a cafe.',
    'More than five thousand readers came on the first day, and the queue ran round the block.',
    'A wet autumn for the farms',
    'Farmers in the valley say the rain has delayed the harvest by two weeks, and some crops may rot.',
    'Some fields are still under water, and the tractors cannot get onto them.',
  ].join('\n\n');
  assert.deepEqual(
    parsePage(text).articles.map((a) => [a.title, a.blocks.length]),
    [
      ['Library reopens in the old mill', 2],
      ['A wet autumn for the farms', 2],
    ],
  );
});
