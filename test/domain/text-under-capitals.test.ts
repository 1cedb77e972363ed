// A headline set in capitals is set so throughout: lines in lower case under it are the text's first words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

test('words in lower case that a narrow column set under a headline in capitals open the text', () => {
  const rows: LabelledRow[] = [
    ['title', 'HARBOUR BOARD'],
    ['title', 'AGREES CUT IN'],
    ['title', 'FERRY FARES'],
    ['title', 'The'],
    ['title', 'harbour'],
    ['cont', 'board agreed on Monday to cut fares.'],
  ];
  const [draft] = assembleRows(rows).drafts;
  assert.equal(draft?.title, 'HARBOUR BOARD AGREES CUT IN FERRY FARES');
  assert.deepEqual(
    draft?.body.map((item) => (item.kind === 'line' ? item.text : item.kind)),
    ['The', 'harbour', 'board agreed on Monday to cut fares.'],
  );
});

test('a headline with a name in capitals over words in lower case is no text: a name is capitalised in any headline', () => {
  const rows: LabelledRow[] = [
    ['title', 'KESTREL'],
    ['title', 'Marine names new chief'],
    ['para', 'LAKEPORT, March 3 - Kestrel Marine named a new chief executive.'],
  ];
  const [draft] = assembleRows(rows).drafts;
  assert.equal(draft?.title, 'Marine names new chief');
  assert.equal(draft?.body.length, 1);
});
