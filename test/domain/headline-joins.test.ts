// Lines of a headline joined back into one: a hyphen at a line's end keeps the word whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePage } from '../../main/domain/page/index';

test('a headline broken after a hyphen closes up and keeps the hyphen, in either reading of the page', () => {
  const text = [
    'Perkin-',
    'Elmer Wins Contract',
    'NORWALK, Conn., Oct 19 - Perkin-Elmer Corp said it won a',
    'contract to provide laboratory systems to the agency.',
    'The value of the contract was not disclosed.',
    '',
    'Pro-',
    'Democracy Groups Plan March',
    'HONG KONG, May 2 - Several groups said they would march',
    'on Sunday to mark the anniversary.',
    'Police said the route had been agreed.',
  ].join('\n');
  for (const roles of ['rules', 'model'] as const)
    assert.deepEqual(
      parsePage(text, { roles }).articles.map((a) => a.title),
      ['Perkin-Elmer Wins Contract', 'Pro-Democracy Groups Plan March'],
      roles,
    );
});
