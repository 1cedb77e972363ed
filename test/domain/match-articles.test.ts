import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchArticles } from '../../main/domain/import/match-articles.js';

const article = (title: string, text: string) => ({ title, text });
const RIVER = 'The Yangtze flows east through many provinces to the sea near Shanghai.';
const HILL = '高山在西边，山上有很多树木和小路，夏天很凉快。';
const CITY = 'The city grew quickly after the new railway station opened last spring.';

test('same position and title match first; the rest by the text they share', () => {
  const before = [article('Rivers', RIVER), article('Hills', HILL), article('City', CITY)];
  // A parser improvement found a better title for the second and put a new article in front of the third.
  const after = [
    article('Rivers', `${RIVER} Extra words.`),
    article('西边的高山', HILL),
    article('Weather', 'Rain tomorrow, sun on Sunday.'),
    article('City', CITY.replace('quickly', 'fast')),
  ];
  assert.deepEqual(matchArticles(before, after), [0, 1, undefined, 2]);
});

test('nothing in common is no match, and no old article is matched twice', () => {
  assert.deepEqual(matchArticles([article('A', RIVER)], [article('B', HILL)]), [undefined]);
  assert.deepEqual(matchArticles([article('A', RIVER)], [article('B', RIVER), article('C', RIVER)]), [
    0,
    undefined,
  ]);
  assert.deepEqual(matchArticles([], [article('A', RIVER)]), [undefined]);
});
