// A kicker in sentence case over a headline in capitals, which the model read as the headline's first line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineCase } from '../../main/domain/page/line-model/cased-kickers';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

const STORY: LabelledRow[] = [
  ['para', 'LAKEPORT, May 4 - The town council voted on Tuesday to raise the flood wall along'],
  ['cont', 'the river by a metre before the autumn rains, after two winters of floods.'],
];
const head = (rows: LabelledRow[]) => {
  const [draft] = assembleRows([...rows, ...STORY]).drafts;
  return [draft?.kicker ?? null, draft?.title];
};

test('a line in sentence case over a headline that capitalises its words is the kicker', () => {
  assert.deepEqual(
    head([
      ['title', 'Rising water'],
      ['title', 'Town Council Votes to'],
      ['title', 'Raise Flood Wall'],
    ]),
    ['Rising water', 'Town Council Votes to Raise Flood Wall'],
  );
  assert.deepEqual(
    head([
      ['title', 'After two wet winters'],
      ['title', 'COUNCIL VOTES TO RAISE FLOOD WALL'],
    ]),
    ['After two wet winters', 'COUNCIL VOTES TO RAISE FLOOD WALL'],
  );
});

test('a headline set in sentence case stays whole, though its last line holds only names', () => {
  assert.deepEqual(
    head([
      ['title', 'Council votes to raise'],
      ['title', 'flood wall in Lakeport'],
    ]),
    [null, 'Council votes to raise flood wall in Lakeport'],
  );
  assert.deepEqual(
    head([
      ['title', 'Council backs plan'],
      ['title', 'of Lakeport Harbour'],
    ]),
    [null, 'Council backs plan of Lakeport Harbour'],
  );
});

test('how a line is cased: only its long words count', () => {
  assert.equal(lineCase('Town Council Votes to Raise the Wall'), 'headline');
  assert.equal(lineCase('Rising water levels'), 'sentence');
  assert.equal(lineCase('Council votes in Lakeport'), null);
  assert.equal(lineCase('Outlook'), 'headline');
  assert.equal(lineCase('rising water'), null);
  assert.equal(lineCase('新闻 速递'), null);
});
