// Text that indents its paragraphs: a flush line over an indented paragraph is a headline, whatever the model read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

/** A first story typed with indented paragraphs, headline read as such. */
const HARBOUR: LabelledRow[] = [
  ['title', 'Harbour dredging to start in spring'],
  ['para', '    Dredging of the northern harbour channel will begin in April,'],
  ['cont', 'the port authority said.'],
];
const ORCHARDS = 'Orchard growers count frost damage';
const FROST: LabelledRow[] = [
  ['para', '    Apple orchards across the valley lost blossoms in three nights'],
  ['cont', 'of hard frost.'],
];
const HARVEST: LabelledRow = ['para', '    Growers fear smaller harvests this autumn.'];
/** Three stories typed with indented paragraphs; the model read the last two headlines as paragraphs. */
const ROWS: LabelledRow[] = [
  ...HARBOUR,
  ['para', ORCHARDS],
  ...FROST,
  HARVEST,
  ['para', 'Library extends its opening hours'],
  ['para', '    The town library will stay open until nine on weekdays.'],
];
const titles = (blankBefore: readonly number[], rows = ROWS): string[] =>
  assembleRows(rows, blankBefore).drafts.map((d) => d.title);

test('a flush line after a blank, over an indented paragraph, heads a story of its own', () => {
  assert.deepEqual(titles([3, 7]), [
    'Harbour dredging to start in spring',
    'Orchard growers count frost damage',
    'Library extends its opening hours',
  ]);
});

test('a flush line that goes on from the line above, or ends a sentence, stays text', () => {
  // No blank before it, under a line that ends no sentence: the paragraph above goes on.
  const unfinished = ROWS.map(([role, text]): LabelledRow => [
    role,
    text === 'the port authority said.' ? 'the port authority said on Monday, and' : text,
  ]);
  assert.deepEqual(titles([7], unfinished), [
    'Harbour dredging to start in spring',
    'Library extends its opening hours',
  ]);
  const finished = ROWS.map(([role, text]): LabelledRow => [
    role,
    text === ORCHARDS ? 'Orchard growers count the damage.' : text,
  ]);
  assert.deepEqual(titles([3, 7], finished), [
    'Harbour dredging to start in spring',
    'Library extends its opening hours',
  ]);
});

test('over an indented paragraph, a label over a flush headline is its kicker, and a flush line under it its subtitle', () => {
  const rows: LabelledRow[] = [
    ...HARBOUR,
    ['subhead', 'Business Briefs'],
    ['para', ORCHARDS],
    ['cont', 'Three nights of hard frost cost the valley its blossoms'],
    ['cont', '    Apple orchards across the valley lost blossoms in three nights.'],
    HARVEST,
  ];
  const { drafts } = assembleRows(rows, [3]);
  assert.deepEqual(
    drafts.map((d) => [d.kicker, d.title, d.subtitle]),
    [
      [null, 'Harbour dredging to start in spring', null],
      [
        'Business Briefs',
        'Orchard growers count frost damage',
        'Three nights of hard frost cost the valley its blossoms',
      ],
    ],
  );
});

test('a box’s name read as the headline over a flush headline and an indented paragraph gives the headline back', () => {
  const rows: LabelledRow[] = [
    ['title', '港口疏浚工程春季开工'],
    ['para', '　　北部港区航道疏浚工程将于四月开工。'],
    ['title', '本埠'],
    ['para', '果农清点霜冻损失'],
    ['cont', '　　连续三夜霜冻，河谷果园的花大多受损。'],
    ['para', '　　果农担心今年秋天减产。'],
  ];
  assert.deepEqual(
    assembleRows(rows, [2]).drafts.map((d) => d.title),
    ['港口疏浚工程春季开工', '果农清点霜冻损失'],
  );
});

test('with no blank between stories, a flush headline under a finished paragraph heads a story; a crosshead stays', () => {
  const rows: LabelledRow[] = [
    ...HARBOUR,
    ['para', ORCHARDS],
    ...FROST,
    ['subhead', 'Insurance claims'],
    HARVEST,
  ];
  const { drafts } = assembleRows(rows);
  assert.deepEqual(
    drafts.map((d) => d.title),
    ['Harbour dredging to start in spring', 'Orchard growers count frost damage'],
  );
  assert.ok(drafts[1]!.body.some((b) => b.kind === 'subhead' && b.text === 'Insurance claims'));
});

test('with no blank between stories, a label read as a subhead over a flush headline is the next story’s kicker', () => {
  const rows: LabelledRow[] = [
    ...HARBOUR,
    ['subhead', 'Business Briefs'],
    ['para', ORCHARDS],
    ...FROST,
    HARVEST,
  ];
  assert.deepEqual(
    assembleRows(rows).drafts.map((d) => [d.kicker, d.title]),
    [
      [null, 'Harbour dredging to start in spring'],
      ['Business Briefs', 'Orchard growers count frost damage'],
    ],
  );
});
