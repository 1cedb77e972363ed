// In columns read back from a layout, the indent that opens a paragraph is what tells it from a wrapped line
// under a sentence that ended at the line's end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLayoutColumns } from '../../main/domain/import/layout-columns';
import { parseDocument } from '../../main/domain/import/parse-document';
import { classifyLines } from '../../main/domain/page/classify-lines';
import { paragraphsByIndents } from '../../main/domain/page/line-model/layout-indents';
import { ROLE } from '../../main/domain/page/line-model/model';
import { splitLines } from '../../main/domain/page/lines';

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - s.length));

/** Two columns of a story that set their paragraphs in three spaces, side by side under its headline. */
const LEFT = [
  '   LAKEPORT, May 3 - The harbour',
  'ferry to Kestrel Island sailed',
  'again on Monday. It had been',
  'laid up for six weeks.',
  'Repairs to its engines cost more',
  'than the town had set aside.',
  '   The council said the money',
  'would come from next year. Its',
  'members voted for the plan.',
  'Fares stay as they were until',
  'the end of the summer.',
];
const RIGHT = [
  '   Ines Calloway, who runs the',
  'harbour office, said bookings',
  'were already full. Visitors had',
  'waited since April.',
  'Some had gone by road instead.',
  '   A second ferry is to join the',
  'route in the autumn, the office',
  'said. It is being built in the',
  'north.',
  'Timetables will be posted at',
  'the quay next week.',
];
const PAGE = [
  'Harbour ferry sails again after six weeks',
  '',
  ...LEFT.map((line, i) => `${pad(line, 34)}   ${RIGHT[i]}`),
  '',
].join('\n');

test('the column reader keeps the indent of a paragraph’s first line, and sets the other lines flush', () => {
  const read = readLayoutColumns(PAGE).split('\n');
  const setIn = read.filter((line) => line.startsWith(' ')).map((line) => line.trim());
  assert.deepEqual(setIn, [
    'LAKEPORT, May 3 - The harbour',
    'The council said the money',
    'Ines Calloway, who runs the',
    'A second ferry is to join the',
  ]);
});

test('a column’s paragraphs open where its lines are set in, not where a sentence ends a line', () => {
  const { page } = parseDocument('page.txt', PAGE);
  assert.equal(page.articles.length, 1);
  assert.deepEqual(
    page.articles[0]!.blocks.map((b) => b.text),
    [
      'The harbour ferry to Kestrel Island sailed again on Monday. It had been laid up for six weeks. Repairs to its engines cost more than the town had set aside.',
      'The council said the money would come from next year. Its members voted for the plan. Fares stay as they were until the end of the summer.',
      'Ines Calloway, who runs the harbour office, said bookings were already full. Visitors had waited since April. Some had gone by road instead.',
      'A second ferry is to join the route in the autumn, the office said. It is being built in the north. Timetables will be posted at the quay next week.',
    ],
  );
});

/** A column that sets its paragraphs in, with a heading set flush between two of them. */
const HEADED = [
  '   KESTREL, June 9 - The quay at',
  'Kestrel Island reopened on',
  'Friday after a month of work.',
  'Boats can moor there again.',
  'Unpaid harbour dues',
  '   The ferries will run twice a',
  'day from October, the harbour',
  'office said. The first leaves at',
  'seven.',
  '   Fares stay as they are until',
  'the spring.',
].join('\n');

test('a flush line between a finished sentence and a set-in line heads the paragraph under it', () => {
  const lines = classifyLines(splitLines(HEADED));
  // As the model reads such a heading on real pages: a paragraph's opening, the set-in line under it going on.
  const { para, cont, subhead } = ROLE;
  const read = Uint8Array.from([para, cont, cont, cont, para, cont, cont, cont, cont, para, cont]);
  assert.deepEqual(
    [...paragraphsByIndents(lines, read)],
    [para, cont, cont, cont, subhead, para, cont, cont, cont, para, cont],
  );
});

test('a flush line that ends a sentence over a set-in line goes on with the paragraph above', () => {
  const lines = classifyLines(splitLines(HEADED.replace('Unpaid harbour dues', 'Dues are unpaid.')));
  const { para, cont } = ROLE;
  const read = Uint8Array.from([para, cont, cont, cont, para, para, cont, cont, cont, para, cont]);
  assert.deepEqual(
    [...paragraphsByIndents(lines, read)],
    [para, cont, cont, cont, cont, para, cont, cont, cont, para, cont],
  );
});
