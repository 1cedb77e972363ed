// A dateline wrapped over two lines of a narrow column: at its dash, or inside it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leadCredit, leadCreditOverBreak } from '../../main/domain/page/byline';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

test('a dateline alone on its line opens the story under it, whose first line keeps its words but not the dash', () => {
  // The model ran the caption above on into the dateline: the dateline is a credit whatever it read.
  const [draft] = assembleRows([
    ['title', 'Kestrel Securities mulls buying broker'],
    ['caption', 'Traders on the floor of the exchange. (AP Photo/Lena Marsh)'],
    ['caption', 'LAKEPORT, March 12'],
    ['cont', '- Kestrel Securities'],
    ['cont', 'Inc is considering buying'],
    ['cont', 'another securities company.'],
  ]).drafts;
  assert.equal(draft?.dateline, 'LAKEPORT, March 12');
  assert.equal(draft?.byline, null);
  assert.deepEqual(
    draft?.body.map((item) => [item.kind, item.text]),
    [
      ['caption', 'Traders on the floor of the exchange. (AP Photo/Lena Marsh)'],
      ['line', 'Kestrel Securities'],
      ['line', 'Inc is considering buying'],
      ['line', 'another securities company.'],
    ],
  );
});

test('a line without a date over a dash is no dateline: a headline’s last line over an agency’s name', () => {
  assert.equal(leadCreditOverBreak('FERRY SALES', ['- NEWSLINK']), null);
  assert.equal(leadCreditOverBreak('LAKEPORT, March 12', ['Kestrel Securities']), null);
  assert.deepEqual(leadCreditOverBreak('LAKEPORT, N.Y., March 26', ['— Kestrel Ferries Co said']), {
    lead: {
      dateline: 'LAKEPORT, N.Y., March 26',
      byline: null,
      authors: [],
      rest: 'Kestrel Ferries Co said',
    },
    taken: 1,
  });
});

test('a dateline that ends its line with the dash, or breaks inside, is read whole with the line under it', () => {
  const said = ['Kestrel Ferries Co said', 'it would sell'];
  assert.deepEqual(leadCreditOverBreak('LAKEPORT, N.Y., March 26 -', said), {
    lead: {
      dateline: 'LAKEPORT, N.Y., March 26',
      byline: null,
      authors: [],
      rest: 'Kestrel Ferries Co said',
    },
    taken: 1,
  });
  assert.equal(
    leadCreditOverBreak('LAKEPORT, N.Y.,', ['March 26 - Kestrel Ferries Co said'])?.lead.rest,
    'Kestrel Ferries Co said',
  );
  const overThree = leadCreditOverBreak('LAKEPORT,', ['N.Y., March 26 -', ...said]);
  assert.deepEqual(
    [overThree?.lead.dateline, overThree?.lead.rest, overThree?.taken],
    ['LAKEPORT, N.Y., March 26', 'Kestrel Ferries Co said', 2],
  );
  // A place in capitals left open, by its comma or its state's initial, over a line that reads as a dateline
  // of its own: the place is the dateline's first words, not a headline's last.
  assert.equal(
    leadCreditOverBreak('LAKEPORT,', ['N.Y., March 26 - Kestrel Ferries Co said'])?.lead.dateline,
    'LAKEPORT, N.Y., March 26',
  );
  assert.equal(
    leadCreditOverBreak('LAKEPORT, W.', ['Va., March 26 - Kestrel Ferries Co said'])?.lead.dateline,
    'LAKEPORT, W. Va., March 26',
  );
  assert.equal(leadCreditOverBreak('FERRY SALES', ['LAKEPORT, March 26 - Kestrel Ferries Co said']), null);
  // Broken before the day of its date.
  assert.equal(
    leadCreditOverBreak('LAKEPORT, N.Y., March', ['26 - Kestrel Ferries Co said'])?.lead.dateline,
    'LAKEPORT, N.Y., March 26',
  );
  // Text that only goes on under the line is no dateline.
  assert.equal(leadCreditOverBreak('The company said on', ['March 26 that sales rose.']), null);
  assert.equal(leadCreditOverBreak('The company said in March', ['26 - and again in May']), null);
  const datelines: LabelledRow[][] = [
    [['caption', 'LAKEPORT, N.Y., March 26 -']],
    [
      ['caption', 'LAKEPORT,'],
      ['caption', 'N.Y., March 26 -'],
    ],
  ];
  for (const dateline of datelines) {
    const [draft] = assembleRows([
      ['title', 'Ferry line unveils new booking systems'],
      ['caption', 'A lab at the plant. (AP Photo/Lena Marsh)'],
      ...dateline,
      ['cont', 'Kestrel Ferries Co said it would'],
      ['cont', 'sell three new systems.'],
    ]).drafts;
    assert.equal(draft?.dateline, 'LAKEPORT, N.Y., March 26');
    assert.deepEqual(
      draft?.body.map((item) => item.text),
      [
        'A lab at the plant. (AP Photo/Lena Marsh)',
        'Kestrel Ferries Co said it would',
        'sell three new systems.',
      ],
    );
  }
});

test('a dateline over a break under an article that has begun opens a paragraph as printed, whole', () => {
  const [draft] = assembleRows([
    ['title', 'Council backs new library'],
    ['para', 'The council voted on Monday to build a new library.'],
    ['credit', 'YORK, Aug 3'],
    ['cont', '- Work will begin in the spring.'],
  ]).drafts;
  assert.equal(draft?.dateline, null);
  assert.deepEqual(
    draft?.body.map((item) => item.text),
    ['The council voted on Monday to build a new library.', 'YORK, Aug 3 - Work will begin in the spring.'],
  );
});

test('a dateline a justified line spreads apart is read as it is set, over its break too', () => {
  // A narrow column justifies its lines, and a column reader keeps the spaces that spread their words.
  assert.deepEqual(leadCredit('LAKEPORT,   N.Y.,   March   26   -   Kestrel Ferries Co said'), {
    dateline: 'LAKEPORT, N.Y., March 26',
    byline: null,
    authors: [],
    rest: 'Kestrel Ferries Co said',
  });
  assert.deepEqual(leadCreditOverBreak('LAKEPORT,', ['March         26     -', 'Kestrel Ferries Co said']), {
    lead: { dateline: 'LAKEPORT, March 26', byline: null, authors: [], rest: 'Kestrel Ferries Co said' },
    taken: 2,
  });
  // Spread words that are no dateline stay none.
  assert.equal(leadCredit('The   company   said   on   March   26   -   a   Thursday'), null);
});
