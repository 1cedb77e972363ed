// A dateline that filled its column line, the dash after it carried to the next line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leadCreditOverDash } from '../../main/domain/page/byline';
import { assembleRows } from '../support/labelled-rows';

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
  assert.equal(leadCreditOverDash('DOLLAR SALES', '- JIJI'), null);
  assert.equal(leadCreditOverDash('TORONTO, March 12', 'Merrill Lynch Canada'), null);
  assert.deepEqual(leadCreditOverDash('ROCHESTER, N.Y., March 26', '— Eastman Kodak Co said'), {
    dateline: 'ROCHESTER, N.Y., March 26',
    byline: null,
    authors: [],
    rest: 'Eastman Kodak Co said',
  });
});

test('a dateline over a dash under an article that has begun is kept as a note, and the line under it as text', () => {
  const [draft] = assembleRows([
    ['title', 'Council backs new library'],
    ['para', 'The council voted on Monday to build a new library.'],
    ['credit', 'YORK, Aug 3'],
    ['cont', '- Work will begin in the spring.'],
  ]).drafts;
  assert.deepEqual(draft?.notes, ['YORK, Aug 3']);
  assert.deepEqual(
    draft?.body.map((item) => item.text),
    ['The council voted on Monday to build a new library.', '- Work will begin in the spring.'],
  );
});
