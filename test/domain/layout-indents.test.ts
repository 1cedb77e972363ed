// In columns read back from a layout, the indent that opens a paragraph is what tells it from a wrapped line
// under a sentence that ended at the line's end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLayoutColumns } from '../../main/domain/import/layout-columns';
import { parseDocument } from '../../main/domain/import/parse-document';

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
