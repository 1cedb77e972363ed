// What eval:formats reports is only as true as its scoring: a body read word for word scores 1 whatever its
// spacing, Chinese is counted by character, and against snippets a boilerplate line found costs precision and a
// story line missed costs recall.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { overlap, snippets, tokens } from './corpus/format-score';

test('tokens are words, or single CJK characters, in lower case and NFKC', () => {
  assert.deepEqual(tokens('Ｆｌｏｏｄｓ close 大桥，Bridge 2'), [
    'floods',
    'close',
    '大',
    '桥',
    'bridge',
    '2',
  ]);
});

test('the bag of tokens: what was read against the truth', () => {
  assert.deepEqual(overlap('the river rose', 'The  river\nrose.'), { p: 1, r: 1, f1: 1 });
  const half = overlap('the river rose menu menu menu', 'the river rose');
  assert.equal(half.p, 0.5);
  assert.equal(half.r, 1);
  assert.equal(overlap('', 'the river').f1, 0);
});

test('snippets: a line that must not be there costs precision, one missed costs recall', () => {
  const text = 'Der Fluss steigt.\nImpressum\nDie Brücke ist  gesperrt.';
  assert.deepEqual(snippets(text, ['Der Fluss steigt', 'die brücke ist gesperrt'], ['Teilen']), {
    p: 1,
    r: 1,
    f1: 1,
  });
  const scored = snippets(text, ['Der Fluss steigt', 'Schulen bleiben zu'], ['Impressum']);
  assert.equal(scored.p, 0.5);
  assert.equal(scored.r, 0.5);
});

test('scores stay between 0 and 1, and a text scores 1 against itself', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (got, want) => {
      for (const { p, r, f1 } of [overlap(got, want), snippets(got, [want], [])])
        for (const value of [p, r, f1]) assert.ok(value >= 0 && value <= 1);
      assert.equal(overlap(want, want).f1, 1);
    }),
  );
});
