// A crosshead the model read as a one-line paragraph is a subhead: a short line between paragraphs, ending no
// sentence, where the first word of the line under it would have fitted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

const ABOVE: LabelledRow[] = [
  ['title', 'Harbour reports a record year'],
  ['para', 'The harbour handled more ships last year than in any year before,'],
  ['cont', 'the port authority said on Monday in its annual report.'],
];
const UNDER: LabelledRow[] = [
  ['cont', 'Container traffic rose by a fifth, with most of the growth coming'],
  ['cont', 'from new services to ports along the northern coast of the sea.'],
];
/** The first article's body: each line's kind, and whether a line of text opens a paragraph. */
const bodyOf = (rows: readonly LabelledRow[]) =>
  assembleRows(rows).drafts[0]?.body.map((item) =>
    item.kind === 'line' ? (item.opens ? `opens: ${item.text}` : 'goes on') : `${item.kind}: ${item.text}`,
  );

test('a short line between paragraphs, ending no sentence, is a crosshead, and the text under it opens a paragraph', () => {
  assert.deepEqual(bodyOf([...ABOVE, ['para', 'Ships and cargo'], ...UNDER]), [
    `opens: ${ABOVE[1]![1]}`,
    'goes on',
    'subhead: Ships and cargo',
    `opens: ${UNDER[0]![1]}`,
    'goes on',
  ]);
});

test('a short line the text runs on from is no crosshead', () => {
  const read = (line: string, under: readonly LabelledRow[] = UNDER) =>
    bodyOf([...ABOVE, ['para', line], ...under])?.[2];
  // It ends in a word a phrase goes on from, or the line under it goes on in lower case or with a number.
  assert.equal(read('Ships and cargo from'), 'opens: Ships and cargo from');
  assert.equal(
    read('Ships and cargo', [['cont', 'rose by a fifth, with most of the growth coming'], UNDER[1]!]),
    'opens: Ships and cargo',
  );
  assert.equal(
    read('Sailings from June', [['cont', '14, the ferries will leave the pier every hour'], UNDER[1]!]),
    'opens: Sailings from June',
  );
  // The next word would not have fitted in the column: the line was full.
  const column: LabelledRow[] = [
    ['title', 'Harbour reports a record year'],
    ['para', 'The harbour handled more ships last'],
    ['cont', 'year, the port authority said.'],
    ['para', 'Container traffic grew'],
    ['cont', 'Substantially more ships came in'],
    ['cont', 'from ports along the northern coast.'],
  ];
  assert.equal(bodyOf(column)?.[2], 'opens: Container traffic grew');
  // It opens with a dateline whose line broke where it was full.
  assert.equal(read('PORTLAND, May 4 - Ships'), 'opens: PORTLAND, May 4 - Ships');
});

test('in text set around a picture, a word or two a line, a short line is no crosshead', () => {
  const narrow: LabelledRow[] = [
    ['title', 'Harbour reports a record year'],
    ['para', 'The harbour handled more ships last year than in any year before,'],
    ['cont', 'the port'],
    ['cont', 'authority said.'],
    ['para', 'Ships'],
    ['cont', 'Container traffic rose by a fifth, with most of the growth coming'],
    UNDER[1]!,
  ];
  assert.equal(bodyOf(narrow)?.[3], 'opens: Ships');
});

test('a short Chinese line over a paragraph opening whose indent an extractor dropped is a crosshead', () => {
  const rows = (
    heading: string,
    opening: string,
    under = '木结构，只更换了屋顶的瓦片和破损的楼',
    ...rest: string[]
  ): LabelledRow[] => [
    ['title', '老街茶馆重新开张'],
    ['para', '经过半年修缮，老街上的百年茶馆日前重'],
    ['cont', '新开张，首日接待茶客一千二百余人次。'],
    ['cont', heading],
    ['cont', opening],
    ['cont', under],
    ...(rest.length > 0 ? rest : ['板，力求让老茶客找回熟悉的感觉。']).map((line): LabelledRow => [
      'cont',
      line,
    ]),
  ];
  // The line under the short one is the column less an indent: it opens the paragraph, the short line heads it.
  assert.deepEqual(bodyOf(rows('保留老房原貌', '茶馆负责人介绍，修缮保留了原有的')), [
    'opens: 经过半年修缮，老街上的百年茶馆日前重',
    'goes on',
    'subhead: 保留老房原貌',
    'opens: 茶馆负责人介绍，修缮保留了原有的',
    'goes on',
    'goes on',
  ]);
  const subheads = (rows: LabelledRow[]) => bodyOf(rows)?.filter((line) => line.startsWith('subhead'));
  // Under it a line that fills the column: the short line is the text's (an opening whose indent was dropped).
  assert.deepEqual(subheads(rows('保留老房原貌', '茶馆负责人介绍，修缮保留了原有的格局')), []);
  // A line as wide as the opening under it is an opening too; and a line short because the character that
  // ended it was carried down with the punctuation a line may not open with tells nothing.
  assert.deepEqual(subheads(rows('茶馆负责人介绍，修缮保留了原有的', '格局和木结构，只更换了屋顶的瓦')), []);
  assert.deepEqual(
    subheads(
      rows('保留老房原貌', '茶馆负责人介绍，修缮保留了原有的', '格，局木结构只更换了屋顶的瓦片和破损'),
    ),
    [],
  );
  // A line that broke inside a number going on in the next line is the text's.
  assert.deepEqual(subheads(rows('保留老房原貌的第2', '02号院落，修缮保留了原有的格局')), []);
  // The column is the narrower of the paragraph's two next lines that fill it: one a little wider tells nothing.
  assert.deepEqual(
    subheads(
      rows(
        '保留老房原貌',
        '茶馆负责人介绍，修缮保留了原有的',
        undefined,
        '板，力求让老茶客找回熟悉的感觉和味',
        '道。',
      ),
    ),
    [],
  );
});

test('where widths cannot tell, a short line over a sentence opening with a word the page writes in lower case is a crosshead', () => {
  // A narrow column in proportional type: by character widths the next word would not have fitted on the line.
  const column = (line: string, under: string): LabelledRow[] => [
    ['title', 'Harbour reports a record year'],
    ['para', 'The harbour handled more ships'],
    ['cont', 'last year, the port authority'],
    ['cont', 'said on Monday.'],
    ['para', line],
    ['cont', under],
    ['cont', 'ships waited there for a berth, and'],
    ['cont', 'board expects more of them.'],
  ];
  assert.equal(
    bodyOf(column('Lorries waiting outside', 'There were days when the'))?.[3],
    'subhead: Lorries waiting outside',
  );
  // A name may stand anywhere in a sentence; a line holding a clause's punctuation or an open quotation, or ending
  // in a capitalised word a name may carry on from, is a sentence's first words.
  assert.equal(
    bodyOf(column('Lorries waiting outside', 'Northport, where most of the'))?.[3],
    'opens: Lorries waiting outside',
  );
  for (const line of ['The master said: "Last', 'The master said "at last', 'Then the master of Harbour'])
    assert.equal(bodyOf(column(line, 'There were days when the'))?.[3], `opens: ${line}`);
});
