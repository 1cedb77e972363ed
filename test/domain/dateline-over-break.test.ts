// A dateline wrapped over two lines of a narrow column: at its dash, or inside it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leadCredit, leadCreditOverBreak } from '../../main/domain/page/byline';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

test('a dateline alone on its line opens the story under it, whose first line keeps its words but not the dash', () => {
  // The model ran the caption above on into the dateline: the dateline is a credit whatever it read.
  const [draft] = assembleRows([
    ['title', 'Merrill Lynch Canada mulls buying broker'],
    ['caption', 'Traders on the floor of the exchange. (AP Photo/Anna Novak)'],
    ['caption', 'TORONTO, March 12'],
    ['cont', '- Merrill Lynch Canada'],
    ['cont', 'Inc is considering buying'],
    ['cont', 'another securities company.'],
  ]).drafts;
  assert.equal(draft?.dateline, 'TORONTO, March 12');
  assert.equal(draft?.byline, null);
  assert.deepEqual(
    draft?.body.map((item) => [item.kind, item.text]),
    [
      ['caption', 'Traders on the floor of the exchange. (AP Photo/Anna Novak)'],
      ['line', 'Merrill Lynch Canada'],
      ['line', 'Inc is considering buying'],
      ['line', 'another securities company.'],
    ],
  );
});

test('a line without a date over a dash is no dateline: a headline’s last line over an agency’s name', () => {
  assert.equal(leadCreditOverBreak('DOLLAR SALES', ['- JIJI']), null);
  assert.equal(leadCreditOverBreak('TORONTO, March 12', ['Merrill Lynch Canada']), null);
  assert.deepEqual(leadCreditOverBreak('ROCHESTER, N.Y., March 26', ['— Eastman Kodak Co said']), {
    lead: { dateline: 'ROCHESTER, N.Y., March 26', byline: null, authors: [], rest: 'Eastman Kodak Co said' },
    taken: 1,
  });
});

test('a dateline that ends its line with the dash, or breaks inside, is read whole with the line under it', () => {
  const said = ['Eastman Kodak Co said', 'it would sell'];
  assert.deepEqual(leadCreditOverBreak('ROCHESTER, N.Y., March 26 -', said), {
    lead: { dateline: 'ROCHESTER, N.Y., March 26', byline: null, authors: [], rest: 'Eastman Kodak Co said' },
    taken: 1,
  });
  assert.equal(
    leadCreditOverBreak('ROCHESTER, N.Y.,', ['March 26 - Eastman Kodak Co said'])?.lead.rest,
    'Eastman Kodak Co said',
  );
  const overThree = leadCreditOverBreak('ROCHESTER,', ['N.Y., March 26 -', ...said]);
  assert.deepEqual(
    [overThree?.lead.dateline, overThree?.lead.rest, overThree?.taken],
    ['ROCHESTER, N.Y., March 26', 'Eastman Kodak Co said', 2],
  );
  // Broken before the day of its date.
  assert.equal(
    leadCreditOverBreak('ROCHESTER, N.Y., March', ['26 - Eastman Kodak Co said'])?.lead.dateline,
    'ROCHESTER, N.Y., March 26',
  );
  // Text that only goes on under the line is no dateline.
  assert.equal(leadCreditOverBreak('The company said on', ['March 26 that sales rose.']), null);
  assert.equal(leadCreditOverBreak('The company said in March', ['26 - and again in May']), null);
  const datelines: LabelledRow[][] = [
    [['caption', 'ROCHESTER, N.Y., March 26 -']],
    [
      ['caption', 'ROCHESTER,'],
      ['caption', 'N.Y., March 26 -'],
    ],
  ];
  for (const dateline of datelines) {
    const [draft] = assembleRows([
      ['title', 'Kodak unveils new storage systems'],
      ['caption', 'A lab at the plant. (AP Photo/Anna Novak)'],
      ...dateline,
      ['cont', 'Eastman Kodak Co said it would'],
      ['cont', 'sell three new systems.'],
    ]).drafts;
    assert.equal(draft?.dateline, 'ROCHESTER, N.Y., March 26');
    assert.deepEqual(
      draft?.body.map((item) => item.text),
      [
        'A lab at the plant. (AP Photo/Anna Novak)',
        'Eastman Kodak Co said it would',
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
  assert.deepEqual(leadCredit('ROCHESTER,   N.Y.,   March   26   -   Eastman Kodak Co said'), {
    dateline: 'ROCHESTER, N.Y., March 26',
    byline: null,
    authors: [],
    rest: 'Eastman Kodak Co said',
  });
  assert.deepEqual(leadCreditOverBreak('ROCHESTER,', ['March         26     -', 'Eastman Kodak Co said']), {
    lead: { dateline: 'ROCHESTER, March 26', byline: null, authors: [], rest: 'Eastman Kodak Co said' },
    taken: 2,
  });
  // Spread words that are no dateline stay none.
  assert.equal(leadCredit('The   company   said   on   March   26   -   a   Thursday'), null);
});
